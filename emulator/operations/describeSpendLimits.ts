// DescribeSpendLimits: the monthly spend limit of each channel: MaxLimit, the override under it, and which one
// is enforced (resources/spend.ts).

import { pageOfList } from "../resources/account";
import { spendLimits } from "../resources/spend";
import { defineOperation } from "./context";

export const describeSpendLimits = defineOperation<{ NextToken?: string; MaxResults?: number }>(
  "DescribeSpendLimits",
  (request, context) => pageOfList(context, request, "SpendLimits", spendLimits(context)),
);
