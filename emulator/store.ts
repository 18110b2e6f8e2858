// The in-memory pool store: every account's pools per region, kept sorted for keyset paging, with sorted
// secondary indexes by owner and by each filter field, and the clock that turns CREATING pools ACTIVE.

import { filterEntries } from "./filters";
import { type PoolRecord, parsePoolArn, poolArn } from "./poolRecord";

/** One indexed condition: pools whose `name` (a filter name, or "owner") is one of `values`. */
export interface IndexedCondition {
  name: string;
  values: readonly string[];
}

/** Index of the first pool whose sort key is greater than `key` (or equal too, when `inclusive`). */
function firstAfter(sorted: readonly PoolRecord[], key: string, inclusive = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const midKey = sorted[mid].sortKey;
    if (midKey < key || (!inclusive && midKey === key)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function insertSorted(sorted: PoolRecord[], pool: PoolRecord): void {
  sorted.splice(firstAfter(sorted, pool.sortKey, true), 0, pool);
}

function removeSorted(sorted: PoolRecord[], pool: PoolRecord): void {
  const index = firstAfter(sorted, pool.sortKey, true);
  if (sorted[index] === pool) sorted.splice(index, 1);
}

function indexKeys(pool: PoolRecord): string[] {
  return [`owner\0${pool.accountId}`, ...filterEntries(pool).map(([name, value]) => `${name}\0${value}`)];
}

class RegionPools {
  readonly all: PoolRecord[] = [];
  readonly indexes = new Map<string, PoolRecord[]>();

  add(pool: PoolRecord): void {
    insertSorted(this.all, pool);
    for (const key of indexKeys(pool)) {
      let list = this.indexes.get(key);
      if (!list) {
        list = [];
        this.indexes.set(key, list);
      }
      insertSorted(list, pool);
    }
  }

  remove(pool: PoolRecord): void {
    removeSorted(this.all, pool);
    for (const key of indexKeys(pool)) {
      const list = this.indexes.get(key);
      if (!list) continue;
      removeSorted(list, pool);
      if (list.length === 0) this.indexes.delete(key);
    }
  }
}

export class PoolStore {
  private readonly byArn = new Map<string, PoolRecord>();
  private readonly regions = new Map<string, RegionPools>();
  private pending: PoolRecord[] = [];

  has(region: string, accountId: string, poolId: string): boolean {
    return this.byArn.has(poolArn(region, accountId, poolId));
  }

  add(pool: PoolRecord): void {
    if (this.byArn.has(pool.poolArn)) throw new Error(`pool ${pool.poolArn} already exists`);
    this.byArn.set(pool.poolArn, pool);
    this.region(pool.region).add(pool);
    if (pool.activateAt !== undefined) this.pending.push(pool);
  }

  remove(pool: PoolRecord): boolean {
    if (this.byArn.get(pool.poolArn) !== pool) return false;
    this.byArn.delete(pool.poolArn);
    this.region(pool.region).remove(pool);
    return true;
  }

  /** Changes a stored pool through `change`, keeping the indexes right. */
  update(pool: PoolRecord, change: (pool: PoolRecord) => void): void {
    const stored = this.byArn.get(pool.poolArn) === pool;
    if (stored) this.region(pool.region).remove(pool);
    change(pool);
    if (stored) this.region(pool.region).add(pool);
  }

  /** Turns CREATING pools whose activation time has come ACTIVE; call before serving a request. */
  settle(now: number): void {
    if (this.pending.length === 0) return;
    const waiting: PoolRecord[] = [];
    for (const pool of this.pending) {
      if (this.byArn.get(pool.poolArn) !== pool) continue;
      if (pool.activateAt === undefined || pool.activateAt > now) {
        waiting.push(pool);
        continue;
      }
      this.update(pool, (p) => {
        if (p.status === "CREATING") p.status = "ACTIVE";
        p.activateAt = undefined;
      });
    }
    this.pending = waiting;
  }

  /**
   * Resolves a PoolId or PoolArn as `accountId` sees it in `region`: IDs name the caller's own pools, ARNs
   * any pool in the region (ownership is the caller's to check).
   */
  resolve(region: string, accountId: string, idOrArn: string): PoolRecord | undefined {
    if (idOrArn.startsWith("arn:")) {
      const parsed = parsePoolArn(idOrArn);
      if (!parsed || parsed.region !== region) return undefined;
      return this.byArn.get(idOrArn);
    }
    return this.byArn.get(poolArn(region, accountId, idOrArn));
  }

  /** The accounts that own pools in `region`. */
  owners(region: string): string[] {
    const owners: string[] = [];
    for (const key of this.region(region).indexes.keys()) {
      if (key.startsWith("owner\0")) owners.push(key.slice("owner\0".length));
    }
    return owners;
  }

  /**
   * Pools of `region` in listing order, after sort key `afterKey`, drawn from the smallest index that the
   * conditions allow. Every pool satisfying all conditions is yielded; others may be too (callers filter).
   */
  *scan(region: string, conditions: readonly IndexedCondition[], afterKey?: string): Generator<PoolRecord> {
    const pools = this.region(region);
    let best: PoolRecord[][] = [pools.all];
    let bestSize = pools.all.length;
    for (const { name, values } of conditions) {
      const lists = [...new Set(values)].map((value) => pools.indexes.get(`${name}\0${value}`) ?? []);
      const size = lists.reduce((sum, list) => sum + list.length, 0);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    const positions = best.map((list) => (afterKey === undefined ? 0 : firstAfter(list, afterKey)));
    for (;;) {
      // Merge the sorted lists; a pool is in at most one of them (one value per field).
      let pick = -1;
      for (let i = 0; i < best.length; i++) {
        if (
          positions[i] < best[i].length &&
          (pick < 0 || best[i][positions[i]].sortKey < best[pick][positions[pick]].sortKey)
        ) {
          pick = i;
        }
      }
      if (pick < 0) return;
      yield best[pick][positions[pick]++];
    }
  }

  private region(region: string): RegionPools {
    let pools = this.regions.get(region);
    if (!pools) {
      pools = new RegionPools();
      this.regions.set(region, pools);
    }
    return pools;
  }
}
