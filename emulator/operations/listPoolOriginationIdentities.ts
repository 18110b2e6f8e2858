// ListPoolOriginationIdentities: the phone numbers and sender IDs of a pool (own by ID or ARN, shared by
// ARN), in the order they were created, filtered by iso-country-code and number-capability, and paged.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import type { ResourceKind } from "../resources/kind";
import { type OriginationIdentityRecord, originationIdentityMetadata } from "../resources/membership";
import { PHONE_NUMBERS } from "../resources/phoneNumber";
import { POOLS } from "../resources/pool";
import { SENDER_IDS } from "../resources/senderId";
import { defineOperation } from "./context";

interface ListInput {
  PoolId: string;
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const listPoolOriginationIdentities = defineOperation<ListInput>(
  "ListPoolOriginationIdentities",
  (request, context) => {
    const pool = context.get(POOLS, request.PoolId);
    return listResources<OriginationIdentityRecord>(context, request, {
      kind: PHONE_NUMBERS as unknown as ResourceKind<OriginationIdentityRecord>,
      also: [SENDER_IDS as unknown as ResourceKind<OriginationIdentityRecord>],
      resultKey: "OriginationIdentities",
      project: originationIdentityMetadata,
      parent: { index: "pool", value: pool.arn },
      extra: { PoolArn: pool.arn, PoolId: pool.id },
    });
  },
);
