// DescribeSpendLimits: the monthly spend limit of each channel.

import { pageOfList, spendLimits } from "../resources/account";
import { defineOperation } from "./context";

export const describeSpendLimits = defineOperation<{ NextToken?: string; MaxResults?: number }>(
  "DescribeSpendLimits",
  (request, context) => pageOfList(context, request, "SpendLimits", spendLimits()),
);
