// Fault matrix: every lookup under injected throttling, 500s, dropped connections, slow answers and pages
// failing mid-listing ends in the complete, correct result or one clear error, never a partial result, in
// bounded time. Each case gets its own emulator (seeded, so fractional faults repeat) and its own SDK client
// (the pacer learns from throttles, so a shared client would carry one case's pace into the next).
import * as assert from "node:assert/strict";
import { type Emulator, type FaultRule, startEmulator } from "../../emulator";
import { type GetPoolsArgs, type GetPoolsResult, getPools, PoolLookupError } from "../../index";
import { resetClients } from "../../provider/aws/client";
import type { RetrySettings } from "../../provider/aws/connection";
import { seedPools } from "../support/emulator";

/** Twelve pools: at 4 a page a listing is three requests, so "mid-listing" has a page before and after. */
const POOLS = seedPools(12);
const LISTING: GetPoolsArgs = { owner: "SELF", pageSize: 4 };
const BY_IDS: GetPoolsArgs = { poolIds: POOLS.map((p) => p.poolId!) };

type Expected =
  | { complete: true }
  | {
      /** `PoolLookupError.awsErrorName`. */
      error: string;
      /** The message must also say this (the AWS message, or the transport's). */
      says: RegExp;
      /** True when AWS answered the failing request, so its request ID must be in the error. */
      answered: boolean;
      httpStatusCode?: number;
    };

interface FaultCase {
  readonly name: string;
  readonly faults: FaultRule[];
  /** The emulator's randomSeed: which requests a `fraction` picks. */
  readonly randomSeed?: number;
  readonly args?: GetPoolsArgs;
  readonly retry?: RetrySettings;
  readonly expected: Expected;
  /** The lookup must settle within this many milliseconds. */
  readonly boundMs: number;
  /** At least this many requests must have been faulted (status 0, 400 or 500), so the case tested something. */
  readonly minFaulted: number;
}

const describePoolsOnly = (rule: Omit<FaultRule, "operation">): FaultRule[] => [
  { operation: "DescribePools", ...rule },
];

