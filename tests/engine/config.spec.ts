// Where lookups and PoolLookup go when the program names no region, profile or endpoint: stack config first
// (sms-pools:*, then aws:*), then the AWS SDK's environment, in the README's order, in the program's process
// and in the provider's process the engine starts.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { type Emulator, type SeedPool, startEmulator } from "../../emulator";
import { EngineStack } from "./harness";

const program = { projectDir: path.join(__dirname, "programs", "config-order"), program: "./index.ts" };
const KEYS = { p0: "AKIAPROFILEZERO00000", p1: "AKIAPROFILEONE000000", p2: "AKIAPROFILETWO000000" };
const ACCOUNTS = { [KEYS.p1]: "111111111111", [KEYS.p2]: "222222222222" };

/** One pool of `accountId` in `region`, its ID saying where it lives. */
function poolIn(tag: string, region: string, accountId = "123456789012"): SeedPool {
  const id = `pool-${Buffer.from(`${tag}/${region}`).toString("hex").padEnd(32, "0").slice(0, 32)}`;
  return { poolId: id, region, accountId };
}

describe("engine: where lookups go, in the README's order", () => {
  let a: Emulator;
  let b: Emulator;
  let stack: EngineStack;
  let awsDir: string;
  const expectPools = async (expected: SeedPool, note: string) => {
    await stack.expectOk(["up", "--yes"]);
    const outputs = await stack.outputs();
    assert.deepEqual(
      outputs,
      {
        listedRegion: expected.region,
        listedIds: [expected.poolId],
        recordedRegion: expected.region,
        recordedIds: [expected.poolId],
      },
      note,
    );
  };

  before(async () => {
    const regions = ["us-west-2", "eu-west-1", "ap-southeast-2"];
    a = await startEmulator({
      accounts: ACCOUNTS,
      seed: {
        pools: [
          ...regions.map((r) => poolIn("a", r)),
          poolIn("a-p1", "eu-central-1", ACCOUNTS[KEYS.p1]),
          poolIn("a-p2", "eu-central-1", ACCOUNTS[KEYS.p2]),
          poolIn("a-p0", "eu-central-1"),
        ],
      },
    });
    b = await startEmulator({ seed: { pools: regions.map((r) => poolIn("b", r)) } });
    awsDir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-aws-config-"));
    const profiles = Object.keys(KEYS);
    fs.writeFileSync(
      path.join(awsDir, "config"),
      profiles.map((p) => `[profile ${p}]\nregion = eu-central-1\n`).join("\n"),
    );
    fs.writeFileSync(
      path.join(awsDir, "credentials"),
      Object.entries(KEYS)
        .map(([p, key]) => `[${p}]\naws_access_key_id = ${key}\naws_secret_access_key = not-a-secret\n`)
        .join("\n"),
    );
    stack = await EngineStack.create({
      ...program,
      env: { AWS_REGION: "us-west-2", AWS_ENDPOINT_URL: a.endpoint },
    });
  });
  after(async () => {
    await stack?.dispose();
    await a?.stop();
    await b?.stop();
    fs.rmSync(awsDir, { recursive: true, force: true });
  });

  it("takes the region from AWS_REGION, then aws:region, then sms-pools:region", async () => {
    await expectPools(poolIn("a", "us-west-2"), "AWS_REGION alone");
    await stack.setConfig({ "aws:region": "eu-west-1" });
    await expectPools(poolIn("a", "eu-west-1"), "aws:region over AWS_REGION");
    await stack.setConfig({ "sms-pools:region": "ap-southeast-2" });
    await expectPools(poolIn("a", "ap-southeast-2"), "sms-pools:region over aws:region");
  });

  it("takes the endpoint from AWS_ENDPOINT_URL, then its SMS-only form, then sms-pools:endpoint", async () => {
    stack.setEnv({ AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: b.endpoint });
    await expectPools(poolIn("b", "ap-southeast-2"), "the service's own variable over AWS_ENDPOINT_URL");
    await stack.setConfig({ "sms-pools:endpoint": a.endpoint });
    await expectPools(poolIn("a", "ap-southeast-2"), "sms-pools:endpoint over the environment");
  });

  it("takes the profile (its credentials and region) from AWS_PROFILE, then aws:profile, then sms-pools:profile", async () => {
    await stack.expectOk(["config", "rm", "sms-pools:region"]);
    await stack.expectOk(["config", "rm", "aws:region"]);
    stack.setEnv({
      AWS_REGION: undefined,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_CONFIG_FILE: path.join(awsDir, "config"),
      AWS_SHARED_CREDENTIALS_FILE: path.join(awsDir, "credentials"),
      AWS_PROFILE: "p0",
    });
    await expectPools(poolIn("a-p0", "eu-central-1"), "AWS_PROFILE alone");
    await stack.setConfig({ "aws:profile": "p1" });
    await expectPools(poolIn("a-p1", "eu-central-1", ACCOUNTS[KEYS.p1]), "aws:profile over AWS_PROFILE");
    await stack.setConfig({ "sms-pools:profile": "p2" });
    await expectPools(
      poolIn("a-p2", "eu-central-1", ACCOUNTS[KEYS.p2]),
      "sms-pools:profile over aws:profile",
    );
  });
});
