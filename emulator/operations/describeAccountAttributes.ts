// DescribeAccountAttributes: the account tier and, when one is set, the default protect configuration's ID.

import { accountAttributes, pageOfList } from "../resources/account";
import { defineOperation } from "./context";

export const describeAccountAttributes = defineOperation<{ NextToken?: string; MaxResults?: number }>(
  "DescribeAccountAttributes",
  (request, context) => pageOfList(context, request, "AccountAttributes", accountAttributes(context)),
);
