// Snapshots of complete listings for one run: many differently filtered lookups, one listing of the account.
import type { ResourceKind } from "./kind";
import { askedKeys, entryKey, namesArn } from "./lookup";
import type { Filter, Query } from "./query";

/** How a lookup may be answered from a snapshot: what to fetch when one is needed. */
export interface SnapshotSource<Item> {
  /** The complete listing of the scope (no filters, no IDs), every page. */
  fetchAll(): Promise<Item[]>;
}

/**
 * Within one run (a Pulumi program's run, the dynamic-provider server's process, one audit), listings of the
 * same kind, connection, region and owner are answered from one snapshot. The first listing of a scope goes
 * to AWS as it is (a single lookup costs what it always did; an unfiltered one becomes the snapshot); from
 * the second different listing on, the complete listing is fetched once and filtered locally with AWS's
 * semantics. Lookups by ID are answered from a snapshot only when it holds every ID asked for.
 */
/**
 * How many scopes a catalog keeps snapshots for, the least recently used dropped first (a dropped scope's
 * next listing goes to AWS again, which is always correct). A stack's kinds, regions and owners stay far
 * below it; per-parent listings (keywords of each number) are what could reach it.
 */
export const CATALOG_SCOPES = 256;

export class SnapshotCatalog {
  /** Per scope: the listings seen so far (canonical filters + owner). */
  private readonly listings = new Map<string, Set<string>>();
  private readonly snapshots = new Map<string, Promise<readonly unknown[]>>();

  /** How many scopes hold a snapshot (for tests and diagnostics). */
  get size(): number {
    return this.snapshots.size;
  }

  /**
   * The answer to a listing from a snapshot, or undefined when this listing should go to AWS itself (the
   * first filtered listing of its scope). An unfiltered listing is the complete listing: it is fetched as
   * the scope's snapshot, so lookups arriving while it runs wait for it instead of listing again.
   */
  async listing<Item>(
    kind: ResourceKind<Item>,
    scope: string,
    query: Query,
    source: SnapshotSource<Item>,
  ): Promise<Item[] | undefined> {
    const existing = this.used(scope) as Promise<Item[]> | undefined;
    if (existing) return matching(kind, await existing, query.filters);
    const seen = this.listings.get(scope) ?? new Set<string>();
    this.listings.delete(scope);
    this.listings.set(scope, seen);
    dropOldest(this.listings);
    const identity = JSON.stringify(query.filters);
    const first = seen.size === 0 || seen.has(identity);
    // Only whether a listing was seen before matters; a few are enough to tell.
    if (seen.size < 16) seen.add(identity);
    if (first && query.filters.length > 0) return undefined;
    return matching(kind, await this.take(scope, source), query.filters);
  }

  /**
   * The items of the snapshots named by `ids` (bare IDs match the caller's own resources by `idOf`, ARNs
   * either snapshot by `arnOf`), or undefined when the caller's own snapshot doesn't exist yet or one ID is
   * missing from them: then AWS answers, never a guess.
   */
  async byIds<Item>(
    kind: ResourceKind<Item>,
    ownScope: string,
    sharedScope: string,
    ids: readonly string[],
    filters: readonly Filter[],
  ): Promise<Item[] | undefined> {
    const own = this.used(ownScope) as Promise<Item[]> | undefined;
    if (!own) return undefined;
    // A snapshot that failed is no answer: AWS is asked instead.
    const ownItems = await own.catch(() => undefined);
    if (!ownItems) return undefined;
    const sharedItems = ((await this.used(sharedScope)?.catch(() => undefined)) ?? []) as Item[];
    const byArn = new Map([...ownItems, ...sharedItems].map((item) => [askedKeys(kind, item)[0], item]));
    const byId = new Map(ownItems.map((item) => [askedKeys(kind, item)[1], item]));
    const found: Item[] = [];
    for (const id of ids) {
      const item = namesArn(kind, id) ? byArn.get(id) : byId.get(entryKey(kind, id));
      if (!item) return undefined;
      found.push(item);
    }
    // IDs and filters together: AWS answers the resources asked for that also match the filters.
    return matching(kind, found, filters);
  }

  /** A scope's snapshot, made the most recently used (the least recently used are dropped first). */
  private used(scope: string): Promise<readonly unknown[]> | undefined {
    const snapshot = this.snapshots.get(scope);
    if (snapshot) {
      this.snapshots.delete(scope);
      this.snapshots.set(scope, snapshot);
    }
    return snapshot;
  }

  private take<Item>(scope: string, source: SnapshotSource<Item>): Promise<Item[]> {
    let pending = this.snapshots.get(scope) as Promise<Item[]> | undefined;
    if (!pending) {
      const fetched = source.fetchAll();
      // A failed snapshot is not kept: the next listing tries again.
      fetched.catch(() => {
        if (this.snapshots.get(scope) === fetched) this.snapshots.delete(scope);
      });
      this.snapshots.set(scope, fetched);
      dropOldest(this.snapshots);
      pending = fetched;
    }
    return pending;
  }
}

/** Keeps a map of scopes within CATALOG_SCOPES, dropping the entries set longest ago. */
function dropOldest(map: Map<string, unknown>): void {
  for (const key of map.keys()) {
    if (map.size <= CATALOG_SCOPES) return;
    map.delete(key);
  }
}

/** AWS's filter semantics: AND across filters, OR within one filter's values, exact string matches. */
function matching<Item>(
  kind: ResourceKind<Item>,
  items: readonly Item[],
  filters: readonly Filter[],
): Item[] {
  if (filters.length === 0) return [...items];
  return items.filter((item) =>
    filters.every((f) => {
      const actual = kind.filterValue(item, f.name);
      return f.values.some((v) => actual.includes(v));
    }),
  );
}
