// Rules for protect configurations, AWS's guard against SMS pumping: which countries may be texted, and
// that the configuration itself can't be deleted by accident.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { stringListProperty, stringListSetting } from "./config";
import { RULE_SET_COUNTRIES } from "./countries";
import { deletionProtectionPolicy } from "./deletionProtection";
import { type Finding, reportFindings, violation } from "./findings";
import { nativeProtectConfiguration } from "./nativeShapes";
import type { ProtectConfigurationRecord, ProtectStatus } from "./records";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";
import { PROTECT_CONFIGURATION_TYPES } from "./resourceTypes";

export interface ProtectCountrySettings {
  /** ISO 3166-1 alpha-2 codes messages may go to; empty means every country that lets messages out is reported. */
  readonly allowedCountries: readonly string[];
}

const DEFAULT_PROTECT_COUNTRY_SETTINGS: ProtectCountrySettings = { allowedCountries: [] };

/**
 * AWS's country rule modes: ALLOW sends, MONITOR sends and only records Protect's verdict, FILTER sends
 * all but the messages it suspects of artificially inflated traffic. Only BLOCK keeps messages in.
 */
const SENDS: readonly ProtectStatus[] = ["ALLOW", "MONITOR", "FILTER"];

/** Flags every SMS country rule that lets messages out to a country outside allowedCountries. */
export function judgeProtectCountries(
  record: ProtectConfigurationRecord,
  settings: ProtectCountrySettings,
): Finding[] {
  const allowed = new Set(settings.allowedCountries.map((c) => c.trim().toUpperCase()));
  const listed =
    allowed.size === 0 ? "allowedCountries is empty" : `allowedCountries: ${[...allowed].join(", ")}`;
  if (record.smsCountryRules === undefined) {
    return [
      violation(
        `${record.rulesField} is not set, so SMS may go to every country (CreateProtectConfiguration starts ` +
          `every country at ALLOW); declare ${record.rulesField} with BLOCK for every country outside ` +
          `allowedCountries (${listed})`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const outside = record.smsCountryRules
    .filter((rule) => SENDS.includes(rule.protectStatus) && !allowed.has(rule.countryCode.toUpperCase()))
    .map((rule) => `${rule.countryCode} (${rule.protectStatus})`);
  if (outside.length > 0) {
    findings.push(
      violation(
        `${record.rulesField} lets SMS out to ${outside.join(", ")}, outside allowedCountries (${listed}); ` +
          "set those countries to BLOCK, or add the ones you send to on purpose to allowedCountries",
      ),
    );
  }
  if (record.declaredOnly) {
    // A stack changes only the countries it names; every other one keeps AWS's initial rule, ALLOW.
    const declared = new Set(record.smsCountryRules.map((rule) => rule.countryCode.toUpperCase()));
    const open = RULE_SET_COUNTRIES.filter((c) => !declared.has(c) && !allowed.has(c));
    if (open.length > 0) {
      findings.push(
        violation(
          `${record.rulesField} leaves ${open.length} countries outside allowedCountries (${listed}) at AWS's ` +
            `initial rule, ALLOW, because it doesn't name them: ${shortList(open)}; declare each with ` +
            'protectStatus "BLOCK" (countryRulesAllowing([...]) from pulumi-sms-pools builds that list)',
        ),
      );
    }
  }
  return findings;
}

/** The first few codes and how many more, so that a message stays readable. */
function shortList(codes: readonly string[]): string {
  const shown = codes.slice(0, 8).join(", ");
  return codes.length > 8 ? `${shown} and ${codes.length - 8} more` : shown;
}

export const protectConfigurationCountries: ResourceValidationPolicy = {
  name: "sms-protect-configuration-countries",
  description:
    "A protect configuration's SMS country rules should let messages out only to allowedCountries: every " +
    "other destination is an SMS pumping (artificially inflated traffic) risk billed to you.",
  enforcementLevel: "advisory",
  severity: "high",
  remediationSteps:
    "Set protectStatus BLOCK in countryRuleSet.sms for countries you don't send to, and list the ones you do " +
    "in allowedCountries.",
  configSchema: {
    properties: {
      allowedCountries: stringListProperty(
        "ISO 3166-1 alpha-2 country codes SMS may go to; with none, every country the rules let out is reported.",
        DEFAULT_PROTECT_COUNTRY_SETTINGS.allowedCountries,
      ),
      exemptResourceNames: exemptResourceNamesProperty,
    },
  },
  validateResource: (args, reportViolation) => {
    const config = configIfInScope(args, PROTECT_CONFIGURATION_TYPES);
    const settings: ProtectCountrySettings = {
      allowedCountries: stringListSetting(
        config,
        "allowedCountries",
        DEFAULT_PROTECT_COUNTRY_SETTINGS.allowedCountries,
      ),
    };
    const record = nativeProtectConfiguration(args.props);
    reportFindings(
      record.ok ? judgeProtectCountries(record.record, settings) : record.unchecked,
      reportViolation,
    );
  },
};

/** A deleted protect configuration stops screening every configuration set and send that names it. */
export const protectConfigurationDeletionProtection: ResourceValidationPolicy = deletionProtectionPolicy({
  name: "sms-protect-configuration-deletion-protection",
  description:
    "Protect configurations should have deletion protection enabled: deleting one silently removes the " +
    "country rules from every configuration set and send that uses it.",
  enforcementLevel: "advisory",
  severity: "medium",
  types: PROTECT_CONFIGURATION_TYPES,
  what: "the protect configuration",
});
