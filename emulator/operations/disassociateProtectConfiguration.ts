// DisassociateProtectConfiguration: the configuration set stops using the protect configuration; a set that is
// not associated with it is ConflictException PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET.

import { conflict } from "../errors";
import { CONFIGURATION_SETS } from "../resources/configurationSet";
import { ownProtectConfiguration } from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const disassociateProtectConfiguration = defineOperation<{
  ProtectConfigurationId: string;
  ConfigurationSetName: string;
}>("DisassociateProtectConfiguration", (request, context) => {
  const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
  const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
  if (set.protectConfigurationArn !== config.arn) {
    throw conflict(
      "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET",
      "protect-configuration",
      config.id,
      `Configuration set '${set.id}' is not associated with protect configuration '${config.id}'.`,
    );
  }
  context.collection(CONFIGURATION_SETS).update(set, (s) => {
    s.protectConfigurationArn = undefined;
  });
  return {
    ConfigurationSetArn: set.arn,
    ConfigurationSetName: set.id,
    ProtectConfigurationArn: config.arn,
    ProtectConfigurationId: config.id,
  };
});
