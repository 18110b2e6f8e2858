// DeleteRcsMessageSpendLimitOverride: the monthly limit of RCS messages (which the emulator does not send) goes back to its MaxLimit.

import { deleteSpendOverride } from "../resources/spend";
import { defineOperation } from "./context";

export const deleteRcsMessageSpendLimitOverride = defineOperation<Record<string, never>>(
  "DeleteRcsMessageSpendLimitOverride",
  (_request, context) => deleteSpendOverride(context, "RCS_MESSAGE_MONTHLY_SPEND_LIMIT"),
);
