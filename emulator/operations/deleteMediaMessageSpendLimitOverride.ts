// DeleteMediaMessageSpendLimitOverride: the monthly limit of MMS messages (which the emulator does not send) goes back to its MaxLimit.

import { deleteSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const deleteMediaMessageSpendLimitOverride = defineOperation<Record<string, never>>(
  "DeleteMediaMessageSpendLimitOverride",
  (_request, context) => deleteSpendOverride(context, "MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT"),
);
