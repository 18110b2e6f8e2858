// Property-based checks against the emulator: for random accounts (own pools, pools shared from other
// accounts, pools in another region) and random valid queries, getPools returns exactly what an oracle
// written here says; and a listing paged by hand never skips or repeats a pool while pools are created and
// deleted between its pages. The oracle reads DESIGN.md's DescribePools rules, not the emulator's or the
// provider's filter code.
import * as assert from "node:assert/strict";
import { DescribePoolsCommand, type PoolInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import * as fc from "fast-check";
import { type Emulator, type SeedPool, startEmulator } from "../../emulator";
import { type GetPoolsArgs, getPools, type Pool, type PoolFilter, PoolNotFoundError } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { sdkClient } from "../support/emulator";
import { poolFixture } from "../support/pools";

const REGION = "us-east-1";
const ACCOUNT = "123456789012";
const OTHER_ACCOUNTS = ["210987654321", "333344445555"];
const STATUSES = ["CREATING", "ACTIVE", "DELETING"] as const;
const MESSAGE_TYPES = ["TRANSACTIONAL", "PROMOTIONAL"] as const;
const OPT_OUT_LISTS = ["Default", "Marketing", "ops_list-2"];
const CHANNELS = [
  "arn:aws:sns:us-east-1:123456789012:inbound-a",
  "arn:aws:sns:us-east-1:123456789012:inbound-b",
];
const ROLE = "arn:aws:iam::123456789012:role/sms-two-way";
/**
 * Runs per property, from a fixed seed so that CI runs the same cases every time (a case a property finds
 * becomes a spec of its own below); FC_SEED=<n> explores other cases or replays a reported failure.
 */
const runs = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261127,
});

/** A pool as the test knows it: the seed fields plus where it lives. */
interface ModelPool extends Required<Pick<SeedPool, "poolId" | "accountId" | "region">> {
  status: (typeof STATUSES)[number];
  messageType: (typeof MESSAGE_TYPES)[number];
  twoWayEnabled: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled: boolean;
  optOutListName: string;
  sharedRoutesEnabled: boolean;
  deletionProtectionEnabled: boolean;
  /** Epoch seconds; a narrow range, so that several pools share a creation second. */
  createdTimestamp: number;
}

const arnOf = (p: Pick<ModelPool, "region" | "accountId" | "poolId">) =>
  `arn:aws:sms-voice:${p.region}:${p.accountId}:pool/${p.poolId}`;

const poolArb: fc.Arbitrary<ModelPool> = fc
  .record({
    // Few distinct IDs: the same ID turns up in several accounts and regions.
    poolId: fc.integer({ min: 0, max: 40 }).map((n) => `pool-${n.toString(16).padStart(32, "0")}`),
    accountId: fc.oneof(
      { weight: 3, arbitrary: fc.constant(ACCOUNT) },
      { weight: 1, arbitrary: fc.constantFrom(...OTHER_ACCOUNTS) },
    ),
    region: fc.oneof(
      { weight: 5, arbitrary: fc.constant(REGION) },
      { weight: 1, arbitrary: fc.constant("eu-west-1") },
    ),
    status: fc.constantFrom(...STATUSES),
    messageType: fc.constantFrom(...MESSAGE_TYPES),
    twoWayEnabled: fc.boolean(),
    channel: fc.option(fc.constantFrom(...CHANNELS)),
    role: fc.boolean(),
    selfManagedOptOutsEnabled: fc.boolean(),
    optOutListName: fc.constantFrom(...OPT_OUT_LISTS),
    sharedRoutesEnabled: fc.boolean(),
    deletionProtectionEnabled: fc.boolean(),
    createdTimestamp: fc.integer({ min: 1_700_000_000, max: 1_700_000_020 }),
  })
  .map(({ channel, role, ...p }) => ({
    ...p,
    ...(channel ? { twoWayChannelArn: channel } : {}),
    ...(channel && role ? { twoWayChannelRole: ROLE } : {}),
  }));

const accountArb = fc.uniqueArray(poolArb, { maxLength: 24, selector: arnOf });

