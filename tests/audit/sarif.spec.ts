// The SARIF writer on its own: a finding the run fixed (--fix --yes) is a passing result, not an alert.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv-draft-04";
import { formatSarif } from "../../audit/formats/sarif";
import type { AuditFinding } from "../../audit/judge";
import type { AuditReport } from "../../audit/report";

const finding = (resourceId: string): AuditFinding => ({
  rule: "sms-pool-deletion-protection",
  level: "mandatory",
  kind: "violation",
  account: "111111111111",
  region: "us-east-1",
  resourceType: "pool",
  resourceId,
  resourceArn: `arn:aws:sms-voice:us-east-1:111111111111:pool/${resourceId}`,
  message: `pool ${resourceId} has deletionProtectionEnabled false`,
  fix: "UpdatePool with DeletionProtectionEnabled: true",
});

interface SarifResult {
  kind?: string;
  level: string;
  message: { text: string };
  properties: { fixed?: boolean; fixRequestId?: string };
}

describe("audit: SARIF", () => {
  it("reports a finding fixed by this run as a passing result, and an open one as an error", () => {
    const [fixed, open] = [finding("pool-fixed"), finding("pool-open")];
    const report: AuditReport = {
      tool: { name: "sms-pools-guard", version: "0.0.0" },
      startedAt: "2026-11-27T00:00:00.000Z",
      durationMs: 10,
      failOn: "mandatory",
      scope: [],
      rules: [
        {
          name: "sms-pool-deletion-protection",
          description: "Pools should have deletion protection.",
          level: "mandatory",
        } as AuditReport["rules"][number],
      ],
      findings: [fixed, open],
      fixes: [
        { finding: fixed, status: "fixed", requestId: "req-1" },
        { finding: open, status: "failed", error: "AccessDenied" },
      ],
      errors: [],
      summary: { mandatory: 1, advisory: 0, fixed: 1 },
      exitCode: 1,
    };
    const sarif = JSON.parse(formatSarif(report)) as { runs: { results: SarifResult[] }[] };
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "data/sarif-schema-2.1.0.json"), "utf8"));
    const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    const [passed, alert] = sarif.runs[0].results;
    assert.equal(passed.kind, "pass");
    assert.equal(passed.level, "none");
    assert.match(passed.message.text, /^Fixed by this run: pool pool-fixed/);
    assert.deepEqual([passed.properties.fixed, passed.properties.fixRequestId], [true, "req-1"]);
    assert.equal(alert.kind, undefined);
    assert.equal(alert.level, "error");
    assert.equal(alert.properties.fixed, undefined);
  });
});
