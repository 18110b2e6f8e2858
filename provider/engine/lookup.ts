// Runs a validated lookup of any kind: ID chunks in parallel or one paginated listing, every page, one result.
import { clientFor, smsVoiceSdk } from "../aws/client";
import { type Connection, connectionKey } from "../aws/connection";
import { resolveRegion } from "../aws/region";
import type { SnapshotCatalog } from "./catalog";
import type { ResourceKind } from "./kind";
import { checkedPages } from "./pages";
import { canonicalQuery, describeQuery, MAX_PAGE_SIZE, PAIR_SEPARATOR, type Query } from "./query";

/** What a lookup returns: the items in order, and the region searched. */
export interface LookupResult<Item> {
  readonly items: Item[];
  readonly region: string;
}

/** How a kind's failures become the package's errors (which class, which advice). */
export type ErrorFactory = (query: string, region: string, cause: unknown) => Error;

type Page = { NextToken?: string } & Record<string, unknown>;
type Paginator = (
  config: { client: unknown; pageSize?: number },
  input: Record<string, unknown>,
  options?: { abortSignal?: AbortSignal },
) => AsyncIterable<Page>;

const inFlight = new Map<string, Promise<LookupResult<unknown>>>();

/**
 * Runs a validated query. Identical lookups running at the same time share one set of requests, and each
 * caller gets its own copy of the result (one caller sorting the result must not reorder another's).
 * Either every page arrives and the full result is returned, or the lookup fails as a whole.
 */
export async function lookup<Item>(
  kind: ResourceKind<Item>,
  query: Query,
  connection: Connection,
  toError: ErrorFactory,
  /** The run's snapshot catalog; without one every lookup goes to AWS. */
  catalog?: SnapshotCatalog,
): Promise<LookupResult<Item>> {
  const region = await resolveRegion(clientFor(connection));
  const key = [
    kind.operation,
    connectionKey(connection),
    region,
    catalog ? "snapshots" : "direct",
    canonicalQuery(kind, query),
  ].join("|");
  let pending = inFlight.get(key) as Promise<LookupResult<Item>> | undefined;
  if (!pending) {
    pending = run(kind, query, connection, region, toError, catalog).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return structuredClone(await pending);
}

async function run<Item>(
  kind: ResourceKind<Item>,
  query: Query,
  connection: Connection,
  region: string,
  toError: ErrorFactory,
  catalog: SnapshotCatalog | undefined,
): Promise<LookupResult<Item>> {
  // A snapshot is one account's complete listing: its scope is everything that changes what AWS answers.
  const scope = (owner: string | undefined) =>
    [kind.operation, connectionKey(connection), region, query.parent ?? "", owner ?? "SELF"].join("|");
  const fetch = async (q: Query) =>
    (await (q.ids.length > 0 ? byIds : listing)(kind, q, connection)).map((w) => kind.toItem(w));
  try {
    let items: Item[] | undefined;
    if (query.ids.length > 0) {
      items = await catalog?.byIds(kind, scope("SELF"), scope("SHARED"), query.ids);
      items ??= await fetch(query);
    } else {
      const complete = { ...query, filters: [], pageSize: MAX_PAGE_SIZE };
      items = await catalog?.listing(kind, scope(query.owner), query, { fetchAll: () => fetch(complete) });
      items ??= await fetch(query);
    }
    return { items: collect(kind, items, query.ids), region };
  } catch (err) {
    throw toError(describeQuery(kind, query), region, err);
  }
}

/**
 * Every page of a lookup with the AWS SDK's own paginator; a repeated NextToken or a runaway page count
 * fails the lookup instead of looping.
 */
function pagesOf(
  kind: ResourceKind<unknown>,
  query: Query,
  connection: Connection,
  abortSignal?: AbortSignal,
): AsyncGenerator<Page> {
  const paginate = (smsVoiceSdk() as unknown as Record<string, Paginator>)[kind.paginator];
  const pages = paginate(
    { client: clientFor(connection), pageSize: query.pageSize },
    requestOf(kind, query),
    {
      abortSignal,
    },
  );
  return checkedPages(pages, kind.operation);
}

async function listing<Item>(
  kind: ResourceKind<Item>,
  query: Query,
  connection: Connection,
): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const page of pagesOf(kind, query, connection)) all.push(...itemsOf(kind, page));
  return all;
}

function itemsOf(kind: ResourceKind<unknown>, page: Page): unknown[] {
  return (page[kind.listMember] as unknown[] | undefined) ?? [];
}

