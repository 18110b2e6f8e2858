// UpdateProtectConfigurationCountryRuleSet: changes the status of the countries named (others keep theirs) and
// answers the whole rule set of the channel. A country the emulator does not know is refused.

import { KNOWN_COUNTRIES } from "../countries";
import { validationError } from "../errors";
import {
  countryRuleSet,
  type NumberCapability,
  ownProtectConfiguration,
  PROTECT_CONFIGURATIONS,
  type ProtectStatus,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

interface UpdateCountryRuleSetInput {
  ProtectConfigurationId: string;
  NumberCapability: NumberCapability;
  CountryRuleSetUpdates: Record<string, { ProtectStatus: ProtectStatus }>;
}

export const updateProtectConfigurationCountryRuleSet = defineOperation<UpdateCountryRuleSetInput>(
  "UpdateProtectConfigurationCountryRuleSet",
  (request, context) => {
    const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
    const unknown = Object.keys(request.CountryRuleSetUpdates).filter((c) => !KNOWN_COUNTRIES.includes(c));
    if (unknown.length > 0) {
      throw validationError(
        "INVALID_PARAMETER",
        unknown.map((country) => ({
          Name: `CountryRuleSetUpdates.${country}`,
          Message: `'${country}' is not a country this endpoint sends to; GetProtectConfigurationCountryRuleSet lists them.`,
        })),
      );
    }
    context.collection(PROTECT_CONFIGURATIONS).update(config, (c) => {
      const rules = { ...(c.countryRules[request.NumberCapability] ?? {}) };
      for (const [country, { ProtectStatus }] of Object.entries(request.CountryRuleSetUpdates)) {
        if (ProtectStatus === "ALLOW") delete rules[country];
        else rules[country] = ProtectStatus;
      }
      c.countryRules = { ...c.countryRules, [request.NumberCapability]: rules };
    });
    return {
      ProtectConfigurationArn: config.arn,
      ProtectConfigurationId: config.id,
      NumberCapability: request.NumberCapability,
      CountryRuleSet: countryRuleSet(config, request.NumberCapability),
    };
  },
);
