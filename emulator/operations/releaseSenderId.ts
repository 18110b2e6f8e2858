// ReleaseSenderId: releases one of the caller's own sender IDs; refused while deletion protection is on
// (DELETION_PROTECTION_ENABLED), while it is in a pool (SENDER_ID_ASSOCIATED_TO_POOL) or while its registration
// is under review; it leaves its registration, which is CLOSED when it was its last identity.

import { conflict, deletionProtected } from "../errors";
import { releaseFromRegistration } from "../resources/registrationAssociation";
import { SENDER_IDS, senderIdInformation } from "../resources/senderId";
import { senderIdOf } from "../resources/senderIdLookup";
import { defineOperation } from "./context";

export const releaseSenderId = defineOperation<{ SenderId: string; IsoCountryCode: string }>(
  "ReleaseSenderId",
  (request, context) => {
    const sender = senderIdOf(request.SenderId, request.IsoCountryCode, context, true);
    if (sender.deletionProtectionEnabled)
      throw deletionProtected("sender-id", sender.senderId, "UpdateSenderId");
    if (sender.poolArns.length > 0) {
      throw conflict(
        "SENDER_ID_ASSOCIATED_TO_POOL",
        "sender-id",
        sender.senderId,
        `Sender ID '${sender.senderId}' is in ${sender.poolArns.length} pool(s) (${sender.poolArns.join(", ")}); call DisassociateOriginationIdentity first.`,
      );
    }
    releaseFromRegistration(context, sender.arn, sender.senderId);
    context.store.removeResource(SENDER_IDS, sender);
    const { DeletionProtectionEnabled: _notInResult, ...info } = senderIdInformation(sender);
    return info;
  },
);
