// countryRuleSet.sms for an aws-native ProtectConfiguration that lets SMS out only to the countries named:
// a stack changes only the countries it declares, and AWS starts every country at ALLOW.
import { RULE_SET_COUNTRIES } from "../policy/countries";
import { PoolQueryError, show } from "../provider/engine/query";

/** One entry of `countryRuleSet.sms`, as aws-native's ProtectConfiguration takes it. */
export interface CountryRule {
  readonly countryCode: string;
  readonly protectStatus: "ALLOW" | "BLOCK" | "MONITOR" | "FILTER";
}

/**
 * ALLOW (or `status`) for each of `countries`, BLOCK for every other country of a protect configuration's
 * rule set, sorted by country code. Countries are ISO 3166-1 alpha-2 codes, in any case.
 *
 * @example
 * ```ts
 * new awsnative.smsvoice.ProtectConfiguration("otp-protect", {
 *   deletionProtectionEnabled: true,
 *   countryRuleSet: { sms: countryRulesAllowing(["US", "CA"]) },
 * });
 * ```
 */
export function countryRulesAllowing(
  countries: readonly string[],
  status: "ALLOW" | "MONITOR" | "FILTER" = "ALLOW",
): CountryRule[] {
  if (!Array.isArray(countries)) {
    throw new PoolQueryError(
      [
        {
          field: "countries",
          property: "countries",
          message: `countries ${show(countries)} must be a list of ISO 3166-1 alpha-2 codes such as ["US", "CA"]`,
        },
      ],
      "countryRulesAllowing arguments",
    );
  }
  const known = new Set(RULE_SET_COUNTRIES);
  const problems = countries.flatMap((code, i) =>
    typeof code === "string" && known.has(code.toUpperCase())
      ? []
      : [
          {
            field: `countries[${i}]`,
            property: "countries",
            message: `countries[${i}] ${show(code)} is not a country of the SMS rule set; use an ISO 3166-1 alpha-2 code such as "US"`,
          },
        ],
  );
  if (!["ALLOW", "MONITOR", "FILTER"].includes(status)) {
    problems.push({
      field: "status",
      property: "status",
      message: `status ${show(status)} must be "ALLOW", "MONITOR" or "FILTER" (the others get "BLOCK")`,
    });
  }
  if (problems.length > 0) throw new PoolQueryError(problems, "countryRulesAllowing arguments");
  const open = new Set(countries.map((c) => c.toUpperCase()));
  return RULE_SET_COUNTRIES.map((countryCode) => ({
    countryCode,
    protectStatus: open.has(countryCode) ? status : "BLOCK",
  }));
}
