// The examples a user copies, run by the real engine against the emulator: preview, up, refresh, destroy.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { seedPools, withEmulator } from "../support/emulator";
import { EngineStack, emulatorConfig, repoRoot, resourcesOfType } from "./harness";

const pack = path.join(repoRoot, "policy");

const POOL_LOOKUP = "pulumi-nodejs:dynamic/sms-pools:PoolLookup";

describe("engine: examples/pool-lookup", () => {
  const own = seedPools(12);
  const shared = seedPools(3, { accountId: "210987654321" }).map((p, i) => ({
    ...p,
    poolId: `pool-5${String(i).padStart(31, "0")}`,
  }));
  const holder = withEmulator({ seed: { pools: [...own, ...shared] } });
  let stack: EngineStack;
  before(async () => {
    const projectDir = path.join(repoRoot, "examples", "pool-lookup");
    stack = await EngineStack.create({
      projectDir,
      program: "./index.ts",
      config: emulatorConfig(holder.emulator),
    });
  });
  after(() => stack?.dispose());

  it("up records both lookups, with the pools AWS would return", async () => {
    const preview = await stack.expectOk(["preview"]);
    assert.match(preview.stdout, /\+ 3 to create/);
    await stack.expectOk(["up", "--yes"]);
    const outputs = await stack.outputs();
    const transactional = own.filter((p) => p.messageType === "TRANSACTIONAL").map((p) => p.poolId);
    assert.deepEqual(outputs, {
      transactionalCount: transactional.length,
      transactionalIds: [...transactional].sort(),
      sharedArns: shared.map((p) => `arn:aws:sms-voice:us-east-1:210987654321:pool/${p.poolId}`).sort(),
    });
    const lookups = resourcesOfType(await stack.exportedState(), POOL_LOOKUP);
    assert.deepEqual([...lookups.keys()].sort(), ["shared-pools", "transactional-pools"]);
  });

  it("refresh finds nothing changed, and destroy leaves the account as it was", async () => {
    const refresh = await stack.expectOk(["refresh", "--yes"]);
    assert.doesNotMatch(refresh.stdout, /updated/);
    holder.emulator.clearRequests();
    await stack.expectOk(["destroy", "--yes"]);
    assert.equal(resourcesOfType(await stack.exportedState(), POOL_LOOKUP).size, 0);
    assert.deepEqual(holder.emulator.requests, [], "destroying lookups sent requests");
  });
});

/** Operations the emulator saw, without repeats, in the order first seen. */
const operationsSeen = (emulator: { requests: readonly { operation: string }[] }) => [
  ...new Set(emulator.requests.map((r) => r.operation)),
];

describe("engine: the repository's root stack (examples/platform, @pulumi/aws through the stand-in)", () => {
  const pools = seedPools(10);
  const holder = withEmulator({ seed: { pools } });
  let stack: EngineStack;
  before(async () => {
    stack = await EngineStack.create({
      projectDir: repoRoot,
      program: "./examples/platform/index.ts",
      awsStandIn: true,
    });
    await stack.setConfig({
      "aws:region": holder.emulator.region,
      "sms-pools:endpoint": holder.emulator.endpoint,
    });
  });
  after(() => stack?.dispose());

  it("passes the pack at preview and deploys with the lookups' answers", async () => {
    const preview = await stack.expectOk(["preview", "--policy-pack", pack]);
    assert.doesNotMatch(preview.stdout, /\[mandatory\]/);
    holder.emulator.clearRequests();
    const up = await stack.expectOk(["up", "--yes", "--skip-preview", "--policy-pack", pack]);
    const transactional = pools.filter((p) => p.messageType === "TRANSACTIONAL");
    const outputs = await stack.outputs();
    assert.deepEqual(
      outputs.activeTransactionalPoolIds,
      transactional.filter((p) => p.status === "ACTIVE").map((p) => p.poolId),
    );
    assert.equal(outputs.recordedPoolCount, transactional.length);
    assert.match(
      outputs.alertsPoolArn as string,
      /^arn:aws:sms-voice:us-east-1:111122223333:pool\/stand-in-/,
    );
    assert.deepEqual(operationsSeen(holder.emulator), ["DescribePools"]);
    // The stack policy judged the recorded pools: the unprotected ones are named, as advisories.
    const unprotected = transactional.find((p) => !p.deletionProtectionEnabled)!;
    assert.match(
      up.stdout,
      new RegExp(`\\[advisory\\].*sms-looked-up-pools-protected[\\s\\S]*pool ${unprotected.poolId}`),
    );
  });

  it("refreshes and destroys", async () => {
    await stack.expectOk(["refresh", "--yes"]);
    await stack.expectOk(["destroy", "--yes"]);
    assert.equal((await stack.exportedState()).deployment.resources?.length ?? 0, 0);
  });
});

