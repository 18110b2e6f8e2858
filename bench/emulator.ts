// Item 8: DescribePools requests/s through the real SDK against the emulator holding 10,000 pools, with
// filters, on one core (client and server share this process). Run alone, it prints every query's absolute
// rate, the pools each page returns (response size, not the store, dominates the cost) and the 10k/100 ratio.
// Run: npx ts-node --transpile-only bench/emulator.ts   (BENCH_SECONDS=N per case, default 3)

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

import {
  DescribePhoneNumbersCommand,
  DescribePoolsCommand,
  type DescribePoolsCommandInput,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../emulator";
import { sdkClient, seedPools } from "../tests/support/emulator";
import type { Figure } from "./figures";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** Pools looked up by ID sit at the end of the listing order, the worst case for a scan. */
const LAST_FIVE = seedPools(10_000)
  .slice(-5)
  .map((p) => p.poolId!);

const QUERIES: Array<[string, DescribePoolsCommandInput]> = [
  ["no filter, 100 per page", { MaxResults: 100 }],
  [
    "status=ACTIVE AND message-type=PROMOTIONAL, 100 per page",
    {
      MaxResults: 100,
      Filters: [
        { Name: "status", Values: ["ACTIVE"] },
        { Name: "message-type", Values: ["PROMOTIONAL"] },
      ],
    },
  ],
  [
    "selective: opt-out-list-name=Marketing AND two-way-enabled=true AND deletion-protection-enabled=false",
    {
      Filters: [
        { Name: "opt-out-list-name", Values: ["Marketing"] },
        { Name: "two-way-enabled", Values: ["true"] },
        { Name: "deletion-protection-enabled", Values: ["false"] },
      ],
    },
  ],
  [
    "a filter nothing matches (a full scan without the indexes)",
    { Filters: [{ Name: "opt-out-list-name", Values: ["Nope"] }] },
  ],
  ["5 PoolIds", { PoolIds: LAST_FIVE }],
];

/** Sequential DescribePools calls for `seconds` (after 50 warm-up calls): the rate and the page size. */
async function describePoolsRate(
  poolCount: number,
  input: DescribePoolsCommandInput,
  seconds = SECONDS,
): Promise<{ perSecond: number; page: number }> {
  const pools = seedPools(poolCount);
  const emulator = await startEmulator({ seed: { pools } });
  if (poolCount < 10_000) emulator.addPools(seedPools(10_000).slice(-5));
  const client = sdkClient(emulator, { maxAttempts: 1 });
  try {
    let page = 0;
    for (let i = 0; i < 50; i++)
      page = (await client.send(new DescribePoolsCommand(input))).Pools?.length ?? 0;
    let count = 0;
    const started = process.hrtime.bigint();
    const until = started + BigInt(Math.round(seconds * 1e9));
    while (process.hrtime.bigint() < until) {
      await client.send(new DescribePoolsCommand(input));
      count += 1;
      if (count % 1000 === 0) emulator.clearRequests();
    }
    return { perSecond: count / (Number(process.hrtime.bigint() - started) / 1e9), page };
  } finally {
    client.destroy();
    await emulator.stop();
  }
}

/**
 * DescribePhoneNumbers over 10,000 seeded numbers in pages of 100, each listing paged to its end, repeated for
 * `seconds`: requests per second (SDK client and emulator on one core).
 */
async function phoneNumberListingRate(
  count: number,
  seconds = SECONDS,
): Promise<{ perSecond: number; listings: number }> {
  const phoneNumbers = Array.from({ length: count }, (_, i) => ({
    phoneNumberId: `phone-${i.toString(16).padStart(32, "0")}`,
    phoneNumber: `+1206${String(i).padStart(7, "0")}`,
    createdTimestamp: 1_700_000_000 + i,
  }));
  const emulator = await startEmulator({ seed: { phoneNumbers }, requestLogSize: 0 });
  const client = sdkClient(emulator, { maxAttempts: 1 });
  const listOnce = async () => {
    let requests = 0;
    let NextToken: string | undefined;
    do {
      const page = await client.send(new DescribePhoneNumbersCommand({ MaxResults: 100, NextToken }));
      NextToken = page.NextToken;
      requests += 1;
    } while (NextToken);
    return requests;
  };
  try {
    await listOnce();
    let requests = 0;
    let listings = 0;
    const started = process.hrtime.bigint();
    const until = started + BigInt(Math.round(seconds * 1e9));
    while (process.hrtime.bigint() < until) {
      requests += await listOnce();
      listings += 1;
    }
    return { perSecond: requests / (Number(process.hrtime.bigint() - started) / 1e9), listings };
  } finally {
    client.destroy();
    await emulator.stop();
  }
}

/** The filtered query of the runner's figure: two filters, full pages of 100. */
const FILTERED = QUERIES[1];

export interface EmulatorRateOptions {
  /** Seconds per measured case. Default 2. */
  readonly seconds?: number;
  /** Pools in the store. Default 10,000; the rate with 100 pools is measured alongside, for comparison. */
  readonly pools?: number;
}

export async function benchEmulator(options: EmulatorRateOptions = {}): Promise<Figure[]> {
  const { seconds = 2, pools = 10_000 } = options;
  const [name, input] = FILTERED;
  const big = await describePoolsRate(pools, input, seconds);
  const small = await describePoolsRate(100, input, seconds);
  const numbers = await phoneNumberListingRate(10_000, seconds);
  return [
    {
      item: 8,
      name: `emulator DescribePools, ${pools.toLocaleString("en-US")} pools and a filter`,
      value: big.perSecond,
      unit: "req/s",
      detail:
        `${name}: ${big.page} pools per answer; SDK client and emulator share one core; with 100 pools ` +
        `${Math.round(small.perSecond)} req/s (${small.page} per answer)`,
    },
    {
      item: 8,
      name: "emulator DescribePhoneNumbers, 10,000 numbers in pages of 100",
      value: numbers.perSecond,
      unit: "req/s",
      detail: `${numbers.listings} complete listings of 100 pages each; SDK client and emulator share one core`,
    },
  ];
}

async function main(): Promise<void> {
  const numbers = await phoneNumberListingRate(10_000);
  console.log(
    `DescribePhoneNumbers, 10,000 numbers in pages of 100: ${numbers.perSecond.toFixed(0)} req/s (${numbers.listings} listings)`,
  );
  console.log(
    `DescribePools via @aws-sdk/client-pinpoint-sms-voice-v2, sequential on one core, ${SECONDS}s per case, node ${process.version}`,
  );
  for (const [name, input] of QUERIES) {
    const big = await describePoolsRate(10_000, input);
    const small = await describePoolsRate(100, input);
    console.log(`${name}`);
    console.log(
      `  10,000 pools: ${big.perSecond.toFixed(0)} req/s (${big.page} per page)   100 pools: ${small.perSecond.toFixed(0)} req/s (${small.page} per page)   ratio 10k/100: ${(big.perSecond / small.perSecond).toFixed(2)}`,
    );
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
