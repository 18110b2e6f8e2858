#!/usr/bin/env node
// The `sms-voice-emulator` command: starts the endpoint from flags, prints `listening on <endpoint>` first,
// and stops cleanly on SIGINT/SIGTERM.

import { parseArgs } from "node:util";
import { startEmulator } from "./emulator";
import type { EmulatorOptions, FaultRule } from "./options";

const USAGE = `usage: sms-voice-emulator [options]

  --port N                 port to listen on (default 0: a free port)
  --host H                 address to bind (default 127.0.0.1)
  --seed FILE              JSON seed file (see emulator/README.md)
  --region R               default region for seeded resources (default us-east-1)
  --regions R,R,...        the regions served (default: those where AWS offers the service; a
                           request for another is refused naming its region)
  --account ID             the default 12-digit account: requests whose access key has no
                           mapping act as it (default 123456789012)
  --account KEY=ID         requests signed with access key ID KEY act as account ID (repeatable)
  --state FILE             load state from FILE at start (if it exists) and write it after every
                           change; the seed's resources apply only when FILE does not exist
                           yet, its accounts on every start
  --lenient-references     departs from AWS for old seeds and tests: CreatePool with an origination
                           identity that does not exist makes an empty pool, UpdatePool takes an
                           opt-out list that does not exist (default: both refused, as AWS does)
  --lenient-registrations  departs from AWS for old seeds and tests: US toll-free and 10DLC numbers
                           turn ACTIVE and send without a COMPLETE registration (default: they wait
                           for one, as in AWS)
  --activation-delay MS    CreatePool pools turn ACTIVE after MS milliseconds (default 0)
  --review-delay MS        a submitted registration version is decided MS milliseconds later
                           (default 0); POST /_emulator/registration-reviews sets its outcome
  --random-seed N          deterministic pool IDs and fractional faults (integer 0-4294967295)
  --request-log-size N     requests the log keeps, oldest dropped first (default 1000; 0 keeps none)
  --request-log-body-bytes N
                           bodies over N bytes are logged as their first N bytes and size (default 16384)

fault injection (one rule; add --operation NAME to limit it to one operation):
  --throttle-first N       ThrottlingException for the first N requests
  --throttle-fraction F    ThrottlingException for a share F (0-1) of requests
  --throttle-rate RPS      ThrottlingException above RPS requests/s (token bucket per account+region+operation)
  --throttle-burst N       bucket size for --throttle-rate (default max(1, RPS))
  --error-first N          InternalServerException (500) for the first N requests
  --error-fraction F       InternalServerException for a share F of requests
  --drop-first N           close the connection without an answer for the first N requests
  --drop-fraction F        ... for a share F of requests
  --latency MS             add MS milliseconds before each answer
  -h, --help               show this help

the request log (no credentials): GET <endpoint>/_emulator/requests lists it, DELETE empties it.
Paths under /_emulator/ are the emulator's own and never AWS requests.`;

const NUMBER_FLAGS = [
  "port",
  "activation-delay",
  "review-delay",
  "random-seed",
  "request-log-size",
  "request-log-body-bytes",
  "throttle-first",
  "throttle-fraction",
  "throttle-rate",
  "throttle-burst",
  "error-first",
  "error-fraction",
  "drop-first",
  "drop-fraction",
  "latency",
] as const;

function fail(message: string): never {
  process.stderr.write(`sms-voice-emulator: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** `--account 123456789012` sets the default account; `--account KEY=ID` maps an access key ID to an account. */
function accountOptions(flags: string[]): Pick<EmulatorOptions, "accountId" | "accounts"> {
  const accounts: Record<string, string> = {};
  let accountId: string | undefined;
  for (const flag of flags) {
    const eq = flag.indexOf("=");
    if (eq < 0) {
      if (accountId !== undefined) fail(`--account ${flag}: the default account is already ${accountId}`);
      accountId = flag;
      continue;
    }
    const key = flag.slice(0, eq);
    const account = flag.slice(eq + 1);
    if (key === "" || !/^\d{12}$/.test(account)) {
      fail(`--account ${JSON.stringify(flag)} must be ACCESS_KEY_ID=ACCOUNT_ID with a 12-digit account ID`);
    }
    accounts[key] = account;
  }
  return { accountId, ...(Object.keys(accounts).length > 0 ? { accounts } : {}) };
}

function parseOptions(argv: string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      region: { type: "string" },
      regions: { type: "string" },
      account: { type: "string", multiple: true },
      state: { type: "string" },
      "strict-references": { type: "boolean" },
      "lenient-references": { type: "boolean" },
      "lenient-registrations": { type: "boolean" },
      "activation-delay": { type: "string" },
      "review-delay": { type: "string" },
      "random-seed": { type: "string" },
      "request-log-size": { type: "string" },
      "request-log-body-bytes": { type: "string" },
      operation: { type: "string" },
      "throttle-first": { type: "string" },
      "throttle-fraction": { type: "string" },
      "throttle-rate": { type: "string" },
      "throttle-burst": { type: "string" },
      "error-first": { type: "string" },
      "error-fraction": { type: "string" },
      "drop-first": { type: "string" },
      "drop-fraction": { type: "string" },
      latency: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values["strict-references"]) {
    fail(
      "--strict-references is gone: references are checked as AWS checks them by default (--lenient-references departs from that)",
    );
  }
  const numbers: Partial<Record<(typeof NUMBER_FLAGS)[number], number>> = {};
  for (const flag of NUMBER_FLAGS) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value))
      fail(`--${flag} ${JSON.stringify(text)} must be a number`);
    numbers[flag] = value;
  }
  const rule: FaultRule = {};
  const throttle = {
    first: numbers["throttle-first"],
    fraction: numbers["throttle-fraction"],
    ratePerSecond: numbers["throttle-rate"],
    burst: numbers["throttle-burst"],
  };
  const defined = <T extends object>(spec: T): T | undefined => {
    const kept = Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined));
    return Object.keys(kept).length > 0 ? (kept as T) : undefined;
  };
  const throttleSpec = defined(throttle);
  const errorSpec = defined({ first: numbers["error-first"], fraction: numbers["error-fraction"] });
  const dropSpec = defined({ first: numbers["drop-first"], fraction: numbers["drop-fraction"] });
  if (throttleSpec) rule.throttle = throttleSpec;
  if (errorSpec) rule.internalError = errorSpec;
  if (dropSpec) rule.drop = dropSpec;
  if (numbers.latency !== undefined) rule.latencyMs = numbers.latency;
  const hasFault = Object.keys(rule).length > 0;
  if (values.operation !== undefined) {
    if (!hasFault) fail("--operation limits a fault rule; add a fault flag such as --throttle-rate 1");
    rule.operation = values.operation;
  }
  return {
    port: numbers.port,
    host: values.host,
    seed: values.seed,
    region: values.region,
    regions: values.regions?.split(",").map((r) => r.trim()),
    ...accountOptions(values.account ?? []),
    state: values.state,
    lenientReferences: values["lenient-references"],
    lenientRegistrations: values["lenient-registrations"],
    activationDelayMs: numbers["activation-delay"],
    reviewDelayMs: numbers["review-delay"],
    randomSeed: numbers["random-seed"],
    requestLogSize: numbers["request-log-size"],
    requestLogBodyBytes: numbers["request-log-body-bytes"],
    faults: hasFault ? [rule] : [],
  };
}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    fail((error as Error).message);
  }
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator(options);
  } catch (error) {
    process.stderr.write(`sms-voice-emulator: ${(error as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`listening on ${emulator.endpoint}\n`);
  const shutdown = () => {
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

void main();
