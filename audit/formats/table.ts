// The table format, for people: one block per finding (level, rule, account, region, resource; then what is
// wrong and the fix), fixes with their results, errors, and a summary line.
import type { AuditReport } from "../report";

const pad = (text: string, width: number) => text.padEnd(width);

export function formatTable(report: AuditReport): string {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const entry of report.scope) {
    for (const [type, n] of Object.entries(entry.counts)) counts.set(type, (counts.get(type) ?? 0) + n);
  }
  const read = [...counts].map(([type, n]) => `${n} ${type}${n === 1 ? "" : "s"}`).join(", ");
  lines.push(
    `sms-pools-guard audit: ${report.scope.length} account-region${report.scope.length === 1 ? "" : "s"} ` +
      `(${report.scope.map((s) => `${s.account ?? s.profile ?? "default"}/${s.region}`).join(", ")}); read ${read || "nothing"} ` +
      `in ${(report.durationMs / 1000).toFixed(1)} s`,
    "",
  );
  const fixOf = new Map((report.fixes ?? []).map((f) => [f.finding, f]));
  if (report.findings.length > 0) {
    const w = {
      level: 9,
      rule: Math.max(4, ...report.findings.map((f) => f.rule.length)),
      account: Math.max(7, ...report.findings.map((f) => f.account.length)),
      region: Math.max(6, ...report.findings.map((f) => f.region.length)),
    };
    lines.push(
      `${pad("LEVEL", w.level)}  ${pad("RULE", w.rule)}  ${pad("ACCOUNT", w.account)}  ${pad("REGION", w.region)}  RESOURCE`,
    );
    for (const f of report.findings) {
      lines.push(
        `${pad(f.level, w.level)}  ${pad(f.rule, w.rule)}  ${pad(f.account, w.account)}  ${pad(f.region, w.region)}  ${f.resourceArn}`,
      );
      lines.push(`    ${f.message}`);
      const fix = fixOf.get(f);
      if (!fix) lines.push(`    fix: ${f.fix}`);
      else if (fix.status === "planned") lines.push(`    fix (with --yes): ${f.fix}`);
      else if (fix.status === "fixed")
        lines.push(`    fixed: ${f.fix}${fix.requestId ? ` (request ID ${fix.requestId})` : ""}`);
      else if (fix.status === "not-made") lines.push(`    not fixed (interrupted): ${f.fix}`);
      else lines.push(`    fix failed: ${fix.error}`);
    }
    lines.push("");
  } else {
    lines.push("No findings.", "");
  }
  for (const e of report.errors) lines.push(`error: ${e.message}`);
  for (const s of report.skipped ?? []) {
    lines.push(`skipped: ${s.region}${s.profile ? ` (profile ${s.profile})` : ""}, ${s.reason}`);
  }
  if (report.interrupted) {
    lines.push(
      `interrupted by ${report.interrupted.signal} while ${report.interrupted.during}: reads and fixes not started were not made`,
    );
  }
  if (report.errors.length > 0 || report.interrupted) lines.push("");
  const { mandatory, advisory, fixed } = report.summary;
  const planned = (report.fixes ?? []).filter((f) => f.status === "planned").length;
  lines.push(
    `${mandatory} mandatory, ${advisory} advisory finding${mandatory + advisory === 1 ? "" : "s"}` +
      (fixed > 0 ? `, ${fixed} fixed` : "") +
      (planned > 0 ? `; ${planned} fixable: run again with --fix --yes to make the calls shown` : "") +
      (report.errors.length > 0
        ? `; ${report.errors.length} AWS error${report.errors.length === 1 ? "" : "s"}`
        : "") +
      ` (exit ${report.exitCode})`,
  );
  return `${lines.join("\n")}\n`;
}
