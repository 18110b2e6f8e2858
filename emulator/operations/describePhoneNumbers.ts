// DescribePhoneNumbers: own numbers by ID or ARN, shared ones by ARN or Owner=SHARED, filtered and paged.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import { PHONE_NUMBERS, phoneNumberInformation } from "../resources/phoneNumber";
import { defineOperation } from "./context";

interface DescribePhoneNumbersInput {
  PhoneNumberIds?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
  Owner?: "SELF" | "SHARED";
}

export const describePhoneNumbers = defineOperation<DescribePhoneNumbersInput>(
  "DescribePhoneNumbers",
  (request, context) =>
    listResources(context, request, {
      kind: PHONE_NUMBERS,
      resultKey: "PhoneNumbers",
      project: phoneNumberInformation,
      lookup: {
        member: "PhoneNumberIds",
        ids: request.PhoneNumberIds ?? [],
        arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
        resolve: (id) => context.get(PHONE_NUMBERS, String(id)),
      },
    }),
);
