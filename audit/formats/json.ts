// The JSON format: the report as it is, one document (for scripts and `jq`).
import type { AuditReport } from "../report";

export function formatJson(report: AuditReport): string {
  const { fixes, ...rest } = report;
  return `${JSON.stringify(
    {
      ...rest,
      ...(fixes
        ? {
            fixes: fixes.map((f) => ({
              rule: f.finding.rule,
              resourceArn: f.finding.resourceArn,
              account: f.finding.account,
              region: f.finding.region,
              call: f.finding.call,
              status: f.status,
              ...(f.requestId ? { requestId: f.requestId } : {}),
              ...(f.error ? { error: f.error } : {}),
            })),
          }
        : {}),
    },
    null,
    2,
  )}\n`;
}
