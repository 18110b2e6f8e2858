// Pool lookups through the engine: DescribePools' results as getPools returns them.
import type { Connection } from "./connection";
import type { SnapshotCatalog } from "./engine/catalog";
import { lookup } from "./engine/lookup";
import type { Query } from "./engine/query";
import { lookupError } from "./errors";
import { POOLS, type Pool } from "./pool";

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
