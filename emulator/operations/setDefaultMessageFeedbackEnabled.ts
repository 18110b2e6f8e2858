// SetDefaultMessageFeedbackEnabled: whether messages sent through this configuration set expect PutMessageFeedback
// when they name no MessageFeedbackEnabled of their own.

import { CONFIGURATION_SETS } from "../resources/configurationSet";
import { defineOperation } from "./context";

export const setDefaultMessageFeedbackEnabled = defineOperation<{
  ConfigurationSetName: string;
  MessageFeedbackEnabled: boolean;
}>("SetDefaultMessageFeedbackEnabled", (request, context) => {
  const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
  context.collection(CONFIGURATION_SETS).update(set, (s) => {
    s.defaultMessageFeedbackEnabled = request.MessageFeedbackEnabled;
  });
  return {
    ConfigurationSetArn: set.arn,
    ConfigurationSetName: set.id,
    MessageFeedbackEnabled: request.MessageFeedbackEnabled,
  };
});
