// Item 9: ten differently filtered getPools in one Pulumi run under the 1 request/s quota, with and without
// the run's snapshot catalog.
import * as v8 from "node:v8";
import * as vm from "node:vm";
import * as pulumi from "@pulumi/pulumi";
import { startEmulator } from "../emulator";
import { type GetPoolsArgs, getPools } from "../index";
import { resetClients } from "../provider/aws/client";
import { resolveConnection } from "../provider/aws/connection";
import { SnapshotCatalog } from "../provider/engine/catalog";
import { lookupPools, validatePoolQuery } from "../provider/resources/pools";
import { seedPools } from "../tests/support/emulator";
import type { Figure } from "./figures";
import { describePoolsRequests, slowFaults, startSlowEmulator } from "./slowEmulator";
import { since } from "./timing";

/** Ten listings a platform stack might make: each its own filter set. */
const TEN_LISTINGS: GetPoolsArgs[] = [
  { filters: [{ name: "status", values: ["ACTIVE"] }] },
  {
    filters: [
      { name: "message-type", values: ["TRANSACTIONAL"] },
      { name: "status", values: ["ACTIVE"] },
    ],
  },
  { filters: [{ name: "message-type", values: ["PROMOTIONAL"] }] },
  { filters: [{ name: "deletion-protection-enabled", values: ["true"] }] },
  { filters: [{ name: "two-way-enabled", values: ["true"] }] },
  { filters: [{ name: "shared-routes-enabled", values: ["false"] }] },
  { filters: [{ name: "self-managed-opt-outs-enabled", values: ["true"] }] },
  { filters: [{ name: "opt-out-list-name", values: ["Marketing"] }] },
  { filters: [{ name: "status", values: ["CREATING", "DELETING"] }] },
  {
    filters: [
      { name: "message-type", values: ["PROMOTIONAL"] },
      { name: "deletion-protection-enabled", values: ["false"] },
    ],
  },
];

export interface SnapshotRun {
  readonly snapshot: boolean;
  readonly ms: number;
  readonly requests: number;
  readonly throttled: number;
  /** Pages of the first listing alone (what one lookup costs), measured on its own. */
  readonly firstListingPages: number;
}

export interface SnapshotCatalogOptions {
  readonly pools?: number;
  readonly ratePerSecond?: number;
  readonly latencyMs?: number;
}

/** One Pulumi run (under mocks, lookups real through the endpoint) making the ten listings at once. */
async function runTen(
  emulatorEndpoint: string,
  region: string,
  snapshot: boolean,
): Promise<{ ms: number; failures: string[] }> {
  await pulumi.runtime.setMocks(
    { newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }), call: () => ({}) },
    "bench",
    `snapshot-${snapshot}`,
    false,
  );
  const start = performance.now();
  const results = await Promise.allSettled(
    TEN_LISTINGS.map((args) => getPools(args, { endpoint: emulatorEndpoint, region, snapshot })),
  );
  const ms = since(start);
  const failures = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error).message] : []));
  return { ms, failures };
}

export async function measureSnapshotCatalog(options: SnapshotCatalogOptions = {}): Promise<SnapshotRun[]> {
  const { pools = 1_000, ratePerSecond = 1, latencyMs = 20 } = options;
  const throttle = { ratePerSecond, burst: 1 };
  const emulator = await startSlowEmulator({ pools, latencyMs, throttle });
  const faults = slowFaults({ pools, latencyMs, throttle });
  try {
    // What the first listing costs on its own (no quota needed to count pages).
    emulator.setFaults([]);
    emulator.clearRequests();
    resetClients();
    await getPools(TEN_LISTINGS[0], {
      endpoint: emulator.endpoint,
      region: emulator.region,
      snapshot: false,
    });
    const firstListingPages = describePoolsRequests(emulator);
    const runs: SnapshotRun[] = [];
    for (const snapshot of [true, false]) {
      resetClients();
      emulator.setFaults(faults);
      emulator.clearRequests();
      const { ms, failures } = await runTen(emulator.endpoint, emulator.region, snapshot);
      if (failures.length > 0) throw new Error(`snapshot ${snapshot}: ${failures.join("; ")}`);
      const throttled = emulator.requests.filter((r) => r.errorType === "ThrottlingException").length;
      runs.push({
        snapshot,
        ms,
        requests: describePoolsRequests(emulator) - throttled,
        throttled,
        firstListingPages,
      });
    }
    return runs;
  } finally {
    resetClients();
    await emulator.stop();
    pulumi.runtime.resetOptions("project", "stack", -1, "", "", false, "");
  }
}

