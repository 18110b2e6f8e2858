// Origination phone numbers: the record, its filters and its PhoneNumberInformation projection. A number in a
// pool is indexed under "pool" with the pool's ARN.

import { enumOf } from "../serviceModel";
import { BOOLEAN_VALUES, defineKind, type ResourceRecord, type Tag } from "./kind";
import type { MessageType } from "./pool";
import { BOOLEAN, listOf, oneOf, optional, STRING, TAGS } from "./recordFields";

type NumberStatus = "PENDING" | "ACTIVE" | "ASSOCIATING" | "DISASSOCIATING" | "DELETED";

export interface PhoneNumberRecord extends ResourceRecord {
  readonly phoneNumber: string;
  status: NumberStatus;
  readonly isoCountryCode: string;
  readonly messageType: MessageType;
  readonly numberCapabilities: string[];
  readonly numberType: string;
  readonly monthlyLeasingPrice: string;
  twoWayEnabled: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled: boolean;
  optOutListName: string;
  internationalSendingEnabled: boolean;
  deletionProtectionEnabled: boolean;
  /** The ARN of the pool holding this number. */
  poolArn?: string;
  registrationId?: string;
  tags: Tag[];
}

export const PHONE_NUMBERS = defineKind<PhoneNumberRecord>({
  name: "phoneNumbers",
  resourceType: "phone-number",
  arnType: "phone-number",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: true,
  fields: {
    phoneNumber: STRING,
    status: oneOf(enumOf("NumberStatus")),
    isoCountryCode: STRING,
    messageType: oneOf(enumOf("MessageType")),
    numberCapabilities: listOf(oneOf(enumOf("NumberCapability"))),
    numberType: oneOf(enumOf("NumberType")),
    monthlyLeasingPrice: STRING,
    twoWayEnabled: BOOLEAN,
    twoWayChannelArn: optional(STRING),
    twoWayChannelRole: optional(STRING),
    selfManagedOptOutsEnabled: BOOLEAN,
    optOutListName: STRING,
    internationalSendingEnabled: BOOLEAN,
    deletionProtectionEnabled: BOOLEAN,
    poolArn: optional(STRING),
    registrationId: optional(STRING),
    tags: TAGS,
  },
  filters: {
    status: { text: (n) => n.status, allowed: enumOf("NumberStatus") },
    "iso-country-code": { text: (n) => n.isoCountryCode },
    "message-type": { text: (n) => n.messageType, allowed: enumOf("MessageType") },
    "number-capability": { text: (n) => n.numberCapabilities, allowed: enumOf("NumberCapability") },
    "number-type": { text: (n) => n.numberType, allowed: enumOf("NumberType") },
    "two-way-enabled": { text: (n) => String(n.twoWayEnabled), allowed: BOOLEAN_VALUES },
    "self-managed-opt-outs-enabled": {
      text: (n) => String(n.selfManagedOptOutsEnabled),
      allowed: BOOLEAN_VALUES,
    },
    "opt-out-list-name": { text: (n) => n.optOutListName },
    "deletion-protection-enabled": {
      text: (n) => String(n.deletionProtectionEnabled),
      allowed: BOOLEAN_VALUES,
    },
    "two-way-channel-arn": { text: (n) => n.twoWayChannelArn },
  },
  extraIndexes: (n) => [
    ["number", n.phoneNumber],
    ...(n.poolArn === undefined ? [] : [["pool", n.poolArn] as [string, string]]),
  ],
  activate(number) {
    if (number.status === "PENDING") number.status = "ACTIVE";
  },
});

/** The ID part of a pool ARN. */
function poolIdOf(poolArn: string): string {
  return poolArn.slice(poolArn.lastIndexOf("/") + 1);
}

/** The model's PhoneNumberInformation (also the members of Request/Update/ReleasePhoneNumberResult). */
export function phoneNumberInformation(number: PhoneNumberRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    PhoneNumberArn: number.arn,
    PhoneNumberId: number.id,
    PhoneNumber: number.phoneNumber,
    Status: number.status,
    IsoCountryCode: number.isoCountryCode,
    MessageType: number.messageType,
    NumberCapabilities: [...number.numberCapabilities],
    NumberType: number.numberType,
    MonthlyLeasingPrice: number.monthlyLeasingPrice,
    TwoWayEnabled: number.twoWayEnabled,
  };
  if (number.twoWayChannelArn !== undefined) info.TwoWayChannelArn = number.twoWayChannelArn;
  if (number.twoWayChannelRole !== undefined) info.TwoWayChannelRole = number.twoWayChannelRole;
  info.SelfManagedOptOutsEnabled = number.selfManagedOptOutsEnabled;
  info.OptOutListName = number.optOutListName;
  info.InternationalSendingEnabled = number.internationalSendingEnabled;
  info.DeletionProtectionEnabled = number.deletionProtectionEnabled;
  if (number.poolArn !== undefined) info.PoolId = poolIdOf(number.poolArn);
  if (number.registrationId !== undefined) info.RegistrationId = number.registrationId;
  info.CreatedTimestamp = number.createdMs / 1000;
  return info;
}
