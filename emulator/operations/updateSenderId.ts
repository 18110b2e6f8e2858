// UpdateSenderId: turns deletion protection of one of the caller's own sender IDs on or off.

import { SENDER_IDS, senderIdInformation } from "../resources/senderId";
import { senderIdOf } from "../resources/senderIdLookup";
import { defineOperation } from "./context";

interface UpdateSenderIdInput {
  SenderId: string;
  IsoCountryCode: string;
  DeletionProtectionEnabled?: boolean;
}

export const updateSenderId = defineOperation<UpdateSenderIdInput>("UpdateSenderId", (request, context) => {
  const sender = senderIdOf(request.SenderId, request.IsoCountryCode, context, true);
  context.collection(SENDER_IDS).update(sender, (s) => {
    if (request.DeletionProtectionEnabled !== undefined)
      s.deletionProtectionEnabled = request.DeletionProtectionEnabled;
  });
  return senderIdInformation(sender);
});
