// DescribePools paging: MaxResults, the default page size, opaque NextTokens bound to their query, and keyset
// cursors that neither skip nor repeat a pool while pools come and go between pages.

import assert from "node:assert/strict";
import {
  CreatePoolCommand,
  DeletePoolCommand,
  DescribePoolsCommand,
  type DescribePoolsCommandInput,
  paginateDescribePools,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import fc from "fast-check";
import { startEmulator } from "../../emulator";
import {
  FROM_POOL_SENDER,
  POOL_SENDER,
  rejectsWith,
  sdkClient,
  seedPools,
  withEmulator,
} from "../support/emulator";

describe("emulator: DescribePools pagination", () => {
  const pools = seedPools(250);
  const shared = seedPools(7, { accountId: "210987654321" }).map((p, i) => ({
    ...p,
    poolId: `pool-shared${i}`,
  }));
  const holder = withEmulator({ seed: { pools: [...pools, ...shared] } });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });

  async function listAll(input: DescribePoolsCommandInput, between?: (page: number) => Promise<void>) {
    const seen: string[] = [];
    let NextToken: string | undefined;
    let page = 0;
    do {
      const result = await client().send(new DescribePoolsCommand({ ...input, NextToken }));
      seen.push(...(result.Pools ?? []).map((p) => p.PoolId!));
      NextToken = result.NextToken;
      page += 1;
      if (NextToken && between) await between(page);
    } while (NextToken);
    return { seen, pages: page };
  }

  it("pages through every pool once, in order, and the last page has no NextToken", async () => {
    const { seen, pages } = await listAll({ MaxResults: 37 });
    assert.deepEqual(
      seen,
      pools.map((p) => p.poolId),
    );
    assert.equal(pages, Math.ceil(250 / 37));
  });

  it("pages a filtered listing without short or empty pages in between", async () => {
    const expected = pools
      .filter((p) => p.status === "ACTIVE" && p.messageType === "PROMOTIONAL")
      .map((p) => p.poolId);
    const sizes: number[] = [];
    let NextToken: string | undefined;
    const seen: string[] = [];
    const Filters = [
      { Name: "status" as const, Values: ["ACTIVE"] },
      { Name: "message-type" as const, Values: ["PROMOTIONAL"] },
    ];
    do {
      const result = await client().send(new DescribePoolsCommand({ Filters, MaxResults: 10, NextToken }));
      sizes.push(result.Pools!.length);
      seen.push(...result.Pools!.map((p) => p.PoolId!));
      NextToken = result.NextToken;
    } while (NextToken);
    assert.deepEqual(seen, expected);
    assert.ok(
      sizes.slice(0, -1).every((n) => n === 10),
      `full pages before the last: ${sizes}`,
    );
  });

  it("uses a default page size of 100 when MaxResults is absent", async () => {
    const first = await client().send(new DescribePoolsCommand({}));
    assert.equal(first.Pools?.length, 100);
    assert.ok(first.NextToken);
  });

  it("lets MaxResults change between pages of the same query", async () => {
    const first = await client().send(new DescribePoolsCommand({ MaxResults: 5 }));
    const second = await client().send(
      new DescribePoolsCommand({ MaxResults: 50, NextToken: first.NextToken }),
    );
    assert.deepEqual(
      second.Pools?.map((p) => p.PoolId),
      pools.slice(5, 55).map((p) => p.poolId),
    );
  });

  it("answers the same page again for the same token (tokens are not consumed)", async () => {
    const first = await client().send(new DescribePoolsCommand({ MaxResults: 3 }));
    const a = await client().send(new DescribePoolsCommand({ MaxResults: 3, NextToken: first.NextToken }));
    const b = await client().send(new DescribePoolsCommand({ MaxResults: 3, NextToken: first.NextToken }));
    assert.deepEqual(a.Pools, b.Pools);
    assert.ok(first.NextToken!.length <= 1024);
    assert.ok(!first.NextToken!.includes(pools[2].poolId!), "the token is opaque");
  });

  const otherQueries: Array<[string, DescribePoolsCommandInput]> = [
    ["another filter", { Filters: [{ Name: "status", Values: ["CREATING"] }] }],
    ["another filter value", { Filters: [{ Name: "status", Values: ["ACTIVE", "DELETING"] }] }],
    ["Owner SHARED", { Owner: "SHARED" }],
    ["PoolIds", { PoolIds: [pools[0].poolId!] }],
  ];
  for (const [what, query] of otherQueries) {
    it(`refuses a token reused with ${what} (INVALID_NEXT_TOKEN)`, async () => {
      const first = await client().send(
        new DescribePoolsCommand({ MaxResults: 2, Filters: [{ Name: "status", Values: ["ACTIVE"] }] }),
      );
      const error = await rejectsWith(
        client().send(new DescribePoolsCommand({ ...query, NextToken: first.NextToken })),
        "ValidationException",
      );
      assert.equal(error.Reason, "INVALID_NEXT_TOKEN");
      assert.equal(error.Fields?.[0].Name, "NextToken");
    });
  }

  it("refuses a token reused in another region, a tampered token and another endpoint's token", async () => {
    const first = await client().send(new DescribePoolsCommand({ MaxResults: 2 }));
    const token = first.NextToken!;
    const eu = sdkClient(holder.emulator, { region: "eu-west-1", maxAttempts: 1 });
    const inEu = await rejectsWith(
      eu.send(new DescribePoolsCommand({ MaxResults: 2, NextToken: token })),
      "ValidationException",
    );
    assert.equal(inEu.Reason, "INVALID_NEXT_TOKEN");
    const tampered = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`;
    const bad = await rejectsWith(
      client().send(new DescribePoolsCommand({ NextToken: tampered })),
      "ValidationException",
    );
    assert.equal(bad.Reason, "INVALID_NEXT_TOKEN");
    const other = await startEmulator({ seed: { pools: pools.slice(0, 5) } });
    try {
      const foreign = await rejectsWith(
        sdkClient(other, { maxAttempts: 1 }).send(new DescribePoolsCommand({ NextToken: token })),
        "ValidationException",
      );
      assert.equal(foreign.Reason, "INVALID_NEXT_TOKEN");
    } finally {
      await other.stop();
    }
  });

  it("pages requested PoolIds and shared pools too", async () => {
    const ids = pools.slice(10, 15).map((p) => p.poolId!);
    const byIds = await listAll({ PoolIds: ids, MaxResults: 2 });
    assert.deepEqual(byIds.seen, ids);
    assert.equal(byIds.pages, 3);
    const sharedPages = await listAll({ Owner: "SHARED", MaxResults: 3 });
    assert.deepEqual(
      sharedPages.seen,
      shared.map((p) => p.poolId),
    );
  });

  it("works with the SDK's own paginator", async () => {
    const seen: string[] = [];
    for await (const page of paginateDescribePools({ client: client(), pageSize: 64 }, {})) {
      seen.push(...(page.Pools ?? []).map((p) => p.PoolId!));
    }
    assert.equal(seen.length, 250);
    assert.equal(new Set(seen).size, 250);
  });
});

describe("emulator: paging while pools are created and deleted", () => {
  it("neither skips nor repeats a pool: served, unserved and cursor pools deleted, pools created", async () => {
    const emulator = await startEmulator({ seed: { pools: seedPools(60), senderIds: [POOL_SENDER] } });
    const client = sdkClient(emulator, { maxAttempts: 1 });
    try {
      const original = seedPools(60).map((p) => p.poolId!);
      const deleted = new Set<string>();
      const created: string[] = [];
      const seen: string[] = [];
      let NextToken: string | undefined;
      let page = 0;
      do {
        const result = await client.send(new DescribePoolsCommand({ MaxResults: 7, NextToken }));
        const ids = result.Pools!.map((p) => p.PoolId!);
        seen.push(...ids);
        NextToken = result.NextToken;
        page += 1;
        if (page === 1) {
          // the pool the cursor points at, an already served one, and one not served yet
          for (const id of [ids[ids.length - 1], ids[0], original[30]]) {
            assert.ok(emulator.removePool(id));
            deleted.add(id);
          }
        }
        if (page === 2) {
          const made = await client.send(
            new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
          );
          created.push(made.PoolId!);
          await client.send(new DeletePoolCommand({ PoolId: original[41] }));
          deleted.add(original[41]);
          // an old pool appearing behind the cursor must not shift anything
          emulator.addPools([{ poolId: "pool-backdated", createdTimestamp: 1_600_000_000 }]);
        }
      } while (NextToken);
      assert.equal(new Set(seen).size, seen.length, "no pool repeated");
      for (const id of original) {
        if (!deleted.has(id)) assert.ok(seen.includes(id), `${id} was skipped`);
      }
      assert.ok(
        !seen.includes(original[30]) && !seen.includes(original[41]),
        "pools deleted before their page are gone",
      );
      assert.ok(seen.includes(created[0]), "a pool created during the listing sorts last and is served");
      assert.ok(!seen.includes("pool-backdated"));
    } finally {
      await emulator.stop();
    }
  });

  it("holds for any interleaving of creates and deletes (property)", async () => {
    const emulator = await startEmulator({ randomSeed: 7 });
    const client = sdkClient(emulator, { maxAttempts: 1 });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 1, max: 9 }),
          fc.array(
            fc.record({
              deletes: fc.array(fc.nat(), { maxLength: 3 }),
              creates: fc.array(fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }), { maxLength: 3 }),
            }),
            { maxLength: 12 },
          ),
          async (count, pageSize, steps) => {
            for (const pool of (await client.send(new DescribePoolsCommand({}))).Pools ?? []) {
              emulator.removePool(pool.PoolId!);
            }
            const start = emulator.addPools(seedPools(count)).map((p) => p.poolId);
            const removed = new Set<string>();
            const seen: string[] = [];
            let NextToken: string | undefined;
            let step = 0;
            do {
              const result = await client.send(new DescribePoolsCommand({ MaxResults: pageSize, NextToken }));
              seen.push(...result.Pools!.map((p) => p.PoolId!));
              NextToken = result.NextToken;
              const change = steps[step++];
              if (NextToken && change) {
                for (const n of change.deletes) {
                  const id = start[n % Math.max(1, start.length)];
                  if (id && emulator.removePool(id)) removed.add(id);
                }
                emulator.addPools(change.creates.map((createdTimestamp) => ({ createdTimestamp })));
              }
            } while (NextToken);
            assert.equal(new Set(seen).size, seen.length, "no pool repeated");
            for (const id of start) if (!removed.has(id)) assert.ok(seen.includes(id), `${id} skipped`);
          },
        ),
        { numRuns: 40, seed: 20240501 },
      );
    } finally {
      await emulator.stop();
    }
  });
});

describe("emulator: paging requested PoolIds while pools stop or start matching", () => {
  const unprotected = [{ Name: "deletion-protection-enabled" as const, Values: ["false"] }];

  it("serves every requested pool after the cursor when a pool before it stops matching", async () => {
    const emulator = await startEmulator({
      seed: { pools: seedPools(4, { deletionProtectionEnabled: false }) },
    });
    const client = sdkClient(emulator, { maxAttempts: 1 });
    try {
      const PoolIds = seedPools(4).map((p) => p.poolId!);
      const first = await client.send(
        new DescribePoolsCommand({ PoolIds, Filters: unprotected, MaxResults: 2 }),
      );
      const served = first.Pools!.map((p) => p.PoolId!);
      await client.send(new UpdatePoolCommand({ PoolId: served[0], DeletionProtectionEnabled: true }));
      const second = await client.send(
        new DescribePoolsCommand({
          PoolIds,
          Filters: unprotected,
          MaxResults: 2,
          NextToken: first.NextToken,
        }),
      );
      assert.deepEqual(
        [...served, ...second.Pools!.map((p) => p.PoolId!)],
        PoolIds,
        "the pools after the cursor keep their turn",
      );
    } finally {
      await emulator.stop();
    }
  });

  it("serves each requested pool at most once, in request order, and skips none that kept matching (property)", async () => {
    const count = 5;
    const emulator = await startEmulator({ seed: { pools: seedPools(count) } });
    const client = sdkClient(emulator, { maxAttempts: 1 });
    const ids = seedPools(count).map((p) => p.poolId!);
    const arns = ids.map((id) => `arn:aws:sms-voice:us-east-1:${emulator.accountId}:pool/${id}`);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.nat(count * 2 - 1), { minLength: 2, maxLength: 5 }),
          fc.array(fc.constantFrom(false, false, true), { minLength: count, maxLength: count }),
          fc.integer({ min: 1, max: 3 }),
          fc.array(fc.array(fc.nat(), { maxLength: 2 }), { maxLength: 5 }),
          async (picks, initial, pageSize, toggles) => {
            const protectedNow = [...initial];
            for (let i = 0; i < count; i++) {
              await client.send(
                new UpdatePoolCommand({ PoolId: ids[i], DeletionProtectionEnabled: protectedNow[i] }),
              );
            }
            // Picks 0..count-1 request a pool by ID, count.. by ARN: the same pool can be asked for twice.
            const PoolIds = picks.map((n) => (n < count ? ids[n] : arns[n - count]));
            const requested = [...new Set(picks.map((n) => n % count))];
            const toggled = new Set<number>();
            const seen: string[] = [];
            let NextToken: string | undefined;
            let page = 0;
            do {
              const result = await client.send(
                new DescribePoolsCommand({ PoolIds, Filters: unprotected, MaxResults: pageSize, NextToken }),
              );
              seen.push(...result.Pools!.map((p) => p.PoolId!));
              NextToken = result.NextToken;
              for (const pick of NextToken ? (toggles[page] ?? []) : []) {
                const n = requested[pick % requested.length];
                protectedNow[n] = !protectedNow[n];
                toggled.add(n);
                await client.send(
                  new UpdatePoolCommand({ PoolId: ids[n], DeletionProtectionEnabled: protectedNow[n] }),
                );
              }
              page += 1;
            } while (NextToken);
            const order = seen.map((id) => requested.indexOf(ids.indexOf(id)));
            assert.ok(
              order.every((position, i) => position >= 0 && (i === 0 || position > order[i - 1])),
              `served ${seen} for requested ${requested}`,
            );
            for (const n of requested) {
              if (!toggled.has(n) && !protectedNow[n]) assert.ok(seen.includes(ids[n]), `${ids[n]} skipped`);
            }
          },
        ),
        { numRuns: 60, seed: 20240502 },
      );
    } finally {
      await emulator.stop();
    }
  });
});
