// PoolLookup records where it looked (endpoint, profile) and runs again when that changes: the engine keeps a
// provider's old config for refreshes, so a diff that ignored them would keep the old account's pools forever.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createPoolLookup, diffPoolLookup, readPoolLookup } from "../../provider/dynamicProvider/lifecycle";
import { seedPools, withEmulator } from "../support/emulator";

const TRANSACTIONAL = [{ name: "message-type", values: ["TRANSACTIONAL"] }];

describe("provider: PoolLookup and where it looked", () => {
  const holder = withEmulator({ seed: { pools: seedPools(4) } });
  const other = withEmulator({ seed: { pools: seedPools(2) } });
  const names = [
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2",
    "AWS_PROFILE",
    "AWS_SHARED_CREDENTIALS_FILE",
  ] as const;
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  const awsDir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-source-"));
  before(() => {
    fs.writeFileSync(
      path.join(awsDir, "credentials"),
      "[team]\naws_access_key_id = AKIATEAMPROFILE00001\naws_secret_access_key = not-a-secret\n",
    );
  });
  beforeEach(() => {
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(awsDir, "credentials");
  });
  after(() => fs.rmSync(awsDir, { recursive: true, force: true }));
  afterEach(() => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
  const stackAt = (endpoint: string, profile?: string) => ({
    smsPools: { endpoint, region: "us-east-1", ...(profile ? { profile } : {}) },
  });
  const query = { filters: TRANSACTIONAL };

  it("stores the endpoint and profile of stack config in its state, never credentials", async () => {
    const created = await createPoolLookup(query, stackAt(holder.emulator.endpoint, "team"));
    assert.deepEqual(created.outs.source, { endpoint: holder.emulator.endpoint, profile: "team" });
  });

  it("stores the endpoint and profile the environment names when stack config names none", async () => {
    process.env.AWS_ENDPOINT_URL = "http://127.0.0.1:1/generic";
    process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 = holder.emulator.endpoint;
    const created = await createPoolLookup(query, { smsPools: { region: "us-east-1" } });
    assert.deepEqual(created.outs.source, { endpoint: holder.emulator.endpoint });
    delete process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2;
    process.env.AWS_ENDPOINT_URL = holder.emulator.endpoint;
    const generic = await createPoolLookup(query, { smsPools: { region: "us-east-1" } });
    assert.deepEqual(generic.outs.source, { endpoint: holder.emulator.endpoint });
  });

  it("is a change when the endpoint or the profile changed, and not otherwise", async () => {
    const created = await createPoolLookup(query, stackAt(holder.emulator.endpoint));
    const olds = created.outs as unknown as Record<string, unknown>;
    const diff = (stack: ReturnType<typeof stackAt>) => diffPoolLookup(olds, query, stack);
    assert.equal((await diff(stackAt(holder.emulator.endpoint))).changes, false);
    assert.equal((await diff(stackAt(other.emulator.endpoint))).changes, true, "another endpoint");
    assert.equal((await diff(stackAt(holder.emulator.endpoint, "team"))).changes, true, "a profile now");
    process.env.AWS_PROFILE = "team";
    assert.equal(
      (
        await diffPoolLookup(olds, query, {
          smsPools: { endpoint: holder.emulator.endpoint, region: "us-east-1" },
        })
      ).changes,
      true,
      "a profile from the environment",
    );
  });

  it("is no change for a lookup stored before its source was recorded", async () => {
    const created = await createPoolLookup(query, stackAt(holder.emulator.endpoint));
    const { source: _source, ...stored } = created.outs;
    assert.equal((await diffPoolLookup(stored, query, stackAt(other.emulator.endpoint))).changes, false);
  });

  it("records on refresh where it looked then", async () => {
    const created = await createPoolLookup(query, stackAt(holder.emulator.endpoint));
    const read = await readPoolLookup(created.id, created.outs as never, stackAt(other.emulator.endpoint));
    assert.deepEqual(read.props.source, { endpoint: other.emulator.endpoint });
    assert.equal(read.props.count, 1, "the other endpoint's pools");
  });
});
