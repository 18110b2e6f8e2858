// DeleteAccountDefaultProtectConfiguration: the account has no default protect configuration afterwards (the
// configuration itself stays); answers the one that was the default, or ResourceNotFoundException.

import { notFound } from "../errors";
import {
  accountDefaultProtectConfiguration,
  PROTECT_CONFIGURATIONS,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const deleteAccountDefaultProtectConfiguration = defineOperation<Record<string, never>>(
  "DeleteAccountDefaultProtectConfiguration",
  (_request, context) => {
    const config = accountDefaultProtectConfiguration(context);
    if (!config) {
      throw notFound(
        "protect-configuration",
        "account-default",
        `Account ${context.accountId} has no default protect configuration in ${context.region}; SetAccountDefaultProtectConfiguration sets one.`,
      );
    }
    context.collection(PROTECT_CONFIGURATIONS).update(config, (c) => {
      c.accountDefault = false;
    });
    return { DefaultProtectConfigurationArn: config.arn, DefaultProtectConfigurationId: config.id };
  },
);
