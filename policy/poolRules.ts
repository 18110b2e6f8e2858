// Rules for declared pools: deletion protection, and routes shared with other senders.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { deletionProtectionPolicy } from "./deletionProtection";
import { type Finding, reportFindings, uncheckedProperty, violation } from "./findings";
import { readBoolean } from "./properties";
import { applyPatch, type PropertyPatch } from "./remediation";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";
import { POOL_TYPES } from "./resourceTypes";

/** Pools must be deletion-protected; deleting one detaches every phone number and sender ID it routes. */
export const poolDeletionProtection: ResourceValidationPolicy = deletionProtectionPolicy({
  name: "sms-pool-deletion-protection",
  description:
    "SMS pools must have deletion protection enabled: deleting a pool detaches every phone number and " +
    "sender ID it routes, and senders using the pool start failing.",
  enforcementLevel: "mandatory",
  severity: "high",
  types: POOL_TYPES,
  what: "the pool",
});

const SHARED_ROUTES = "sharedRoutesEnabled";

/** Flags `sharedRoutesEnabled: true`; unset counts as off, which is AWS's default. */
export function checkSharedRoutes(props: unknown): Finding[] {
  const reading = readBoolean(props, [SHARED_ROUTES]);
  if (reading.state === "mistyped") {
    return [uncheckedProperty(reading, `set ${SHARED_ROUTES}: false to keep the pool on its own numbers`)];
  }
  if (reading.state === "set" && reading.value) {
    return [
      violation(
        `${SHARED_ROUTES} is true, so messages may go out through numbers and sender IDs shared with other ` +
          `senders; set ${SHARED_ROUTES}: false, or list the resource in exemptResourceNames`,
      ),
    ];
  }
  return [];
}

/** The fix: `sharedRoutesEnabled: false`, or nothing when shared routes are already off. */
function sharedRoutesPatch(props: unknown): PropertyPatch | undefined {
  const reading = readBoolean(props, [SHARED_ROUTES]);
  return reading.state === "absent" || (reading.state === "set" && !reading.value)
    ? undefined
    : { [SHARED_ROUTES]: false };
}

export const poolSharedRoutes: ResourceValidationPolicy = {
  name: "sms-pool-shared-routes",
  description:
    "SMS pools should send only through their own origination identities: shared routes hand delivery, " +
    "sender reputation and country compliance to numbers the team does not control.",
  enforcementLevel: "advisory",
  severity: "medium",
  remediationSteps: `Set ${SHARED_ROUTES}: false on the pool, or add its name to exemptResourceNames.`,
  configSchema: { properties: { exemptResourceNames: exemptResourceNamesProperty } },
  validateResource: (args, reportViolation) => {
    configIfInScope(args, POOL_TYPES);
    reportFindings(checkSharedRoutes(args.props), reportViolation);
  },
  remediateResource: (args) => {
    configIfInScope(args, POOL_TYPES);
    const patch = sharedRoutesPatch(args.props);
    return patch && applyPatch(args.props, patch);
  },
};
