// SetNotifyMessageSpendLimitOverride: the monthly limit of notify messages (which the emulator does not send), at most its MaxLimit.

import { setSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const setNotifyMessageSpendLimitOverride = defineOperation<{ MonthlyLimit: number }>(
  "SetNotifyMessageSpendLimitOverride",
  (request, context) => setSpendOverride(context, "NOTIFY_MESSAGE_MONTHLY_SPEND_LIMIT", request.MonthlyLimit),
);
