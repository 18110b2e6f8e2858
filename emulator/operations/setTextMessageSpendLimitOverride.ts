// SetTextMessageSpendLimitOverride: the monthly limit of text messages, at most its MaxLimit.

import { setSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const setTextMessageSpendLimitOverride = defineOperation<{ MonthlyLimit: number }>(
  "SetTextMessageSpendLimitOverride",
  (request, context) => setSpendOverride(context, "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", request.MonthlyLimit),
);
