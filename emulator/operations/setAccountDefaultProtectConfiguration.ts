// SetAccountDefaultProtectConfiguration: makes a protect configuration the one that applies to sends with no
// protect configuration of their own or of their configuration set; the previous default stops being it.

import {
  accountDefaultProtectConfiguration,
  ownProtectConfiguration,
  PROTECT_CONFIGURATIONS,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const setAccountDefaultProtectConfiguration = defineOperation<{ ProtectConfigurationId: string }>(
  "SetAccountDefaultProtectConfiguration",
  (request, context) => {
    const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
    const configs = context.collection(PROTECT_CONFIGURATIONS);
    const previous = accountDefaultProtectConfiguration(context);
    if (previous && previous !== config) {
      configs.update(previous, (c) => {
        c.accountDefault = false;
      });
    }
    configs.update(config, (c) => {
      c.accountDefault = true;
    });
    return { DefaultProtectConfigurationArn: config.arn, DefaultProtectConfigurationId: config.id };
  },
);
