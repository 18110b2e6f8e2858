// Plans and runs the DescribePools requests for a lookup: ID chunks in parallel, or one paginated listing.
import type {
  DescribePoolsCommandInput,
  DescribePoolsCommandOutput,
  PoolInformation,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { clientFor, smsVoiceSdk } from "./client";
import { type Connection, connectionKey } from "./connection";
import { lookupError } from "./errors";
import { checkedPages } from "./pages";
import type { Pool } from "./pool";
import { canonicalQuery, describeQuery, MAX_IDS_PER_REQUEST, type PoolQuery } from "./query";
import { resolveRegion } from "./region";

/** What a lookup returns: the pools and their IDs and ARNs in the same order, and the region searched. */
export interface PoolLookupResult {
  readonly pools: Pool[];
  readonly ids: string[];
  readonly arns: string[];
  readonly region: string;
}

const inFlight = new Map<string, Promise<PoolLookupResult>>();

/**
 * Runs a validated query. Identical lookups running at the same time share one set of requests, and each
 * caller gets its own copy of the result (one caller sorting `arns` must not reorder another's).
 * Either every page arrives and the full result is returned, or the lookup fails as a whole.
 */
export async function lookupPools(query: PoolQuery, connection: Connection): Promise<PoolLookupResult> {
  const client = clientFor(connection);
  const region = await resolveRegion(client);
  const key = `${connectionKey(connection)}|${region}|${canonicalQuery(query)}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = runLookup(query, connection, region).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return structuredClone(await pending);
}

async function runLookup(
  query: PoolQuery,
  connection: Connection,
  region: string,
): Promise<PoolLookupResult> {
  const described = describeQuery(query);
  try {
    const infos =
      query.poolIds.length > 0
        ? await describeByIds(query, connection)
        : await describeListing(query, connection);
    const pools = collect(infos, query.poolIds);
    return { pools, ids: pools.map((p) => p.poolId), arns: pools.map((p) => p.poolArn), region };
  } catch (err) {
    throw lookupError(described, region, err);
  }
}

/**
 * Every page of a listing, following NextToken to the end with the SDK's own paginator; a repeated token
 * or a runaway page count fails the listing instead of looping.
 */
export function describePoolPages(
  query: PoolQuery,
  connection: Connection,
  abortSignal?: AbortSignal,
): AsyncGenerator<DescribePoolsCommandOutput> {
  const { paginateDescribePools } = smsVoiceSdk();
  const pages = paginateDescribePools(
    { client: clientFor(connection), pageSize: query.pageSize },
    requestBase(query),
    { abortSignal },
  );
  return checkedPages(pages, "DescribePools");
}

async function describeListing(query: PoolQuery, connection: Connection): Promise<PoolInformation[]> {
  const all: PoolInformation[] = [];
  for await (const page of describePoolPages(query, connection)) all.push(...(page.Pools ?? []));
  return all;
}

/** IDs in requests of five (the API's limit), a bounded number at once; the first failure cancels the rest. */
async function describeByIds(query: PoolQuery, connection: Connection): Promise<PoolInformation[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < query.poolIds.length; i += MAX_IDS_PER_REQUEST) {
    chunks.push(query.poolIds.slice(i, i + MAX_IDS_PER_REQUEST));
  }
  const abort = new AbortController();
  const results: PoolInformation[][] = new Array(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length && !abort.signal.aborted) {
      const index = next++;
      const pages: PoolInformation[] = [];
      // A chunk of IDs is one page in practice, but follow NextToken anyway rather than trust it.
      for await (const page of describePoolPages(
        { ...query, poolIds: chunks[index] },
        connection,
        abort.signal,
      )) {
        pages.push(...(page.Pools ?? []));
      }
      results[index] = pages;
    }
  };
  const workers = Array.from({ length: Math.min(connection.concurrency, chunks.length) }, () =>
    worker().catch((err) => {
      abort.abort();
      throw err;
    }),
  );
  const settled = await Promise.allSettled(workers);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failure) throw firstRealError(settled, failure.reason);
  return results.flat();
}

/** After an abort, sibling workers fail with AbortError; report the failure that caused it. */
function firstRealError(settled: PromiseSettledResult<void>[], fallback: unknown): unknown {
  const reasons = settled
    .filter((s): s is PromiseRejectedResult => s.status === "rejected")
    .map((s) => s.reason);
  return reasons.find((r) => (r as Error)?.name !== "AbortError") ?? fallback;
}

function requestBase(query: PoolQuery): DescribePoolsCommandInput {
  return {
    PoolIds: query.poolIds.length > 0 ? [...query.poolIds] : undefined,
    Filters:
      query.filters.length > 0
        ? query.filters.map((f) => ({ Name: f.name, Values: [...f.values] }))
        : undefined,
    Owner: query.owner,
  };
}

/**
 * De-duplicates by ARN (an ID and the ARN of one pool are one pool) and orders the result: the order the
 * IDs were asked in, or by ARN for listings so that state and diffs don't depend on the service's order.
 */
function collect(infos: PoolInformation[], askedIds: readonly string[]): Pool[] {
  const byArn = new Map<string, Pool>();
  for (const info of infos) {
    const pool = toPool(info);
    if (!byArn.has(pool.poolArn)) byArn.set(pool.poolArn, pool);
  }
  const pools = [...byArn.values()];
  if (askedIds.length === 0)
    return pools.sort((a, b) => (a.poolArn < b.poolArn ? -1 : a.poolArn > b.poolArn ? 1 : 0));
  const position = new Map<string, number>();
  askedIds.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  // A bare ID only ever finds a pool of the caller's own account (shared pools need their ARN), so a
  // pool shared with the same ID as one of ours must not take our pool's place. Pools whose ARN was not
  // asked for came back for a bare ID: their accounts are ours.
  const accountOf = (p: Pool) => p.poolArn.split(":")[4];
  const own = new Set(pools.filter((p) => !position.has(p.poolArn)).map(accountOf));
  const idCount = new Map<string, number>();
  for (const p of pools) idCount.set(p.poolId, (idCount.get(p.poolId) ?? 0) + 1);
  const sameId = (p: Pool) => (idCount.get(p.poolId) ?? 0) > 1;
  const rank = (p: Pool) => {
    const byArn = position.get(p.poolArn) ?? askedIds.length;
    const byId =
      own.has(accountOf(p)) || !sameId(p) ? (position.get(p.poolId) ?? askedIds.length) : askedIds.length;
    return Math.min(byArn, byId);
  };
  return pools.sort((a, b) => rank(a) - rank(b));
}

/** PoolInformation (PascalCase, Date timestamp) to Pool (camelCase, ISO 8601 so it survives state). */
export function toPool(info: PoolInformation): Pool {
  const created = info.CreatedTimestamp;
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
    createdTimestamp: created instanceof Date ? created.toISOString() : new Date(0).toISOString(),
  };
}
