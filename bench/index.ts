// `npm run bench`: runs every benchmark in sequence and prints each figure with its target, then a summary.
// `npm run bench -- listing policyPack` runs only the named ones; BENCH_BUILD=0 skips `npm run build`;
// BENCH_LATENCY_MS=N sets the emulator's DescribePools latency for items 1–4 (default 20).
import { benchAudit } from "./audit";
import { benchColdImport, buildPackage } from "./coldImport";
import { benchEmulator } from "./emulator";
import { useFakeAwsEnvironment } from "./environment";
import { type Figure, formatFigure, summaryTable, verdict } from "./figures";
import { benchListing } from "./listing";
import { benchLookupByIds } from "./lookupByIds";
import { benchPolicyPack } from "./policyPack";
import { benchProviderSize } from "./providerSize";
import { benchResourceLookups } from "./resourceLookups";
import { benchSharedLookups } from "./sharedLookups";
import { DEFAULT_LATENCY_MS } from "./slowEmulator";
import { benchSnapshotCatalog, benchSnapshotMemory } from "./snapshotCatalog";
import { benchPacerRecovery, benchThrottledListing } from "./throttledListing";
import { since } from "./timing";

interface Benchmark {
  readonly name: string;
  readonly title: string;
  readonly run: () => Promise<Figure[]>;
}

const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? DEFAULT_LATENCY_MS);

const BENCHMARKS: Benchmark[] = [
  {
    name: "listing",
    title: `1. listing 100 / 1,000 / 10,000 pools (${latencyMs} ms per request)`,
    run: () => benchListing({ latencyMs }),
  },
  {
    name: "lookupByIds",
    title: `2. lookup by 50 pool IDs (${latencyMs} ms per request)`,
    run: () => benchLookupByIds({ latencyMs }),
  },
  {
    name: "sharedLookups",
    title: `3. 20 identical getPools at once (${latencyMs} ms per request)`,
    run: () => benchSharedLookups({ latencyMs }),
  },
  {
    name: "throttledListing",
    title: `4. listing 1,000 pools under the 1 request/s quota (${latencyMs} ms per request)`,
    run: () => benchThrottledListing({ latencyMs }),
  },
  {
    name: "pacerRecovery",
    title: `4. the pace after a burst of 6 throttles: back to unthrottled speed (${latencyMs} ms per request)`,
    run: () => benchPacerRecovery({ latencyMs }),
  },
  {
    name: "coldImport",
    title: "5. cold import of the built package",
    run: () => {
      if (process.env.BENCH_BUILD !== "0") buildPackage();
      return benchColdImport();
    },
  },
  { name: "providerSize", title: "6. serialized PoolLookup provider", run: () => benchProviderSize() },
  { name: "policyPack", title: "7. policy pack on 1,000 and 10,000 resources", run: () => benchPolicyPack() },
  { name: "emulator", title: "8. emulator DescribePools throughput", run: () => benchEmulator() },
  {
    name: "snapshotCatalog",
    title: `9. ten filtered listings of 1,000 pools in one run under the 1 request/s quota (${latencyMs} ms per request)`,
    run: async () => [...(await benchSnapshotCatalog({ latencyMs })), ...(await benchSnapshotMemory())],
  },
  {
    name: "resourceLookups",
    title: `10. a pool's 250 origination identities; 1,000 phone numbers by ID (${latencyMs} ms per request)`,
    run: () => benchResourceLookups({ latencyMs }),
  },
  {
    name: "audit",
    title: `11. sms-pools-guard audit across 2 regions under 1 request/s per operation (${latencyMs} ms per request)`,
    run: () => benchAudit({ latencyMs }),
  },
];

async function main(): Promise<void> {
  useFakeAwsEnvironment();
  if (!(latencyMs >= 0))
    throw new Error(`BENCH_LATENCY_MS ${process.env.BENCH_LATENCY_MS} must be a number >= 0`);
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown benchmark ${unknown.join(", ")}; choose from ${BENCHMARKS.map((b) => b.name).join(", ")}`,
    );
  }
  const selected = only.length > 0 ? BENCHMARKS.filter((b) => only.includes(b.name)) : BENCHMARKS;
  console.log(`pulumi-sms-pools benchmarks: node ${process.version}, ${process.platform}/${process.arch}`);
  const started = performance.now();
  const figures: Figure[] = [];
  for (const benchmark of selected) {
    const start = performance.now();
    console.log(`\n${benchmark.title}`);
    const mine = await benchmark.run();
    for (const figure of mine) console.log(formatFigure(figure));
    console.log(`  (${(since(start) / 1000).toFixed(1)} s)`);
    figures.push(...mine);
  }
  const misses = figures.filter((f) => verdict(f) === "MISS").length;
  console.log(`\nSummary (${(since(started) / 1000).toFixed(0)} s in all)\n`);
  console.log(summaryTable(figures));
  console.log(`\n${figures.filter((f) => f.target).length - misses} targets met, ${misses} missed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
