// CreatePool: a pool with one origination identity (a phone number, or a sender ID with its country), whose
// keywords (custom messages and custom keywords too), opt-out list, two-way and self-managed opt-out settings
// it inherits; deletion protection is not inherited.
// The pool answers CREATING and turns ACTIVE after the activation delay. A repeated ClientToken returns the
// pool it created. Only with lenientReferences does an identity the emulator does not hold give an empty pool.

import { KEYWORDS, keywordRecord, keywordsOf } from "../resources/keyword";
import { sortKeyOf, type Tag } from "../resources/kind";
import {
  addMember,
  checkJoinable,
  isPhoneNumber,
  type OriginationIdentityRecord,
} from "../resources/membership";
import { lookUpOriginationIdentity, requireOriginationIdentity } from "../resources/originationIdentity";
import { POOLS, type PoolRecord, poolInformation } from "../resources/pool";
import { createTags } from "../resources/tags";
import { defineOperation, type OperationContext } from "./context";

interface CreatePoolInput {
  OriginationIdentity: string;
  IsoCountryCode?: string;
  MessageType: "TRANSACTIONAL" | "PROMOTIONAL";
  DeletionProtectionEnabled?: boolean;
  Tags?: Tag[];
  ClientToken?: string;
}

function identityOf(
  request: CreatePoolInput,
  context: OperationContext,
): OriginationIdentityRecord | undefined {
  if (!context.lenientReferences) {
    return requireOriginationIdentity(request.OriginationIdentity, request.IsoCountryCode, context);
  }
  const lookup = lookUpOriginationIdentity(request.OriginationIdentity, request.IsoCountryCode, context);
  return "found" in lookup ? lookup.found : undefined;
}

export const createPool = defineOperation<CreatePoolInput>("CreatePool", (request, context) => {
  const token = context.clientToken("CreatePool", request.ClientToken);
  const repeated = token.earlier === undefined ? undefined : context.collection(POOLS).get(token.earlier);
  if (repeated) return { ...poolInformation(repeated), Tags: repeated.tags };
  const tags = createTags(request.Tags);

  const identity = identityOf(request, context);
  if (identity) checkJoinable(identity);
  const phone = identity && isPhoneNumber(identity) ? identity : undefined;
  let poolId = context.newId("pool");
  while (context.collection(POOLS).own(context.region, context.accountId, poolId))
    poolId = context.newId("pool");
  const pool: PoolRecord = {
    id: poolId,
    arn: POOLS.arn(context.region, context.accountId, poolId),
    accountId: context.accountId,
    region: context.region,
    status: "CREATING",
    activateAt: context.now + context.activationDelayMs,
    messageType: request.MessageType,
    twoWayEnabled: phone?.twoWayEnabled ?? false,
    twoWayChannelArn: phone?.twoWayChannelArn,
    twoWayChannelRole: phone?.twoWayChannelRole,
    selfManagedOptOutsEnabled: phone?.selfManagedOptOutsEnabled ?? false,
    optOutListName: phone?.optOutListName ?? "Default",
    sharedRoutesEnabled: false,
    deletionProtectionEnabled: request.DeletionProtectionEnabled ?? false,
    createdMs: context.now,
    tags,
    sortKey: sortKeyOf(context.now, context.accountId, poolId),
  };
  if (pool.twoWayChannelArn === undefined) delete pool.twoWayChannelArn;
  if (pool.twoWayChannelRole === undefined) delete pool.twoWayChannelRole;
  context.collection(POOLS).add(pool);
  if (phone) {
    // Before the number joins the pool: its own keywords, custom HELP/STOP messages and custom keywords too.
    const keywords = context.collection(KEYWORDS);
    for (const k of keywordsOf(phone, context)) {
      keywords.add(keywordRecord(pool, k.keyword, k.message, k.action, pool.createdMs));
    }
  }
  if (identity) addMember(pool, identity, context);
  token.remember(pool.arn);
  // The call that creates a pool answers CREATING, even when the activation delay is zero.
  const { CreatedTimestamp, ...info } = poolInformation(pool);
  return { ...info, Status: "CREATING", Tags: pool.tags, CreatedTimestamp };
});
