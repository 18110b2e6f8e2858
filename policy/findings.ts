// What a rule concludes about a resource, and how those conclusions reach the engine.
import type { EnforcementLevel, ReportViolation } from "@pulumi/policy";
import type { Reading } from "./properties";

/**
 * A rule's conclusion. `violation` is reported at the policy's enforcement level; `unchecked` (a value
 * the rule could not judge, such as a string where a boolean belongs) is always only advisory, so a
 * malformed property never blocks a deployment as if it were a proven violation.
 */
export type Finding =
  | { readonly kind: "violation"; readonly message: string; readonly urn?: string }
  | { readonly kind: "unchecked"; readonly message: string; readonly urn?: string };

export function violation(message: string, urn?: string): Finding {
  return { kind: "violation", message, urn };
}

export function unchecked(message: string, urn?: string): Finding {
  return { kind: "unchecked", message, urn };
}

/** The finding for a property of the wrong type: names the property, what was expected and what was found. */
export function uncheckedProperty(
  reading: Extract<Reading<unknown>, { state: "mistyped" }>,
  consequence: string,
  urn?: string,
): Finding {
  return unchecked(
    `could not check ${reading.path}: expected ${reading.expected}, found ${reading.found}; ${consequence}`,
    urn,
  );
}

/**
 * The violation object @pulumi/policy's server also accepts (server.ts, makeReportViolationFun): its
 * `enforcementLevel` replaces the policy's for that one diagnostic. The published `ReportViolation` type
 * only declares the string form; this is the form the server uses for its own "can't run during preview".
 */
interface ViolationDetails {
  readonly message: string;
  readonly urn?: string;
  readonly enforcementLevel: EnforcementLevel;
}

export function reportFindings(findings: readonly Finding[], reportViolation: ReportViolation): void {
  for (const finding of findings) {
    if (finding.kind === "violation") {
      reportViolation(finding.message, finding.urn);
    } else {
      const details: ViolationDetails = {
        message: finding.message,
        urn: finding.urn,
        enforcementLevel: "advisory",
      };
      (reportViolation as unknown as (details: ViolationDetails) => void)(details);
    }
  }
}