/** IDs in requests of the operation's maximum, a bounded number at once; the first failure cancels the rest. */
async function byIds<Item>(
  kind: ResourceKind<Item>,
  query: Query,
  connection: Connection,
): Promise<unknown[]> {
  const max = kind.ids?.max ?? query.ids.length;
  const chunks: string[][] = [];
  for (let i = 0; i < query.ids.length; i += max) chunks.push(query.ids.slice(i, i + max));
  const abort = new AbortController();
  const results: unknown[][] = new Array(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length && !abort.signal.aborted) {
      const index = next++;
      const found: unknown[] = [];
      // A chunk of IDs is one page in practice, but follow NextToken anyway rather than trust it.
      for await (const page of pagesOf(kind, { ...query, ids: chunks[index] }, connection, abort.signal)) {
        found.push(...itemsOf(kind, page));
      }
      results[index] = found;
    }
  };
  const workers = Array.from({ length: Math.min(connection.concurrency, chunks.length) }, () =>
    worker().catch((err) => {
      abort.abort();
      throw err;
    }),
  );
  const settled = await Promise.allSettled(workers);
  const failures = settled
    .filter((s): s is PromiseRejectedResult => s.status === "rejected")
    .map((s) => s.reason);
  // After an abort, sibling workers fail with AbortError; report the failure that caused it.
  if (failures.length > 0) throw failures.find((r) => (r as Error)?.name !== "AbortError") ?? failures[0];
  return results.flat();
}

/** The request members of a query (the paginator adds NextToken and MaxResults). */
function requestOf(kind: ResourceKind<unknown>, query: Query): Record<string, unknown> {
  return {
    ...(kind.parent ? { [kind.parent.member]: query.parent } : {}),
    ...(kind.ids && query.ids.length > 0
      ? { [kind.ids.member]: query.ids.map((id) => wireId(kind, id)) }
      : {}),
    ...(query.filters.length > 0
      ? { Filters: query.filters.map((f) => ({ Name: f.name, Values: [...f.values] })) }
      : {}),
    ...(query.owner ? { Owner: query.owner } : {}),
  };
}

/** An ID as the request carries it: the string itself, or a pair entry's two members. */
function wireId(kind: ResourceKind<unknown>, id: string): unknown {
  const spec = kind.ids;
  if (!spec?.pair || !spec.pairFirst) return id;
  const at = id.lastIndexOf(PAIR_SEPARATOR);
  return { [spec.pairFirst.member]: id.slice(0, at), [spec.pair.member]: id.slice(at + 1) };
}

/** The keys an asked entry finds an item under: [as an ARN, as a bare ID]. */
export function askedKeys<Item>(kind: ResourceKind<Item>, item: Item): readonly [string, string] {
  return kind.askedAs?.(item) ?? [kind.arnOf(item), kind.idOf(item)];
}

const byArn = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * De-duplicates by ARN (an ID and the ARN of one resource are one resource) and orders the result: the
 * order the IDs were asked in, or by ARN for listings so that state and diffs don't depend on the service's.
 */
function collect<Item>(kind: ResourceKind<Item>, found: Item[], askedIds: readonly string[]): Item[] {
  const unique = new Map<string, Item>();
  for (const item of found) {
    const arn = kind.arnOf(item);
    if (!unique.has(arn)) unique.set(arn, item);
  }
  const items = [...unique.values()];
  if (askedIds.length === 0) return items.sort((a, b) => byArn(kind.arnOf(a), kind.arnOf(b)));
  const position = new Map<string, number>();
  askedIds.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  // A bare ID only ever finds a resource of the caller's own account (shared ones need their ARN), so a
  // resource shared with the same ID as one of ours must not take ours' place. Resources whose ARN was not
  // asked for came back for a bare ID: their accounts are ours.
  const accountOf = (item: Item) => kind.arnOf(item).split(":")[4];
  const own = new Set(items.filter((item) => !position.has(askedKeys(kind, item)[0])).map(accountOf));
  const idCount = new Map<string, number>();
  for (const item of items)
    idCount.set(askedKeys(kind, item)[1], (idCount.get(askedKeys(kind, item)[1]) ?? 0) + 1);
  const sameId = (item: Item) => (idCount.get(askedKeys(kind, item)[1]) ?? 0) > 1;
  const rank = (item: Item) => {
    const [arnKey, idKey] = askedKeys(kind, item);
    const asArn = position.get(arnKey) ?? askedIds.length;
    const asId =
      own.has(accountOf(item)) || !sameId(item) ? (position.get(idKey) ?? askedIds.length) : askedIds.length;
    return Math.min(asArn, asId);
  };
  return items.sort((a, b) => rank(a) - rank(b));
}
