// Model-based checks: random pools, random UpdatePool calls and random queries against a plain in-test model
// of the filter rules, and a 10,000-pool store paged to the end.

import assert from "node:assert/strict";
import {
  DescribePoolsCommand,
  type DescribePoolsCommandInput,
  type PinpointSMSVoiceV2Client,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import fc from "fast-check";
import { type SeedPool, startEmulator } from "../../emulator";
import { sdkClient, seedPools } from "../support/emulator";

const OTHER = "210987654321";
const FILTER_FIELDS: Record<string, (p: Required<SeedPool>) => string | undefined> = {
  status: (p) => p.status,
  "message-type": (p) => p.messageType,
  "two-way-enabled": (p) => String(p.twoWayEnabled),
  "self-managed-opt-outs-enabled": (p) => String(p.selfManagedOptOutsEnabled),
  "opt-out-list-name": (p) => p.optOutListName,
  "shared-routes-enabled": (p) => String(p.sharedRoutesEnabled),
  "deletion-protection-enabled": (p) => String(p.deletionProtectionEnabled),
  "two-way-channel-arn": (p) => p.twoWayChannelArn,
};
const VALUES: Record<string, string[]> = {
  status: ["CREATING", "ACTIVE", "DELETING"],
  "message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
  "two-way-enabled": ["true", "false"],
  "self-managed-opt-outs-enabled": ["true", "false"],
  "opt-out-list-name": ["Default", "Marketing", "Alerts"],
  "shared-routes-enabled": ["true", "false"],
  "deletion-protection-enabled": ["true", "false"],
  "two-way-channel-arn": [
    "arn:aws:sns:us-east-1:123456789012:in-a",
    "arn:aws:sns:us-east-1:123456789012:in-b",
  ],
};

async function listAll(
  client: PinpointSMSVoiceV2Client,
  input: DescribePoolsCommandInput,
): Promise<string[]> {
  const ids: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(new DescribePoolsCommand({ ...input, NextToken }));
    ids.push(...(page.Pools ?? []).map((p) => p.PoolId!));
    NextToken = page.NextToken;
  } while (NextToken);
  return ids;
}

const poolArb = fc.record({
  status: fc.constantFrom("CREATING", "ACTIVE", "DELETING") as fc.Arbitrary<
    "CREATING" | "ACTIVE" | "DELETING"
  >,
  messageType: fc.constantFrom("TRANSACTIONAL", "PROMOTIONAL") as fc.Arbitrary<
    "TRANSACTIONAL" | "PROMOTIONAL"
  >,
  twoWayEnabled: fc.boolean(),
  twoWayChannelArn: fc.constantFrom(...VALUES["two-way-channel-arn"]),
  twoWayChannelRole: fc.constant("arn:aws:iam::123456789012:role/two-way"),
  selfManagedOptOutsEnabled: fc.boolean(),
  optOutListName: fc.constantFrom("Default", "Marketing", "Alerts"),
  sharedRoutesEnabled: fc.boolean(),
  deletionProtectionEnabled: fc.boolean(),
  accountId: fc.constantFrom("123456789012", "123456789012", "123456789012", OTHER),
  createdTimestamp: fc.integer({ min: 1_600_000_000, max: 1_600_000_100 }),
});
const updateArb = fc.record({
  pool: fc.nat(),
  SharedRoutesEnabled: fc.option(fc.boolean(), { nil: undefined }),
  DeletionProtectionEnabled: fc.option(fc.boolean(), { nil: undefined }),
  SelfManagedOptOutsEnabled: fc.option(fc.boolean(), { nil: undefined }),
  OptOutListName: fc.option(fc.constantFrom("Default", "Marketing", "Alerts"), { nil: undefined }),
  TwoWayChannelArn: fc.option(fc.constantFrom(...VALUES["two-way-channel-arn"]), { nil: undefined }),
});
const queryArb = fc.record({
  filters: fc.array(
    fc
      .constantFrom(...Object.keys(VALUES))
      .chain((name) =>
        fc.subarray(VALUES[name], { minLength: 1 }).map((values) => ({ Name: name, Values: values })),
      ),
    { maxLength: 3 },
  ),
  owner: fc.constantFrom(undefined, "SELF", "SHARED") as fc.Arbitrary<"SELF" | "SHARED" | undefined>,
  pageSize: fc.integer({ min: 1, max: 15 }),
});

