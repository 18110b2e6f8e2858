// DescribeSenderIds: sender IDs by {SenderId, IsoCountryCode} pairs (the SenderId may be an ARN, which also
// finds shared ones), or the caller's own or shared ones, filtered and paged.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import { SENDER_IDS, senderIdInformation } from "../resources/senderId";
import { senderIdOf } from "../resources/senderIdLookup";
import { defineOperation } from "./context";

interface SenderIdAndCountry {
  SenderId: string;
  IsoCountryCode: string;
}

interface DescribeSenderIdsInput {
  SenderIds?: SenderIdAndCountry[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
  Owner?: "SELF" | "SHARED";
}

export const describeSenderIds = defineOperation<DescribeSenderIdsInput>(
  "DescribeSenderIds",
  (request, context) =>
    listResources(context, request, {
      kind: SENDER_IDS,
      resultKey: "SenderIds",
      project: senderIdInformation,
      lookup: {
        member: "SenderIds",
        ids: request.SenderIds ?? [],
        arnOf: (id) => {
          const senderId = (id as SenderIdAndCountry).SenderId;
          return senderId.startsWith("arn:") ? senderId : undefined;
        },
        resolve: (id) => {
          const { SenderId, IsoCountryCode } = id as SenderIdAndCountry;
          return senderIdOf(SenderId, IsoCountryCode, context, false);
        },
      },
    }),
);
