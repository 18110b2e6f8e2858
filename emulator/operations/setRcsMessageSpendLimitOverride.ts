// SetRcsMessageSpendLimitOverride: the monthly limit of RCS messages (which the emulator does not send), at most its MaxLimit.

import { setSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const setRcsMessageSpendLimitOverride = defineOperation<{ MonthlyLimit: number }>(
  "SetRcsMessageSpendLimitOverride",
  (request, context) => setSpendOverride(context, "RCS_MESSAGE_MONTHLY_SPEND_LIMIT", request.MonthlyLimit),
);
