// Runs `sms-pools-guard audit` in-process against an emulator holding the fixture's two accounts and regions.
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../audit/cli";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../emulator";
import { resetClients } from "../../provider/aws/client";
import { ACCOUNTS, POLICY_CONFIG, REGIONS, type Seeded, seed, useProfiles, writeProfiles } from "./fixture";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface AuditHarness {
  readonly emulator: Emulator;
  readonly seeded: Seeded;
  /** The profiles' directory (the policy config file is there too). */
  readonly dir: string;
  readonly configFile: string;
  /** `audit` with both profiles, both regions, the emulator and the spec's policy config, then `args`. */
  audit(...args: string[]): Promise<Run>;
  /** `sms-pools-guard <argv>` exactly, with `interrupt` as the signals' AbortSignal. */
  run(argv: readonly string[], interrupt?: AbortSignal): Promise<Run>;
}

/** Starts and seeds an emulator in `before` (fresh per describe), stops it in `after`. */
export function withAuditedAccounts(options: EmulatorOptions = {}): AuditHarness {
  let emulator: Emulator | undefined;
  let seeded: Seeded | undefined;
  let restore = () => {};
  let dir = "";
  const run = async (argv: readonly string[], interrupt?: AbortSignal): Promise<Run> => {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      stdoutIsTerminal: false,
      stderrIsTerminal: false,
      cwd: dir,
      ...(interrupt ? { interrupt } : {}),
    });
    return { code, stdout, stderr };
  };
  before(async () => {
    emulator = await startEmulator({ accounts: ACCOUNTS, ...options });
    seeded = await seed(emulator);
    const files = writeProfiles();
    dir = files.dir;
    fs.writeFileSync(path.join(dir, "policy-config.json"), JSON.stringify(POLICY_CONFIG));
    restore = useProfiles(files);
    resetClients();
  });
  beforeEach(() => {
    emulator?.clearRequests();
    emulator?.setFaults([]);
    // A pace learned under one spec's throttling must not slow the next.
    resetClients();
  });
  after(async () => {
    resetClients();
    restore();
    await emulator?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const harness: AuditHarness = {
    get emulator() {
      if (!emulator) throw new Error("the emulator runs between before and after");
      return emulator;
    },
    get seeded() {
      if (!seeded) throw new Error("seeded in before");
      return seeded;
    },
    get dir() {
      return dir;
    },
    get configFile() {
      return path.join(dir, "policy-config.json");
    },
    run,
    audit: (...args) =>
      run([
        "audit",
        "--profile",
        "alice",
        "--profile",
        "bob",
        ...REGIONS.flatMap((r) => ["--region", r]),
        "--endpoint",
        harness.emulator.endpoint,
        "--policy-config",
        "policy-config.json",
        ...args,
      ]),
  };
  return harness;
}

/** The findings of a JSON report as `rule account region arn level` lines, sorted. */
export function findingKeys(json: string): string[] {
  const report = JSON.parse(json) as {
    findings: { rule: string; account: string; region: string; resourceArn: string; level: string }[];
  };
  return report.findings.map((f) => `${f.rule} ${f.account} ${f.region} ${f.resourceArn} ${f.level}`).sort();
}
