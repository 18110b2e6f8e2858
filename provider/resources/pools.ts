// The pool entry of the lookup engine: the Pool shape our users see (the API's PoolInformation, camelCased),
// DescribePools' filters and the mapping from the wire; pool queries; and the pool lookups getPools runs.
import type { PoolInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { Connection } from "../aws/connection";
import { forEachBounded } from "../engine/bounded";
import type { SnapshotCatalog } from "../engine/catalog";
import type { ResourceKind } from "../engine/kind";
import { lookup } from "../engine/lookup";
import {
  canonicalQuery as canonical,
  describeQuery as describe,
  type Query,
  validateQuery,
} from "../engine/query";
import { errorsOf, lookupError } from "../errors";
import { ORIGINATION_IDENTITIES, type OriginationIdentity } from "./originationIdentities";
import { BOOLEAN_VALUES, isoTimestamp, text } from "./wire";

/** Filter names DescribePools accepts, exactly as the service model lists them. */
export const POOL_FILTER_NAMES = [
  "status",
  "message-type",
  "two-way-enabled",
  "self-managed-opt-outs-enabled",
  "opt-out-list-name",
  "shared-routes-enabled",
  "deletion-protection-enabled",
  "two-way-channel-arn",
] as const;

/** The name of a DescribePools filter attribute. */
export type PoolFilterName = (typeof POOL_FILTER_NAMES)[number];

/** One DescribePools filter: pools match when the attribute equals any of the values. */
export interface PoolFilter {
  /** The attribute to filter on. */
  readonly name: PoolFilterName;
  /** Accepted values; a pool matches if its attribute equals any of them (1–20 values). */
  readonly values: readonly string[];
}

/** A pool of origination identities (phone numbers, sender IDs) in AWS End User Messaging SMS. */
export interface Pool {
  /** The Amazon Resource Name (ARN) of the pool. */
  readonly poolArn: string;
  /** The unique identifier of the pool. */
  readonly poolId: string;
  /** The current status of the pool: CREATING, ACTIVE or DELETING. */
  readonly status: "CREATING" | "ACTIVE" | "DELETING";
  /** TRANSACTIONAL for critical or time-sensitive messages, PROMOTIONAL otherwise. */
  readonly messageType: "TRANSACTIONAL" | "PROMOTIONAL";
  /** Whether recipients' replies are delivered to the two-way channel. */
  readonly twoWayEnabled: boolean;
  /** The ARN of the two-way channel, when one is set. */
  readonly twoWayChannelArn?: string;
  /** The IAM role a service assumes to post inbound messages, when one is set. */
  readonly twoWayChannelRole?: string;
  /** When true you handle HELP/STOP replies and opt-out tracking yourself. */
  readonly selfManagedOptOutsEnabled: boolean;
  /** The name of the opt-out list associated with the pool. */
  readonly optOutListName: string;
  /** Whether messages may go out through routes shared with other senders. */
  readonly sharedRoutesEnabled: boolean;
  /** When true the pool can't be deleted. */
  readonly deletionProtectionEnabled: boolean;
  /** When the pool was created, ISO 8601 (UTC). */
  readonly createdTimestamp: string;
  /** The pool's phone numbers and sender IDs, with `includeOriginationIdentities: true` only. */
  readonly originationIdentities?: OriginationIdentity[];
}

/** PoolInformation (PascalCase, Date timestamp) to Pool (camelCase, ISO 8601 so it survives state). */
function toPool(info: PoolInformation): Pool {
  return {
    poolArn: info.PoolArn ?? "",
    poolId: info.PoolId ?? "",
    status: info.Status as Pool["status"],
    messageType: info.MessageType as Pool["messageType"],
    twoWayEnabled: info.TwoWayEnabled ?? false,
    ...(info.TwoWayChannelArn ? { twoWayChannelArn: info.TwoWayChannelArn } : {}),
    ...(info.TwoWayChannelRole ? { twoWayChannelRole: info.TwoWayChannelRole } : {}),
    selfManagedOptOutsEnabled: info.SelfManagedOptOutsEnabled ?? false,
    optOutListName: info.OptOutListName ?? "",
    sharedRoutesEnabled: info.SharedRoutesEnabled ?? false,
    deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
    createdTimestamp: isoTimestamp(info.CreatedTimestamp),
  };
}

/** A pool's attribute as a DescribePools filter compares it. */
const POOL_FILTER_FIELDS: Record<PoolFilterName, (pool: Pool) => string | boolean | undefined> = {
  status: (p) => p.status,
  "message-type": (p) => p.messageType,
  "two-way-enabled": (p) => p.twoWayEnabled,
  "self-managed-opt-outs-enabled": (p) => p.selfManagedOptOutsEnabled,
  "opt-out-list-name": (p) => p.optOutListName,
  "shared-routes-enabled": (p) => p.sharedRoutesEnabled,
  "deletion-protection-enabled": (p) => p.deletionProtectionEnabled,
  "two-way-channel-arn": (p) => p.twoWayChannelArn,
};

/** DescribePools, as the engine runs it. */
export const POOLS: ResourceKind<Pool, PoolInformation> = {
  noun: "pool",
  operation: "DescribePools",
  paginator: "paginateDescribePools",
  listMember: "Pools",
  ids: {
    argument: "poolIds",
    member: "PoolIds",
    described: 'a pool ID ("pool-...") or pool ARN',
    example: "pool-0123...",
    arnResource: "pool",
    max: 5,
  },
  filterNames: POOL_FILTER_NAMES,
  filterValueSets: {
    status: ["CREATING", "ACTIVE", "DELETING"],
    "message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
    "two-way-enabled": BOOLEAN_VALUES,
    "self-managed-opt-outs-enabled": BOOLEAN_VALUES,
    "shared-routes-enabled": BOOLEAN_VALUES,
    "deletion-protection-enabled": BOOLEAN_VALUES,
  },
  owner: true,
  toItem: toPool,
  arnOf: (pool) => pool.poolArn,
  idOf: (pool) => pool.poolId,
  filterValue: (pool, name) => text(POOL_FILTER_FIELDS[name as PoolFilterName]?.(pool)),
};

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

/** What a pool lookup returns: the pools and their IDs and ARNs in the same order, and the region searched. */
export interface PoolLookupResult {
  readonly pools: Pool[];
  readonly ids: string[];
  readonly arns: string[];
  readonly region: string;
}

/** Runs a validated pool query (see the engine's `lookup`). */
export async function lookupPools(
  query: Query,
  connection: Connection,
  catalog?: SnapshotCatalog,
): Promise<PoolLookupResult> {
  const { items: pools, region } = await lookup(POOLS, query, connection, lookupError, catalog);
  return { pools, ids: pools.map((p) => p.poolId), arns: pools.map((p) => p.poolArn), region };
}

/**
 * Each pool with its origination identities (ListPoolOriginationIdentities, every page, paced per operation),
 * a bounded number of pools at once; the first failure fails the whole lookup and starts no more listings.
 * Not through the run's snapshot catalog: each pool's listing is asked for once, so a snapshot per pool would
 * only crowd out the ones that are used again.
 */
export async function withOriginationIdentities(
  pools: readonly Pool[],
  connection: Connection,
): Promise<Pool[]> {
  const toError = errorsOf("ListPoolOriginationIdentities", "pool");
  const result: Pool[] = new Array(pools.length);
  await forEachBounded(pools.length, connection.concurrency, async (index) => {
    const pool = pools[index];
    const query = { ids: [], filters: [], parent: pool.poolArn, pageSize: 100 };
    const { items } = await lookup(ORIGINATION_IDENTITIES, query, connection, toError);
    result[index] = { ...pool, originationIdentities: items };
  });
  return result;
}
