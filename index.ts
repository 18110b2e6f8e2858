// pulumi-sms-pools: look up AWS End User Messaging SMS pools from Pulumi programs.
export { PoolLookupError, PoolNotFoundError } from "./provider/errors";
export type { Pool, PoolFilter, PoolFilterName } from "./provider/pool";
export { PoolQueryError, type QueryProblem } from "./provider/query";
export { type GetPoolArgs, type GetPoolOutputArgs, getPool, getPoolOutput } from "./sdk/getPool";
export {
  type GetPoolsArgs,
  type GetPoolsOutputArgs,
  type GetPoolsResult,
  getPools,
  getPoolsOutput,
} from "./sdk/getPools";
export type { LookupOptions, LookupOutputOptions } from "./sdk/options";
export { PoolLookup, type PoolLookupArgs } from "./sdk/poolLookup";
export { GET_POOL_TOKEN, GET_POOLS_TOKEN, POOL_LOOKUP_TOKEN } from "./sdk/tokens";