const CASES: FaultCase[] = [
  {
    name: "no faults",
    faults: [],
    expected: { complete: true },
    boundMs: 2_000,
    minFaulted: 0,
  },
  {
    // Seed 10 throttles 2 of 6 requests (STSTSS), never twice in a row.
    name: "throttle 30 %",
    faults: describePoolsOnly({ throttle: { fraction: 0.3 } }),
    randomSeed: 10,
    args: { owner: "SELF", pageSize: 3 },
    expected: { complete: true },
    boundMs: 8_000,
    minFaulted: 2,
  },
  {
    // Seed 14 throttles 5 of 8 requests (TTSTTSTS): the pacer backs off to 1 s spacing and still finishes.
    name: "throttle 60 %",
    faults: describePoolsOnly({ throttle: { fraction: 0.6 } }),
    randomSeed: 14,
    expected: { complete: true },
    boundMs: 15_000,
    minFaulted: 5,
  },
  {
    name: "throttle 100 %",
    faults: describePoolsOnly({ throttle: { fraction: 1 } }),
    randomSeed: 1,
    retry: { maxAttempts: 3 },
    expected: {
      error: "ThrottlingException",
      says: /ThrottlingException: Rate exceeded for DescribePools\..* after 3 attempts\. DescribePools is limited to about 1 request\/s/,
      answered: true,
      httpStatusCode: 400,
    },
    boundMs: 5_000,
    minFaulted: 3,
  },
  {
    name: "quota 4 requests/s (token bucket)",
    faults: describePoolsOnly({ throttle: { ratePerSecond: 4, burst: 1 } }),
    args: { owner: "SELF", pageSize: 2 },
    expected: { complete: true },
    boundMs: 8_000,
    minFaulted: 1,
  },
  {
    name: "500 on 30 %",
    faults: describePoolsOnly({ internalError: { fraction: 0.3 } }),
    randomSeed: 10,
    args: { owner: "SELF", pageSize: 3 },
    expected: { complete: true },
    boundMs: 5_000,
    minFaulted: 2,
  },
  {
    name: "500 on every request",
    faults: describePoolsOnly({ internalError: { fraction: 1 } }),
    randomSeed: 1,
    retry: { maxAttempts: 2 },
    expected: {
      error: "InternalServerException",
      says: /InternalServerException: An internal error occurred\. Please try again\. \(request ID [\w-]+\) after 2 attempts$/,
      answered: true,
      httpStatusCode: 500,
    },
    boundMs: 3_000,
    minFaulted: 2,
  },
  {
    name: "dropped connection on 30 %",
    faults: describePoolsOnly({ drop: { fraction: 0.3 } }),
    randomSeed: 10,
    args: { owner: "SELF", pageSize: 3 },
    expected: { complete: true },
    boundMs: 5_000,
    minFaulted: 2,
  },
  {
    name: "every connection dropped",
    faults: describePoolsOnly({ drop: { fraction: 1 } }),
    randomSeed: 1,
    retry: { maxAttempts: 2 },
    expected: {
      error: "TimeoutError",
      says: /: TimeoutError: socket hang up after 2 attempts$/,
      answered: false,
    },
    boundMs: 3_000,
    minFaulted: 2,
  },
  {
    name: "slow answers within the timeout",
    faults: describePoolsOnly({ latencyMs: 100 }),
    retry: { timeoutMs: 2_000 },
    expected: { complete: true },
    boundMs: 3_000,
    minFaulted: 0,
  },
  {
    // The answer comes after 1.5 s; with timeoutMs 150 every attempt must be abandoned at 150 ms.
    name: "slow answers beyond timeoutMs",
    faults: describePoolsOnly({ latencyMs: 1_500 }),
    retry: { timeoutMs: 150, maxAttempts: 2 },
    expected: { error: "TimeoutError", says: /TimeoutError: /, answered: false },
    boundMs: 1_400,
    minFaulted: 0,
  },
  {
    name: "page 2 fails once (500), retried",
    faults: describePoolsOnly({ internalError: { nth: [2] } }),
    expected: { complete: true },
    boundMs: 3_000,
    minFaulted: 1,
  },
  {
    name: "page 2 throttled twice, retried",
    faults: describePoolsOnly({ throttle: { nth: [2, 3] } }),
    expected: { complete: true },
    boundMs: 5_000,
    minFaulted: 2,
  },
  {
    name: "page 2 fails for good (500)",
    faults: describePoolsOnly({ internalError: { nth: [2, 3, 4] } }),
    retry: { maxAttempts: 3 },
    expected: {
      error: "InternalServerException",
      says: /^DescribePools failed for owner SELF in us-east-1: InternalServerException: .* after 3 attempts$/,
      answered: true,
      httpStatusCode: 500,
    },
    boundMs: 3_000,
    minFaulted: 3,
  },
  {
    name: "page 3 connection dropped for good",
    faults: describePoolsOnly({ drop: { nth: [3, 4] } }),
    retry: { maxAttempts: 2 },
    expected: {
      error: "TimeoutError",
      says: /^DescribePools failed for owner SELF in us-east-1: TimeoutError: socket hang up after 2 attempts$/,
      answered: false,
    },
    boundMs: 3_000,
    minFaulted: 2,
  },
  {
    name: "12 IDs in 3 parallel chunks, one chunk fails (500)",
    faults: describePoolsOnly({ internalError: { nth: [2] } }),
    args: BY_IDS,
    retry: { maxAttempts: 1 },
    expected: {
      error: "InternalServerException",
      says: /^DescribePools failed for poolIds \[pool-0{8}.*\] in us-east-1: InternalServerException: /,
      answered: true,
      httpStatusCode: 500,
    },
    boundMs: 2_000,
    minFaulted: 1,
  },
  {
    name: "12 IDs in 3 parallel chunks, 30 % throttled",
    faults: describePoolsOnly({ throttle: { fraction: 0.3 } }),
    randomSeed: 3,
    args: BY_IDS,
    expected: { complete: true },
    boundMs: 8_000,
    minFaulted: 1,
  },
];

interface Row {
  case: string;
  faults: string;
  retry: string;
  outcome: string;
  requests: string;
  ms: number;
  boundMs: number;
}

