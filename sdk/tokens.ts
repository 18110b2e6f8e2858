// Every public Pulumi token of the package, in one place.

/** Invoke token answered by `mocks.call` for getPools under `pulumi.runtime.setMocks`. */
export const GET_POOLS_TOKEN = "sms-pools:index:getPools";
/** Invoke token answered by `mocks.call` for getPool under `pulumi.runtime.setMocks`. */
export const GET_POOL_TOKEN = "sms-pools:index:getPool";
/** Module and type of the PoolLookup dynamic resource: its type is `pulumi-nodejs:dynamic/sms-pools:PoolLookup`. */
export const POOL_LOOKUP_MODULE = "sms-pools";
export const POOL_LOOKUP_TYPE = "PoolLookup";
export const POOL_LOOKUP_TOKEN = `pulumi-nodejs:dynamic/${POOL_LOOKUP_MODULE}:${POOL_LOOKUP_TYPE}`;

/** The invoke token mocks answer for any lookup function: `sms-pools:index:<function name>`. */
export const lookupToken = (functionName: string) => `sms-pools:index:${functionName}`;
