import * as assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Emulator, startEmulator } from "../../emulator";
import { ACCOUNTS, POLICY_CONFIG, seed, writeProfiles } from "./fixture";

const root = path.resolve(__dirname, "../..");
const cli = path.join(root, "dist/audit/cli.js");

function spawnCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeOptions: string[] = [],
  /** Called with the child once it runs (to signal it). */
  started: (child: ReturnType<typeof spawn>) => void = () => {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, cli, ...args], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    started(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("node dist/audit/cli.js (the package's bin, spawned)", function () {
  this.timeout(60_000);
  let emulator: Emulator;
  let files: ReturnType<typeof writeProfiles>;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    if (!fs.existsSync(cli))
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
        cwd: root,
      });
    emulator = await startEmulator({ accounts: ACCOUNTS });
    await seed(emulator);
    files = writeProfiles();
    fs.writeFileSync(path.join(files.dir, "policy-config.json"), JSON.stringify(POLICY_CONFIG));
    env = { ...process.env, AWS_SHARED_CREDENTIALS_FILE: files.credentials, AWS_CONFIG_FILE: files.config };
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
  });
  after(async () => {
    await emulator?.stop();
    fs.rmSync(files.dir, { recursive: true, force: true });
  });

  it("writes SARIF to --output, progress to stderr, and exits 1 for the mandatory findings", async () => {
    const out = path.join(files.dir, "audit.sarif");
    const { code, stdout, stderr } = await spawnCli(
      [
        "audit",
        ...["--profile", "alice", "--profile", "bob", "--region", "us-east-1", "--region", "eu-west-1"],
        ...["--endpoint", emulator.endpoint, "--policy-config", path.join(files.dir, "policy-config.json")],
        ...["--format", "sarif", "--output", out],
      ],
      env,
    );
    assert.equal(code, 1, stderr);
    assert.equal(stdout, "");
    assert.match(stderr, /reading 4 account-regions/);
    const sarif = JSON.parse(fs.readFileSync(out, "utf8"));
    assert.equal(sarif.runs[0].results.length, 13);
  });

  it("defaults to JSON on a pipe and exits 2, naming the problem, for a bad option", async () => {
    const bad = await spawnCli(["audit", "--region", "nowhere"], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--region "nowhere" must be an AWS region code/);
    const ok = await spawnCli(
      ["audit", "--profile", "bob", "--region", "eu-west-1", "--endpoint", emulator.endpoint, "--quiet"],
      env,
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).tool.name, "sms-pools-guard");
  });

  it("runs without @pulumi/policy installed (an optional peer the policy pack needs, the audit doesn't)", async () => {
    const withoutPolicy = ["--require", path.join(__dirname, "data", "withoutPulumiPolicy.js")];
    assert.throws(
      () =>
        execFileSync(process.execPath, [...withoutPolicy, "-e", "require('@pulumi/policy')"], {
          stdio: "pipe",
        }),
      /Cannot find module '@pulumi\/policy'/,
      "the preload really hides @pulumi/policy",
    );
    const run = await spawnCli(
      ["audit", "--profile", "bob", "--region", "eu-west-1", "--endpoint", emulator.endpoint, "--quiet"],
      env,
      withoutPolicy,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).tool.name, "sms-pools-guard");
  });
});

describe("node dist/audit/cli.js --fix --yes, sent SIGINT or SIGTERM", function () {
  this.timeout(60_000);
  let emulator: Emulator;
  let files: ReturnType<typeof writeProfiles>;
  let env: NodeJS.ProcessEnv;
  const UNPROTECTED = 40;

  before(async () => {
    if (!fs.existsSync(cli))
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
        cwd: root,
      });
    emulator = await startEmulator({ accounts: ACCOUNTS });
    files = writeProfiles();
    env = { ...process.env, AWS_SHARED_CREDENTIALS_FILE: files.credentials, AWS_CONFIG_FILE: files.config };
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
  });
  after(async () => {
    await emulator?.stop();
    fs.rmSync(files.dir, { recursive: true, force: true });
  });

  for (const [signal, exit] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`${signal}: stops starting fixes, finishes the one in flight, writes the report and exits ${exit}`, async () => {
      const pools = emulator.addPools(
        Array.from({ length: UNPROTECTED }, () => ({
          accountId: "111111111111",
          deletionProtectionEnabled: false,
        })),
      );
      emulator.clearRequests();
      emulator.setFaults([{ operation: "UpdatePool", latencyMs: 150 }]);
      const out = path.join(files.dir, `${signal}.json`);
      let signalled = false;
      const run = await spawnCli(
        [
          "audit",
          ...["--profile", "alice", "--region", "us-east-1", "--endpoint", emulator.endpoint],
          ...["--fix", "--yes", "--format", "json", "--output", out],
        ],
        env,
        [],
        (child) => {
          const poll = setInterval(() => {
            const fixes = emulator.requests.filter((r) => r.operation === "UpdatePool").length;
            if (!signalled && fixes >= 3) {
              signalled = true;
              child.kill(signal);
            }
          }, 5);
          child.on("close", () => clearInterval(poll));
        },
      );
      assert.ok(signalled, "the audit ended before it was signalled");
      assert.equal(run.code, exit, run.stderr);
      assert.match(run.stderr, new RegExp(`${signal}: no more reads or fixes are started`));
      const report = JSON.parse(fs.readFileSync(out, "utf8"));
      assert.deepEqual(report.interrupted, { signal, during: "fixing" });
      const sent = emulator.requests.filter((r) => r.operation === "UpdatePool");
      const answered = sent
        .filter((r) => r.status === 200)
        .map((r) => (r.input as { PoolId: string }).PoolId);
      const byStatus = (status: string) =>
        report.fixes
          .filter(
            (f: { status: string; call: { operation: string } }) =>
              f.status === status && f.call.operation === "UpdatePool",
          )
          .map((f: { call: { input: { PoolId: string } } }) => f.call.input.PoolId);
      // Every fix sent was answered and is reported fixed; none was started after the signal.
      assert.equal(sent.length, answered.length);
      assert.deepEqual(byStatus("fixed").sort(), [...answered].sort());
      assert.ok(answered.length < UNPROTECTED, `all ${answered.length} fixes were made`);
      assert.equal(byStatus("not-made").length, UNPROTECTED - answered.length);
      assert.equal(byStatus("fixed").length + byStatus("not-made").length, UNPROTECTED);
      assert.equal(report.exitCode, exit);
      for (const p of pools) emulator.removePool(p.poolArn);
    });
  }
});
