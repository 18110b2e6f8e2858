// VerifyDestinationNumber: the newest code sent to the number makes it VERIFIED. A code that is not the newest
// one sent (or none was sent) is ValidationException VERIFICATION_CODE_MISMATCH; the newest code after its 15
// minutes is ConflictException VERIFICATION_CODE_EXPIRED (AWS documents no lifetime: this is the emulator's,
// AWS's "If you don't receive the code after 15 minutes, choose Resend"); a VERIFIED number is
// VERIFICATION_ALREADY_COMPLETE. Every try counts as an attempt for DeleteVerifiedDestinationNumber's 24 hours.

import { conflict, invalidField } from "../errors";
import {
  codeDigest,
  pendingDestinationNumber,
  VERIFIED_DESTINATION_NUMBERS,
  verifiedDestinationNumberInformation,
} from "../resources/verifiedDestinationNumber";
import { defineOperation } from "./context";

/** How long a verification code is good for. */
export const CODE_LIFETIME_MS = 15 * 60 * 1000;

export const verifyDestinationNumber = defineOperation<{
  VerifiedDestinationNumberId: string;
  VerificationCode: string;
}>("VerifyDestinationNumber", (request, context) => {
  const numbers = context.collection(VERIFIED_DESTINATION_NUMBERS);
  const number = pendingDestinationNumber(context, request.VerifiedDestinationNumberId);
  numbers.update(number, (n) => {
    n.lastAttemptMs = context.now;
  });
  if (number.codeSha256 === undefined || codeDigest(request.VerificationCode) !== number.codeSha256) {
    throw invalidField(
      "VERIFICATION_CODE_MISMATCH",
      "VerificationCode",
      number.codeSha256 === undefined
        ? `No verification code was sent to '${number.id}'; call SendDestinationNumberVerificationCode first.`
        : `VerificationCode is not the code last sent to ${number.destinationPhoneNumber}.`,
    );
  }
  if (context.now > (number.codeSentMs ?? 0) + CODE_LIFETIME_MS) {
    throw conflict(
      "VERIFICATION_CODE_EXPIRED",
      "verified-destination-number",
      number.id,
      `The code sent to ${number.destinationPhoneNumber} at ${new Date(number.codeSentMs ?? 0).toISOString()} has expired (codes last 15 minutes); send a new one.`,
    );
  }
  numbers.update(number, (n) => {
    n.status = "VERIFIED";
    n.codeSha256 = undefined;
    n.codeSentMs = undefined;
  });
  return verifiedDestinationNumberInformation(number);
});
