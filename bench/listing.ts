// Item 1: listing N pools with getPools, against the latency floor and the AWS SDK's own paginator.
import { paginateDescribePools } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { getPools } from "../index";
import { resetClients } from "../provider/aws/client";
import { sdkClient } from "../tests/support/emulator";
import type { Figure } from "./figures";
import { DEFAULT_LATENCY_MS, lookupOptions, startSlowEmulator } from "./slowEmulator";
import { median, timed } from "./timing";

export interface ListingOptions {
  /** Pool counts to list. Default 100, 1,000 and 10,000. */
  readonly sizes?: readonly number[];
  readonly latencyMs?: number;
  /** Timed runs of each contender per size (after one warm-up each). Default 15, 5 from 10,000 pools up. */
  readonly runs?: (pools: number) => number;
}

const PAGE_SIZE = 100;

interface ListingMeasurement {
  readonly pools: number;
  /** ceil(N / 100) × latency: the pages in sequence, each costing nothing but its round trip. */
  readonly floorMs: number;
  readonly getPoolsMs: number[];
  readonly paginatorMs: number[];
}

/** Times getPools and paginateDescribePools listing the same emulator, alternating which goes first. */
async function measureListing(pools: number, latencyMs: number, runs: number): Promise<ListingMeasurement> {
  const emulator = await startSlowEmulator({ pools, latencyMs });
  const client = sdkClient(emulator);
  const viaGetPools = async () => {
    const { ms, result } = await timed(() => getPools({}, lookupOptions(emulator)));
    if (result.pools.length !== pools) throw new Error(`getPools listed ${result.pools.length} of ${pools}`);
    return ms;
  };
  const viaPaginator = async () => {
    const { ms, result } = await timed(async () => {
      let count = 0;
      for await (const page of paginateDescribePools({ client, pageSize: PAGE_SIZE }, {})) {
        count += page.Pools?.length ?? 0;
      }
      return count;
    });
    if (result !== pools) throw new Error(`paginateDescribePools listed ${result} of ${pools}`);
    return ms;
  };
  try {
    await viaGetPools();
    await viaPaginator();
    const getPoolsMs: number[] = [];
    const paginatorMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      if (run % 2 === 0) {
        getPoolsMs.push(await viaGetPools());
        paginatorMs.push(await viaPaginator());
      } else {
        paginatorMs.push(await viaPaginator());
        getPoolsMs.push(await viaGetPools());
      }
    }
    return { pools, floorMs: Math.ceil(pools / PAGE_SIZE) * latencyMs, getPoolsMs, paginatorMs };
  } finally {
    client.destroy();
    resetClients();
    await emulator.stop();
  }
}

export async function benchListing(options: ListingOptions = {}): Promise<Figure[]> {
  const { sizes = [100, 1_000, 10_000], latencyMs = DEFAULT_LATENCY_MS } = options;
  const runs = options.runs ?? ((pools: number) => (pools >= 10_000 ? 5 : 15));
  const figures: Figure[] = [];
  for (const pools of sizes) {
    const m = await measureListing(pools, latencyMs, runs(pools));
    const ours = median(m.getPoolsMs);
    const sdk = median(m.paginatorMs);
    const count = pools.toLocaleString("en-US");
    figures.push(
      {
        item: 1,
        name: `list ${count} pools: getPools ÷ floor`,
        value: ours / m.floorMs,
        unit: "×",
        target: { atMost: 1.1 },
        detail:
          `getPools median ${ours.toFixed(1)} ms over ${m.getPoolsMs.length} runs; floor ` +
          `${Math.ceil(pools / PAGE_SIZE)} page(s) × ${latencyMs} ms = ${m.floorMs} ms; the SDK's paginator ` +
          `alone is ${(sdk / m.floorMs).toFixed(3)}× the floor`,
      },
      {
        item: 1,
        name: `list ${count} pools: getPools ÷ paginateDescribePools`,
        value: ours / sdk,
        unit: "×",
        target: { atMost: 1.05 },
        detail: `medians ${ours.toFixed(1)} ms vs ${sdk.toFixed(1)} ms`,
      },
    );
  }
  return figures;
}
