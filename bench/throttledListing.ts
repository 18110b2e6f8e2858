// Item 4: listing pools while the emulator enforces DescribePools' documented quota (1 request/s, burst 1),
// and how soon the pacer lets go after a burst of throttles ends. Run alone for both:
// `npx ts-node --transpile-only bench/throttledListing.ts` (the runner's item 4 is the listing only).
import { getPools } from "../index";
import { resetClients } from "../provider/aws/client";
import { RECOVERY_BOUND_MS } from "../provider/aws/pacer";
import { useFakeAwsEnvironment } from "./environment";
import { type Figure, formatFigure, summaryTable } from "./figures";
import {
  DEFAULT_LATENCY_MS,
  describePoolsRequests,
  lookupOptions,
  slowFaults,
  startSlowEmulator,
} from "./slowEmulator";
import { listMs, median, since } from "./timing";

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

interface PacerRecoveryOptions {
  /** Pools per listing, 100 per page. Default 1,000 (10 pages). */
  readonly pools?: number;
  readonly latencyMs?: number;
  /** ThrottlingExceptions in a row that the first listing after the baseline meets. Default 6 (the case). */
  readonly burst?: number;
  /** A listing within this factor of the unthrottled median counts as unthrottled. Default 1.25. */
  readonly tolerance?: number;
}

interface PacerRecovery {
  /** Median of three unthrottled listings on a fresh client. */
  readonly baselineMs: number;
  /** Listing times after the burst, the burst's own listing first. */
  readonly listingsMs: readonly number[];
  /** From the burst's last ThrottlingException to the start of the first of three unthrottled listings in a row. */
  readonly recoveredAfterMs?: number;
}

/** Lists pools unthrottled, then through a burst of throttles, then again until the listings are as fast as before. */
async function measurePacerRecovery(options: PacerRecoveryOptions = {}): Promise<PacerRecovery> {
  const { pools = 1_000, latencyMs = DEFAULT_LATENCY_MS, burst = 6, tolerance = 1.25 } = options;
  const emulator = await startSlowEmulator({ pools, latencyMs });
  const giveUpMs = 2 * RECOVERY_BOUND_MS + 10_000;
  const listing = async (): Promise<{ start: number; ms: number }> => {
    const start = Date.now();
    const result = await getPools({}, lookupOptions(emulator));
    if (result.pools.length !== pools) throw new Error(`listed ${result.pools.length} of ${pools} pools`);
    return { start, ms: Date.now() - start };
  };
  try {
    resetClients();
    const baseline: number[] = [];
    for (let i = 0; i < 3; i++) baseline.push((await listing()).ms);
    const baselineMs = median(baseline);
    emulator.setFaults(slowFaults({ pools, latencyMs, throttle: { first: burst } }));
    emulator.clearRequests();
    const listingsMs = [(await listing()).ms];
    const throttled = emulator.requests.filter((r) => r.errorType === "ThrottlingException");
    if (throttled.length !== burst)
      throw new Error(`the burst was ${throttled.length} throttles, not ${burst}`);
    const lastThrottle = Math.max(...throttled.map((r) => r.at));
    const fastStarts: number[] = [];
    while (fastStarts.length < 3 && Date.now() - lastThrottle < giveUpMs) {
      const { start, ms } = await listing();
      listingsMs.push(ms);
      if (ms <= tolerance * baselineMs) fastStarts.push(start);
      else fastStarts.length = 0;
    }
    const recoveredAfterMs = fastStarts.length === 3 ? fastStarts[0] - lastThrottle : undefined;
    return { baselineMs, listingsMs, recoveredAfterMs };
  } finally {
    resetClients();
    await emulator.stop();
  }
}

export async function benchPacerRecovery(options: PacerRecoveryOptions = {}): Promise<Figure[]> {
  const { pools = 1_000, burst = 6, tolerance = 1.25 } = options;
  const m = await measurePacerRecovery(options);
  return [
    {
      item: 4,
      name: `after ${burst} throttles in a row: last throttle to unthrottled ${pools.toLocaleString("en-US")}-pool listings`,
      value: m.recoveredAfterMs ?? Number.POSITIVE_INFINITY,
      unit: "ms",
      target: { atMost: RECOVERY_BOUND_MS },
      detail:
        `unthrottled median ${m.baselineMs.toFixed(0)} ms (three in a row within ${tolerance}× count); ` +
        `listings after the burst: ${listMs(m.listingsMs)}`,
    },
  ];
}

async function main(): Promise<void> {
  useFakeAwsEnvironment();
  const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? DEFAULT_LATENCY_MS);
  const figures = [
    ...(await benchThrottledListing({ latencyMs })),
    ...(await benchPacerRecovery({ latencyMs })),
  ];
  for (const figure of figures) console.log(formatFigure(figure));
  console.log(`\n${summaryTable(figures)}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
