// getPoolOriginationIdentities (and its Output form): the phone numbers and sender IDs of one pool.
import type { Filter } from "../provider/engine/query";
import {
  ORIGINATION_IDENTITIES,
  type OriginationIdentity,
  type OriginationIdentityFilterName,
} from "../provider/resources/originationIdentities";
import { listLookup, outputForm } from "./lookupFunctions";

/** Arguments of getPoolOriginationIdentities. */
export interface GetPoolOriginationIdentitiesArgs {
  /** The pool's ID ("pool-...") or ARN; a pool shared with you needs the ARN. */
  readonly poolId: string;
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly Filter<OriginationIdentityFilterName>[];
  /** Identities per ListPoolOriginationIdentities page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** The origination identities of a pool. */
export interface GetPoolOriginationIdentitiesResult {
  /** The pool's phone numbers and sender IDs, ordered by ARN. */
  readonly originationIdentities: OriginationIdentity[];
  /** Their ARNs, in the same order. */
  readonly arns: string[];
  /** The region that was searched. */
  readonly region: string;
}

/**
 * Lists a pool's phone numbers and sender IDs (ListPoolOriginationIdentities); a missing pool is a
 * PoolNotFoundError.
 *
 * @example
 * ```ts
 * const numbers = await getPoolOriginationIdentities({ poolId: pool.poolId });
 * ```
 */
export const getPoolOriginationIdentities = listLookup<
  GetPoolOriginationIdentitiesArgs,
  OriginationIdentity,
  GetPoolOriginationIdentitiesResult
>({
  name: "getPoolOriginationIdentities",
  kind: ORIGINATION_IDENTITIES,
  resourceType: "pool",
  itemsField: "originationIdentities",
  result: (originationIdentities, region) => ({
    originationIdentities,
    arns: originationIdentities.map((o) => o.originationIdentityArn),
    region,
  }),
});

/** getPoolOriginationIdentities for arguments that may be Outputs; the result is secret when any input is. */
export const getPoolOriginationIdentitiesOutput = outputForm(getPoolOriginationIdentities);
