// SetDefaultMessageType: the message type a send through this configuration set uses when it names none.

import { CONFIGURATION_SETS } from "../resources/configurationSet";
import type { MessageType } from "../resources/pool";
import { defineOperation } from "./context";

export const setDefaultMessageType = defineOperation<{
  ConfigurationSetName: string;
  MessageType: MessageType;
}>("SetDefaultMessageType", (request, context) => {
  const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
  context.collection(CONFIGURATION_SETS).update(set, (s) => {
    s.defaultMessageType = request.MessageType;
  });
  return { ConfigurationSetArn: set.arn, ConfigurationSetName: set.id, MessageType: request.MessageType };
});
