// Pool membership: which phone numbers and sender IDs a pool holds, kept on the members (a phone number's
// poolArn, a sender ID's poolArns) so that listings of either side page from the indexes.

import { conflict } from "../errors";
import type { OperationContext } from "../operations/context";
import { PHONE_NUMBERS, type PhoneNumberRecord } from "./phoneNumber";
import { POOLS, type PoolRecord } from "./pool";
import { SENDER_IDS, type SenderIdRecord } from "./senderId";

export type OriginationIdentityRecord = PhoneNumberRecord | SenderIdRecord;

export function isPhoneNumber(record: OriginationIdentityRecord): record is PhoneNumberRecord {
  return "phoneNumber" in record;
}

/** The phone numbers and sender IDs in `pool`. */
export function membersOf(pool: PoolRecord, context: OperationContext): OriginationIdentityRecord[] {
  const condition = [{ name: "pool", values: [pool.arn] }];
  const numbers = [...context.collection(PHONE_NUMBERS).scan(pool.region, condition)].filter(
    (n) => n.poolArn === pool.arn,
  );
  const senders = [...context.collection(SENDER_IDS).scan(pool.region, condition)].filter((s) =>
    s.poolArns.includes(pool.arn),
  );
  return [...numbers, ...senders];
}

export function addMember(
  pool: PoolRecord,
  member: OriginationIdentityRecord,
  context: OperationContext,
): void {
  if (isPhoneNumber(member)) {
    context.collection(PHONE_NUMBERS).update(member, (n) => {
      n.poolArn = pool.arn;
    });
  } else {
    context.collection(SENDER_IDS).update(member, (s) => {
      if (!s.poolArns.includes(pool.arn)) s.poolArns = [...s.poolArns, pool.arn];
    });
  }
}

export function removeMember(
  pool: PoolRecord,
  member: OriginationIdentityRecord,
  context: OperationContext,
): void {
  if (isPhoneNumber(member)) {
    context.collection(PHONE_NUMBERS).update(member, (n) => {
      n.poolArn = undefined;
    });
  } else {
    context.collection(SENDER_IDS).update(member, (s) => {
      s.poolArns = s.poolArns.filter((arn) => arn !== pool.arn);
    });
  }
}

/** Disassociates every member of `pool`. */
function releaseMembers(pool: PoolRecord, context: OperationContext): void {
  for (const member of membersOf(pool, context)) removeMember(pool, member, context);
}

/**
 * Removes `pool` with its resource policy, disassociating its phone numbers and sender IDs first (AWS:
 * "Deleting a pool disassociates all origination identities"). DeletePool and emulator.removePool both end
 * here; deletion protection is DeletePool's check, not this one's.
 */
export function removePool(pool: PoolRecord, context: OperationContext): boolean {
  releaseMembers(pool, context);
  return context.store.removeResource(POOLS, pool);
}

/** A member as OriginationIdentityMetadata (ListPoolOriginationIdentities). */
export function originationIdentityMetadata(member: OriginationIdentityRecord): Record<string, unknown> {
  if (isPhoneNumber(member)) {
    return {
      OriginationIdentityArn: member.arn,
      OriginationIdentity: member.id,
      IsoCountryCode: member.isoCountryCode,
      NumberCapabilities: [...member.numberCapabilities],
      PhoneNumber: member.phoneNumber,
    };
  }
  return {
    OriginationIdentityArn: member.arn,
    OriginationIdentity: member.senderId,
    IsoCountryCode: member.isoCountryCode,
    NumberCapabilities: ["SMS"],
  };
}

/** The checks AWS makes before a phone number joins a pool: in no other pool, and ACTIVE. */
export function checkJoinable(identity: OriginationIdentityRecord): void {
  if (!isPhoneNumber(identity)) return;
  if (identity.poolArn !== undefined) {
    throw conflict(
      "PHONE_NUMBER_ASSOCIATED_TO_POOL",
      "phone-number",
      identity.id,
      `Phone number '${identity.id}' is already in pool '${identity.poolArn}'; a phone number can be in one pool only.`,
    );
  }
  if (identity.status !== "ACTIVE") {
    throw conflict(
      "RESOURCE_NOT_ACTIVE",
      "phone-number",
      identity.id,
      `Phone number '${identity.id}' is ${identity.status}; wait until it is ACTIVE.`,
    );
  }
}

/** AWS: "If the origination identity configuration doesn't match the pool's configuration, an error is returned." */
export function checkMatchesPool(pool: PoolRecord, identity: OriginationIdentityRecord): void {
  const mismatch = (reason: string, what: string) =>
    conflict(
      reason,
      isPhoneNumber(identity) ? "phone-number" : "sender-id",
      identity.id,
      `${what} of '${identity.id}' does not match pool '${pool.id}'; update one of them first.`,
    );
  if (!isPhoneNumber(identity)) {
    if (!identity.messageTypes.includes(pool.messageType))
      throw mismatch("MESSAGE_TYPE_MISMATCH", "The message types");
    return;
  }
  if (identity.messageType !== pool.messageType) throw mismatch("MESSAGE_TYPE_MISMATCH", "The message type");
  if (identity.optOutListName !== pool.optOutListName)
    throw mismatch("OPT_OUT_LIST_MISMATCH", "The opt-out list");
  if (identity.selfManagedOptOutsEnabled !== pool.selfManagedOptOutsEnabled) {
    throw mismatch("SELF_MANAGED_OPT_OUTS_MISMATCH", "Self-managed opt-outs");
  }
  if (identity.twoWayEnabled !== pool.twoWayEnabled || identity.twoWayChannelArn !== pool.twoWayChannelArn) {
    throw mismatch("TWO_WAY_CONFIG_MISMATCH", "The two-way configuration");
  }
}

/** The answer of AssociateOriginationIdentity and DisassociateOriginationIdentity. */
export function associationResult(
  pool: PoolRecord,
  identity: OriginationIdentityRecord,
): Record<string, unknown> {
  return {
    PoolArn: pool.arn,
    PoolId: pool.id,
    OriginationIdentityArn: identity.arn,
    OriginationIdentity: isPhoneNumber(identity) ? identity.id : identity.senderId,
    IsoCountryCode: identity.isoCountryCode,
  };
}

export function isMember(pool: PoolRecord, identity: OriginationIdentityRecord): boolean {
  return isPhoneNumber(identity) ? identity.poolArn === pool.arn : identity.poolArns.includes(pool.arn);
}
