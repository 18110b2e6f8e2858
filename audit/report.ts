// What one audit found, in the one shape every format writes: scope, rules, findings, fixes, errors, exit code.
import type { RuleConfig } from "./config";
import type { FixResult } from "./fix";
import type { AuditFinding } from "./judge";

/**
 * Exit codes (see README): nothing mandatory; mandatory findings; bad usage or config; AWS not readable;
 * interrupted by SIGINT or SIGTERM (the shell's 128 + signal number, so a pipeline sees what it would for a
 * killed command, after the report of what was done).
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, aws: 3, sigint: 130, sigterm: 143 } as const;

/** The signals that interrupt an audit: it stops starting reads and fixes, and reports what was done. */
export type InterruptSignal = "SIGINT" | "SIGTERM";

/** One account and region read. */
export interface ScopeEntry {
  readonly profile?: string;
  readonly account?: string;
  readonly region: string;
  /** Resources read, by type. */
  readonly counts: Readonly<Record<string, number>>;
}

/** A read or fix that AWS did not answer: which account, region and call, with the request ID. */
export interface AuditError {
  readonly profile?: string;
  readonly account?: string;
  readonly region: string;
  readonly operation: string;
  readonly requestId?: string;
  readonly message: string;
}

/** An account-region `--all-regions` could not audit because the account has not enabled the region. */
export interface SkippedRegion {
  readonly profile?: string;
  readonly region: string;
  readonly reason: string;
}

export interface AuditReport {
  readonly tool: { readonly name: string; readonly version: string };
  readonly startedAt: string;
  readonly durationMs: number;
  readonly failOn: "mandatory" | "advisory";
  readonly scope: readonly ScopeEntry[];
  readonly rules: readonly RuleConfig[];
  readonly findings: readonly AuditFinding[];
  /** With --fix: each remediable finding's call, planned (dry run) or made (--yes). */
  readonly fixes?: readonly FixResult[];
  readonly errors: readonly AuditError[];
  /** With --all-regions: the opt-in regions an account has not enabled, which were not audited. */
  readonly skipped?: readonly SkippedRegion[];
  readonly summary: { readonly mandatory: number; readonly advisory: number; readonly fixed: number };
  /**
   * Set when a signal stopped the run: reads not yet started were not made (their resources are not judged),
   * and fixes not yet started are `not-made`; the fix in flight was finished.
   */
  readonly interrupted?: { readonly signal: InterruptSignal; readonly during: "reading" | "fixing" };
  readonly exitCode: number;
}

/** The findings that still count: those not fixed by this run. */
export function openFindings(
  findings: readonly AuditFinding[],
  fixes: readonly FixResult[] = [],
): AuditFinding[] {
  const fixed = new Set(fixes.filter((f) => f.status === "fixed").map((f) => f.finding));
  return findings.filter((f) => !fixed.has(f));
}

/** 3 when anything could not be read or fixed, else 1 when a finding at the fail-on level is open, else 0. */
export function exitCodeOf(
  open: readonly AuditFinding[],
  errors: readonly AuditError[],
  failOn: "mandatory" | "advisory",
): number {
  if (errors.length > 0) return EXIT.aws;
  const failing = open.filter((f) => f.level === "mandatory" || failOn === "advisory");
  return failing.length > 0 ? EXIT.findings : EXIT.ok;
}
