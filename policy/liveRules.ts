// Audit-only rules: what only live state shows (a stack can't declare the account's default protect
// configuration, and a pool's membership is settled by AWS). The pack carries them so that one config file
// (`--policy-pack-config`) sets their levels and settings for both; in a preview they report nothing.
import type { StackValidationPolicy } from "@pulumi/policy";
import { stringListProperty, stringListSetting } from "./config";
import { type Finding, violation } from "./findings";
import { exemptResourceNamesProperty } from "./resourceScope";

/** The protect configurations of one account in one region (DescribeProtectConfigurations). */
export interface AccountProtectionRecord {
  /** How messages name the place: `account 111122223333 in us-east-1`. */
  readonly where: string;
  readonly protectConfigurations: readonly { readonly id: string; readonly accountDefault: boolean }[];
}

/** One pool and how many phone numbers and sender IDs it holds (ListPoolOriginationIdentities). */
export interface PoolMembershipRecord {
  readonly poolId: string;
  readonly originationIdentities: number;
}

/**
 * Messages sent without a configuration set that names a protect configuration are guarded by the
 * account's default one; without a default they go to any country AWS serves (SMS pumping's way in).
 */
export function judgeAccountDefaultProtectConfiguration(record: AccountProtectionRecord): Finding[] {
  if (record.protectConfigurations.some((p) => p.accountDefault)) return [];
  const fix =
    record.protectConfigurations.length === 0
      ? "create one (CreateProtectConfiguration), block the countries you don't send to, and make it the default (SetAccountDefaultProtectConfiguration)"
      : `make one of ${record.protectConfigurations.map((p) => p.id).join(", ")} the default (SetAccountDefaultProtectConfiguration)`;
  return [
    violation(
      `${record.where} has no account default protect configuration, so messages sent without a ` +
        `configuration set that names one may go to any country; ${fix}`,
    ),
  ];
}

/** A pool with no phone number or sender ID can't send: every message through it fails. */
export function judgePoolOriginationIdentities(record: PoolMembershipRecord): Finding[] {
  if (record.originationIdentities > 0) return [];
  return [
    violation(
      `pool ${record.poolId} has no origination identity, so every message sent through it fails; ` +
        "associate a phone number or sender ID (AssociateOriginationIdentity), or delete the pool",
    ),
  ];
}

const AUDIT_ONLY =
  "Audit-only: `sms-pools-guard audit` checks it on live accounts; a stack can't declare it, so a preview reports nothing.";

export const accountDefaultProtectConfiguration: StackValidationPolicy = {
  name: "sms-account-default-protect-configuration",
  description:
    "Each audited account and region should have an account default protect configuration, so messages " +
    `sent without one are still held to the countries you allow. ${AUDIT_ONLY}`,
  enforcementLevel: "advisory",
  severity: "high",
  remediationSteps:
    "Create a protect configuration that blocks the countries you don't send to and make it the account " +
    "default (SetAccountDefaultProtectConfiguration).",
  configSchema: {
    properties: {
      exemptAccounts: stringListProperty("Account IDs this policy skips.", []),
    },
  },
  // Nothing to judge in a stack, but a mistyped setting fails here too, as it does in the audit.
  validateStack: (args) => {
    stringListSetting(args.getConfig<Record<string, unknown>>(), "exemptAccounts", []);
  },
};

export const poolHasOriginationIdentity: StackValidationPolicy = {
  name: "sms-pool-has-origination-identity",
  description: `Every pool should hold at least one phone number or sender ID: an empty pool can't send. ${AUDIT_ONLY}`,
  enforcementLevel: "advisory",
  severity: "medium",
  remediationSteps: "Associate a phone number or sender ID with the pool, or delete the pool.",
  configSchema: { properties: { exemptResourceNames: exemptResourceNamesProperty } },
  validateStack: (args) => {
    stringListSetting(args.getConfig<Record<string, unknown>>(), "exemptResourceNames", []);
  },
};
