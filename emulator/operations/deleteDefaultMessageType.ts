// DeleteDefaultMessageType: removes a configuration set's default message type and answers the one it had.

import { CONFIGURATION_SETS } from "../resources/configurationSet";
import { defineOperation } from "./context";

export const deleteDefaultMessageType = defineOperation<{ ConfigurationSetName: string }>(
  "DeleteDefaultMessageType",
  (request, context) => {
    const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
    const previous = set.defaultMessageType;
    context.collection(CONFIGURATION_SETS).update(set, (s) => {
      s.defaultMessageType = undefined;
    });
    const result: Record<string, unknown> = { ConfigurationSetArn: set.arn, ConfigurationSetName: set.id };
    if (previous !== undefined) result.MessageType = previous;
    return result;
  },
);
