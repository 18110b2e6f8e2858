// SetDefaultSenderId: the sender ID a send through this configuration set uses when it names no origination
// identity. Like AWS, any well-formed sender ID is accepted; the send checks that one exists for the country.

import { CONFIGURATION_SETS } from "../resources/configurationSet";
import { defineOperation } from "./context";

export const setDefaultSenderId = defineOperation<{ ConfigurationSetName: string; SenderId: string }>(
  "SetDefaultSenderId",
  (request, context) => {
    const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
    context.collection(CONFIGURATION_SETS).update(set, (s) => {
      s.defaultSenderId = request.SenderId;
    });
    return { ConfigurationSetArn: set.arn, ConfigurationSetName: set.id, SenderId: request.SenderId };
  },
);
