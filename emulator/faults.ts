// Fault injection: decides per request whether to add latency, drop the connection, throttle or fail with a
// 500, from the rules set by option, flag or setFaults (counters and token buckets reset on every set).

import { OPERATIONS } from "./operations";
import type { FaultRule } from "./options";
import type { RandomSource } from "./random";
import { MODEL_OPERATIONS, SERVICE_TARGET_PREFIX } from "./serviceModel";

type FaultAction = "drop" | "throttle" | "internalError";

/** The longest delay a Node.js timer holds (2^31 - 1 ms); a longer one fires at once. */
export const MAX_LATENCY_MS = 2 ** 31 - 1;

export interface FaultDecision {
  latencyMs: number;
  action?: FaultAction;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

interface RuleState {
  rule: FaultRule;
  matched: number;
  buckets: Map<string, Bucket>;
}

function checkCount(where: string, value: unknown): void {
  if (value !== undefined && (typeof value !== "number" || !Number.isInteger(value) || value < 0)) {
    throw new Error(`${where} ${JSON.stringify(value)} must be a whole number >= 0`);
  }
}

function checkFraction(where: string, value: unknown): void {
  if (value !== undefined && (typeof value !== "number" || !(value >= 0 && value <= 1))) {
    throw new Error(`${where} ${JSON.stringify(value)} must be a number from 0 to 1`);
  }
}

function checkNth(where: string, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((n) => typeof n !== "number" || !Number.isInteger(n) || n < 1)) {
    throw new Error(`${where} ${JSON.stringify(value)} must be a list of 1-based request numbers`);
  }
}

/**
 * The emulated operation a misspelt name most likely meant: the same letters in another case, else the one
 * fewest edits away (at most a third of the name's length), else none.
 */
function closestOperation(name: string): string | undefined {
  const names = [...OPERATIONS.keys()];
  const sameLetters = names.find((n) => n.toLowerCase() === name.toLowerCase());
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = Math.floor(name.length / 3) + 1;
  for (const candidate of names) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/** Throws an error naming the field, the value and the rule for a malformed fault rule. */
function checkFaultRules(rules: readonly FaultRule[]): void {
  if (!Array.isArray(rules)) throw new Error("faults must be a list of fault rules");
  rules.forEach((rule, i) => {
    const where = `faults[${i}]`;
    if (typeof rule !== "object" || rule === null) throw new Error(`${where} must be an object`);
    if (rule.operation !== undefined && (typeof rule.operation !== "string" || rule.operation === "")) {
      throw new Error(
        `${where}.operation ${JSON.stringify(rule.operation)} must be an operation name like DescribePools`,
      );
    }
    // A rule for a name no request carries never fires: a typo would make a fault test test nothing.
    if (rule.operation !== undefined && !OPERATIONS.has(rule.operation)) {
      const why = MODEL_OPERATIONS.has(rule.operation)
        ? `is an operation of ${SERVICE_TARGET_PREFIX} this emulator does not implement, so the rule would never fire`
        : `is not an operation of ${SERVICE_TARGET_PREFIX}`;
      const closest = closestOperation(rule.operation);
      throw new Error(
        `${where}.operation ${JSON.stringify(rule.operation)} ${why}; ${closest ? `did you mean ${closest}? ` : ""}` +
          "name an operation the emulator serves (emulator/README.md lists them), or leave operation out for every one",
      );
    }
    if (rule.latencyMs !== undefined && !(typeof rule.latencyMs === "number" && rule.latencyMs >= 0)) {
      throw new Error(
        `${where}.latencyMs ${JSON.stringify(rule.latencyMs)} must be a number of milliseconds >= 0`,
      );
    }
    if (rule.latencyMs !== undefined && rule.latencyMs > MAX_LATENCY_MS) {
      throw new Error(
        `${where}.latencyMs ${rule.latencyMs} is longer than ${MAX_LATENCY_MS} ms (about 24.8 days), the longest a Node.js timer can wait; give at most ${MAX_LATENCY_MS}, or use drop to make a request go unanswered`,
      );
    }
    for (const kind of ["throttle", "internalError", "drop"] as const) {
      const spec = rule[kind] as Record<string, unknown> | undefined;
      if (spec === undefined) continue;
      checkCount(`${where}.${kind}.first`, spec.first);
      checkFraction(`${where}.${kind}.fraction`, spec.fraction);
      checkNth(`${where}.${kind}.nth`, spec.nth);
    }
    const rate = rule.throttle?.ratePerSecond;
    if (rate !== undefined && !(typeof rate === "number" && rate > 0)) {
      throw new Error(`${where}.throttle.ratePerSecond ${JSON.stringify(rate)} must be a number > 0`);
    }
    const burst = rule.throttle?.burst;
    if (burst !== undefined && !(typeof burst === "number" && burst >= 1)) {
      throw new Error(`${where}.throttle.burst ${JSON.stringify(burst)} must be a number >= 1`);
    }
  });
}

export class FaultInjector {
  private states: RuleState[] = [];

  constructor(
    rules: readonly FaultRule[],
    private readonly random: RandomSource,
  ) {
    this.set(rules);
  }

  set(rules: readonly FaultRule[]): void {
    checkFaultRules(rules);
    this.states = rules.map((rule) => ({ rule: structuredClone(rule), matched: 0, buckets: new Map() }));
  }

  decide(operation: string, accountId: string, region: string, now: number): FaultDecision {
    const matching = this.states.filter(
      (s) => s.rule.operation === undefined || s.rule.operation === operation,
    );
    let latencyMs = 0;
    for (const state of matching) {
      state.matched += 1;
      latencyMs += state.rule.latencyMs ?? 0;
    }
    const fires = (
      spec: { first?: number; fraction?: number; nth?: number[] } | undefined,
      matched: number,
    ): boolean => {
      if (!spec) return false;
      if (spec.first !== undefined && matched <= spec.first) return true;
      if (spec.nth?.includes(matched)) return true;
      return spec.fraction !== undefined && spec.fraction > 0 && this.random.next() < spec.fraction;
    };
    for (const state of matching) {
      if (fires(state.rule.drop, state.matched)) return { latencyMs, action: "drop" };
    }
    for (const state of matching) {
      const throttle = state.rule.throttle;
      if (fires(throttle, state.matched)) return { latencyMs, action: "throttle" };
      if (
        throttle?.ratePerSecond !== undefined &&
        !this.take(state, `${accountId}|${region}|${operation}`, now)
      ) {
        return { latencyMs, action: "throttle" };
      }
    }
    for (const state of matching) {
      if (fires(state.rule.internalError, state.matched)) return { latencyMs, action: "internalError" };
    }
    return { latencyMs };
  }

  /** Token bucket: `burst` tokens (default max(1, rate)), refilled at `ratePerSecond`. */
  private take(state: RuleState, key: string, now: number): boolean {
    const rate = state.rule.throttle!.ratePerSecond!;
    const capacity = state.rule.throttle!.burst ?? Math.max(1, rate);
    let bucket = state.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedAt: now };
      state.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    bucket.updatedAt = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