describe("emulator: DescribePools against a model of the filter rules", () => {
  it("answers every random query like the model, after random updates (property)", async () => {
    // UpdatePool refuses an opt-out list that does not exist, as AWS does.
    const emulator = await startEmulator({
      seed: { optOutLists: [{ name: "Marketing" }, { name: "Alerts" }] },
    });
    const client = sdkClient(emulator, { maxAttempts: 1 });
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(poolArb, { maxLength: 40 }),
          fc.array(updateArb, { maxLength: 10 }),
          fc.array(queryArb, { minLength: 1, maxLength: 4 }),
          async (pools, updates, queries) => {
            run += 1;
            const model = pools.map((p, i) => ({
              ...p,
              poolId: `pool-r${run}x${i}`,
              region: "us-east-1",
              tags: {},
            }));
            emulator.addPools(model);
            try {
              for (const update of updates) {
                const own = model.filter((p) => p.accountId !== OTHER);
                if (own.length === 0) break;
                const target = own[update.pool % own.length];
                const { pool: _index, ...changes } = update;
                await client.send(new UpdatePoolCommand({ PoolId: target.poolId, ...changes }));
                for (const [key, value] of Object.entries(changes)) {
                  if (value === undefined) continue;
                  const field = key[0].toLowerCase() + key.slice(1);
                  (target as Record<string, unknown>)[field] = value;
                }
              }
              const order = [...model].sort(
                (a, b) =>
                  a.createdTimestamp - b.createdTimestamp ||
                  (a.accountId + a.poolId < b.accountId + b.poolId ? -1 : 1),
              );
              for (const query of queries) {
                const expected = order
                  .filter((p) => (query.owner === "SHARED" ? p.accountId === OTHER : p.accountId !== OTHER))
                  .filter((p) =>
                    query.filters.every((f) =>
                      f.Values.includes(FILTER_FIELDS[f.Name](p as Required<SeedPool>) ?? ""),
                    ),
                  )
                  .map((p) => p.poolId);
                const actual = await listAll(client, {
                  Filters: query.filters as DescribePoolsCommandInput["Filters"],
                  Owner: query.owner,
                  MaxResults: query.pageSize,
                });
                assert.deepEqual(actual, expected);
              }
            } finally {
              for (const pool of model)
                emulator.removePool(`arn:aws:sms-voice:us-east-1:${pool.accountId}:pool/${pool.poolId}`);
            }
          },
        ),
        { numRuns: 40, seed: 424242 },
      );
    } finally {
      await emulator.stop();
    }
  });

  it("holds 10,000 pools and pages a filtered listing of them to the end", async () => {
    const pools = seedPools(10_000);
    const emulator = await startEmulator({ seed: { pools } });
    try {
      const client = sdkClient(emulator, { maxAttempts: 1 });
      const expected = pools
        .filter((p) => p.status === "ACTIVE" && p.optOutListName === "Marketing")
        .map((p) => p.poolId);
      const actual = await listAll(client, {
        MaxResults: 100,
        Filters: [
          { Name: "status", Values: ["ACTIVE"] },
          { Name: "opt-out-list-name", Values: ["Marketing"] },
        ],
      });
      assert.ok(expected.length > 500);
      assert.deepEqual(actual, expected);
      const all = await listAll(client, { MaxResults: 100 });
      assert.equal(all.length, 10_000);
      assert.equal(emulator.requests.length, Math.ceil(expected.length / 100) + 100);
    } finally {
      await emulator.stop();
    }
  });
});
