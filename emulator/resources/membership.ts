// Pool membership: which phone numbers and sender IDs a pool holds, kept on the members (a phone number's
// poolArn, a sender ID's poolArns) so that listings of either side page from the indexes.

import type { OperationContext } from "../operations/context";
import { PHONE_NUMBERS, type PhoneNumberRecord } from "./phoneNumber";
import type { PoolRecord } from "./pool";
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

/** Disassociates every member of `pool` (DeletePool). */
export function releaseMembers(pool: PoolRecord, context: OperationContext): void {
  for (const member of membersOf(pool, context)) removeMember(pool, member, context);
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
