// DeletePool: removes one of the caller's own pools unless deletion protection is on; answers DELETING.

import { deletionProtected, poolNotFound } from "../errors";
import { poolInformation } from "../poolRecord";
import { DeletePoolRequest } from "../shapes";
import { validateInput } from "../validation";
import type { OperationContext } from "./context";

export function deletePool(input: unknown, context: OperationContext): Record<string, unknown> {
  const request = validateInput<{ PoolId: string }>(DeletePoolRequest, input, context.numberAsSent);
  const pool = context.store.resolve(context.region, context.accountId, request.PoolId);
  if (!pool || pool.accountId !== context.accountId) throw poolNotFound(request.PoolId);
  if (pool.deletionProtectionEnabled) throw deletionProtected(pool.poolId);
  context.store.remove(pool);
  const { DeletionProtectionEnabled: _omitted, ...info } = poolInformation(pool);
  return { ...info, Status: "DELETING" };
}
