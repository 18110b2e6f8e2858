// `--fix`: the calls that remediate findings, shown (a dry run) or, with `--yes`, made one by one.
import type { AuditFinding } from "./judge";
import { sendCommand, type Target } from "./read";

/** What became of one fix. */
export interface FixResult {
  readonly finding: AuditFinding;
  /** `not-made`: the run was interrupted before this fix was started. */
  readonly status: "planned" | "fixed" | "failed" | "not-made";
  /** AWS's request ID of the call, when it was made. */
  readonly requestId?: string;
  readonly error?: string;
}

/** The remediable findings, as a plan: nothing is sent. */
export function planFixes(findings: readonly AuditFinding[]): FixResult[] {
  return findings.filter((f) => f.call).map((finding) => ({ finding, status: "planned" }));
}

/**
 * Makes every remediable finding's call through the account and region's own paced client; a failure is
 * reported with its request ID and does not stop the other fixes. Once `interrupt` is aborted no fix is
 * started (the one in flight is finished, so its outcome is known); the rest are `not-made`.
 */
export async function applyFixes(
  findings: readonly AuditFinding[],
  targetOf: (finding: AuditFinding) => Target,
  onResult: (result: FixResult) => void = () => {},
  interrupt?: AbortSignal,
): Promise<FixResult[]> {
  const results: FixResult[] = [];
  for (const finding of findings) {
    if (!finding.call) continue;
    if (interrupt?.aborted) {
      results.push({ finding, status: "not-made" });
      continue;
    }
    let result: FixResult;
    try {
      const out = await sendCommand(targetOf(finding).connection, finding.call.operation, {
        ...finding.call.input,
      });
      const requestId = (out.$metadata as { requestId?: string } | undefined)?.requestId;
      result = { finding, status: "fixed", ...(requestId ? { requestId } : {}) };
    } catch (err) {
      const e = err as { message?: string; requestId?: string; $metadata?: { requestId?: string } };
      const requestId = e.requestId ?? e.$metadata?.requestId;
      result = {
        finding,
        status: "failed",
        error: `${finding.call.operation} failed in account ${finding.account}, ${finding.region}: ${e.message ?? String(err)}`,
        ...(requestId ? { requestId } : {}),
      };
    }
    results.push(result);
    onResult(result);
  }
  return results;
}
