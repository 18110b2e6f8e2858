// DescribeVerifiedDestinationNumbers: the caller's destination numbers by ID or ARN, or all of them, narrowed to
// DestinationPhoneNumbers when given (with or without their '+'), filtered (status, rcs-agent-id) and paged.

import { e164 } from "../countries";
import type { Filter } from "../filters";
import { listResources } from "../listing";
import {
  VERIFIED_DESTINATION_NUMBERS,
  verifiedDestinationNumberInformation,
} from "../resources/verifiedDestinationNumber";
import { defineOperation } from "./context";

interface DescribeVerifiedDestinationNumbersInput {
  VerifiedDestinationNumberIds?: string[];
  DestinationPhoneNumbers?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeVerifiedDestinationNumbers = defineOperation<DescribeVerifiedDestinationNumbersInput>(
  "DescribeVerifiedDestinationNumbers",
  (request, context) => {
    const numbers = request.DestinationPhoneNumbers ?? [];
    const filters = [...(request.Filters ?? [])];
    if (numbers.length > 0) filters.push({ Name: "destination-phone-number", Values: numbers.map(e164) });
    return listResources(
      context,
      { ...request, Filters: filters },
      {
        kind: VERIFIED_DESTINATION_NUMBERS,
        resultKey: "VerifiedDestinationNumbers",
        project: verifiedDestinationNumberInformation,
        lookup: {
          member: "VerifiedDestinationNumberIds",
          ids: request.VerifiedDestinationNumberIds ?? [],
          arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
          resolve: (id) => context.getOwn(VERIFIED_DESTINATION_NUMBERS, String(id)),
        },
      },
    );
  },
);