/** Valid filters, with values that match nothing as well as values that do. */
const filterArb: fc.Arbitrary<PoolFilter> = fc.oneof(
  ...(
    [
      ["status", STATUSES],
      ["message-type", MESSAGE_TYPES],
      ["two-way-enabled", ["true", "false"]],
      ["self-managed-opt-outs-enabled", ["true", "false"]],
      ["opt-out-list-name", [...OPT_OUT_LISTS, "Nobody"]],
      ["shared-routes-enabled", ["true", "false"]],
      ["deletion-protection-enabled", ["true", "false"]],
      ["two-way-channel-arn", [...CHANNELS, "arn:aws:sns:us-east-1:123456789012:unused"]],
    ] as const
  ).map(([name, values]) =>
    fc
      .uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length })
      .map((v): PoolFilter => ({ name, values: v })),
  ),
);

const pageSizeArb = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(100));

/** The attribute a filter compares, as text; undefined never matches. */
function attribute(p: ModelPool, name: PoolFilter["name"]): string | undefined {
  switch (name) {
    case "status":
      return p.status;
    case "message-type":
      return p.messageType;
    case "two-way-enabled":
      return String(p.twoWayEnabled);
    case "self-managed-opt-outs-enabled":
      return String(p.selfManagedOptOutsEnabled);
    case "opt-out-list-name":
      return p.optOutListName;
    case "shared-routes-enabled":
      return String(p.sharedRoutesEnabled);
    case "deletion-protection-enabled":
      return String(p.deletionProtectionEnabled);
    case "two-way-channel-arn":
      return p.twoWayChannelArn;
  }
}

/** AND across filters, OR within one filter's values. */
const matches = (p: ModelPool, filters: readonly PoolFilter[] = []) =>
  filters.every((f) => {
    const value = attribute(p, f.name);
    return value !== undefined && f.values.includes(value);
  });

/** Listing visibility: your own pools in the region, or (SHARED) other accounts' pools shared with you. */
const listed = (p: ModelPool, owner: GetPoolsArgs["owner"]) =>
  p.region === REGION && (owner === "SHARED" ? p.accountId !== ACCOUNT : p.accountId === ACCOUNT);

function expectedPool(p: ModelPool): Pool {
  return {
    poolArn: arnOf(p),
    poolId: p.poolId,
    status: p.status,
    messageType: p.messageType,
    twoWayEnabled: p.twoWayEnabled,
    ...(p.twoWayChannelArn ? { twoWayChannelArn: p.twoWayChannelArn } : {}),
    ...(p.twoWayChannelRole ? { twoWayChannelRole: p.twoWayChannelRole } : {}),
    selfManagedOptOutsEnabled: p.selfManagedOptOutsEnabled,
    optOutListName: p.optOutListName,
    sharedRoutesEnabled: p.sharedRoutesEnabled,
    deletionProtectionEnabled: p.deletionProtectionEnabled,
    createdTimestamp: new Date(p.createdTimestamp * 1000).toISOString(),
  };
}

/** A bare ID names your own pool in the region; an ARN names any pool shared with you, in the region. */
function resolve(account: readonly ModelPool[], ref: string): ModelPool | undefined {
  return ref.startsWith("arn:")
    ? account.find((p) => p.region === REGION && arnOf(p) === ref)
    : account.find((p) => p.region === REGION && p.accountId === ACCOUNT && p.poolId === ref);
}

type Oracle = { pools: Pool[] } | { notFound: string[] };

function oracle(account: readonly ModelPool[], args: GetPoolsArgs): Oracle {
  if (args.poolIds && args.poolIds.length > 0) {
    const missing = args.poolIds.filter((ref) => !resolve(account, ref));
    if (missing.length > 0) return { notFound: missing };
    const picked: ModelPool[] = [];
    for (const ref of args.poolIds) {
      const p = resolve(account, ref)!;
      if (!picked.includes(p)) picked.push(p);
    }
    return { pools: picked.filter((p) => matches(p, args.filters)).map(expectedPool) };
  }
  const pools = account
    .filter((p) => listed(p, args.owner) && matches(p, args.filters))
    .map(expectedPool)
    .sort((a, b) => (a.poolArn < b.poolArn ? -1 : a.poolArn > b.poolArn ? 1 : 0));
  return { pools };
}

/** References to pools of the account (by ID or ARN), to pools it can't see that way, and to none at all. */
function refsArb(account: readonly ModelPool[]): fc.Arbitrary<string[]> {
  const refs = account.flatMap((p) => [arnOf(p), ...(p.accountId === ACCOUNT ? [p.poolId] : [])]);
  const strangers = ["pool-ffffffffffffffffffffffffffffffff", `pool-${"0".repeat(31)}1`];
  return fc.array(fc.constantFrom(...refs, ...strangers), { minLength: 1, maxLength: 12 });
}

