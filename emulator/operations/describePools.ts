// DescribePools: own pools by ID or ARN, shared pools by ARN or Owner=SHARED, filtered and keyset-paginated.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import { POOLS, poolInformation } from "../resources/pool";
import { defineOperation } from "./context";

interface DescribePoolsInput {
  PoolIds?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
  Owner?: "SELF" | "SHARED";
}

export const describePools = defineOperation<DescribePoolsInput>("DescribePools", (request, context) =>
  listResources(context, request, {
    kind: POOLS,
    resultKey: "Pools",
    project: poolInformation,
    lookup: {
      member: "PoolIds",
      ids: request.PoolIds ?? [],
      arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
      resolve: (id) => context.get(POOLS, String(id)),
    },
  }),
);
