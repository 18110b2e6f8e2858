// DescribeOptedOutNumbers: the numbers opted out of a list (own by name or ARN, shared by ARN), by number or
// all of them in the order they opted out (a number matches with or without its "+"), filtered by end-user-opted-out and paged.

import { e164 } from "../countries";
import { notFound } from "../errors";
import type { Filter } from "../filters";
import { listResources } from "../listing";
import { OPT_OUT_LISTS, OPTED_OUT_NUMBERS, optedOutNumberInformation } from "../resources/optOutList";
import { defineOperation } from "./context";

interface DescribeOptedOutNumbersInput {
  OptOutListName: string;
  OptedOutNumbers?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeOptedOutNumbers = defineOperation<DescribeOptedOutNumbersInput>(
  "DescribeOptedOutNumbers",
  (request, context) => {
    const list = context.get(OPT_OUT_LISTS, request.OptOutListName);
    const numbers = context.collection(OPTED_OUT_NUMBERS);
    return listResources(context, request, {
      kind: OPTED_OUT_NUMBERS,
      resultKey: "OptedOutNumbers",
      project: optedOutNumberInformation,
      parent: { index: "list", value: list.arn },
      extra: { OptOutListArn: list.arn, OptOutListName: list.id },
      lookup: {
        member: "OptedOutNumbers",
        ids: request.OptedOutNumbers ?? [],
        arnOf: () => undefined,
        resolve: (number) =>
          numbers.own(list.region, list.accountId, `${list.id}/${e164(String(number))}`) ??
          (() => {
            throw notFound("opted-out-number", String(number));
          })(),
      },
    });
  },
);
