// The SDK client cache: one client per connection, at most CLIENT_CACHE_SIZE of them, the least recently used
// dropped first; a dropped client's sockets are closed, but never under a request that is still under way.
import * as assert from "node:assert/strict";
import { DescribePoolsCommand, type PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { CLIENT_CACHE_SIZE, clientFor, resetClients } from "../../provider/aws/client";
import type { Connection } from "../../provider/aws/connection";
import { withEmulator } from "../support/emulator";

const connection = (endpoint: string, region = "us-east-1"): Connection => ({
  region,
  endpoint,
  snapshot: true,
  maxAttempts: 1,
  timeoutMs: 5_000,
  concurrency: 4,
});

/** Counts `client.destroy()` calls. */
function destroyCalls(client: PinpointSMSVoiceV2Client): { count: number } {
  const calls = { count: 0 };
  const destroy = client.destroy.bind(client);
  client.destroy = () => {
    calls.count += 1;
    destroy();
  };
  return calls;
}

let fillers = 0;
/** Adds clients for `count` new connections nobody uses again. */
const fill = (count: number) => {
  for (let i = 0; i < count; i++) clientFor(connection(`http://127.0.0.1:1/filler-${fillers++}`));
};

describe("provider: the SDK client cache", () => {
  const holder = withEmulator({ seed: { pools: [{ poolId: "pool-a" }] } });
  beforeEach(resetClients);
  after(resetClients);

  it("keeps one client per connection", () => {
    const a = clientFor(connection(holder.emulator.endpoint));
    assert.equal(clientFor(connection(holder.emulator.endpoint)), a);
    assert.notEqual(clientFor(connection(holder.emulator.endpoint, "eu-west-1")), a);
  });

  it(`keeps at most ${CLIENT_CACHE_SIZE} clients, dropping the least recently used and destroying it`, () => {
    const first = clientFor(connection(holder.emulator.endpoint, "eu-west-1"));
    const used = clientFor(connection(holder.emulator.endpoint));
    const firstDestroyed = destroyCalls(first);
    const usedDestroyed = destroyCalls(used);
    fill(CLIENT_CACHE_SIZE - 2);
    assert.equal(clientFor(connection(holder.emulator.endpoint)), used, "a use makes it the most recent");
    fill(1);
    assert.equal(firstDestroyed.count, 1, "the least recently used client is destroyed");
    assert.equal(usedDestroyed.count, 0);
    assert.equal(clientFor(connection(holder.emulator.endpoint)), used);
    assert.notEqual(clientFor(connection(holder.emulator.endpoint, "eu-west-1")), first, "a new client");
  });

  it("destroys a dropped client only after its request under way has finished", async () => {
    holder.emulator.setFaults([{ operation: "DescribePools", latencyMs: 300 }]);
    const client = clientFor(connection(holder.emulator.endpoint));
    const destroyed = destroyCalls(client);
    const answer = client.send(new DescribePoolsCommand({}));
    await new Promise((resolve) => setTimeout(resolve, 50));
    fill(CLIENT_CACHE_SIZE);
    assert.equal(destroyed.count, 0, "not under its request");
    assert.deepEqual(
      (await answer).Pools?.map((p) => p.PoolId),
      ["pool-a"],
    );
    assert.equal(destroyed.count, 1, "once the request has finished");
    holder.emulator.setFaults([]);
  });
});

describe("provider: a cached client follows the environment it was built from", () => {
  const east = withEmulator({
    accounts: { AKIACHANGEDKEY000001: "222222222222" },
    seed: {
      pools: [
        { poolId: "pool-east", region: "us-east-1" },
        { poolId: "pool-west", region: "us-west-2" },
        { poolId: "pool-theirs", region: "us-east-1", accountId: "222222222222" },
      ],
    },
  });
  const other = withEmulator({ seed: { pools: [{ poolId: "pool-other", region: "us-west-2" }] } });
  const names = ["AWS_REGION", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID"] as const;
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    resetClients();
  });

  /** A lookup that leaves region, endpoint and credentials to the AWS SDK's chain, as a program without config does. */
  const poolIdsFromTheEnvironment = async () => {
    const unset: Connection = { snapshot: true, maxAttempts: 1, timeoutMs: 5_000, concurrency: 4 };
    const { Pools } = await clientFor(unset).send(new DescribePoolsCommand({}));
    return Pools?.map((p) => p.PoolId);
  };

  it("asks the region and endpoint the environment names now, not the ones it named first", async () => {
    process.env.AWS_ENDPOINT_URL = east.emulator.endpoint;
    process.env.AWS_REGION = "us-east-1";
    assert.deepEqual(await poolIdsFromTheEnvironment(), ["pool-east"]);
    process.env.AWS_REGION = "us-west-2";
    assert.deepEqual(await poolIdsFromTheEnvironment(), ["pool-west"]);
    process.env.AWS_ENDPOINT_URL = other.emulator.endpoint;
    assert.deepEqual(await poolIdsFromTheEnvironment(), ["pool-other"]);
  });

  it("signs with the credentials the environment holds now (another key, another account)", async () => {
    process.env.AWS_ENDPOINT_URL = east.emulator.endpoint;
    process.env.AWS_REGION = "us-east-1";
    assert.deepEqual(await poolIdsFromTheEnvironment(), ["pool-east"]);
    process.env.AWS_ACCESS_KEY_ID = "AKIACHANGEDKEY000001";
    assert.deepEqual(await poolIdsFromTheEnvironment(), ["pool-theirs"]);
  });
});
