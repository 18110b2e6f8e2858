// GetProtectConfigurationCountryRuleSet: the status of every country the emulator knows for one channel.

import {
  countryRuleSet,
  type NumberCapability,
  ownProtectConfiguration,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const getProtectConfigurationCountryRuleSet = defineOperation<{
  ProtectConfigurationId: string;
  NumberCapability: NumberCapability;
}>("GetProtectConfigurationCountryRuleSet", (request, context) => {
  const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
  return {
    ProtectConfigurationArn: config.arn,
    ProtectConfigurationId: config.id,
    NumberCapability: request.NumberCapability,
    CountryRuleSet: countryRuleSet(config, request.NumberCapability),
  };
});
