// DeleteProtectConfiguration: refused (ConflictException) while deletion protection is on, while it is the
// account default, or while a configuration set is associated with it.

import { conflict, deletionProtected } from "../errors";
import { CONFIGURATION_SETS } from "../resources/configurationSet";
import {
  ownProtectConfiguration,
  PROTECT_CONFIGURATIONS,
  protectConfigurationInformation,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const deleteProtectConfiguration = defineOperation<{ ProtectConfigurationId: string }>(
  "DeleteProtectConfiguration",
  (request, context) => {
    const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
    if (config.deletionProtectionEnabled) {
      throw deletionProtected("protect-configuration", config.id, "UpdateProtectConfiguration");
    }
    if (config.accountDefault) {
      throw conflict(
        "PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT",
        "protect-configuration",
        config.id,
        `Protect configuration '${config.id}' is the account default; call DeleteAccountDefaultProtectConfiguration first.`,
      );
    }
    const sets = context
      .collection(CONFIGURATION_SETS)
      .scan(context.region, [{ name: "protect-configuration-id", values: [config.id] }]);
    for (const set of sets) {
      if (set.protectConfigurationArn !== config.arn) continue;
      throw conflict(
        "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET",
        "protect-configuration",
        config.id,
        `Protect configuration '${config.id}' is associated with configuration set '${set.id}'; call DisassociateProtectConfiguration first.`,
      );
    }
    context.collection(PROTECT_CONFIGURATIONS).remove(config);
    return protectConfigurationInformation(config);
  },
);
