// DescribePools through the real SDK: listing, filters, PoolIds by ID or ARN, shared pools, regions, errors.

import assert from "node:assert/strict";
import { DescribePoolsCommand, type PoolInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { SeedPool } from "../../emulator";
import { rejectsWith, sdkClient, seedPools, withEmulator } from "../support/emulator";
import { authorizationFor, rawCall } from "./wire";

const OTHER_ACCOUNT = "210987654321";
const own = seedPools(30);
const sharedPools: SeedPool[] = [
  { poolId: "pool-5ba4ed00000000000000000000000001", accountId: OTHER_ACCOUNT, messageType: "PROMOTIONAL" },
  { poolId: "pool-5ba4ed00000000000000000000000002", accountId: OTHER_ACCOUNT, status: "CREATING" },
];
const euPool: SeedPool = { poolId: "pool-e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0", region: "eu-west-1" };
const arnOf = (pool: SeedPool) =>
  `arn:aws:sms-voice:${pool.region ?? "us-east-1"}:${pool.accountId ?? "123456789012"}:pool/${pool.poolId}`;

/** What the emulator should answer for a filter, computed from the seed independently of the emulator. */
function expectedIds(predicate: (pool: SeedPool) => boolean): string[] {
  return own.filter(predicate).map((p) => p.poolId!);
}

describe("emulator: DescribePools", () => {
  const holder = withEmulator({ seed: { pools: [...own, ...sharedPools, euPool] } });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const ids = (pools: PoolInformation[] | undefined) => (pools ?? []).map((p) => p.PoolId);

  it("lists the caller's own pools of the request's region, in creation order, with every field", async () => {
    const { Pools, NextToken } = await client().send(new DescribePoolsCommand({}));
    assert.equal(NextToken, undefined);
    assert.deepEqual(
      ids(Pools),
      own.map((p) => p.poolId),
    );
    const first = Pools![1];
    assert.deepEqual(first, {
      PoolArn: arnOf(own[1]),
      PoolId: own[1].poolId,
      Status: "ACTIVE",
      MessageType: "TRANSACTIONAL",
      TwoWayEnabled: true,
      TwoWayChannelArn: own[1].twoWayChannelArn,
      TwoWayChannelRole: own[1].twoWayChannelRole,
      SelfManagedOptOutsEnabled: false,
      OptOutListName: "Default",
      SharedRoutesEnabled: false,
      DeletionProtectionEnabled: false,
      CreatedTimestamp: new Date((1_700_000_000 + 60) * 1000),
    });
  });

  it("sends CreatedTimestamp as epoch seconds (a JSON number)", async () => {
    const response = await rawCall(holder.emulator.endpoint, { body: { PoolIds: [own[0].poolId] } });
    assert.equal(response.status, 200);
    const pools = response.json!.Pools as Array<Record<string, unknown>>;
    assert.equal(pools[0].CreatedTimestamp, 1_700_000_000);
    assert.equal(response.headers["content-type"], "application/x-amz-json-1.0");
    assert.match(String(response.headers["x-amzn-requestid"]), /^[0-9a-f-]{36}$/);
  });

  const filterCases: Array<{
    title: string;
    filters: Array<{ Name: string; Values: string[] }>;
    expect: string[];
  }> = [
    {
      title: "status",
      filters: [{ Name: "status", Values: ["CREATING"] }],
      expect: expectedIds((p) => p.status === "CREATING"),
    },
    {
      title: "status, OR within values",
      filters: [{ Name: "status", Values: ["CREATING", "DELETING"] }],
      expect: expectedIds((p) => p.status !== "ACTIVE"),
    },
    {
      title: "message-type",
      filters: [{ Name: "message-type", Values: ["PROMOTIONAL"] }],
      expect: expectedIds((p) => p.messageType === "PROMOTIONAL"),
    },
    {
      title: "two-way-enabled",
      filters: [{ Name: "two-way-enabled", Values: ["true"] }],
      expect: expectedIds((p) => p.twoWayEnabled === true),
    },
    {
      title: "self-managed-opt-outs-enabled",
      filters: [{ Name: "self-managed-opt-outs-enabled", Values: ["true"] }],
      expect: expectedIds((p) => p.selfManagedOptOutsEnabled === true),
    },
    {
      title: "opt-out-list-name",
      filters: [{ Name: "opt-out-list-name", Values: ["Marketing"] }],
      expect: expectedIds((p) => p.optOutListName === "Marketing"),
    },
    {
      title: "shared-routes-enabled",
      filters: [{ Name: "shared-routes-enabled", Values: ["false"] }],
      expect: expectedIds((p) => p.sharedRoutesEnabled === false),
    },
    {
      title: "deletion-protection-enabled",
      filters: [{ Name: "deletion-protection-enabled", Values: ["true"] }],
      expect: expectedIds((p) => p.deletionProtectionEnabled === true),
    },
    {
      title: "two-way-channel-arn",
      filters: [{ Name: "two-way-channel-arn", Values: ["arn:aws:sns:us-east-1:123456789012:inbound-1"] }],
      expect: expectedIds((p) => p.twoWayChannelArn?.endsWith("inbound-1") === true),
    },
    {
      title: "boolean true OR false matches all",
      filters: [{ Name: "two-way-enabled", Values: ["true", "false"] }],
      expect: expectedIds(() => true),
    },
    {
      title: "AND across filters",
      filters: [
        { Name: "status", Values: ["ACTIVE"] },
        { Name: "message-type", Values: ["TRANSACTIONAL"] },
        { Name: "deletion-protection-enabled", Values: ["false"] },
      ],
      expect: expectedIds(
        (p) => p.status === "ACTIVE" && p.messageType === "TRANSACTIONAL" && !p.deletionProtectionEnabled,
      ),
    },
    {
      title: "the same name twice is an AND of both",
      filters: [
        { Name: "status", Values: ["ACTIVE", "CREATING"] },
        { Name: "status", Values: ["CREATING", "DELETING"] },
      ],
      expect: expectedIds((p) => p.status === "CREATING"),
    },
    {
      title: "nothing matching gives an empty page",
      filters: [{ Name: "opt-out-list-name", Values: ["Nope"] }],
      expect: [],
    },
  ];
  for (const c of filterCases) {
    it(`filters by ${c.title}`, async () => {
      assert.ok(c.title.startsWith("nothing") || c.expect.length > 0, "the case selects something");
      assert.ok(
        c.expect.length < own.length || c.title.includes("matches all"),
        "the case leaves something out",
      );
      const { Pools } = await client().send(new DescribePoolsCommand({ Filters: c.filters as never }));
      assert.deepEqual(ids(Pools), c.expect);
    });
  }

  it("finds own pools by ID and by ARN, once each, in the order asked, with filters applied", async () => {
    const { Pools } = await client().send(
      new DescribePoolsCommand({ PoolIds: [own[4].poolId!, arnOf(own[2]), own[4].poolId!, arnOf(own[3])] }),
    );
    assert.deepEqual(ids(Pools), [own[4].poolId, own[2].poolId, own[3].poolId]);
    const filtered = await client().send(
      new DescribePoolsCommand({
        PoolIds: [own[0].poolId!, own[1].poolId!],
        Filters: [{ Name: "two-way-enabled", Values: ["true"] }],
      }),
    );
    assert.deepEqual(ids(filtered.Pools), [own[1].poolId]);
  });

  it("answers ResourceNotFoundException naming the first unknown pool", async () => {
    const error = await rejectsWith(
      client().send(new DescribePoolsCommand({ PoolIds: [own[0].poolId!, "pool-doesnotexist"] })),
      "ResourceNotFoundException",
    );
    assert.equal(error.$metadata.httpStatusCode, 400);
    assert.equal(error.ResourceType, "pool");
    assert.equal(error.ResourceId, "pool-doesnotexist");
    assert.match(error.message, /pool-doesnotexist/);
  });

  it("shows shared pools by ARN and under Owner SHARED only", async () => {
    const byArn = await client().send(new DescribePoolsCommand({ PoolIds: [arnOf(sharedPools[0])] }));
    assert.deepEqual(byArn.Pools?.[0].PoolArn, arnOf(sharedPools[0]));
    const byId = await rejectsWith(
      client().send(new DescribePoolsCommand({ PoolIds: [sharedPools[0].poolId!] })),
      "ResourceNotFoundException",
    );
    assert.equal(byId.ResourceId, sharedPools[0].poolId);
    const sharedList = await client().send(new DescribePoolsCommand({ Owner: "SHARED" }));
    assert.deepEqual(
      ids(sharedList.Pools),
      sharedPools.map((p) => p.poolId),
    );
    const sharedFiltered = await client().send(
      new DescribePoolsCommand({ Owner: "SHARED", Filters: [{ Name: "status", Values: ["CREATING"] }] }),
    );
    assert.deepEqual(ids(sharedFiltered.Pools), [sharedPools[1].poolId]);
    const self = await client().send(new DescribePoolsCommand({ Owner: "SELF" }));
    const noOwner = await client().send(new DescribePoolsCommand({}));
    assert.deepEqual(ids(self.Pools), ids(noOwner.Pools));
    assert.ok(!ids(noOwner.Pools).includes(sharedPools[0].poolId));
  });

  it("serves the region of the SigV4 credential scope", async () => {
    const eu = sdkClient(holder.emulator, { region: "eu-west-1", maxAttempts: 1 });
    const { Pools } = await eu.send(new DescribePoolsCommand({}));
    assert.deepEqual(ids(Pools), [euPool.poolId]);
    await rejectsWith(
      eu.send(new DescribePoolsCommand({ PoolIds: [own[0].poolId!] })),
      "ResourceNotFoundException",
    );
    await rejectsWith(
      client().send(new DescribePoolsCommand({ PoolIds: [arnOf(euPool)] })),
      "ResourceNotFoundException",
    );
    const empty = await rawCall(holder.emulator.endpoint, { authorization: authorizationFor("ap-south-1") });
    assert.deepEqual(empty.json, { Pools: [] });
  });

  it("ignores members the model does not have and treats null as absent", async () => {
    const response = await rawCall(holder.emulator.endpoint, {
      body: { MaxResults: null, Owner: null, Unknown: 1, PoolIds: [own[0].poolId] },
    });
    assert.equal(response.status, 200, response.text);
    assert.equal((response.json!.Pools as unknown[]).length, 1);
  });
});
