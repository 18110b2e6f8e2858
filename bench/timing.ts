// Wall-clock measurement: time one async call, and the median of several.

/** Milliseconds since `start` (a `performance.now()` reading). */
export function since(start: number): number {
  return performance.now() - start;
}

/** Runs `work` once and returns its result with the wall time it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: since(start), result };
}

/** The median: robust to the odd slow run (a GC pause, a late timer) that a mean would smear in. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Numbers for a detail line: "12.3, 12.9, 13.1 ms". */
export function listMs(values: readonly number[]): string {
  return `${values.map((v) => v.toFixed(1)).join(", ")} ms`;
}