/** `8: 5×200 3×400` — how many requests the emulator saw, by status (0 = dropped). */
function requestSummary(emulator: Emulator): string {
  const counts = new Map<number, number>();
  for (const r of emulator.requests) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${n}×${status}`);
  return `${emulator.requests.length}: ${parts.join(" ")}`;
}

function printTable(rows: readonly Row[]): void {
  const columns = ["case", "faults", "retry", "outcome", "requests", "ms", "boundMs"] as const;
  const text = rows.map((row) => columns.map((c) => String(row[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((cells) => cells[i].length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ");
  console.log(`\n  Fault matrix (${rows.length} cases)\n`);
  console.log(`  ${line(columns)}`);
  console.log(`  ${line(widths.map((w) => "-".repeat(w)))}`);
  for (const cells of text) console.log(`  ${line(cells)}`);
  console.log();
}

/** The pools a fault-free run must return: own pools by ARN for listings, the asked order for IDs. */
function expectedIds(args: GetPoolsArgs): string[] {
  const ids = POOLS.map((p) => p.poolId!);
  if (args.poolIds) return [...args.poolIds];
  const arn = (id: string) => `arn:aws:sms-voice:us-east-1:123456789012:pool/${id}`;
  return ids.sort((a, b) => (arn(a) < arn(b) ? -1 : 1));
}

describe("reliability: fault matrix (getPools against the emulator under injected faults)", function () {
  this.timeout(30_000);
  const rows: Row[] = [];
  let emulator: Emulator | undefined;

  beforeEach(resetClients);
  afterEach(async () => {
    await emulator?.stop();
    emulator = undefined;
  });
  after(() => {
    resetClients();
    printTable(rows);
  });

  for (const c of CASES) {
    it(`${c.name}: ${"complete" in c.expected ? "the complete result" : c.expected.error}`, async () => {
      const args = c.args ?? LISTING;
      emulator = await startEmulator({ seed: { pools: POOLS }, randomSeed: c.randomSeed });
      const baseline = await getPools(args, { endpoint: emulator.endpoint, region: "us-east-1" });
      assert.deepEqual(baseline.ids, expectedIds(args), "fault-free run returns every pool");
      resetClients();
      emulator.clearRequests();
      emulator.setFaults(c.faults);

      const started = Date.now();
      let result: GetPoolsResult | undefined;
      let failure: unknown;
      try {
        result = await getPools(args, { endpoint: emulator.endpoint, region: "us-east-1", ...c.retry });
      } catch (err) {
        failure = err;
      }
      const ms = Date.now() - started;
      const row: Row = {
        case: c.name,
        faults: JSON.stringify(c.faults.map(({ operation: _, ...rule }) => rule)).replace(/"/g, ""),
        retry: c.retry ? JSON.stringify(c.retry).replace(/"/g, "") : "defaults",
        outcome: result
          ? `complete: ${result.pools.length} pools`
          : `error: ${(failure as PoolLookupError)?.awsErrorName ?? (failure as Error)?.name}`,
        requests: requestSummary(emulator),
        ms,
        boundMs: c.boundMs,
      };
      rows.push(row);

      const faulted = emulator.requests.filter((r) => r.status !== 200).length;
      assert.ok(
        faulted >= c.minFaulted,
        `expected at least ${c.minFaulted} faulted requests: ${row.requests}`,
      );
      if ("complete" in c.expected) {
        assert.equal(failure, undefined, `expected the complete result, got ${(failure as Error)?.message}`);
        assert.deepEqual(result, baseline, "the same result as without faults");
      } else {
        const expected = c.expected;
        assert.equal(result, undefined, `expected ${expected.error}, got ${result?.pools.length} pools`);
        assert.ok(failure instanceof PoolLookupError, `not a PoolLookupError: ${failure}`);
        assert.equal(failure.awsErrorName, expected.error);
        assert.match(failure.message, expected.says);
        assert.equal(failure.region, "us-east-1");
        assert.ok(failure.message.includes(failure.query), "the message names the query");
        if (expected.answered) {
          assert.equal(failure.httpStatusCode, expected.httpStatusCode);
          assert.ok(failure.requestId, "AWS answered: its request ID is kept");
          assert.ok(
            emulator.requests.some((r) => r.requestId === failure.requestId && r.status !== 200),
            "the request ID is the failing response's",
          );
          assert.ok(failure.message.includes(`(request ID ${failure.requestId})`));
        } else {
          assert.equal(failure.requestId, undefined, "no answer, no request ID");
          assert.equal(failure.httpStatusCode, undefined);
        }
      }
      assert.ok(ms <= c.boundMs, `settled in ${ms} ms; the bound is ${c.boundMs} ms`);
    });
  }
});
