// Runs a validated lookup of any kind: ID chunks in parallel or one paginated listing, every page, one result.
import { clientFor, smsVoiceSdk } from "../aws/client";
import { type Connection, connectionKey, quotaKey } from "../aws/connection";
import { resolveRegion } from "../aws/region";
import { forEachBounded } from "./bounded";
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
    [kind.operation, quotaKey(connection), region, query.parent ?? "", owner ?? "SELF"].join("|");
  const fetch = async (q: Query) => (await listing(kind, q, connection)).map((w) => kind.toItem(w));
  try {
    if (query.ids.length > 0) {
      const items =
        (await catalog?.byIds(kind, scope("SELF"), scope("SHARED"), query.ids, query.filters)) ??
        (await byIds(kind, query, connection));
      return { items: uniqueByArn(kind, items), region };
    }
    const complete = { ...query, filters: [], pageSize: MAX_PAGE_SIZE };
    const items =
      (await catalog?.listing(kind, scope(query.owner), query, { fetchAll: () => fetch(complete) })) ??
      (await fetch(query));
    // By ARN, so that state and diffs don't depend on the order the service lists in.
    return { items: uniqueByArn(kind, items).sort((a, b) => byArn(kind.arnOf(a), kind.arnOf(b))), region };
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

/**
 * IDs in requests of the operation's maximum, in the order asked; the result has one item per asked entry,
 * in that order.
 */
async function byIds<Item>(kind: ResourceKind<Item>, query: Query, connection: Connection): Promise<Item[]> {
  const max = kind.ids?.max ?? query.ids.length;
  const answers = new Map<string, Item>();
  /** Asks for `ids` and records each entry's answer; returns the entries the answers can't tell apart. */
  const ask = async (ids: readonly string[]): Promise<string[]> => {
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += max) chunks.push(ids.slice(i, i + max));
    const unresolved: string[] = [];
    (await requestChunks(kind, query, connection, chunks)).forEach((found, i) => {
      const items = found.map((w) => kind.toItem(w));
      for (const id of chunks[i]) {
        const item = answerFor(kind, id, chunks[i], items);
        if (item === AMBIGUOUS) unresolved.push(id);
        else if (item !== undefined) answers.set(id, item);
      }
    });
    return unresolved;
  };
  const unresolved = await ask(query.ids);
  // Bare IDs alone in a request find only our own resources: one more round settles every ambiguity.
  if (unresolved.length > 0) await ask(unresolved);
  // An entry AWS answered nothing for (it fails with ResourceNotFoundException instead) has no place.
  return query.ids.flatMap((id) => (answers.has(id) ? [answers.get(id)!] : []));
}

const AMBIGUOUS = Symbol("ambiguous");

/**
 * Which item of a request's answer an asked entry found. An ARN names one resource. A bare ID finds only a
 * resource of the caller's own account (shared ones need their ARN), but the answer doesn't say which of
 * several items with that ID is ours: the one whose ARN the request didn't ask for must be, and when it
 * asked for the ARNs of every one of them, the answer can't tell.
 */
function answerFor<Item>(
  kind: ResourceKind<Item>,
  id: string,
  chunk: readonly string[],
  items: readonly Item[],
): Item | typeof AMBIGUOUS | undefined {
  if (namesArn(kind, id)) return items.find((item) => askedKeys(kind, item)[0] === id);
  const candidates = items.filter((item) => askedKeys(kind, item)[1] === entryKey(kind, id));
  if (candidates.length <= 1) return candidates[0];
  const notAskedByArn = candidates.filter((item) => !chunk.includes(askedKeys(kind, item)[0]));
  return notAskedByArn.length === 1 ? notAskedByArn[0] : AMBIGUOUS;
}

/** Sends one request per chunk of IDs, a bounded number at once; the first failure cancels the rest. */
async function requestChunks(
  kind: ResourceKind<unknown>,
  query: Query,
  connection: Connection,
  chunks: readonly string[][],
): Promise<unknown[][]> {
  const results: unknown[][] = new Array(chunks.length);
  await forEachBounded(chunks.length, connection.concurrency, async (index, signal) => {
    const found: unknown[] = [];
    // A chunk of IDs is one page in practice, but follow NextToken anyway rather than trust it.
    for await (const page of pagesOf(kind, { ...query, ids: chunks[index] }, connection, signal)) {
      found.push(...itemsOf(kind, page));
    }
    results[index] = found;
  });
  return results;
}

/**
 * Whether an entry of an ID list is an ARN (a pair entry's ARN is in its first member). A kind whose entries
 * are never ARNs (keywords) takes "arn:..." as any other entry: a keyword may start with "arn:".
 */
export const namesArn = (kind: ResourceKind<unknown>, id: string) =>
  !kind.ids?.noArns && id.startsWith("arn:");

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

/** The keys an asked entry finds an item under: [as an ARN, as a bare ID] (compare with `entryKey`). */
export function askedKeys<Item>(kind: ResourceKind<Item>, item: Item): readonly [string, string] {
  const [arn, id] = kind.askedAs?.(item) ?? [kind.arnOf(item), kind.idOf(item)];
  return [arn, entryKey(kind, id)];
}

/** An asked entry as `askedKeys` gives it: as it is, or in one case where AWS ignores case. */
export function entryKey(kind: ResourceKind<unknown>, entry: string): string {
  return kind.ids?.caseInsensitive ? entry.toUpperCase() : entry;
}

const byArn = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One item per resource, the first place it was asked for (an ID and the ARN of one resource are one). */
function uniqueByArn<Item>(kind: ResourceKind<Item>, items: readonly Item[]): Item[] {
  const unique = new Map<string, Item>();
  for (const item of items) {
    const arn = kind.arnOf(item);
    if (!unique.has(arn)) unique.set(arn, item);
  }
  return [...unique.values()];
}
