// AssociateProtectConfiguration: the configuration set's sends are checked against this protect configuration;
// it replaces the one the set had (AWS: a set has at most one, a protect configuration may serve many sets).

import { CONFIGURATION_SETS } from "../resources/configurationSet";
import { ownProtectConfiguration } from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const associateProtectConfiguration = defineOperation<{
  ProtectConfigurationId: string;
  ConfigurationSetName: string;
}>("AssociateProtectConfiguration", (request, context) => {
  const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
  const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
  context.collection(CONFIGURATION_SETS).update(set, (s) => {
    s.protectConfigurationArn = config.arn;
  });
  return {
    ConfigurationSetArn: set.arn,
    ConfigurationSetName: set.id,
    ProtectConfigurationArn: config.arn,
    ProtectConfigurationId: config.id,
  };
});