export async function benchSnapshotCatalog(options: SnapshotCatalogOptions = {}): Promise<Figure[]> {
  const { pools = 1_000, ratePerSecond = 1 } = options;
  const runs = await measureSnapshotCatalog(options);
  const listingPages = Math.ceil(pools / 100);
  const withCatalog = runs.find((r) => r.snapshot)!;
  const without = runs.find((r) => !r.snapshot)!;
  const floorRequests = listingPages + withCatalog.firstListingPages;
  const floorMs = (floorRequests / ratePerSecond) * 1000;
  const count = pools.toLocaleString("en-US");
  const detail = (r: SnapshotRun) =>
    `${r.requests} answered + ${r.throttled} throttled requests in ${(r.ms / 1000).toFixed(2)} s; floor ` +
    `${listingPages} pages of the complete listing + ${r.firstListingPages} of the first lookup = ${floorRequests} requests, ${floorMs / 1000} s`;
  return [
    {
      item: 9,
      name: `10 filtered listings of ${count} pools at ${ratePerSecond} req/s, with the catalog: requests ÷ floor`,
      value: withCatalog.requests / floorRequests,
      unit: "×",
      target: { atMost: 1 },
      detail: detail(withCatalog),
    },
    {
      item: 9,
      name: `10 filtered listings of ${count} pools at ${ratePerSecond} req/s, with the catalog: time ÷ floor`,
      value: withCatalog.ms / floorMs,
      unit: "×",
      target: { atMost: 1.15 },
      detail: detail(withCatalog),
    },
    {
      item: 9,
      name: `the same without the catalog (snapshot: false): time ÷ floor`,
      value: without.ms / floorMs,
      unit: "×",
      detail: detail(without),
    },
  ];
}

/** The heap a catalog holding one snapshot of `pools` pools keeps alive, measured after full collections. */
export async function snapshotHeapBytes(pools: number): Promise<number> {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const emulator = await startEmulator({ seed: { pools: seedPools(pools) } });
  try {
    const { connection } = resolveConnection({ endpoint: emulator.endpoint, region: emulator.region });
    await lookupPools(validatePoolQuery({ filters: [{ name: "status", values: ["ACTIVE"] }] }), connection);
    gc();
    const before = process.memoryUsage().heapUsed;
    const catalog = new SnapshotCatalog();
    await lookupPools(validatePoolQuery({}), connection, catalog);
    gc();
    const after = process.memoryUsage().heapUsed;
    if (catalog.size !== 1) throw new Error("the catalog took no snapshot");
    return after - before;
  } finally {
    resetClients();
    await emulator.stop();
  }
}

export async function benchSnapshotMemory(pools = 10_000): Promise<Figure[]> {
  const bytes = await snapshotHeapBytes(pools);
  return [
    {
      item: 9,
      name: `heap kept by a snapshot of ${pools.toLocaleString("en-US")} pools`,
      value: bytes,
      unit: "bytes",
      target: { atMost: 8 * 1024 * 1024, text: "a few MB (≤ 8 MB)" },
      detail: `${(bytes / 1024 / 1024).toFixed(2)} MB, ${Math.round(bytes / pools)} bytes per pool`,
    },
  ];
}
