// DescribeAccountLimits: each resource quota with how much of it the account uses in the region.

import { accountLimits, pageOfList } from "../resources/account";
import { defineOperation } from "./context";

export const describeAccountLimits = defineOperation<{ NextToken?: string; MaxResults?: number }>(
  "DescribeAccountLimits",
  (request, context) => pageOfList(context, request, "AccountLimits", accountLimits(context)),
);
