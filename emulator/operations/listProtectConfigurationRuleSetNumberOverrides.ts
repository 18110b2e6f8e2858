// ListProtectConfigurationRuleSetNumberOverrides: the destination numbers' rules of one of the caller's protect
// configurations, by number, filtered (values of one filter OR, filters AND) and paged with signed NextTokens.
// Expired rules are not listed. Time filters take epoch seconds or ISO 8601.

import { invalidField } from "../errors";
import { NextTokens } from "../nextToken";
import {
  liveNumberOverride,
  type NumberOverride,
  numberOverrideInformation,
  ownProtectConfiguration,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

interface ListNumberOverridesInput {
  ProtectConfigurationId: string;
  Filters?: Array<{ Name: string; Values: string[] }>;
  NextToken?: string;
  MaxResults?: number;
}

function instant(name: string, value: string): number {
  const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw invalidField(
      "INVALID_FILTER_VALUES",
      `Filters.${name}`,
      `Filter ${name} value '${value}' is not a time; give epoch seconds or ISO 8601.`,
    );
  }
  return ms;
}

function matcher(name: string, values: string[]): (number: string, rule: NumberOverride) => boolean {
  switch (name) {
    case "iso-country-code":
      return (_, rule) => values.includes(rule.isoCountryCode ?? "");
    case "destination-phone-number-begins-with":
      return (number) => values.some((v) => number.startsWith(v.startsWith("+") ? v : `+${v}`));
    case "action":
      for (const value of values) {
        if (value !== "ALLOW" && value !== "BLOCK") {
          throw invalidField(
            "INVALID_FILTER_VALUES",
            "Filters.action",
            `Filter action value '${value}' can never match; use ALLOW or BLOCK.`,
          );
        }
      }
      return (_, rule) => values.includes(rule.action);
    default: {
      const times = values.map((v) => instant(name, v));
      const field = (rule: NumberOverride) => (name.startsWith("expires") ? rule.expiresMs : rule.createdMs);
      const before = name.endsWith("-before");
      return (_, rule) => {
        const at = field(rule);
        return at !== undefined && times.some((t) => (before ? at < t : at > t));
      };
    }
  }
}

export const listProtectConfigurationRuleSetNumberOverrides = defineOperation<ListNumberOverridesInput>(
  "ListProtectConfigurationRuleSetNumberOverrides",
  (request, context) => {
    const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
    const filters = (request.Filters ?? []).map((f) => matcher(f.Name, f.Values));
    const digest = NextTokens.queryDigest([
      "ListProtectConfigurationRuleSetNumberOverrides",
      context.region,
      config.arn,
      request.Filters ?? [],
    ]);
    let after: string | undefined;
    if (request.NextToken !== undefined) {
      const cursor = context.tokens.read(request.NextToken, digest);
      if ("key" in cursor) after = cursor.key;
    }
    const pageSize = request.MaxResults ?? context.defaultMaxResults;
    const numbers = Object.keys(config.numberOverrides ?? {})
      .sort()
      .filter((number) => after === undefined || number > after);
    const page: Array<Record<string, unknown>> = [];
    let last: string | undefined;
    let more = false;
    for (const number of numbers) {
      const rule = liveNumberOverride(config, number, context.now);
      if (!rule || !filters.every((f) => f(number, rule))) continue;
      if (page.length === pageSize) {
        more = true;
        break;
      }
      page.push(numberOverrideInformation(number, rule));
      last = number;
    }
    const answer: Record<string, unknown> = {
      ProtectConfigurationArn: config.arn,
      ProtectConfigurationId: config.id,
      RuleSetNumberOverrides: page,
    };
    if (more && last !== undefined) answer.NextToken = context.tokens.issue(digest, { key: last });
    return answer;
  },
);
