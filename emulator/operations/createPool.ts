// CreatePool: any origination identity that matches the model's pattern; the pool answers CREATING and turns
// ACTIVE after the configured delay. A repeated ClientToken returns the pool it created.

import { poolArn, poolInformation, sortKeyOf } from "../poolRecord";
import { CreatePoolRequest } from "../shapes";
import { validateInput } from "../validation";
import type { OperationContext } from "./context";

interface CreatePoolInput {
  OriginationIdentity: string;
  IsoCountryCode?: string;
  MessageType: "TRANSACTIONAL" | "PROMOTIONAL";
  DeletionProtectionEnabled?: boolean;
  Tags?: Array<{ Key: string; Value: string }>;
  ClientToken?: string;
}

export function createPool(input: unknown, context: OperationContext): Record<string, unknown> {
  const request = validateInput<CreatePoolInput>(CreatePoolRequest, input, context.numberAsSent);
  const tokenKey =
    request.ClientToken === undefined
      ? undefined
      : `${context.accountId}/${context.region}/${request.ClientToken}`;
  let pool = tokenKey === undefined ? undefined : context.clientTokens.get(tokenKey);
  const created = !pool;
  if (!pool) {
    let poolId = context.newPoolId();
    while (context.store.has(context.region, context.accountId, poolId)) poolId = context.newPoolId();
    pool = {
      poolId,
      poolArn: poolArn(context.region, context.accountId, poolId),
      accountId: context.accountId,
      region: context.region,
      status: "CREATING",
      activateAt: context.now + context.activationDelayMs,
      messageType: request.MessageType,
      twoWayEnabled: false,
      selfManagedOptOutsEnabled: false,
      optOutListName: "Default",
      sharedRoutesEnabled: false,
      deletionProtectionEnabled: request.DeletionProtectionEnabled ?? false,
      createdMs: context.now,
      tags: (request.Tags ?? []).map(({ Key, Value }) => ({ Key, Value })),
      sortKey: sortKeyOf(context.now, context.accountId, poolId),
    };
    context.store.add(pool);
    if (tokenKey !== undefined) context.clientTokens.set(tokenKey, pool);
  }
  const { CreatedTimestamp, ...info } = poolInformation(pool);
  // The call that creates a pool answers CREATING, even when the activation delay is zero.
  return { ...info, Status: created ? "CREATING" : info.Status, Tags: pool.tags, CreatedTimestamp };
}
