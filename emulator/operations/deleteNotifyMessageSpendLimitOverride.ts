// DeleteNotifyMessageSpendLimitOverride: the monthly limit of notify messages (which the emulator does not send) goes back to its MaxLimit.

import { deleteSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const deleteNotifyMessageSpendLimitOverride = defineOperation<Record<string, never>>(
  "DeleteNotifyMessageSpendLimitOverride",
  (_request, context) => deleteSpendOverride(context, "NOTIFY_MESSAGE_MONTHLY_SPEND_LIMIT"),
);
