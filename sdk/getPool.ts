// getPool / getPoolOutput: one pool by ID or ARN; a missing pool is an error that names it.
import type * as pulumi from "@pulumi/pulumi";
import { PoolQueryError, type QueryProblem, show } from "../provider/engine/query";
import { PoolNotFoundError } from "../provider/errors";
import {
  describeQuery,
  lookupPools,
  POOLS,
  type Pool,
  withOriginationIdentities,
} from "../provider/resources/pools";
import { booleanProblem, prepareLookup } from "./invocation";
import { isItemLike, type OutputArgs, outputForm } from "./lookupFunctions";
import { invokeMock, mockResultError } from "./mocks";
import type { LookupOptions, LookupOutputOptions } from "./options";
import { runCatalog } from "./snapshots";
import { GET_POOL_TOKEN } from "./tokens";

const POOL_EXPECTED = "a pool: { poolId, poolArn, ... }";

/** Arguments of getPool. */
export interface GetPoolArgs {
  /** The pool's ID ("pool-...") or ARN; a pool shared with you needs the ARN. */
  readonly poolId: string;
  /** The AWS region to look in. */
  readonly region?: string;
  /** Also list the pool's phone numbers and sender IDs into `originationIdentities`. */
  readonly includeOriginationIdentities?: boolean;
}

/** Arguments of getPoolOutput: as GetPoolArgs, each value may be an Output. */
export interface GetPoolOutputArgs {
  readonly poolId: pulumi.Input<string>;
  readonly region?: pulumi.Input<string>;
  readonly includeOriginationIdentities?: pulumi.Input<boolean>;
}

/**
 * Looks up one SMS pool by ID or ARN.
 *
 * @example
 * ```ts
 * const pool = await getPool({ poolId: "pool-0123456789abcdef0123456789abcdef" });
 * ```
 */
export async function getPool(args: GetPoolArgs, opts: LookupOptions = {}): Promise<Pool> {
  const { poolId, region, includeOriginationIdentities, ...rest } = (args ?? {}) as GetPoolArgs &
    Record<string, unknown>;
  const problems: QueryProblem[] = booleanProblem(
    "includeOriginationIdentities",
    includeOriginationIdentities,
  );
  if (typeof poolId !== "string" || poolId === "") {
    problems.push({
      field: "poolId",
      property: "poolId",
      message: `poolId ${show(poolId)} must be a pool ID ("pool-...") or pool ARN; to list pools use getPools`,
    });
  }
  for (const key of Object.keys(rest).filter((k) => rest[k] !== undefined)) {
    problems.push({
      field: key,
      property: key,
      message: `${key} is not a getPool argument; getPool takes poolId, region and includeOriginationIdentities (for ${key}, use getPools)`,
    });
  }
  if (problems.length > 0) throw new PoolQueryError(problems, "getPool arguments");
  try {
    return await lookUpOne(poolId, region, includeOriginationIdentities === true, opts);
  } catch (err) {
    throw asPoolIdProblems(err);
  }
}

async function lookUpOne(
  poolId: string,
  region: string | undefined,
  include: boolean,
  opts: LookupOptions,
): Promise<Pool> {
  const { query, connection, invoke, mocked } = prepareLookup(
    { poolIds: [poolId], region },
    opts,
    "getPool arguments",
  );
  if (mocked) {
    const inputs = { poolId, region, ...(include ? { includeOriginationIdentities: true } : {}) };
    const result = await invokeMock(GET_POOL_TOKEN, inputs, invoke, POOL_EXPECTED);
    if (!isItemLike(POOLS, result)) throw mockResultError(GET_POOL_TOKEN, result, POOL_EXPECTED);
    return result;
  }
  const catalog = runCatalog(connection.snapshot);
  const { pools, region: searched } = await lookupPools(query, connection, catalog);
  if (pools.length === 0) {
    // AWS names a missing pool with ResourceNotFoundException; an answer without the pool means the same.
    const cause = new Error(`DescribePools answered without pool ${poolId}`);
    throw new PoolNotFoundError(describeQuery(query), searched, cause, poolId);
  }
  return include ? (await withOriginationIdentities(pools.slice(0, 1), connection))[0] : pools[0];
}

/** getPool's query is `poolIds: [poolId]`: name its problems after the `poolId` the caller wrote. */
function asPoolIdProblems(err: unknown): unknown {
  if (!(err instanceof PoolQueryError)) return err;
  const problems = err.problems.map((p) =>
    p.property === "poolIds"
      ? { field: "poolId", property: "poolId", message: p.message.replace(/^poolIds\[0\]/, "poolId") }
      : p,
  );
  return new PoolQueryError(problems, err.context);
}

/** getPool for arguments that may be Outputs; the result is secret when any input is. */
export function getPoolOutput(args: GetPoolOutputArgs, opts: LookupOutputOptions = {}): pulumi.Output<Pool> {
  return outputForm(getPool)(args as OutputArgs<GetPoolArgs>, opts);
}
