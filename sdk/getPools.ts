// getPools / getPoolsOutput: look up SMS pools by IDs/ARNs, filters or owner, every page collected.
import type * as pulumi from "@pulumi/pulumi";
import type { PoolQueryInput } from "../provider/resources/pools";
import {
  lookupPools,
  POOLS,
  type Pool,
  type PoolFilterName,
  type PoolLookupResult,
  withOriginationIdentities,
} from "../provider/resources/pools";
import { booleanProblem, mockedRegion, prepareLookup } from "./invocation";
import { isItemLike, type OutputArgs, outputForm } from "./lookupFunctions";
import { invokeMock, mockResultError } from "./mocks";
import type { LookupOptions, LookupOutputOptions } from "./options";
import { runCatalog } from "./snapshots";
import { GET_POOLS_TOKEN } from "./tokens";

/** Arguments of getPools: which pools to look up. Leave everything out to list all your pools. */
export interface GetPoolsArgs extends PoolQueryInput {
  /** Also list each pool's phone numbers and sender IDs into `originationIdentities` (one more listing per pool). */
  readonly includeOriginationIdentities?: boolean;
}

/** Arguments of getPoolsOutput: as GetPoolsArgs, each value may be an Output. */
export interface GetPoolsOutputArgs {
  /** Pool IDs or ARNs, any number; shared pools need the ARN. */
  readonly poolIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: pulumi.Input<
    pulumi.Input<{ name: pulumi.Input<PoolFilterName>; values: pulumi.Input<pulumi.Input<string>[]> }>[]
  >;
  /** SELF for pools this account owns, SHARED for pools shared with it. Not together with poolIds. */
  readonly owner?: pulumi.Input<"SELF" | "SHARED">;
  /** Pools per DescribePools page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: pulumi.Input<number>;
  /** The AWS region to look in. */
  readonly region?: pulumi.Input<string>;
  /** Also list each pool's phone numbers and sender IDs into `originationIdentities`. */
  readonly includeOriginationIdentities?: pulumi.Input<boolean>;
}

/** The pools a lookup found. */
export interface GetPoolsResult {
  /** The pools, in the order their IDs were asked for, or ordered by ARN for listings. */
  readonly pools: Pool[];
  /** Pool IDs, in the same order as `pools`. */
  readonly ids: string[];
  /** Pool ARNs, in the same order as `pools`: ready for an IAM policy's Resource. */
  readonly arns: string[];
  /** The region that was searched. */
  readonly region: string;
}

/**
 * Looks up AWS End User Messaging SMS pools (DescribePools).
 *
 * @example
 * ```ts
 * const transactional = await getPools({
 *   filters: [
 *     { name: "message-type", values: ["TRANSACTIONAL"] },
 *     { name: "status", values: ["ACTIVE"] },
 *   ],
 * });
 * ```
 */
export async function getPools(args: GetPoolsArgs = {}, opts: LookupOptions = {}): Promise<GetPoolsResult> {
  // Non-object arguments go to validation as they are, to be named there.
  const isObject = typeof args === "object" && args !== null && !Array.isArray(args);
  const { includeOriginationIdentities, ...queryArgs } = isObject ? args : ({} as GetPoolsArgs);
  const { query, connection, invoke, mocked } = prepareLookup(
    isObject ? queryArgs : args,
    opts,
    "getPools arguments",
    POOLS,
    booleanProblem("includeOriginationIdentities", includeOriginationIdentities),
  );
  if (mocked) {
    const answer = await invokeMock(GET_POOLS_TOKEN, args, invoke, POOLS_EXPECTED);
    const result = poolsFromMock(answer);
    return { ...result, region: await mockedRegion(result.region, connection) };
  }
  const catalog = runCatalog(connection.snapshot);
  const result = plain(await lookupPools(query, connection, catalog));
  if (!includeOriginationIdentities) return result;
  return { ...result, pools: await withOriginationIdentities(result.pools, connection) };
}

/** getPools for arguments that may be Outputs; the result is secret when any input is. */
export function getPoolsOutput(
  args: GetPoolsOutputArgs = {},
  opts: LookupOutputOptions = {},
): pulumi.Output<GetPoolsResult> {
  return outputForm(getPools)(args as OutputArgs<GetPoolsArgs>, opts);
}

function plain(result: PoolLookupResult): GetPoolsResult {
  return { pools: result.pools, ids: result.ids, arns: result.arns, region: result.region };
}

const POOLS_EXPECTED = "{ pools: [{ poolId, poolArn, ... }] } (ids, arns, region optional)";

/** The mock's answer with ids and arns derived when left out; `region` is what the mock said, if anything. */
function poolsFromMock(result: unknown): Omit<GetPoolsResult, "region"> & { region?: string } {
  const r = result as Partial<GetPoolsResult> | undefined;
  const pools = r?.pools;
  if (!Array.isArray(pools) || !pools.every((p) => isItemLike(POOLS, p))) {
    throw mockResultError(GET_POOLS_TOKEN, result, POOLS_EXPECTED);
  }
  return {
    pools,
    ids: r?.ids ?? pools.map((p) => p.poolId),
    arns: r?.arns ?? pools.map((p) => p.poolArn),
    region: r?.region,
  };
}
