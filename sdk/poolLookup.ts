// PoolLookup: a lookup recorded in stack state, visible to policy packs and re-run by `pulumi refresh`.
import * as pulumi from "@pulumi/pulumi";
import { poolLookupProvider } from "../provider/dynamicProvider/serialized";
import { closest, PoolQueryError, type QueryProblem, show } from "../provider/engine/query";
import { POOLS, type Pool } from "../provider/resources/pools";
import type { GetPoolsOutputArgs } from "./getPools";
import { emptyIdListWarning } from "./invocation";
import { POOL_LOOKUP_MODULE, POOL_LOOKUP_TYPE } from "./tokens";

/** Inputs of PoolLookup: the query, as for getPoolsOutput (every page is always read; no pageSize). */
export interface PoolLookupArgs
  extends Omit<GetPoolsOutputArgs, "pageSize" | "includeOriginationIdentities"> {}

/**
 * A pool lookup recorded in stack state. Unlike getPools it is a resource: policy packs see its pools,
 * `pulumi refresh` re-runs it and shows drift, and changing the query shows as an update in previews.
 * Deleting it touches nothing in AWS.
 *
 * @example
 * ```ts
 * const transactional = new PoolLookup("transactional", {
 *   filters: [{ name: "message-type", values: ["TRANSACTIONAL"] }],
 * });
 * export const poolArns = transactional.arns;
 * ```
 */
export class PoolLookup extends pulumi.dynamic.Resource {
  /** The pools found, in the order their IDs were asked for, or by ARN for listings. */
  declare readonly pools: pulumi.Output<Pool[]>;
  /** Pool IDs, in the same order as `pools`. */
  declare readonly ids: pulumi.Output<string[]>;
  /** Pool ARNs, in the same order as `pools`. */
  declare readonly arns: pulumi.Output<string[]>;
  /** How many pools were found. */
  declare readonly count: pulumi.Output<number>;
  /** The region that was searched. */
  declare readonly region: pulumi.Output<string>;

  constructor(name: string, args: PoolLookupArgs = {}, opts?: pulumi.CustomResourceOptions) {
    refuseUnknownArguments(args);
    const query = { poolIds: args.poolIds, filters: args.filters, owner: args.owner, region: args.region };
    const props = {
      ...query,
      // The provider is never sent secrets; this tells it to store the results as secrets.
      resultsSecret: pulumi.isSecret(pulumi.output(query)),
      pools: undefined,
      ids: undefined,
      arns: undefined,
      count: undefined,
    };
    super(poolLookupProvider, name, props, opts, POOL_LOOKUP_MODULE, POOL_LOOKUP_TYPE);
    // Known only once the inputs resolve (an empty list is often computed from another resource).
    pulumi.output(args.poolIds).apply((poolIds) => {
      const empty = emptyIdListWarning(POOLS, { poolIds }, `PoolLookup ${name}`);
      if (empty) void pulumi.log.warn(empty, this);
    });
  }
}

const ARGUMENTS = ["poolIds", "filters", "owner", "region"];
/** Why a getPools argument is no PoolLookup argument. */
const NOT_RECORDED: Record<string, string> = {
  pageSize: "a PoolLookup always reads every page; remove it",
  includeOriginationIdentities:
    "a PoolLookup records pools without their numbers; use getPoolOriginationIdentities for a pool's members",
};

/** An argument PoolLookup would not send to its provider is refused, never dropped without a word. */
function refuseUnknownArguments(args: unknown): void {
  if (typeof args !== "object" || args === null || Array.isArray(args)) {
    throw new PoolQueryError(
      [{ field: "args", property: "args", message: `arguments ${show(args)} must be an object such as {}` }],
      "PoolLookup arguments",
    );
  }
  const problems: QueryProblem[] = Object.entries(args)
    .filter(([key, value]) => !ARGUMENTS.includes(key) && value !== undefined)
    .map(([key]) => {
      const hint = closest(key, ARGUMENTS) ?? (key === "poolId" ? "poolIds" : undefined);
      const why =
        NOT_RECORDED[key] ?? `${hint ? `did you mean ${hint}? ` : ""}use one of: ${ARGUMENTS.join(", ")}`;
      return { field: key, property: key, message: `${key} is not a PoolLookup argument; ${why}` };
    });
  if (problems.length > 0) throw new PoolQueryError(problems, "PoolLookup arguments");
}
