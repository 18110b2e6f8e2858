// DeleteVoiceMessageSpendLimitOverride: the monthly limit of voice messages goes back to its MaxLimit.

import { deleteSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const deleteVoiceMessageSpendLimitOverride = defineOperation<Record<string, never>>(
  "DeleteVoiceMessageSpendLimitOverride",
  (_request, context) => deleteSpendOverride(context, "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT"),
);
