// The benchmark runner's code on tiny inputs: what it counts and the shape of what it reports, never speed.
import * as assert from "node:assert/strict";
import { sampleColdImport } from "../../bench/coldImport";
import { benchEmulator } from "../../bench/emulator";
import { type Figure, summaryTable, verdict } from "../../bench/figures";
import { benchListing } from "../../bench/listing";
import { measureLookupByIds } from "../../bench/lookupByIds";
import { benchPolicyPack, stackOf, validateStack } from "../../bench/policyPack";
import { benchProviderSize } from "../../bench/providerSize";
import { benchResourceLookups } from "../../bench/resourceLookups";
import { measureSharedLookups } from "../../bench/sharedLookups";
import { measureSnapshotCatalog, snapshotHeapBytes } from "../../bench/snapshotCatalog";
import { benchThrottledListing, measureThrottledListing } from "../../bench/throttledListing";
import { median } from "../../bench/timing";
import { POOL_LOOKUP_TYPE, SMS_RESOURCE_TYPES } from "../../policy/resourceTypes";

function assertFigures(figures: readonly Figure[], item: number, count: number): void {
  assert.equal(figures.length, count, JSON.stringify(figures));
  for (const figure of figures) {
    assert.equal(figure.item, item);
    assert.ok(figure.name.length > 0);
    assert.ok(Number.isFinite(figure.value) && figure.value >= 0, `${figure.name}: ${figure.value}`);
  }
}

describe("bench: the runner's measurements on tiny inputs", () => {
  it("figures: verdicts against targets, and a summary row per figure", () => {
    const figures: Figure[] = [
      { item: 1, name: "a", value: 1.2, unit: "×", target: { atMost: 1.1 } },
      { item: 2, name: "b", value: 0.1, unit: "×", target: { atMost: 0.25 } },
      { item: 8, name: "c", value: 400, unit: "req/s" },
    ];
    assert.deepEqual(figures.map(verdict), ["MISS", "PASS", "—"]);
    const table = summaryTable(figures).split("\n");
    assert.equal(table.length, 2 + figures.length);
    assert.match(table[2], /\| 1 \| a .*\| 1\.200× .*\| ≤ 1\.100× .*\| MISS/);
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
  });

  it("9: counts one listing's pages plus the first lookup's with the catalog, every listing's without", async function () {
    this.timeout(60_000);
    const [withCatalog, without] = await measureSnapshotCatalog({
      pools: 150,
      ratePerSecond: 50,
      latencyMs: 1,
    });
    assert.equal(withCatalog.snapshot, true);
    assert.equal(withCatalog.requests, 2 + withCatalog.firstListingPages);
    assert.ok(without.requests > withCatalog.requests, `${without.requests} without the catalog`);
  });

  it("9: measures the heap a snapshot keeps (the size itself is the benchmark's, not a test's)", async () => {
    // Other specs' allocations make the delta noisy here; the catalog taking its snapshot is what is checked
    // (snapshotHeapBytes throws otherwise), and that the figure is a plausible byte count.
    const bytes = await snapshotHeapBytes(500);
    assert.ok(Number.isFinite(bytes) && Math.abs(bytes) < 50 * 1024 * 1024, `${bytes} bytes`);
  });

  it("10: lists a pool's identities and numbers by ID with the engine and with the SDK, four ratios", async () => {
    const figures = await benchResourceLookups({ members: 7, numbers: 12, latencyMs: 1, runs: 1 });
    assertFigures(figures, 10, 4);
  });

  it("1: lists every pool with getPools and the SDK paginator, one ratio pair per size", async () => {
    const figures = await benchListing({ sizes: [150], latencyMs: 1, runs: () => 1 });
    assertFigures(figures, 1, 2);
    assert.deepEqual(
      figures.map((f) => f.target?.atMost),
      [1.1, 1.05],
    );
  });

  it("2: getPools sends one request per five IDs, the naive loop one per ID", async () => {
    const m = await measureLookupByIds({ ids: 10, pools: 100, latencyMs: 1, runs: 1 });
    assert.equal(m.getPoolsRequests, 2);
    assert.equal(m.naiveRequests, 10);
    assert.equal(m.getPoolsMs.length, 1);
  });

  it("3: counts the requests of identical calls made at once, and of one call", async () => {
    const m = await measureSharedLookups({ calls: 5, pools: 300, latencyMs: 1, runs: 2 });
    assert.ok(m.oneRequests >= 2, `one call sent ${m.oneRequests}`);
    assert.equal(m.allRequests, m.oneRequests);
    assert.equal(m.allMs.length, 2);
  });

  it("4: runs fresh then warm clients under a quota, counting requests and throttles", async () => {
    const runs = await measureThrottledListing({
      pools: 200,
      ratePerSecond: 50,
      latencyMs: 1,
      freshRuns: 1,
      warmRuns: 1,
    });
    assert.deepEqual(
      runs.map((r) => [r.client, r.failure]),
      [
        ["fresh", undefined],
        ["warm", undefined],
      ],
    );
    for (const run of runs) assert.equal(run.requests, 2 + run.throttled);
    const figures = await benchThrottledListing({
      pools: 100,
      ratePerSecond: 50,
      latencyMs: 1,
      freshRuns: 1,
      warmRuns: 1,
    });
    assertFigures(figures, 4, 3);
    assert.equal(figures[2].value, 0, "no failed lookups");
  });

  it("5: a fresh process loads the built package without the AWS SDK", () => {
    const sample = sampleColdImport();
    assert.deepEqual(sample.sdk, []);
    assert.ok(sample.pulumiMs > 0 && sample.packageMs > 0);
  });

  it("6: measures the serialized provider in bytes", async () => {
    const figures = await benchProviderSize();
    assertFigures(figures, 6, 1);
    assert.equal(figures[0].unit, "bytes");
    assert.ok(figures[0].value > 100);
  });

  it("7: builds a stack of every SMS kind plus others, and the rules report violations in it", async () => {
    const stack = stackOf(40);
    const types = new Set(stack.map((r) => r.type));
    for (const type of [...SMS_RESOURCE_TYPES, POOL_LOOKUP_TYPE]) assert.ok(types.has(type), type);
    assert.ok(types.size > SMS_RESOURCE_TYPES.length + 1, "also resources no policy inspects");
    assert.equal(new Set(stack.map((r) => `${r.type}::${r.name}`)).size, 40, "unique URNs");
    assert.ok((await validateStack(stack)) > 0);
    assertFigures(await benchPolicyPack({ sizes: [20, 200], runs: 1 }), 7, 3);
  });

  it("8: measures the emulator's DescribePools and DescribePhoneNumbers rates", async () => {
    const figures = await benchEmulator({ seconds: 0.2, pools: 200 });
    assertFigures(figures, 8, 2);
    assert.ok(figures.every((f) => f.value > 0));
  });
});