describe("engine: examples/iam-from-lookup (the role policy through the stand-in)", () => {
  const pools = seedPools(10);
  const holder = withEmulator({ seed: { pools } });
  let stack: EngineStack;
  before(async () => {
    stack = await EngineStack.create({
      projectDir: path.join(repoRoot, "examples", "iam-from-lookup"),
      program: "./index.ts",
      awsStandIn: true,
    });
    await stack.setConfig({ "sms-pools:endpoint": holder.emulator.endpoint, "aws:region": "us-east-1" });
  });
  after(() => stack?.dispose());

  it("grants SendTextMessage on exactly the active transactional pools", async () => {
    await stack.expectOk(["up", "--yes"]);
    const expected = pools
      .filter((p) => p.messageType === "TRANSACTIONAL" && p.status === "ACTIVE")
      .map((p) => `arn:aws:sms-voice:us-east-1:123456789012:pool/${p.poolId}`);
    const policy = resourcesOfType(await stack.exportedState(), "aws:iam/rolePolicy:RolePolicy").get(
      "send-through-transactional-pools",
    );
    assert.deepEqual(JSON.parse(policy?.inputs?.policy as string), {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: ["sms-voice:SendTextMessage"], Resource: expected }],
    });
    assert.deepEqual((await stack.outputs()).poolArns, expected);
    await stack.expectOk(["destroy", "--yes"]);
  });
});

describe("engine: examples/sms-stack passes the pack with its policy-config.json", () => {
  let stack: EngineStack;
  const example = path.join(repoRoot, "examples", "sms-stack");
  before(async () => {
    stack = await EngineStack.create({ projectDir: example, program: "./index.ts", awsStandIn: true });
  });
  after(() => stack?.dispose());

  it("deploys with its config and no violation; without it, sharing the pool is refused", async () => {
    const config = path.join(example, "policy-config.json");
    // At preview the resource policy's JSON holds the pool's ARN, not known yet: that one policy waits.
    const preview = await stack.expectOk(["preview", "--policy-pack", pack, "--policy-pack-config", config]);
    const findings = preview.stdout.split("\n").filter((l) => /^\s+- \[/.test(l));
    assert.equal(findings.length, 1, preview.stdout);
    assert.match(
      findings[0],
      /\[advisory\].*sms-resource-policy-scope.*Smsvoicev2ResourcePolicy: otp-pool-sharing/,
    );
    assert.match(preview.stdout, /can't run policy 'sms-resource-policy-scope' .* during preview/);
    const refused = await stack.expectFailure(["up", "--yes", "--skip-preview", "--policy-pack", pack]);
    assert.match(refused, /\[mandatory\].*sms-resource-policy-scope.*otp-pool-sharing/);
    assert.match(refused, /210987654321/);
    const up = await stack.expectOk(["up", "--yes", "--policy-pack", pack, "--policy-pack-config", config]);
    assert.doesNotMatch(up.stdout, /\[(mandatory|advisory)\]/);
    await stack.expectOk(["destroy", "--yes"]);
  });
});

describe("engine: offline by construction", () => {
  let stack: EngineStack;
  before(async () => {
    stack = await EngineStack.create({
      projectDir: path.join(repoRoot, "examples", "guarded-pool"),
      program: "./index.ts",
    });
  });
  after(() => stack?.dispose());

  it("fails with the plugin's name, rather than downloading it, when a stack needs a plugin the lane lacks", async () => {
    const output = await stack.expectFailure(["preview"]);
    assert.match(
      output,
      /no resource plugin 'pulumi-resource-aws' found in the workspace at version v7\.48\.0/,
    );
    assert.doesNotMatch(output, /downloading|Downloading plugin/);
  });
});
