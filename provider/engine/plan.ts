// The one entry point for a lookup: validate query and connection together, then run it.
import {
  type ConnectionSettings,
  type RetrySettings,
  resolveConnection,
  type SnapshotSettings,
  type StackConnectionConfig,
} from "../aws/connection";
import { lookupPools, POOLS, type PoolLookupResult } from "../resources/pools";
import type { SnapshotCatalog } from "./catalog";
import type { ResourceKind } from "./kind";
import { PoolQueryError, type Query, type QueryProblem, REGION, validateQuery } from "./query";

/**
 * Validates everything that can be checked locally (all problems at once, nothing sent), then looks up.
 * `context` names the caller in error messages, e.g. "getPools arguments".
 */
export async function runPoolLookup(
  args: unknown,
  settings: ConnectionSettings & RetrySettings & SnapshotSettings,
  stack: StackConnectionConfig,
  context: string,
  /** The run's snapshots, if the lookup may use them (and `sms-pools:snapshot` doesn't say false). */
  catalog?: SnapshotCatalog,
): Promise<PoolLookupResult> {
  const { query, connection } = planPoolLookup(args, settings, stack, context);
  return lookupPools(query, connection, connection.snapshot ? catalog : undefined);
}

/** Validation half of runPoolLookup: the pool query and its connection, or every problem at once. */
export function planPoolLookup(
  args: unknown,
  settings: ConnectionSettings & RetrySettings & SnapshotSettings,
  stack: StackConnectionConfig,
  context: string,
) {
  return planLookup(POOLS, args, settings, stack, context);
}

/**
 * Validates a lookup of any kind and resolves its connection: every problem of the arguments, the options
 * and the connection at once, nothing sent.
 */
export function planLookup<Item>(
  kind: ResourceKind<Item>,
  args: unknown,
  settings: ConnectionSettings & RetrySettings & SnapshotSettings,
  stack: StackConnectionConfig,
  context: string,
  optionProblems: readonly QueryProblem[] = [],
) {
  let queryProblems: readonly QueryProblem[] = [];
  let query: Query | undefined;
  try {
    query = validateQuery(kind, args, context);
  } catch (err) {
    if (!(err instanceof PoolQueryError)) throw err;
    queryProblems = err.problems;
  }
  const region = (args as { region?: unknown } | undefined)?.region;
  const { connection, problems } = resolveConnection(
    // A malformed args.region is already a query problem; don't report it twice.
    { ...settings, region: typeof region === "string" && REGION.test(region) ? region : settings.region },
    stack,
  );
  const all = [...queryProblems, ...optionProblems, ...problems];
  if (all.length > 0 || !query) throw new PoolQueryError(all, context);
  return { query, connection };
}
