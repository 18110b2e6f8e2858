// The deletion-protection rule shared by pools and origination identities, and the policy shape built on it.
import type { EnforcementLevel, ResourceValidationPolicy, Severity } from "@pulumi/policy";
import { type Finding, reportFindings, uncheckedProperty, violation } from "./findings";
import { readBoolean } from "./properties";
import { applyPatch, type PropertyPatch } from "./remediation";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";

const DELETION_PROTECTION = "deletionProtectionEnabled";

/** Checks `deletionProtectionEnabled` is `true`; `what` names the resource in the message ("the pool"). */
export function checkDeletionProtection(props: unknown, what: string): Finding[] {
  const reading = readBoolean(props, [DELETION_PROTECTION]);
  switch (reading.state) {
    case "mistyped":
      return [uncheckedProperty(reading, `set ${DELETION_PROTECTION}: true so ${what} can't be deleted`)];
    case "absent":
      return [
        violation(
          `${DELETION_PROTECTION} is not set, so AWS leaves it false and ${what} can be deleted; ` +
            `set ${DELETION_PROTECTION}: true`,
        ),
      ];
    case "set":
      return reading.value
        ? []
        : [
            violation(
              `${DELETION_PROTECTION} is false, so ${what} can be deleted; set ${DELETION_PROTECTION}: true`,
            ),
          ];
  }
}

/** The fix: `deletionProtectionEnabled: true`, or nothing when it is already on. */
function deletionProtectionPatch(props: unknown): PropertyPatch | undefined {
  const reading = readBoolean(props, [DELETION_PROTECTION]);
  return reading.state === "set" && reading.value ? undefined : { [DELETION_PROTECTION]: true };
}

export interface DeletionProtectionPolicySpec {
  readonly name: string;
  readonly description: string;
  readonly enforcementLevel: EnforcementLevel;
  readonly severity: Severity;
  readonly types: readonly string[];
  /** How messages name the resource: "the pool", "the origination identity". */
  readonly what: string;
}

export function deletionProtectionPolicy(spec: DeletionProtectionPolicySpec): ResourceValidationPolicy {
  return {
    name: spec.name,
    description: spec.description,
    enforcementLevel: spec.enforcementLevel,
    severity: spec.severity,
    remediationSteps: `Set ${DELETION_PROTECTION}: true on the resource, or run this policy at "remediate".`,
    configSchema: { properties: { exemptResourceNames: exemptResourceNamesProperty } },
    validateResource: (args, reportViolation) => {
      configIfInScope(args, spec.types);
      reportFindings(checkDeletionProtection(args.props, spec.what), reportViolation);
    },
    remediateResource: (args) => {
      configIfInScope(args, spec.types);
      const patch = deletionProtectionPatch(args.props);
      return patch && applyPatch(args.props, patch);
    },
  };
}
