// The emulator as the benchmarks use it: seeded pools and a fixed latency per DescribePools, so that round
// trips dominate the wall time as they do against AWS.
import { type Emulator, type FaultRule, startEmulator } from "../emulator";
import type { LookupOptions } from "../index";
import { seedPools } from "../tests/support/emulator";

/** Latency added to every DescribePools answer unless a benchmark says otherwise. */
export const DEFAULT_LATENCY_MS = 20;

export interface SlowEmulatorOptions {
  /** Seeded pools (varied statuses, types and flags; see tests/support/emulator.ts). */
  readonly pools: number;
  readonly latencyMs?: number;
  /** More faults for DescribePools, e.g. a throttle; the latency applies to every answer either way. */
  readonly throttle?: FaultRule["throttle"];
}

/** The fault rules for these options; pass them to `setFaults` to reset counters and token buckets. */
export function slowFaults({ latencyMs = DEFAULT_LATENCY_MS, throttle }: SlowEmulatorOptions): FaultRule[] {
  return [{ operation: "DescribePools", latencyMs, ...(throttle ? { throttle } : {}) }];
}

export function startSlowEmulator(options: SlowEmulatorOptions): Promise<Emulator> {
  return startEmulator({ seed: { pools: seedPools(options.pools) }, faults: slowFaults(options) });
}

/** How many DescribePools requests reached the emulator since its log was last cleared. */
export function describePoolsRequests(emulator: Emulator): number {
  return emulator.requests.filter((r) => r.operation === "DescribePools").length;
}

/** getPools options that reach this emulator (explicit endpoint and region; defaults otherwise). */
export function lookupOptions(emulator: Emulator): LookupOptions {
  return { endpoint: emulator.endpoint, region: emulator.region };
}
