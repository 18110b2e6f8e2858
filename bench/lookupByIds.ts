// Item 2: looking up pools by ID with getPools (chunks of five, a few at once) against one request per ID.
import { DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { getPools } from "../index";
import { resetClients } from "../provider/aws/client";
import { sdkClient, seedPools } from "../tests/support/emulator";
import type { Figure } from "./figures";
import { DEFAULT_LATENCY_MS, describePoolsRequests, lookupOptions, startSlowEmulator } from "./slowEmulator";
import { median, timed } from "./timing";

export interface LookupByIdsOptions {
  /** Pool IDs to look up. Default 50. */
  readonly ids?: number;
  /** Pools in the account; the IDs are spread across them. Default 1,000. */
  readonly pools?: number;
  readonly latencyMs?: number;
  /** Timed runs of each contender (after one warm-up each). Default 5. */
  readonly runs?: number;
}

export interface LookupByIdsMeasurement {
  readonly getPoolsMs: number[];
  readonly naiveMs: number[];
  /** DescribePools requests one run sent. */
  readonly getPoolsRequests: number;
  readonly naiveRequests: number;
}

export async function measureLookupByIds(options: LookupByIdsOptions = {}): Promise<LookupByIdsMeasurement> {
  const { ids = 50, pools = 1_000, latencyMs = DEFAULT_LATENCY_MS, runs = 5 } = options;
  if (ids > pools) throw new Error(`ids ${ids} must be at most pools ${pools}`);
  const wanted = seedPools(pools)
    .filter((_, i) => i % Math.floor(pools / ids) === 0)
    .slice(0, ids)
    .map((p) => p.poolId!);
  const emulator = await startSlowEmulator({ pools, latencyMs });
  const client = sdkClient(emulator);
  const viaGetPools = async () => {
    emulator.clearRequests();
    const { ms, result } = await timed(() => getPools({ poolIds: wanted }, lookupOptions(emulator)));
    if (result.pools.length !== ids) throw new Error(`getPools found ${result.pools.length} of ${ids}`);
    return { ms, requests: describePoolsRequests(emulator) };
  };
  const naive = async () => {
    emulator.clearRequests();
    const { ms, result } = await timed(async () => {
      let found = 0;
      for (const id of wanted) {
        found += (await client.send(new DescribePoolsCommand({ PoolIds: [id] }))).Pools?.length ?? 0;
      }
      return found;
    });
    if (result !== ids) throw new Error(`the naive loop found ${result} of ${ids}`);
    return { ms, requests: describePoolsRequests(emulator) };
  };
  try {
    await viaGetPools();
    await naive();
    const getPoolsMs: number[] = [];
    const naiveMs: number[] = [];
    let getPoolsRequests = 0;
    let naiveRequests = 0;
    for (let run = 0; run < runs; run++) {
      const ours = await viaGetPools();
      const theirs = await naive();
      getPoolsMs.push(ours.ms);
      naiveMs.push(theirs.ms);
      getPoolsRequests = ours.requests;
      naiveRequests = theirs.requests;
    }
    return { getPoolsMs, naiveMs, getPoolsRequests, naiveRequests };
  } finally {
    client.destroy();
    resetClients();
    await emulator.stop();
  }
}

export async function benchLookupByIds(options: LookupByIdsOptions = {}): Promise<Figure[]> {
  const ids = options.ids ?? 50;
  const m = await measureLookupByIds(options);
  const ours = median(m.getPoolsMs);
  const naive = median(m.naiveMs);
  return [
    {
      item: 2,
      name: `look up ${ids} pool IDs: getPools ÷ one request per ID`,
      value: ours / naive,
      unit: "×",
      target: { atMost: 0.25 },
      detail:
        `medians ${ours.toFixed(1)} ms (${m.getPoolsRequests} requests) vs ${naive.toFixed(1)} ms ` +
        `(${m.naiveRequests} requests), ${m.getPoolsMs.length} runs each`,
    },
  ];
}
