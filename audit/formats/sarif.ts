// SARIF 2.1.0 for GitHub code scanning: one rule per policy, one result per finding, the resource's ARN as
// its location, levels from the policies' enforcement (mandatory and remediate: error; advisory: warning).
import { createHash } from "node:crypto";
import type { AuditReport } from "../report";

const SEVERITY_SCORE: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

const levelOf = (enforcement: string) =>
  enforcement === "advisory" ? "warning" : enforcement === "disabled" ? "none" : "error";

export function formatSarif(report: AuditReport): string {
  const rules = report.rules.map((rule) => ({
    id: rule.name,
    name: rule.name,
    shortDescription: { text: rule.description.split(/(?<=\.)\s/)[0] },
    fullDescription: { text: rule.description },
    help: { text: rule.remediationSteps ?? rule.description },
    defaultConfiguration: { level: levelOf(rule.level), enabled: rule.level !== "disabled" },
    properties: {
      tags: ["security", "aws", "sms"],
      ...(rule.severity
        ? { "security-severity": SEVERITY_SCORE[rule.severity], severity: rule.severity }
        : {}),
      enforcementLevel: rule.level,
    },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A finding this run fixed (--fix --yes) is a passing result: code scanning must not raise an alert for it.
  const fixedBy = new Map(
    (report.fixes ?? []).filter((x) => x.status === "fixed").map((x) => [x.finding, x.requestId]),
  );
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule) ?? -1,
    ...(fixedBy.has(f)
      ? { kind: "pass", level: "none" }
      : { level: f.kind === "unchecked" ? "note" : f.level === "mandatory" ? "error" : "warning" }),
    message: {
      text: fixedBy.has(f)
        ? `Fixed by this run: ${f.message} (account ${f.account}, ${f.region}).`
        : `${f.message} (account ${f.account}, ${f.region}). Fix: ${f.fix}`,
    },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: f.resourceArn }, region: { startLine: 1 } },
        logicalLocations: [{ fullyQualifiedName: f.resourceArn, name: f.resourceId, kind: "resource" }],
      },
    ],
    partialFingerprints: {
      "smsPoolsGuardFinding/v1": createHash("sha256")
        .update(`${f.rule}\n${f.resourceArn}\n${f.message}`)
        .digest("hex"),
    },
    properties: {
      account: f.account,
      region: f.region,
      resourceType: f.resourceType,
      enforcementLevel: f.level,
      ...(f.call ? { fix: f.call } : {}),
      ...(fixedBy.has(f) ? { fixed: true, fixRequestId: fixedBy.get(f) } : {}),
    },
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: "https://www.npmjs.com/package/pulumi-sms-pools",
            rules,
          },
        },
        automationDetails: { id: "sms-pools-guard/audit/" },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0 && !report.interrupted,
            exitCode: report.exitCode,
            startTimeUtc: report.startedAt,
            endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
            toolExecutionNotifications: [
              ...report.errors.map((e) => ({
                level: "error",
                message: { text: e.message },
                properties: {
                  ...(e.account ? { account: e.account } : {}),
                  region: e.region,
                  operation: e.operation,
                  ...(e.requestId ? { requestId: e.requestId } : {}),
                },
              })),
              ...(report.interrupted
                ? [
                    {
                      level: "error",
                      message: {
                        text: `interrupted by ${report.interrupted.signal} while ${report.interrupted.during}: reads and fixes not started were not made`,
                      },
                    },
                  ]
                : []),
            ],
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