const queryArb = (account: readonly ModelPool[]): fc.Arbitrary<GetPoolsArgs> =>
  fc.oneof(
    fc.record(
      {
        owner: fc.constantFrom("SELF" as const, "SHARED" as const),
        filters: fc.array(filterArb, { maxLength: 3 }),
        pageSize: pageSizeArb,
      },
      { requiredKeys: [] },
    ),
    fc.record(
      { poolIds: refsArb(account), filters: fc.array(filterArb, { maxLength: 2 }), pageSize: pageSizeArb },
      { requiredKeys: ["poolIds"] },
    ),
  );

const seedOf = ({ createdTimestamp, ...p }: ModelPool): SeedPool => ({ ...p, createdTimestamp });

describe("reliability: properties (fast-check against the emulator)", function () {
  this.timeout(60_000);
  afterEach(resetClients);

  it("getPools returns exactly the oracle's pools, in its order, for random accounts and queries", async () => {
    const scenario = accountArb.chain((account) => fc.tuple(fc.constant(account), queryArb(account)));
    await fc.assert(
      fc.asyncProperty(scenario, async ([account, args]) => {
        const emulator = await startEmulator({ seed: { pools: account.map(seedOf) } });
        try {
          const expected = oracle(account, args);
          const outcome = await getPools(args, { endpoint: emulator.endpoint, region: REGION }).then(
            (result) => result,
            (err: unknown) => err,
          );
          if ("notFound" in expected) {
            assert.ok(outcome instanceof PoolNotFoundError, `expected PoolNotFoundError, got ${outcome}`);
            assert.ok(expected.notFound.includes(outcome.poolId), `${outcome.poolId} is not missing`);
            return;
          }
          assert.ok(!(outcome instanceof Error), `lookup failed: ${outcome}`);
          assert.deepEqual(outcome, {
            pools: expected.pools,
            ids: expected.pools.map((p) => p.poolId),
            arns: expected.pools.map((p) => p.poolArn),
            region: REGION,
          });
        } finally {
          await emulator.stop();
          resetClients();
        }
      }),
      runs(300),
    );
  });

  /** The specs' usual ACTIVE, protected TRANSACTIONAL pool, in `accountId`. */
  const pool = (poolId: string, accountId: string, createdTimestamp: number): ModelPool => {
    const { poolArn: _, createdTimestamp: __, ...fields } = poolFixture(poolId);
    return { ...fields, accountId, region: REGION, createdTimestamp } as ModelPool;
  };

  /** Looks up `poolIds` and expects `account` back in its own order, as the oracle does, in `requests`. */
  const expectAskedOrder = async (account: ModelPool[], poolIds: string[], requests: number) => {
    const args = { poolIds };
    const emulator = await startEmulator({ seed: { pools: account.map(seedOf) } });
    try {
      const result = await getPools(args, { endpoint: emulator.endpoint, region: REGION });
      assert.deepEqual(result.arns, account.map(arnOf));
      assert.deepEqual(oracle(account, args), { pools: account.map(expectedPool) });
      assert.equal(emulator.requests.filter((r) => r.operation === "DescribePools").length, requests);
    } finally {
      await emulator.stop();
    }
  };

  // Found by the property above (seed -468796313): a shared pool with the same ID as one of yours took the
  // place of your pool's bare ID in the order.
  it("orders as asked when a shared pool has the same ID as one of yours", async () => {
    const [own, other] = ["pool-00000000000000000000000000000000", "pool-00000000000000000000000000000004"];
    const account = [pool(own, ACCOUNT, 1), pool(other, ACCOUNT, 2), pool(own, OTHER_ACCOUNTS[0], 3)];
    await expectAskedOrder(account, [own, other, arnOf(account[2])], 1);
  });

  // Found by the property above (seed -1191973912): with the ARNs of both pools asked as well, nothing in
  // the answer told which of the two the bare ID had found, and the shared pool came first. A second
  // request with the bare ID alone tells.
  it("orders as asked when the bare ID, the shared pool's ARN and your pool's ARN are all asked", async () => {
    const id = "pool-00000000000000000000000000000010";
    const account = [pool(id, ACCOUNT, 1), pool(id, OTHER_ACCOUNTS[1], 2)];
    await expectAskedOrder(account, [id, arnOf(account[1]), arnOf(account[0])], 2);
  });

  /** Between two pages: pools to add (created before, among or after the listed ones) and pools to delete. */
  const mutationArb = fc.record({
    add: fc.array(
      poolArb.map((p) => ({ ...p, region: REGION })),
      { maxLength: 3 },
    ),
    remove: fc.array(fc.nat(), { maxLength: 3 }),
  });

  it("a listing paged by hand never skips or repeats a pool while pools come and go between pages", async () => {
    const scenario = fc.record({
      account: accountArb,
      owner: fc.constantFrom(undefined, "SELF" as const, "SHARED" as const),
      filters: fc.array(filterArb, { maxLength: 2 }),
      pageSize: fc.integer({ min: 1, max: 4 }),
      mutations: fc.array(mutationArb, { maxLength: 10 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ account, owner, filters, pageSize, mutations }) => {
        const emulator: Emulator = await startEmulator({ seed: { pools: account.map(seedOf) } });
        const client = sdkClient(emulator);
        try {
          const everything = new Map(account.map((p) => [arnOf(p), p]));
          const present = new Set(everything.keys());
          const removed = new Set<string>();
          const seen: string[] = [];
          let nextToken: string | undefined;
          let page = 0;
          do {
            const answer = await client.send(
              new DescribePoolsCommand({
                Owner: owner,
                Filters:
                  filters.length > 0
                    ? filters.map((f) => ({ Name: f.name, Values: [...f.values] }))
                    : undefined,
                MaxResults: pageSize,
                NextToken: nextToken,
              }),
            );
            assert.ok((answer.Pools ?? []).length <= pageSize);
            for (const info of answer.Pools ?? []) {
              const model = everything.get(info.PoolArn!);
              assert.ok(model, `listed a pool that never existed: ${info.PoolArn}`);
              assert.ok(
                listed(model, owner) && matches(model, filters),
                `listed a pool that doesn't match: ${info.PoolArn}`,
              );
              assert.deepEqual(wirePool(info), expectedPool(model));
              seen.push(info.PoolArn!);
            }
            nextToken = answer.NextToken;
            const mutation = mutations[page++];
            if (nextToken && mutation) {
              for (const arn of mutation.remove.map((n) => [...present][n % Math.max(1, present.size)])) {
                if (arn && present.delete(arn)) {
                  assert.ok(emulator.removePool(arn));
                  removed.add(arn);
                }
              }
              const fresh = mutation.add.filter((p) => !everything.has(arnOf(p)));
              const unique = [...new Map(fresh.map((p) => [arnOf(p), p])).values()];
              emulator.addPools(unique.map(seedOf));
              for (const p of unique) {
                everything.set(arnOf(p), p);
                present.add(arnOf(p));
              }
            }
            assert.ok(page < 500, "the listing ends");
          } while (nextToken);

          assert.equal(new Set(seen).size, seen.length, `a pool was listed twice: ${seen}`);
          const throughout = account.filter(
            (p) => !removed.has(arnOf(p)) && listed(p, owner) && matches(p, filters),
          );
          for (const p of throughout) {
            assert.ok(seen.includes(arnOf(p)), `skipped ${arnOf(p)}, which existed throughout`);
          }
        } finally {
          client.destroy();
          await emulator.stop();
        }
      }),
      runs(300),
    );
  });
});

/** A wire PoolInformation in the Pool shape, to compare with the model. */
function wirePool(info: PoolInformation): Pool {
  return {
    poolArn: info.PoolArn!,
    poolId: info.PoolId!,
    status: info.Status as Pool["status"],
    messageType: info.MessageType as Pool["messageType"],
    twoWayEnabled: info.TwoWayEnabled!,
    ...(info.TwoWayChannelArn ? { twoWayChannelArn: info.TwoWayChannelArn } : {}),
    ...(info.TwoWayChannelRole ? { twoWayChannelRole: info.TwoWayChannelRole } : {}),
    selfManagedOptOutsEnabled: info.SelfManagedOptOutsEnabled!,
    optOutListName: info.OptOutListName!,
    sharedRoutesEnabled: info.SharedRoutesEnabled!,
    deletionProtectionEnabled: info.DeletionProtectionEnabled!,
    createdTimestamp: info.CreatedTimestamp!.toISOString(),
  };
}
