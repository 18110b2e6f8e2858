// Decides whether a resource policy applies to a resource: its type, then the policy's exemptResourceNames.
import type { ResourceValidationArgs } from "@pulumi/policy";
import { type ConfigProperty, stringListProperty, stringListSetting } from "./config";

export const EXEMPT_RESOURCE_NAMES = "exemptResourceNames";

/** The exemption setting every resource policy of the pack offers. */
export const exemptResourceNamesProperty: ConfigProperty = stringListProperty(
  "Pulumi resource names (the first argument of the resource's constructor) this policy skips.",
  [],
);

/**
 * Returns the policy's config when the policy applies to the resource; otherwise reports the policy as
 * not applicable, with the reason, and stops the rule (`notApplicable` throws).
 */
export function configIfInScope(
  args: ResourceValidationArgs,
  types: readonly string[],
): Record<string, unknown> {
  if (!types.includes(args.type)) {
    args.notApplicable(`applies only to ${types.join(", ")}`);
  }
  const config = args.getConfig<Record<string, unknown>>();
  if (stringListSetting(config, EXEMPT_RESOURCE_NAMES, []).includes(args.name)) {
    args.notApplicable(`resource "${args.name}" is listed in ${EXEMPT_RESOURCE_NAMES}`);
  }
  return config;
}
