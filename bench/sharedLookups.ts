// Item 3: identical getPools calls made at once share one set of requests (and so one wall time).
import { type GetPoolsArgs, getPools } from "../index";
import { resetClients } from "../provider/aws/client";
import type { Figure } from "./figures";
import { DEFAULT_LATENCY_MS, describePoolsRequests, lookupOptions, startSlowEmulator } from "./slowEmulator";
import { median, timed } from "./timing";

export interface SharedLookupsOptions {
  /** Identical calls made at once. Default 20. */
  readonly calls?: number;
  /** Pools in the account; two in three are TRANSACTIONAL, the query's filter. Default 1,000. */
  readonly pools?: number;
  readonly latencyMs?: number;
  /** Timed runs of one call and of all calls (after one warm-up). Default 5. */
  readonly runs?: number;
}

export interface SharedLookupsMeasurement {
  readonly oneMs: number[];
  readonly allMs: number[];
  /** DescribePools requests of one call alone, and of all the calls at once (the most of any run). */
  readonly oneRequests: number;
  readonly allRequests: number;
}

/** Each call builds its own arguments object, as separate parts of a program would. */
const query = (): GetPoolsArgs => ({
  filters: [{ name: "message-type", values: ["TRANSACTIONAL"] }],
});

export async function measureSharedLookups(
  options: SharedLookupsOptions = {},
): Promise<SharedLookupsMeasurement> {
  const { calls = 20, pools = 1_000, latencyMs = DEFAULT_LATENCY_MS, runs = 5 } = options;
  const emulator = await startSlowEmulator({ pools, latencyMs });
  const one = async () => {
    emulator.clearRequests();
    const { ms, result } = await timed(() => getPools(query(), lookupOptions(emulator)));
    return { ms, requests: describePoolsRequests(emulator), found: result.pools.length };
  };
  const all = async () => {
    emulator.clearRequests();
    const { ms, result } = await timed(() =>
      Promise.all(Array.from({ length: calls }, () => getPools(query(), lookupOptions(emulator)))),
    );
    return { ms, requests: describePoolsRequests(emulator), found: result.map((r) => r.pools.length) };
  };
  try {
    const { found } = await one();
    await all();
    const oneMs: number[] = [];
    const allMs: number[] = [];
    let oneRequests = 0;
    let allRequests = 0;
    for (let run = 0; run < runs; run++) {
      const single = await one();
      const together = await all();
      if (together.found.some((n) => n !== found)) {
        throw new Error(`the ${calls} calls found ${together.found.join(", ")} pools, one call ${found}`);
      }
      oneMs.push(single.ms);
      allMs.push(together.ms);
      oneRequests = Math.max(oneRequests, single.requests);
      allRequests = Math.max(allRequests, together.requests);
    }
    return { oneMs, allMs, oneRequests, allRequests };
  } finally {
    resetClients();
    await emulator.stop();
  }
}

export async function benchSharedLookups(options: SharedLookupsOptions = {}): Promise<Figure[]> {
  const calls = options.calls ?? 20;
  const m = await measureSharedLookups(options);
  const one = median(m.oneMs);
  const all = median(m.allMs);
  return [
    {
      item: 3,
      name: `${calls} identical getPools at once: requests sent`,
      value: m.allRequests,
      unit: "requests",
      target: { atMost: m.oneRequests, text: `= one call's ${m.oneRequests}` },
      detail: `one call alone sends ${m.oneRequests}; without sharing ${calls} calls would send ${calls * m.oneRequests}`,
    },
    {
      item: 3,
      name: `${calls} identical getPools at once: wall time ÷ one call`,
      value: all / one,
      unit: "×",
      target: { atMost: 1.2 },
      detail: `medians ${all.toFixed(1)} ms vs ${one.toFixed(1)} ms over ${m.oneMs.length} runs`,
    },
  ];
}
