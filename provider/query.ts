// Pool lookups' validation (getPools args, PoolLookup inputs): the engine's, with DescribePools' entry.
import {
  canonicalQuery as canonical,
  describeQuery as describe,
  PoolQueryError,
  type Query,
  validateQuery,
} from "./engine/query";
import { POOLS, type PoolFilter } from "./pool";

export {
  closest,
  PoolQueryError,
  type Query,
  type QueryProblem,
  REGION,
  show,
} from "./engine/query";

/** A lookup as the user writes it: the camelCase arguments of getPools and PoolLookup. */
export interface PoolQueryInput {
  /** Pool IDs or ARNs, any number; shared pools need the ARN. */
  readonly poolIds?: readonly string[];
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly PoolFilter[];
  /** SELF for pools this account owns, SHARED for pools shared with it. Not together with poolIds. */
  readonly owner?: "SELF" | "SHARED";
  /** Pools per DescribePools page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/**
 * Checks a pool lookup against every DescribePools constraint that can be checked locally.
 * Returns the normalized query or throws a PoolQueryError naming every problem.
 */
export function validatePoolQuery(input: unknown, context?: string): Query {
  return validateQuery(POOLS, input, context);
}

/** The stable text form of a pool query (PoolLookup's resource ID hashes it: keep its shape). */
export function canonicalQuery(query: Query): string {
  return canonical(POOLS, query);
}

/** Human-readable summary of a pool query for error messages. */
export function describeQuery(query: Query): string {
  return describe(POOLS, query);
}

/** The same problems without the values: for arguments that are secret, whose errors may reach logs. */
export function withoutValues(err: PoolQueryError): PoolQueryError {
  return new PoolQueryError(
    err.problems.map((p) => ({
      ...p,
      message: `${p.field} breaks a DescribePools rule (the value is not shown because the arguments are secret)`,
    })),
    err.context,
  );
}
