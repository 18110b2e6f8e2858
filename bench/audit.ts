// Item 11: `sms-pools-guard audit` of 1,000 pools, 2,000 phone numbers and 200 sender IDs across 2 regions
// while the emulator enforces 1 request/s per operation (each account, region and operation its own token
// bucket, burst 1, as AWS's default quotas), as a ratio to the quota floor: the slowest operation's request
// count in one region, one request per second. Run alone: `npm run bench -- audit`.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../audit/cli";
import { type Emulator, type Seed, startEmulator } from "../emulator";
import { resetClients } from "../provider/aws/client";
import type { Figure } from "./figures";
import { DEFAULT_LATENCY_MS } from "./slowEmulator";
import { since } from "./timing";

const REGIONS = ["us-east-1", "eu-west-1"];
const hex = (n: number, width = 32) => n.toString(16).padStart(width, "0");

/** `pools` pools, each holding two of the `numbers` phone numbers, and `senders` sender IDs, split over REGIONS. */
function auditSeed(pools: number, numbers: number, senders: number): Seed {
  const regionOf = (i: number) => REGIONS[i % REGIONS.length];
  return {
    pools: Array.from({ length: pools }, (_, i) => ({
      poolId: `pool-${hex(i)}`,
      region: regionOf(i),
      deletionProtectionEnabled: i % 3 !== 0,
    })),
    phoneNumbers: Array.from({ length: numbers }, (_, i) => ({
      phoneNumberId: `phone-${hex(i)}`,
      region: regionOf(i % pools),
      poolId: `pool-${hex(i % pools)}`,
      deletionProtectionEnabled: i % 4 !== 0,
    })),
    senderIds: Array.from({ length: senders }, (_, i) => ({
      senderId: `Brand${i}`,
      isoCountryCode: "GB",
      region: regionOf(i),
      deletionProtectionEnabled: i % 2 === 0,
    })),
  };
}

/**
 * The floor: the slowest operation's successful requests in one region ÷ the quota (the convention of item 4;
 * with a burst of 1 the first request is free, so the strict floor is one second less, shown in the detail).
 */
function floorMs(emulator: Emulator, ratePerSecond: number): { ms: number; detail: string } {
  const counts = new Map<string, number>();
  for (const r of emulator.requests) {
    if (r.status !== 200) continue;
    const key = `${r.operation}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Both regions hold the same numbers of resources, so each operation's count splits evenly between them.
  let worst = ["", 0] as [string, number];
  for (const [op, n] of counts) if (n / REGIONS.length > worst[1]) worst = [op, n / REGIONS.length];
  return {
    ms: (worst[1] / ratePerSecond) * 1000,
    detail:
      `slowest: ${worst[0]} ${worst[1]} requests per region (strict floor ${worst[1] - 1} s); ` +
      `all: ${[...counts].map(([op, n]) => `${op} ${n}`).join(", ")}`,
  };
}

async function measure(options: {
  pools: number;
  numbers: number;
  senders: number;
  config: Record<string, unknown>;
  latencyMs: number;
}): Promise<{ ms: number; floor: { ms: number; detail: string }; code: number; throttled: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-bench-"));
  fs.writeFileSync(path.join(dir, "config.json"), JSON.stringify(options.config));
  const emulator = await startEmulator({
    seed: auditSeed(options.pools, options.numbers, options.senders),
    requestLogSize: 1_000_000,
    faults: [{ latencyMs: options.latencyMs, throttle: { ratePerSecond: 1, burst: 1 } }],
  });
  resetClients();
  try {
    const start = performance.now();
    const code = await main(
      [
        "audit",
        ...REGIONS.flatMap((r) => ["--region", r]),
        ...["--endpoint", emulator.endpoint, "--policy-config", "config.json", "--quiet", "--format", "json"],
      ],
      {
        stdout: () => {},
        stderr: (t) => process.stderr.write(t),
        stdoutIsTerminal: false,
        stderrIsTerminal: false,
        cwd: dir,
      },
    );
    const ms = since(start);
    // An audit that stopped early (bad usage, AWS unreadable) would look fast: it is no figure.
    if (code !== 0 && code !== 1) throw new Error(`the audit exited ${code}, not 0 or 1: no figure`);
    const throttled = emulator.requests.filter((r) => r.errorType === "ThrottlingException").length;
    return { ms, floor: floorMs(emulator, 1), code, throttled };
  } finally {
    resetClients();
    await emulator.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The rules whose reads cost one request per resource (keywords, resource policies, tags, country rules). */
const PER_RESOURCE_RULES_OFF = {
  "sms-opt-out-keywords": "disabled",
  "sms-resource-policy-scope": "disabled",
  "sms-required-tags": "disabled",
  "sms-protect-configuration-countries": "disabled",
};

export async function benchAudit({ latencyMs = DEFAULT_LATENCY_MS } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const listing = await measure({
    pools: 1_000,
    numbers: 2_000,
    senders: 200,
    config: PER_RESOURCE_RULES_OFF,
    latencyMs,
  });
  figures.push({
    item: 11,
    name: "audit 1,000 pools, 2,000 numbers, 200 sender IDs in 2 regions at 1 req/s per operation (listing rules): time ÷ quota floor",
    value: listing.ms / listing.floor.ms,
    unit: "×",
    target: { atMost: 1.1 },
    detail: `${(listing.ms / 1000).toFixed(1)} s, floor ${(listing.floor.ms / 1000).toFixed(0)} s (${listing.floor.detail}); ${listing.throttled} throttled; exit ${listing.code}`,
  });
  const full = await measure({ pools: 50, numbers: 100, senders: 10, config: {}, latencyMs });
  figures.push({
    item: 11,
    name: "audit 50 pools, 100 numbers, 10 sender IDs in 2 regions at 1 req/s per operation (every rule): time ÷ quota floor",
    value: full.ms / full.floor.ms,
    unit: "×",
    target: { atMost: 1.1 },
    detail: `${(full.ms / 1000).toFixed(1)} s, floor ${(full.floor.ms / 1000).toFixed(0)} s (${full.floor.detail}); ${full.throttled} throttled; exit ${full.code}`,
  });
  return figures;
}
