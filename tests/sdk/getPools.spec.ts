import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import type { SeedPool } from "../../emulator";
import {
  getPool,
  getPools,
  getPoolsOutput,
  PoolLookupError,
  PoolNotFoundError,
  PoolQueryError,
} from "../../index";
import { resetClients } from "../../provider/aws/client";
import { seedPools, withEmulator } from "../support/emulator";

const ACCOUNT = "123456789012";
const OTHER_ACCOUNT = "210987654321";
const arnOf = (poolId: string, account = ACCOUNT) => `arn:aws:sms-voice:us-east-1:${account}:pool/${poolId}`;

describe("sdk: getPools against the emulator (real SDK over HTTP)", () => {
  const pools = seedPools(250);
  const shared: SeedPool[] = seedPools(3).map((p, i) => ({
    ...p,
    poolId: `pool-shared${String(i).padStart(27, "0")}`,
    accountId: OTHER_ACCOUNT,
  }));
  const holder = withEmulator({ seed: { pools: [...pools, ...shared] }, randomSeed: 20261127 });
  const opts = () => ({ endpoint: holder.emulator.endpoint, region: "us-east-1" });
  const describeRequests = () => holder.emulator.requests.filter((r) => r.operation === "DescribePools");
  after(resetClients);

  it("lists every pool across pages, ordered by ARN, with ids and arns aligned", async () => {
    const result = await getPools({ region: "us-east-1" }, { endpoint: holder.emulator.endpoint });
    assert.equal(result.pools.length, 250);
    assert.equal(describeRequests().length, 3, "250 pools at 100 a page");
    const expectedIds = pools.map((p) => p.poolId!).sort((a, b) => arnOf(a).localeCompare(arnOf(b)));
    assert.deepEqual(result.ids, expectedIds);
    assert.deepEqual(
      result.arns,
      expectedIds.map((id) => arnOf(id)),
    );
    assert.equal(result.region, "us-east-1");
    assert.equal(new Set(result.arns).size, 250);
  });

  it("maps every field, createdTimestamp as ISO 8601", async () => {
    const seed = pools[1];
    const [pool] = (await getPools({ poolIds: [seed.poolId!] }, opts())).pools;
    assert.deepEqual(pool, {
      poolArn: arnOf(seed.poolId!),
      poolId: seed.poolId,
      status: seed.status,
      messageType: seed.messageType,
      twoWayEnabled: seed.twoWayEnabled,
      twoWayChannelArn: seed.twoWayChannelArn,
      twoWayChannelRole: seed.twoWayChannelRole,
      selfManagedOptOutsEnabled: seed.selfManagedOptOutsEnabled,
      optOutListName: seed.optOutListName,
      sharedRoutesEnabled: seed.sharedRoutesEnabled,
      deletionProtectionEnabled: seed.deletionProtectionEnabled,
      createdTimestamp: new Date((seed.createdTimestamp as number) * 1000).toISOString(),
    });
  });

  it("follows small pages to the end with pageSize", async () => {
    const result = await getPools({ pageSize: 7 }, opts());
    assert.equal(result.pools.length, 250);
    assert.equal(describeRequests().length, Math.ceil(250 / 7));
    assert.ok(describeRequests().every((r) => (r.input as { MaxResults?: number }).MaxResults === 7));
  });

  it("applies filters: AND across filters, OR within values", async () => {
    const result = await getPools(
      {
        filters: [
          { name: "message-type", values: ["TRANSACTIONAL"] },
          { name: "status", values: ["ACTIVE", "CREATING"] },
        ],
      },
      opts(),
    );
    const expected = pools
      .filter((p) => p.messageType === "TRANSACTIONAL" && (p.status === "ACTIVE" || p.status === "CREATING"))
      .map((p) => p.poolId)
      .sort();
    assert.ok(expected.length > 0 && expected.length < 250);
    assert.deepEqual([...result.ids].sort(), expected);
    assert.deepEqual(describeRequests()[0].input, {
      Filters: [
        { Name: "message-type", Values: ["TRANSACTIONAL"] },
        { Name: "status", Values: ["ACTIVE", "CREATING"] },
      ],
      MaxResults: 100,
    });
  });

  it("lists shared pools under owner SHARED, and own pools under SELF", async () => {
    const sharedResult = await getPools({ owner: "SHARED" }, opts());
    assert.deepEqual(sharedResult.arns, shared.map((p) => arnOf(p.poolId!, OTHER_ACCOUNT)).sort());
    const own = await getPools({ owner: "SELF" }, opts());
    assert.equal(own.pools.length, 250);
  });

  for (const count of [1, 5, 6, 23]) {
    it(`looks up ${count} pool IDs in ${Math.ceil(count / 5)} request(s), in the order asked`, async () => {
      const ids = pools
        .slice(40, 40 + count)
        .map((p) => p.poolId!)
        .reverse();
      const result = await getPools({ poolIds: ids }, opts());
      assert.deepEqual(result.ids, ids);
      assert.equal(describeRequests().length, Math.ceil(count / 5));
      const sent = describeRequests().flatMap((r) => (r.input as { PoolIds: string[] }).PoolIds);
      assert.deepEqual([...sent].sort(), [...ids].sort(), "every ID sent exactly once");
      assert.ok(describeRequests().every((r) => (r.input as { PoolIds: string[] }).PoolIds.length <= 5));
    });
  }

  it("collapses duplicates: the same ID twice, and an ID with its own ARN", async () => {
    const [a, b, c] = pools.slice(10, 13).map((p) => p.poolId!);
    const result = await getPools({ poolIds: [a, arnOf(b), a, b, c, arnOf(a)] }, opts());
    assert.deepEqual(result.ids, [a, b, c]);
    assert.equal(describeRequests().length, 1, "exact duplicates are dropped before sending");
  });

  it("finds shared pools by ARN, mixed with own IDs", async () => {
    const sharedArn = arnOf(shared[0].poolId!, OTHER_ACCOUNT);
    const result = await getPools({ poolIds: [pools[0].poolId!, sharedArn] }, opts());
    assert.deepEqual(result.arns, [arnOf(pools[0].poolId!), sharedArn]);
  });

  it("fails the whole call naming a missing pool, with no partial result", async () => {
    const ids = pools.slice(0, 12).map((p) => p.poolId!);
    ids.splice(7, 0, "pool-doesnotexist");
    const err = await getPools({ poolIds: ids }, opts()).then(
      () => assert.fail("should reject"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof PoolNotFoundError);
    assert.equal(err.poolId, "pool-doesnotexist");
    assert.equal(err.awsErrorName, "ResourceNotFoundException");
    assert.ok(err.requestId, "AWS request ID kept");
    assert.match(err.message, /pool-doesnotexist/);
    assert.match(err.message, /DescribePools failed for poolIds \[pool-/);
  });

  it("getPool returns one pool by ID or ARN and names a missing one", async () => {
    const seed = pools[3];
    assert.equal((await getPool({ poolId: seed.poolId! }, opts())).poolArn, arnOf(seed.poolId!));
    assert.equal((await getPool({ poolId: arnOf(seed.poolId!) }, opts())).poolId, seed.poolId);
    await assert.rejects(getPool({ poolId: "pool-missing" }, opts()), (e: unknown) => {
      return e instanceof PoolNotFoundError && e.poolId === "pool-missing" && /pool-missing/.test(e.message);
    });
  });

  it("a shared pool asked by bare ID is not found, and the error says to use the ARN", async () => {
    await assert.rejects(getPool({ poolId: shared[1].poolId! }, opts()), /must be given by its ARN/);
  });

  it("sends nothing for invalid input, reporting every problem", async () => {
    const bad: unknown[] = [
      { owner: "SHARED", poolIds: ["pool-a"] },
      { filters: [{ name: "state", values: ["ACTIVE"] }] },
      { pageSize: 0 },
      { poolIds: [""] },
      { filters: [{ name: "status", values: [] }] },
    ];
    for (const args of bad) {
      await assert.rejects(getPools(args as never, opts()), PoolQueryError);
    }
    await assert.rejects(
      getPools({}, { endpoint: "not a url" }),
      /endpoint "not a url" must be an http\(s\) URL/,
    );
    assert.equal(holder.emulator.requests.length, 0);
  });

  it("shares identical concurrent lookups: 10 calls, one call's requests", async () => {
    const args = { filters: [{ name: "deletion-protection-enabled" as const, values: ["true"] }] };
    const results = await Promise.all(Array.from({ length: 10 }, () => getPools(args, opts())));
    assert.equal(describeRequests().length, 2, "125 protected pools: two pages, once");
    for (const r of results) assert.deepEqual(r, results[0]);
    await getPools(args, opts());
    assert.equal(describeRequests().length, 4, "a later call is not served stale results");
  });

  it("completes correctly when half the requests are throttled", async () => {
    const expected = await getPools({ pageSize: 50 }, opts());
    holder.emulator.setFaults([{ operation: "DescribePools", throttle: { fraction: 0.5 } }]);
    holder.emulator.clearRequests();
    const throttled = await getPools({ pageSize: 50 }, { ...opts(), maxAttempts: 10 });
    assert.deepEqual(throttled, expected);
    const statuses = describeRequests().map((r) => r.status);
    assert.ok(statuses.filter((s) => s === 400).length >= 2, `throttling happened: ${statuses}`);
  });

  it("a page failing mid-listing fails the call with the AWS error, request ID and query", async () => {
    holder.emulator.setFaults([
      { operation: "DescribePools", internalError: { nth: [2, 3, 4, 5, 6, 7, 8, 9] } },
    ]);
    const err = await getPools({ pageSize: 50, owner: "SELF" }, { ...opts(), maxAttempts: 2 }).then(
      () => assert.fail("should reject"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof PoolLookupError);
    assert.equal(err.awsErrorName, "InternalServerException");
    assert.equal(err.httpStatusCode, 500);
    assert.ok(err.requestId);
    assert.match(err.message, /DescribePools failed for owner SELF in us-east-1: InternalServerException: /);
    assert.match(err.message, new RegExp(`request ID ${err.requestId}`));
    assert.equal(describeRequests().length, 3, "page 1, then page 2 twice");
  });

  it("keeps secret arguments out of error messages, keeping the error's class and AWS fields", async () => {
    const secretId = "pool-secretname0000000000000000000";
    const notFound = getPoolsOutput({ poolIds: pulumi.secret([pools[0].poolId!, secretId]) }, opts());
    const err = await (notFound as unknown as { promise(): Promise<unknown> }).promise().then(
      () => assert.fail("should reject"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof PoolNotFoundError);
    assert.equal(err.awsErrorName, "ResourceNotFoundException");
    assert.ok(err.requestId && err.message.includes(err.requestId));
    assert.match(
      err.message,
      /^DescribePools failed for a secret query in us-east-1: ResourceNotFoundException: /,
    );
    assert.ok(!err.message.includes(secretId) && !String(err.stack).includes(secretId));

    const invalid = getPoolsOutput(
      { filters: [{ name: "status", values: pulumi.secret(["live-secret"]) }] },
      opts(),
    );
    const bad = await (invalid as unknown as { promise(): Promise<unknown> }).promise().then(
      () => assert.fail("should reject"),
      (e: unknown) => e,
    );
    assert.ok(bad instanceof PoolQueryError);
    assert.equal(bad.problems[0].field, "filters[0].values[0]");
    assert.ok(!bad.message.includes("live-secret"), bad.message);
    assert.match(
      bad.message,
      /filters\[0\]\.values\[0\] is not valid in the getPools arguments \(the value is not shown/,
    );

    const plain = getPoolsOutput({ poolIds: [secretId] }, opts());
    await assert.rejects(
      (plain as unknown as { promise(): Promise<unknown> }).promise(),
      new RegExp(secretId),
    );
  });

  it("getPoolsOutput looks up through the same path, waiting for Output inputs", async () => {
    const ids = pulumi.output(Promise.resolve(pools.slice(0, 2).map((p) => p.poolId!)));
    const result = await new Promise<string[]>((resolve) =>
      getPoolsOutput({ poolIds: ids }, opts()).ids.apply(resolve),
    );
    assert.deepEqual(
      result,
      pools.slice(0, 2).map((p) => p.poolId),
    );
  });
});
