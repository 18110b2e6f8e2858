// sms-pools-guard through `pulumi preview/up --policy-pack`, as a pipeline runs it: mandatory violations stop the
// update before anything is created, advisory ones warn, the config file sets levels and settings, remediations
// change what the engine creates, and the stack policy sees PoolLookups.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { seedPools, withEmulator } from "../support/emulator";
import { installPackedPackage, type PackedProject } from "../support/packedPackage";
import { EngineStack, emulatorConfig, repoRoot, resourcesOfType, toCommonJs } from "./harness";

const POOL = "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool";
const PHONE_NUMBER = "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber";
const POOL_LOOKUP = "pulumi-nodejs:dynamic/sms-pools:PoolLookup";
const pack = path.join(repoRoot, "policy");
const configDir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-pack-config-"));
after(() => fs.rmSync(configDir, { recursive: true, force: true }));

let configs = 0;
/** A --policy-pack-config file with `config`. */
function packConfig(config: Record<string, unknown>): string {
  const file = path.join(configDir, `config-${++configs}.json`);
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

/** The policy lines of a run's output: `[level] ... policy-name (type: name)` followed by the message. */
function policyLines(output: string): string[] {
  return output.split("\n").filter((line) => /^\s+- \[(mandatory|advisory|remediate)\]/.test(line));
}

describe("engine: the pack on examples/guarded-pool (@pulumi/aws through the provider stand-in)", () => {
  let stack: EngineStack;
  before(async () => {
    stack = await EngineStack.create({
      projectDir: path.join(repoRoot, "examples", "guarded-pool"),
      program: "./index.ts",
      awsStandIn: true,
    });
  });
  after(() => stack?.dispose());

  it("fails preview with the mandatory violation's message", async () => {
    const output = await stack.expectFailure(["preview", "--policy-pack", pack]);
    assert.match(output, /\[mandatory\].*sms-pool-deletion-protection.*Smsvoicev2Pool: marketing-pool/);
    assert.match(output, /deletionProtectionEnabled is not set, so AWS leaves it false/);
  });

  it("fails up before anything is created", async () => {
    const output = await stack.expectFailure(["up", "--yes", "--policy-pack", pack]);
    assert.match(output, /\[mandatory\].*sms-pool-deletion-protection/);
    assert.deepEqual(resourcesOfType(await stack.exportedState(), POOL).size, 0);
    assert.deepEqual(resourcesOfType(await stack.exportedState(), PHONE_NUMBER).size, 0);
  });

  it("warns but deploys when the config makes it advisory", async () => {
    const config = packConfig({ "sms-pool-deletion-protection": "advisory" });
    const { stdout } = await stack.expectOk([
      "up",
      "--yes",
      "--policy-pack",
      pack,
      "--policy-pack-config",
      config,
    ]);
    const lines = policyLines(stdout);
    assert.ok(
      lines.some((l) => /\[advisory\].*sms-pool-deletion-protection/.test(l)),
      stdout,
    );
    assert.ok(
      lines.some((l) => /\[advisory\].*sms-pool-shared-routes/.test(l)),
      stdout,
    );
    assert.ok(
      lines.some((l) => /\[advisory\].*sms-required-tags/.test(l)),
      stdout,
    );
    assert.ok(!lines.some((l) => l.includes("[mandatory]")), stdout);
    const pool = resourcesOfType(await stack.exportedState(), POOL).get("marketing-pool");
    assert.equal(pool?.inputs?.deletionProtectionEnabled, undefined);
  });

  it("takes the policies' settings and levels from the config", async () => {
    const config = packConfig({
      "sms-pool-deletion-protection": {
        enforcementLevel: "advisory",
        exemptResourceNames: ["marketing-pool"],
      },
      "sms-required-tags": { requiredTagKeys: ["owner"] },
      "sms-pool-shared-routes": "disabled",
    });
    const { stdout } = await stack.expectOk([
      "preview",
      "--policy-pack",
      pack,
      "--policy-pack-config",
      config,
    ]);
    const lines = policyLines(stdout).join("\n");
    assert.doesNotMatch(lines, /sms-pool-deletion-protection|sms-required-tags|sms-pool-shared-routes/);
    // The one finding no setting touched is still there: the pack did run.
    assert.match(lines, /\[advisory\].*sms-origination-identity-deletion-protection.*marketing-number/);
  });

  it("deploys what the remediations make of the inputs", async () => {
    const config = packConfig({
      "sms-pool-deletion-protection": "remediate",
      "sms-pool-shared-routes": "remediate",
    });
    const { stdout } = await stack.expectOk([
      "up",
      "--yes",
      "--policy-pack",
      pack,
      "--policy-pack-config",
      config,
    ]);
    assert.match(stdout, /sms-pool-deletion-protection/);
    const pool = resourcesOfType(await stack.exportedState(), POOL).get("marketing-pool");
    assert.equal(pool?.inputs?.deletionProtectionEnabled, true);
    assert.equal(pool?.inputs?.sharedRoutesEnabled, false);
    assert.equal(
      pool?.outputs?.deletionProtectionEnabled,
      true,
      "the provider was not given the remediated inputs",
    );
  });

  it("destroys the stack", async () => {
    await stack.expectOk(["destroy", "--yes"]);
    assert.equal(resourcesOfType(await stack.exportedState(), POOL).size, 0);
  });
});

describe("engine: the pack's stack policy sees PoolLookups", () => {
  const pools = seedPools(6);
  const holder = withEmulator({ seed: { pools } });
  /** Pools that are not both ACTIVE and protected: what the policy must name. */
  const offendingOf = (messageType: string) =>
    pools
      .filter((p) => p.messageType === messageType)
      .filter((p) => p.status !== "ACTIVE" || !p.deletionProtectionEnabled)
      .map((p) => p.poolId!);
  const offending = offendingOf("TRANSACTIONAL");
  let stack: EngineStack;
  before(async () => {
    assert.ok(offending.length >= 2, "the seed offers no unprotected transactional pools");
    stack = await EngineStack.create({
      projectDir: path.join(__dirname, "programs", "recorded-lookup"),
      program: "./index.ts",
      config: emulatorConfig(holder.emulator),
    });
  });
  after(() => stack?.dispose());

  it("warns about each looked-up pool that is not ACTIVE and protected", async () => {
    const { stdout } = await stack.expectOk(["up", "--yes", "--policy-pack", pack]);
    const named = policyLines(stdout).filter((l) => l.includes("sms-looked-up-pools-protected"));
    assert.ok(
      named.every((l) => l.includes("[advisory]")),
      stdout,
    );
    for (const poolId of offending) assert.match(stdout, new RegExp(`pool ${poolId} \\(arn:aws:sms-voice:`));
    const fine = pools.filter((p) => p.messageType === "TRANSACTIONAL" && !offending.includes(p.poolId!));
    for (const pool of fine) assert.doesNotMatch(stdout, new RegExp(`pool ${pool.poolId} `));
  });

  it("stops preview and up when the config makes it mandatory, and exempts what exemptPools lists", async () => {
    const mandatory = packConfig({ "sms-looked-up-pools-protected": "mandatory" });
    const preview = await stack.expectFailure([
      "preview",
      "--policy-pack",
      pack,
      "--policy-pack-config",
      mandatory,
    ]);
    assert.match(preview, /\[mandatory\].*sms-looked-up-pools-protected/);
    // The recorded pools are known at preview, so `up` stops there: the new lookup is not created.
    await stack.setConfig({ "lane:second": "true" });
    await stack.expectFailure(["up", "--yes", "--policy-pack", pack, "--policy-pack-config", mandatory]);
    assert.deepEqual([...resourcesOfType(await stack.exportedState(), POOL_LOOKUP).keys()], ["recorded"]);

    const exempt = packConfig({
      "sms-looked-up-pools-protected": {
        enforcementLevel: "mandatory",
        exemptPools: [...offending, ...offendingOf("PROMOTIONAL")],
      },
    });
    await stack.expectOk(["up", "--yes", "--policy-pack", pack, "--policy-pack-config", exempt]);
    assert.deepEqual([...resourcesOfType(await stack.exportedState(), POOL_LOOKUP).keys()].sort(), [
      "recorded",
      "second",
    ]);
  });

  it("judges a lookup whose query changes only after the update (its pools are not known at preview)", async () => {
    const mandatory = packConfig({ "sms-looked-up-pools-protected": "mandatory" });
    await stack.setConfig({ "lane:second": "false", "lane:messageType": "PROMOTIONAL" });
    const preview = await stack.run(["preview", "--policy-pack", pack, "--policy-pack-config", mandatory]);
    const output = `${preview.stdout}${preview.stderr}`;
    // The transactional pools it recorded are not what it will record; the preview can't judge the new ones.
    assert.match(output, /\[advisory\].*sms-looked-up-pools-protected/);
    const up = await stack.expectFailure([
      "up",
      "--yes",
      "--policy-pack",
      pack,
      "--policy-pack-config",
      mandatory,
    ]);
    assert.match(up, /\[mandatory\].*sms-looked-up-pools-protected/);
    const promotional = pools.filter((p) => p.messageType === "PROMOTIONAL").map((p) => p.poolId);
    const recorded = resourcesOfType(await stack.exportedState(), POOL_LOOKUP).get("recorded");
    assert.deepEqual(recorded?.outputs?.ids, promotional, "the update ran before the stack policy judged it");
  });
});

describe("engine: the pack from an installed package", () => {
  let packed: PackedProject;
  let stack: EngineStack;
  before(async () => {
    packed = installPackedPackage();
    const example = path.join(repoRoot, "examples", "guarded-pool");
    fs.copyFileSync(path.join(example, "Pulumi.yaml"), path.join(packed.dir, "Pulumi.yaml"));
    fs.writeFileSync(
      path.join(packed.dir, "index.js"),
      toCommonJs(fs.readFileSync(path.join(example, "index.ts"), "utf8")),
    );
    stack = await EngineStack.create({ projectDir: packed.dir, program: "./index.js", awsStandIn: true });
  });
  after(async () => {
    await stack?.dispose();
    packed?.remove();
  });

  it("runs from node_modules/pulumi-sms-pools/policy, as the README says", async () => {
    const installedPack = path.join(packed.dir, "node_modules", "pulumi-sms-pools", "policy");
    const output = await stack.expectFailure(["preview", "--policy-pack", installedPack]);
    assert.match(output, /\[mandatory\].*sms-pool-deletion-protection.*marketing-pool/);
    assert.match(output, new RegExp(`sms-pools-guard@v\\d+\\.\\d+\\.\\d+ \\(local: ${installedPack}\\)`));
  });
});
