// DescribeOptOutLists: the caller's lists by name or ARN (shared ones by ARN), or all its own or shared lists,
// paged. The account's `Default` list exists from the start.

import { listResources } from "../listing";
import { OPT_OUT_LISTS, optOutListInformation } from "../resources/optOutList";
import { defineOperation } from "./context";

interface DescribeOptOutListsInput {
  OptOutListNames?: string[];
  NextToken?: string;
  MaxResults?: number;
  Owner?: "SELF" | "SHARED";
}

export const describeOptOutLists = defineOperation<DescribeOptOutListsInput>(
  "DescribeOptOutLists",
  (request, context) =>
    listResources(context, request, {
      kind: OPT_OUT_LISTS,
      resultKey: "OptOutLists",
      project: optOutListInformation,
      lookup: {
        member: "OptOutListNames",
        ids: request.OptOutListNames ?? [],
        arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
        resolve: (id) => context.get(OPT_OUT_LISTS, String(id)),
      },
    }),
);
