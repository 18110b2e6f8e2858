// PutMessageFeedback: the sender reports whether a message it sent with message feedback enabled reached its
// recipient. The message must be one the caller sent in this region (the emulator knows the messages its log
// still keeps: the newest 10000) with feedback enabled by the request or its configuration set.

import { invalidField, notFound } from "../errors";
import { messageLogOf } from "../messages";
import { defineOperation } from "./context";

export const putMessageFeedback = defineOperation<{
  MessageId: string;
  MessageFeedbackStatus: "RECEIVED" | "FAILED";
}>("PutMessageFeedback", (request, context) => {
  const message = messageLogOf(context.store).sent(context.accountId, context.region, request.MessageId);
  if (message?.outcome !== "SENT") throw notFound("message", request.MessageId);
  if (!message.messageFeedbackEnabled) {
    throw invalidField(
      "INVALID_REQUEST",
      "MessageId",
      `Message '${request.MessageId}' was sent without message feedback; send with MessageFeedbackEnabled=true, or through a configuration set with SetDefaultMessageFeedbackEnabled.`,
    );
  }
  message.messageFeedbackStatus = request.MessageFeedbackStatus;
  return { MessageId: request.MessageId, MessageFeedbackStatus: request.MessageFeedbackStatus };
});
