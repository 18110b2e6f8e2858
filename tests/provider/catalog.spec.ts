import * as assert from "node:assert/strict";
import { CreatePoolCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import * as fc from "fast-check";
import type { SeedPool } from "../../emulator";
import { PoolNotFoundError, PoolQueryError } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { resolveConnection } from "../../provider/aws/connection";
import { createPoolLookup, readPoolLookup } from "../../provider/dynamicProvider/lifecycle";
import { CATALOG_SCOPES, SnapshotCatalog } from "../../provider/engine/catalog";
import {
  lookupPools,
  POOL_FILTER_NAMES,
  POOLS,
  type PoolFilter,
  validatePoolQuery,
} from "../../provider/resources/pools";
import { FROM_POOL_SENDER, POOL_SENDER, sdkClient, seedPools, withEmulator } from "../support/emulator";

const OTHER_ACCOUNT = "210987654321";

describe("provider: the snapshot catalog (many listings, one listing of the account)", () => {
  const own = seedPools(250);
  const shared: SeedPool[] = seedPools(4).map((p, i) => ({
    ...p,
    poolId: `pool-shared${String(i).padStart(27, "0")}`,
    accountId: OTHER_ACCOUNT,
  }));
  const holder = withEmulator({ seed: { pools: [...own, ...shared], senderIds: [POOL_SENDER] } });
  const connection = () =>
    resolveConnection({ endpoint: holder.emulator.endpoint, region: "us-east-1" }).connection;
  const requests = () => holder.emulator.requests.filter((r) => r.operation === "DescribePools");
  const list = (args: object, catalog?: SnapshotCatalog) =>
    lookupPools(validatePoolQuery(args), connection(), catalog);
  const active = { filters: [{ name: "status" as const, values: ["ACTIVE"] }] };
  const promotional = { filters: [{ name: "message-type" as const, values: ["PROMOTIONAL"] }] };
  const protectedPools = { filters: [{ name: "deletion-protection-enabled" as const, values: ["true"] }] };
  after(resetClients);

  it("a single filtered listing costs what it always did: its own pages, no complete listing", async () => {
    const catalog = new SnapshotCatalog();
    const direct = await list(active);
    const directRequests = requests().length;
    holder.emulator.clearRequests();
    const result = await list(active, catalog);
    assert.deepEqual(result, direct);
    assert.equal(requests().length, directRequests);
    assert.ok(requests().every((r) => (r.input as { Filters?: unknown }).Filters !== undefined));
    assert.equal(catalog.size, 0, "no snapshot taken for one listing");
  });

  it("the second different listing takes one complete listing; later ones send nothing", async () => {
    const catalog = new SnapshotCatalog();
    await list(active, catalog);
    const afterFirst = requests().length;
    await list(promotional, catalog);
    assert.equal(requests().length - afterFirst, 3, "250 pools: one complete listing of 3 pages");
    const afterSnapshot = requests().length;
    await list(protectedPools, catalog);
    await list({ ...active, owner: "SELF" }, catalog);
    assert.equal(requests().length, afterSnapshot);
  });

  it("answers from the snapshot exactly what AWS answers for the same filters", async () => {
    const catalog = new SnapshotCatalog();
    await list({}, catalog);
    for (const args of [active, promotional, protectedPools]) {
      assert.deepEqual(await list(args, catalog), await list(args));
    }
  });

  it("an unfiltered listing becomes the snapshot: the next filtered listings send nothing", async () => {
    const catalog = new SnapshotCatalog();
    await list({}, catalog);
    const afterListing = requests().length;
    await list(active, catalog);
    await list(promotional, catalog);
    assert.equal(requests().length, afterListing);
  });

  it("an unfiltered listing and filtered ones started with it share one complete listing", async () => {
    const catalog = new SnapshotCatalog();
    await Promise.all([list({}, catalog), list(active, catalog), list(promotional, catalog)]);
    assert.equal(requests().length, 3, "one complete listing of 250 pools, nothing else");
    assert.ok(requests().every((r) => (r.input as { Filters?: unknown }).Filters === undefined));
  });

  it("ten concurrent different listings send one filtered listing and one complete listing", async () => {
    const catalog = new SnapshotCatalog();
    const flag = (name: PoolFilter["name"], value: string) => ({ filters: [{ name, values: [value] }] });
    const ten = [
      active,
      promotional,
      protectedPools,
      flag("two-way-enabled", "true"),
      flag("shared-routes-enabled", "true"),
      flag("self-managed-opt-outs-enabled", "false"),
      flag("opt-out-list-name", "Marketing"),
      flag("status", "CREATING"),
      flag("message-type", "TRANSACTIONAL"),
      { ...active, ...{ filters: [...active.filters, ...promotional.filters] } },
    ];
    await Promise.all(ten.map((args) => list(args, catalog)));
    const complete = requests().filter((r) => (r.input as { Filters?: unknown }).Filters === undefined);
    const filtered = requests().filter((r) => (r.input as { Filters?: unknown }).Filters !== undefined);
    assert.equal(complete.length, 3);
    assert.ok(filtered.length <= 3, `${filtered.length} filtered requests: only the first listing's`);
  });

  it("answers lookups by ID from the snapshot when it has every ID", async () => {
    const catalog = new SnapshotCatalog();
    await list({}, catalog);
    const before = requests().length;
    const ids = [own[7].poolId!, own[3].poolId!, own[200].poolId!];
    const result = await list({ poolIds: ids }, catalog);
    assert.deepEqual(result.ids, ids);
    assert.equal(requests().length, before);
  });

  it("applies a lookup's filters to the IDs it answers from the snapshot, as AWS does", async () => {
    const catalog = new SnapshotCatalog();
    await list({}, catalog);
    const ids = own.slice(0, 12).map((p) => p.poolId!);
    const args = { poolIds: ids, ...promotional };
    const fromAws = await list(args);
    const before = requests().length;
    const fromSnapshot = await list(args, catalog);
    assert.equal(requests().length, before, "answered from the snapshot");
    assert.deepEqual(fromSnapshot, fromAws);
    assert.ok(fromAws.ids.length > 0 && fromAws.ids.length < ids.length, "some IDs match, some don't");
  });

  it("sends an ID lookup to AWS when one ID is missing from the snapshot, and AWS's not-found stands", async () => {
    const catalog = new SnapshotCatalog();
    await list({}, catalog);
    const before = requests().length;
    await assert.rejects(
      list({ poolIds: [own[1].poolId!, "pool-missing"] }, catalog),
      (err: unknown) => err instanceof PoolNotFoundError && err.poolId === "pool-missing",
    );
    assert.ok(requests().length > before, "AWS was asked");
  });

  it("never answers a bare ID with a shared pool; shared pools come from the SHARED snapshot by ARN", async () => {
    const catalog = new SnapshotCatalog();
    await list({}, catalog);
    await list({ owner: "SHARED" }, catalog);
    const sharedArn = `arn:aws:sms-voice:us-east-1:${OTHER_ACCOUNT}:pool/${shared[0].poolId}`;
    const before = requests().length;
    assert.deepEqual((await list({ poolIds: [sharedArn] }, catalog)).arns, [sharedArn]);
    assert.equal(requests().length, before, "served from the SHARED snapshot");
    await assert.rejects(list({ poolIds: [shared[0].poolId!] }, catalog), PoolNotFoundError);
    assert.ok(requests().length > before, "a bare ID of a shared pool went to AWS");
  });

  it(`keeps snapshots for at most ${CATALOG_SCOPES} scopes, the least recently used dropped first`, async () => {
    const catalog = new SnapshotCatalog();
    const fetched: string[] = [];
    const listAll = (scope: string) =>
      catalog.listing(POOLS, scope, validatePoolQuery({}), {
        fetchAll: async () => {
          fetched.push(scope);
          return [];
        },
      });
    for (let i = 0; i <= CATALOG_SCOPES; i++) await listAll(`scope-${i}`);
    assert.equal(catalog.size, CATALOG_SCOPES);
    await listAll(`scope-${CATALOG_SCOPES}`);
    assert.equal(fetched.length, CATALOG_SCOPES + 1, "the newest scope is still held");
    await listAll("scope-0");
    assert.deepEqual(fetched.slice(-1), ["scope-0"], "the oldest was dropped and is fetched again");
    assert.equal(catalog.size, CATALOG_SCOPES);
    // scope-0 came back by dropping scope-1; a use of scope-2 keeps it, so scope-3 goes next.
    await listAll("scope-2");
    await listAll("scope-new");
    const before = fetched.length;
    await listAll("scope-2");
    assert.equal(fetched.length, before, "a snapshot in use is kept");
    await listAll("scope-3");
    assert.deepEqual(fetched.slice(-1), ["scope-3"], "the least recently used was dropped");
  });

  it("keeps SELF and SHARED listings apart", async () => {
    const catalog = new SnapshotCatalog();
    await list({}, catalog);
    const sharedOnly = await list({ owner: "SHARED", ...active }, catalog);
    assert.deepEqual(sharedOnly, await list({ owner: "SHARED", ...active }));
  });

  it("rejects filters AWS would reject before anything is sent, catalog or not", () => {
    assert.throws(
      () => validatePoolQuery({ filters: [{ name: "state", values: ["ACTIVE"] }] }),
      PoolQueryError,
    );
  });

  it("property: for random accounts and filter sets, the snapshot's answer equals the emulator's", async function () {
    this.timeout(120_000);
    const values: Record<string, string[]> = {
      status: ["ACTIVE", "CREATING", "DELETING"],
      "message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
      "two-way-enabled": ["true", "false"],
      "self-managed-opt-outs-enabled": ["true", "false"],
      "opt-out-list-name": ["Default", "Marketing", "Nope"],
      "shared-routes-enabled": ["true", "false"],
      "deletion-protection-enabled": ["true", "false"],
      "two-way-channel-arn": [
        "arn:aws:sns:us-east-1:123456789012:inbound-0",
        "arn:aws:sns:us-east-1:123456789012:inbound-1",
      ],
    };
    const filter = fc
      .constantFrom(...POOL_FILTER_NAMES)
      .chain((name) =>
        fc.subarray(values[name], { minLength: 1 }).map((vs): PoolFilter => ({ name, values: vs })),
      );
    const { startEmulator } = await import("../../emulator");
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.array(fc.array(filter, { maxLength: 4 }), { minLength: 2, maxLength: 5 }),
        async (count, offset, filterSets) => {
          const pools = seedPools(count + offset).slice(offset);
          const emulator = await startEmulator({ seed: { pools } });
          try {
            const conn = resolveConnection({ endpoint: emulator.endpoint, region: "us-east-1" }).connection;
            const catalog = new SnapshotCatalog();
            await lookupPools(validatePoolQuery({}), conn, catalog);
            for (const filters of filterSets) {
              const query = validatePoolQuery({ filters });
              const before = emulator.requests.length;
              const served = await lookupPools(query, conn, catalog);
              assert.equal(emulator.requests.length, before, "served from the snapshot");
              const fromAws = await lookupPools(query, conn);
              assert.deepEqual(served.arns, fromAws.arns, JSON.stringify(filters));
            }
          } finally {
            await emulator.stop();
            resetClients();
          }
        },
      ),
      { numRuns: 25, seed: 20261127 },
    );
  });

  describe("PoolLookup's provider", () => {
    it("a refresh (read) sees a pool created after the run's snapshot was taken", async () => {
      const stack = { smsPools: { endpoint: holder.emulator.endpoint, region: "us-east-1" } };
      // Two different creates take the provider's run snapshot.
      await createPoolLookup({ filters: active.filters }, stack);
      const created = await createPoolLookup({ filters: promotional.filters }, stack);
      const before = created.outs.count as number;
      await sdkClient(holder.emulator).send(
        new CreatePoolCommand({
          ...FROM_POOL_SENDER,
          MessageType: "PROMOTIONAL",
        }),
      );
      const refreshed = await readPoolLookup(created.id, created.outs as never, stack);
      assert.equal(refreshed.props.count, before + 1);
      // The run's other lookups keep the one moment of the snapshot.
      const again = await createPoolLookup({ filters: promotional.filters }, stack);
      assert.equal(again.outs.count, before);
    });
  });
});
