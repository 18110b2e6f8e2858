// Item 4: listing pools while the emulator enforces DescribePools' documented quota (1 request/s, burst 1).
import { getPools } from "../index";
import { resetClients } from "../provider/client";
import type { Figure } from "./figures";
import {
  DEFAULT_LATENCY_MS,
  describePoolsRequests,
  lookupOptions,
  slowFaults,
  startSlowEmulator,
} from "./slowEmulator";
import { median, since } from "./timing";

export interface ThrottledListingOptions {
  /** Pools to list, 100 per page. Default 1,000 (10 pages). */
  readonly pools?: number;
  /** The quota the emulator enforces. Default 1 request/s (AWS's published default), burst 1. */
  readonly ratePerSecond?: number;
  readonly latencyMs?: number;
  /** Runs that start with a fresh client (`resetClients()` first): the pacer has to learn the quota. Default 3. */
  readonly freshRuns?: number;
  /** Runs after those, on the same client: the pacer starts with what it learned. Default 2. */
  readonly warmRuns?: number;
}

export interface ThrottledRun {
  readonly client: "fresh" | "warm";
  readonly ms: number;
  /** The lookup's error message, when it failed. */
  readonly failure?: string;
  readonly requests: number;
  readonly throttled: number;
}

export async function measureThrottledListing(
  options: ThrottledListingOptions = {},
): Promise<ThrottledRun[]> {
  const {
    pools = 1_000,
    ratePerSecond = 1,
    latencyMs = DEFAULT_LATENCY_MS,
    freshRuns = 3,
    warmRuns = 2,
  } = options;
  const faults = slowFaults({ pools, latencyMs, throttle: { ratePerSecond, burst: 1 } });
  const emulator = await startSlowEmulator({ pools, latencyMs, throttle: { ratePerSecond, burst: 1 } });
  const runs: ThrottledRun[] = [];
  try {
    for (let run = 0; run < freshRuns + warmRuns; run++) {
      const client = run < freshRuns ? "fresh" : "warm";
      if (client === "fresh") resetClients();
      // A full token bucket for every run, as after a quiet second in a real account.
      emulator.setFaults(faults);
      emulator.clearRequests();
      const start = performance.now();
      let failure: string | undefined;
      try {
        const result = await getPools({}, lookupOptions(emulator));
        if (result.pools.length !== pools) failure = `listed ${result.pools.length} of ${pools} pools`;
      } catch (err) {
        failure = (err as Error).message;
      }
      const ms = since(start);
      const throttled = emulator.requests.filter((r) => r.errorType === "ThrottlingException").length;
      runs.push({ client, ms, failure, requests: describePoolsRequests(emulator), throttled });
    }
    return runs;
  } finally {
    resetClients();
    await emulator.stop();
  }
}

export async function benchThrottledListing(options: ThrottledListingOptions = {}): Promise<Figure[]> {
  const { pools = 1_000, ratePerSecond = 1 } = options;
  const pages = Math.ceil(pools / 100);
  const floorMs = (pages / ratePerSecond) * 1000;
  const runs = await measureThrottledListing(options);
  const count = pools.toLocaleString("en-US");
  const figures: Figure[] = [];
  for (const client of ["fresh", "warm"] as const) {
    const mine = runs.filter((r) => r.client === client && !r.failure);
    if (mine.length === 0) continue;
    const ms = mine.map((r) => r.ms);
    figures.push({
      item: 4,
      name: `list ${count} pools at ${ratePerSecond} req/s, ${client} client: time ÷ quota floor`,
      value: median(ms) / floorMs,
      unit: "×",
      target: { atMost: 1.5 },
      detail:
        `floor ${pages} pages ÷ ${ratePerSecond}/s = ${floorMs} ms; runs: ` +
        mine
          .map((r) => `${(r.ms / 1000).toFixed(2)} s (${r.requests} requests, ${r.throttled} throttled)`)
          .join(", "),
    });
  }
  const failed = runs.filter((r) => r.failure);
  figures.push({
    item: 4,
    name: `list ${count} pools at ${ratePerSecond} req/s: failed lookups in ${runs.length} runs`,
    value: failed.length,
    unit: "failures",
    target: { atMost: 0, text: "0" },
    ...(failed.length > 0 ? { detail: failed.map((r) => `${r.client}: ${r.failure}`).join("; ") } : {}),
  });
  return figures;
}
