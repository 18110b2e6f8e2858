// DeleteVerifiedDestinationNumber: deletes one of the caller's destination numbers and answers it; refused
// (RESOURCE_DELETION_NOT_ALLOWED) within 24 hours of its creation or of its last verification attempt (AWS:
// "You can delete destination phone numbers only after a minimum of 24 hours have passed since verification, or
// the last verification attempt"; the emulator's clock can pass them).

import { conflict } from "../errors";
import { DAY_MS, VERIFIED_DESTINATION_NUMBERS } from "../resources/verifiedDestinationNumber";
import { defineOperation } from "./context";

export const deleteVerifiedDestinationNumber = defineOperation<{ VerifiedDestinationNumberId: string }>(
  "DeleteVerifiedDestinationNumber",
  (request, context) => {
    const number = context.getOwn(VERIFIED_DESTINATION_NUMBERS, request.VerifiedDestinationNumberId);
    const since = Math.max(number.createdMs, number.lastAttemptMs ?? 0);
    if (context.now < since + DAY_MS) {
      throw conflict(
        "RESOURCE_DELETION_NOT_ALLOWED",
        "verified-destination-number",
        number.id,
        `Destination number '${number.id}' can be deleted 24 hours after it was added or last verified, from ${new Date(since + DAY_MS).toISOString()}.`,
      );
    }
    context.store.removeResource(VERIFIED_DESTINATION_NUMBERS, number);
    return {
      VerifiedDestinationNumberArn: number.arn,
      VerifiedDestinationNumberId: number.id,
      DestinationPhoneNumber: number.destinationPhoneNumber,
      CreatedTimestamp: number.createdMs / 1000,
    };
  },
);
