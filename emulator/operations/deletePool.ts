// DeletePool: removes one of the caller's own pools unless it is not ACTIVE or deletion protection is on (AWS:
// "If the pool status isn't active or if deletion protection is enabled, an error is returned"); answers DELETING.
// Its origination identities are disassociated (AWS: "Deleting a pool disassociates all origination identities").

import { conflict, deletionProtected } from "../errors";
import { removePool } from "../resources/membership";
import { POOLS, poolInformation } from "../resources/pool";
import { defineOperation } from "./context";

export const deletePool = defineOperation<{ PoolId: string }>("DeletePool", (request, context) => {
  const pool = context.getOwn(POOLS, request.PoolId);
  if (pool.status !== "ACTIVE") {
    throw conflict(
      "RESOURCE_NOT_ACTIVE",
      "pool",
      pool.id,
      `Pool '${pool.id}' is ${pool.status}; a pool can be deleted once it is ACTIVE.`,
    );
  }
  if (pool.deletionProtectionEnabled) throw deletionProtected("pool", pool.id, "UpdatePool");
  removePool(pool, context);
  const { DeletionProtectionEnabled: _omitted, ...info } = poolInformation(pool);
  return { ...info, Status: "DELETING" };
});
