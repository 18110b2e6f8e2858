// UpdateProtectConfiguration: turns a protect configuration's deletion protection on or off.

import {
  ownProtectConfiguration,
  PROTECT_CONFIGURATIONS,
  protectConfigurationInformation,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const updateProtectConfiguration = defineOperation<{
  ProtectConfigurationId: string;
  DeletionProtectionEnabled?: boolean;
}>("UpdateProtectConfiguration", (request, context) => {
  const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
  if (request.DeletionProtectionEnabled !== undefined) {
    context.collection(PROTECT_CONFIGURATIONS).update(config, (c) => {
      c.deletionProtectionEnabled = request.DeletionProtectionEnabled as boolean;
    });
  }
  return protectConfigurationInformation(config);
});
