// DeleteDefaultSenderId: removes a configuration set's default sender ID and answers the one it had.

import { CONFIGURATION_SETS } from "../resources/configurationSet";
import { defineOperation } from "./context";

export const deleteDefaultSenderId = defineOperation<{ ConfigurationSetName: string }>(
  "DeleteDefaultSenderId",
  (request, context) => {
    const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
    const previous = set.defaultSenderId;
    context.collection(CONFIGURATION_SETS).update(set, (s) => {
      s.defaultSenderId = undefined;
    });
    const result: Record<string, unknown> = { ConfigurationSetArn: set.arn, ConfigurationSetName: set.id };
    if (previous !== undefined) result.SenderId = previous;
    return result;
  },
);
