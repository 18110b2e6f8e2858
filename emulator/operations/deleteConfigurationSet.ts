// DeleteConfigurationSet: deletes one of the caller's configuration sets with its event destinations and
// answers what it held (the model's result has no ProtectConfigurationId).

import { CONFIGURATION_SETS, configurationSetInformation } from "../resources/configurationSet";
import { defineOperation } from "./context";

export const deleteConfigurationSet = defineOperation<{ ConfigurationSetName: string }>(
  "DeleteConfigurationSet",
  (request, context) => {
    const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
    context.collection(CONFIGURATION_SETS).remove(set);
    const { ProtectConfigurationId: _notInResult, ...info } = configurationSetInformation(set);
    return info;
  },
);
