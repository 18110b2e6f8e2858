// DeletePool: removes one of the caller's own pools unless deletion protection is on; answers DELETING. Its
// origination identities are disassociated (AWS: "Deleting a pool disassociates all origination identities").

import { deletionProtected } from "../errors";
import { removePool } from "../resources/membership";
import { POOLS, poolInformation } from "../resources/pool";
import { defineOperation } from "./context";

export const deletePool = defineOperation<{ PoolId: string }>("DeletePool", (request, context) => {
  const pool = context.getOwn(POOLS, request.PoolId);
  if (pool.deletionProtectionEnabled) throw deletionProtected("pool", pool.id, "UpdatePool");
  removePool(pool, context);
  const { DeletionProtectionEnabled: _omitted, ...info } = poolInformation(pool);
  return { ...info, Status: "DELETING" };
});
