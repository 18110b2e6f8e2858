// SetVoiceMessageSpendLimitOverride: the monthly limit of voice messages, at most its MaxLimit.

import { setSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const setVoiceMessageSpendLimitOverride = defineOperation<{ MonthlyLimit: number }>(
  "SetVoiceMessageSpendLimitOverride",
  (request, context) => setSpendOverride(context, "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT", request.MonthlyLimit),
);
