// Pool lookups through the engine: DescribePools' results as getPools returns them.
import type { Connection } from "./connection";
import type { SnapshotCatalog } from "./engine/catalog";
import { lookup } from "./engine/lookup";
import type { Query } from "./engine/query";
import { errorsOf, lookupError } from "./errors";
import { POOLS, type Pool } from "./pool";
import { ORIGINATION_IDENTITIES } from "./resources/originationIdentities";

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
 * a bounded number of pools at once; the first failure fails the whole lookup.
 */
export async function withOriginationIdentities(
  pools: readonly Pool[],
  connection: Connection,
  catalog?: SnapshotCatalog,
): Promise<Pool[]> {
  const toError = errorsOf("ListPoolOriginationIdentities", "pool");
  const result: Pool[] = new Array(pools.length);
  let next = 0;
  const worker = async () => {
    while (next < pools.length) {
      const index = next++;
      const pool = pools[index];
      const query = { ids: [], filters: [], parent: pool.poolArn, pageSize: 100 };
      const { items } = await lookup(ORIGINATION_IDENTITIES, query, connection, toError, catalog);
      result[index] = { ...pool, originationIdentities: items };
    }
  };
  await Promise.all(Array.from({ length: Math.min(connection.concurrency, pools.length) }, worker));
  return result;
}
