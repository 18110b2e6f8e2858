// A bounded number of tasks at once, stopping at the first failure: ID chunks, per-pool listings.

/**
 * Runs `task(i)` for i = 0 … count-1, at most `limit` at once, in order. After the first failure no task
 * starts (running ones see `signal` aborted), and that failure is thrown once they have all settled.
 */
export async function forEachBounded(
  count: number,
  limit: number,
  task: (index: number, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const abort = new AbortController();
  let next = 0;
  const worker = async () => {
    while (next < count && !abort.signal.aborted) await task(next++, abort.signal);
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(limit, count) }, () =>
      worker().catch((err) => {
        abort.abort();
        throw err;
      }),
    ),
  );
  const failures = settled
    .filter((s): s is PromiseRejectedResult => s.status === "rejected")
    .map((s) => s.reason);
  // After an abort, sibling tasks fail with AbortError; report the failure that caused it.
  if (failures.length > 0) throw failures.find((r) => (r as Error)?.name !== "AbortError") ?? failures[0];
}
