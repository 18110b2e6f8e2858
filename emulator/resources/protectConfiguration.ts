// Protect configurations (AWS's guard against SMS pumping): the record (whether it is the account default, its
// deletion protection, per channel the countries whose status is not ALLOW, and the destination numbers' rules
// that override them), its filters, its ProtectConfigurationInformation projection, and the protect
// configuration that applies to a send.

import { KNOWN_COUNTRIES } from "../countries";
import { notFound } from "../errors";
import type { OperationContext } from "../operations/context";
import { enumOf } from "../serviceModel";
import { BOOLEAN_VALUES, defineKind, type ResourceRecord, type Tag } from "./kind";
import { BOOLEAN, mapOf, oneOf, STRING, TAGS } from "./recordFields";

export type ProtectStatus = "ALLOW" | "BLOCK" | "MONITOR" | "FILTER";
export type NumberCapability = "SMS" | "VOICE" | "MMS" | "RCS";

export interface ProtectConfigurationRecord extends ResourceRecord {
  accountDefault: boolean;
  deletionProtectionEnabled: boolean;
  /** Per number capability, the countries whose status is not ALLOW (every other country is ALLOW). */
  countryRules: Partial<Record<NumberCapability, Record<string, ProtectStatus>>>;
  /** E.164 destination number -> its rule, which takes precedence over the country rules. */
  numberOverrides?: Record<string, NumberOverride>;
  tags: Tag[];
}

/** One destination number's rule (PutProtectConfigurationRuleSetNumberOverride). */
export interface NumberOverride {
  action: "ALLOW" | "BLOCK";
  /** Epoch milliseconds. */
  createdMs: number;
  /** Epoch milliseconds; none: the rule never expires. */
  expiresMs?: number;
  isoCountryCode?: string;
}

/** The rule for `number` (E.164) unless it has expired by `now`. */
export function liveNumberOverride(
  config: ProtectConfigurationRecord,
  number: string,
  now: number,
): NumberOverride | undefined {
  const rule = config.numberOverrides?.[number];
  return rule && (rule.expiresMs === undefined || rule.expiresMs > now) ? rule : undefined;
}

/** The model's ProtectConfigurationRuleSetNumberOverride. */
export function numberOverrideInformation(number: string, rule: NumberOverride): Record<string, unknown> {
  const info: Record<string, unknown> = {
    DestinationPhoneNumber: number,
    CreatedTimestamp: rule.createdMs / 1000,
    Action: rule.action,
  };
  if (rule.isoCountryCode !== undefined) info.IsoCountryCode = rule.isoCountryCode;
  if (rule.expiresMs !== undefined) info.ExpirationTimestamp = rule.expiresMs / 1000;
  return info;
}

export const PROTECT_CONFIGURATIONS = defineKind<ProtectConfigurationRecord>({
  name: "protectConfigurations",
  resourceType: "protect-configuration",
  arnType: "protect-configuration",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: false,
  fields: {
    accountDefault: BOOLEAN,
    deletionProtectionEnabled: BOOLEAN,
    countryRules: mapOf(
      oneOf(enumOf("NumberCapability")),
      mapOf(STRING, oneOf(enumOf("ProtectStatus")), ""),
      'an object of number capability to {"<country>": "BLOCK" | "MONITOR" | "FILTER" | "ALLOW"}',
    ),
    tags: TAGS,
  },
  filters: {
    "account-default": { text: (p) => String(p.accountDefault), allowed: BOOLEAN_VALUES },
    "deletion-protection-enabled": {
      text: (p) => String(p.deletionProtectionEnabled),
      allowed: BOOLEAN_VALUES,
    },
  },
});

/** The model's ProtectConfigurationInformation (also Create/Update/DeleteProtectConfigurationResult). */
export function protectConfigurationInformation(config: ProtectConfigurationRecord): Record<string, unknown> {
  return {
    ProtectConfigurationArn: config.arn,
    ProtectConfigurationId: config.id,
    CreatedTimestamp: config.createdMs / 1000,
    AccountDefault: config.accountDefault,
    DeletionProtectionEnabled: config.deletionProtectionEnabled,
  };
}

/** The status of `country` for `capability`: ALLOW unless a rule says otherwise. */
export function protectStatus(
  config: ProtectConfigurationRecord,
  capability: NumberCapability,
  country: string,
): ProtectStatus {
  return config.countryRules[capability]?.[country] ?? "ALLOW";
}

/** The whole country rule set of one capability: every country the emulator knows, with its status. */
export function countryRuleSet(
  config: ProtectConfigurationRecord,
  capability: NumberCapability,
): Record<string, { ProtectStatus: ProtectStatus }> {
  const rules: Record<string, { ProtectStatus: ProtectStatus }> = {};
  for (const country of KNOWN_COUNTRIES) {
    rules[country] = { ProtectStatus: protectStatus(config, capability, country) };
  }
  return rules;
}

/** The caller's account default protect configuration in the request's region, if it has one. */
export function accountDefaultProtectConfiguration(
  context: OperationContext,
): ProtectConfigurationRecord | undefined {
  const scan = context
    .collection(PROTECT_CONFIGURATIONS)
    .scan(context.region, [{ name: "account-default", values: ["true"] }]);
  for (const config of scan) {
    if (config.accountId === context.accountId && config.accountDefault) return config;
  }
  return undefined;
}

/** The caller's protect configuration `idOrArn`, or ResourceNotFoundException. */
export function ownProtectConfiguration(
  context: OperationContext,
  idOrArn: string,
): ProtectConfigurationRecord {
  const config = context.findOwn(PROTECT_CONFIGURATIONS, idOrArn);
  if (!config) throw notFound("protect-configuration", idOrArn);
  return config;
}
