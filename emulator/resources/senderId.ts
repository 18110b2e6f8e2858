// Sender IDs: one per SenderId and country (ARN sender-id/<SenderId>/<IsoCountryCode>), the record, its
// filters and its SenderIdInformation projection. A sender ID can be in several pools (indexed under "pool").

import { enumOf } from "../serviceModel";
import { BOOLEAN_VALUES, defineKind, type ResourceRecord, type Tag } from "./kind";
import { BOOLEAN, listOf, oneOf, optional, STRING, STRINGS, TAGS } from "./recordFields";

export interface SenderIdRecord extends ResourceRecord {
  readonly senderId: string;
  readonly isoCountryCode: string;
  readonly messageTypes: string[];
  readonly monthlyLeasingPrice: string;
  deletionProtectionEnabled: boolean;
  registered: boolean;
  /** The registration the sender ID is associated with (its provisioning on approval, or a seed's). */
  registrationId?: string;
  /** The ARNs of the pools holding this sender ID. */
  poolArns: string[];
  tags: Tag[];
}

export const SENDER_IDS = defineKind<SenderIdRecord>({
  name: "senderIds",
  resourceType: "sender-id",
  arnType: "sender-id",
  idPattern: "[A-Za-z0-9_-]+/[A-Z]{2}",
  taggable: true,
  shareable: true,
  fields: {
    senderId: STRING,
    isoCountryCode: STRING,
    messageTypes: listOf(oneOf(enumOf("MessageType"))),
    monthlyLeasingPrice: STRING,
    deletionProtectionEnabled: BOOLEAN,
    registered: BOOLEAN,
    registrationId: optional(STRING),
    poolArns: STRINGS,
    tags: TAGS,
  },
  filters: {
    "sender-id": { text: (s) => s.senderId },
    "iso-country-code": { text: (s) => s.isoCountryCode },
    "message-type": { text: (s) => s.messageTypes, allowed: enumOf("MessageType") },
    "deletion-protection-enabled": {
      text: (s) => String(s.deletionProtectionEnabled),
      allowed: BOOLEAN_VALUES,
    },
    registered: { text: (s) => String(s.registered), allowed: BOOLEAN_VALUES },
    // For ListPoolOriginationIdentities, which lists phone numbers and sender IDs together.
    "number-capability": { text: () => ["SMS"], allowed: enumOf("NumberCapability") },
  },
  extraIndexes: (s) => s.poolArns.map((arn): [string, string] => ["pool", arn]),
});

export function senderIdKey(senderId: string, isoCountryCode: string): string {
  return `${senderId}/${isoCountryCode}`;
}

/** The model's SenderIdInformation (also Request/Update/ReleaseSenderIdResult). */
export function senderIdInformation(sender: SenderIdRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    SenderIdArn: sender.arn,
    SenderId: sender.senderId,
    IsoCountryCode: sender.isoCountryCode,
    MessageTypes: [...sender.messageTypes],
    MonthlyLeasingPrice: sender.monthlyLeasingPrice,
    DeletionProtectionEnabled: sender.deletionProtectionEnabled,
    Registered: sender.registered,
  };
  if (sender.registrationId !== undefined) info.RegistrationId = sender.registrationId;
  return info;
}
