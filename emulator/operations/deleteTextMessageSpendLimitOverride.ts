// DeleteTextMessageSpendLimitOverride: the monthly limit of text messages goes back to its MaxLimit.

import { deleteSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const deleteTextMessageSpendLimitOverride = defineOperation<Record<string, never>>(
  "DeleteTextMessageSpendLimitOverride",
  (_request, context) => deleteSpendOverride(context, "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT"),
);
