// The in-memory pool store: every account's pools per region, indexed by ARN and kept sorted for keyset paging.

import { type PoolRecord, parsePoolArn, poolArn } from "./poolRecord";

export class PoolStore {
  private readonly byArn = new Map<string, PoolRecord>();
  private readonly sortedByRegion = new Map<string, PoolRecord[]>();

  get size(): number {
    return this.byArn.size;
  }

  has(region: string, accountId: string, poolId: string): boolean {
    return this.byArn.has(poolArn(region, accountId, poolId));
  }

  add(pool: PoolRecord): void {
    if (this.byArn.has(pool.poolArn)) throw new Error(`pool ${pool.poolArn} already exists`);
    this.byArn.set(pool.poolArn, pool);
    const sorted = this.regionList(pool.region);
    sorted.splice(this.firstAfter(sorted, pool.sortKey, true), 0, pool);
  }

  remove(pool: PoolRecord): boolean {
    if (this.byArn.get(pool.poolArn) !== pool) return false;
    this.byArn.delete(pool.poolArn);
    const sorted = this.regionList(pool.region);
    const index = this.firstAfter(sorted, pool.sortKey, true);
    if (sorted[index] === pool) sorted.splice(index, 1);
    return true;
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

  /** Pools of `region` in listing order. Treat as read-only. */
  list(region: string): readonly PoolRecord[] {
    return this.sortedByRegion.get(region) ?? [];
  }

  /** Index of the first pool whose sort key is greater than `key` (or equal too, when `inclusive`). */
  firstAfter(sorted: readonly PoolRecord[], key: string, inclusive = false): number {
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

  private regionList(region: string): PoolRecord[] {
    let sorted = this.sortedByRegion.get(region);
    if (!sorted) {
      sorted = [];
      this.sortedByRegion.set(region, sorted);
    }
    return sorted;
  }
}
