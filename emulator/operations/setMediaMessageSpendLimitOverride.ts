// SetMediaMessageSpendLimitOverride: the monthly limit of MMS messages (which the emulator does not send), at most its MaxLimit.

import { setSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const setMediaMessageSpendLimitOverride = defineOperation<{ MonthlyLimit: number }>(
  "SetMediaMessageSpendLimitOverride",
  (request, context) => setSpendOverride(context, "MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT", request.MonthlyLimit),
);
