// ReleasePhoneNumber: releases one of the caller's own numbers; refused while deletion protection is on or the
// number is in a pool (AWS: "If the origination phone number has deletion protection enabled or is associated
// with a pool, an error is returned"), and while its registration is under review. Answers the number with Status
// DELETED; it leaves its registration, which is CLOSED when it was its last number (a toll-free registration).

import { conflict, deletionProtected } from "../errors";
import { PHONE_NUMBERS, phoneNumberInformation } from "../resources/phoneNumber";
import { releaseFromRegistration } from "../resources/registrationAssociation";
import { defineOperation } from "./context";

export const releasePhoneNumber = defineOperation<{ PhoneNumberId: string }>(
  "ReleasePhoneNumber",
  (request, context) => {
    const number = context.getOwn(PHONE_NUMBERS, request.PhoneNumberId);
    if (number.deletionProtectionEnabled)
      throw deletionProtected("phone-number", number.id, "UpdatePhoneNumber");
    if (number.poolArn !== undefined) {
      throw conflict(
        "PHONE_NUMBER_ASSOCIATED_TO_POOL",
        "phone-number",
        number.id,
        `Phone number '${number.id}' is in pool '${number.poolArn}'; call DisassociateOriginationIdentity first.`,
      );
    }
    releaseFromRegistration(context, number.arn, number.id);
    context.store.removeResource(PHONE_NUMBERS, number);
    const {
      PoolId: _none,
      InternationalSendingEnabled: _notInResult,
      DeletionProtectionEnabled: _n,
      ...info
    } = phoneNumberInformation(number);
    return { ...info, Status: "DELETED" };
  },
);
