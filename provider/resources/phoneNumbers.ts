// The phone number entry of the lookup engine: DescribePhoneNumbers, its filters and the PhoneNumber shape.
import type { PhoneNumberInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { ResourceKind } from "../engine/kind";
import { BOOLEAN_VALUES, isoTimestamp, text } from "./wire";

/** Filter names DescribePhoneNumbers accepts, exactly as the service model lists them. */
const PHONE_NUMBER_FILTER_NAMES = [
  "status",
  "iso-country-code",
  "message-type",
  "number-capability",
  "number-type",
  "two-way-enabled",
  "self-managed-opt-outs-enabled",
  "opt-out-list-name",
  "deletion-protection-enabled",
  "two-way-channel-arn",
] as const;

/** The name of a DescribePhoneNumbers filter attribute. */
export type PhoneNumberFilterName = (typeof PHONE_NUMBER_FILTER_NAMES)[number];

/** An origination phone number in AWS End User Messaging SMS. */
export interface PhoneNumber {
  /** The Amazon Resource Name (ARN) of the phone number. */
  readonly phoneNumberArn: string;
  /** The unique identifier of the phone number. */
  readonly phoneNumberId: string;
  /** The phone number in E.164 format. */
  readonly phoneNumber: string;
  /** PENDING, ACTIVE, ASSOCIATING, DISASSOCIATING or DELETED. */
  readonly status: "PENDING" | "ACTIVE" | "ASSOCIATING" | "DISASSOCIATING" | "DELETED";
  /** The two-character ISO 3166-1 alpha-2 country code. */
  readonly isoCountryCode: string;
  /** TRANSACTIONAL or PROMOTIONAL. */
  readonly messageType: "TRANSACTIONAL" | "PROMOTIONAL";
  /** What the number can do: SMS, VOICE, MMS, RCS. */
  readonly numberCapabilities: string[];
  /** SHORT_CODE, LONG_CODE, TOLL_FREE, TEN_DLC or SIMULATOR. */
  readonly numberType: "SHORT_CODE" | "LONG_CODE" | "TOLL_FREE" | "TEN_DLC" | "SIMULATOR";
  /** The monthly price to lease the number, in US dollars. */
  readonly monthlyLeasingPrice: string;
  /** Whether recipients' replies are delivered to the two-way channel. */
  readonly twoWayEnabled: boolean;
  /** The ARN of the two-way channel, when one is set. */
  readonly twoWayChannelArn?: string;
  /** The IAM role a service assumes to post inbound messages, when one is set. */
  readonly twoWayChannelRole?: string;
  /** When true you handle HELP/STOP replies and opt-out tracking yourself. */
  readonly selfManagedOptOutsEnabled: boolean;
  /** The name of the opt-out list associated with the number. */
  readonly optOutListName: string;
  /** Whether the number may send to other countries, when AWS says. */
  readonly internationalSendingEnabled?: boolean;
  /** When true the number can't be released. */
  readonly deletionProtectionEnabled: boolean;
  /** The pool the number belongs to, if any. */
  readonly poolId?: string;
  /** The registration the number belongs to, if any. */
  readonly registrationId?: string;
  /** When the number was requested, ISO 8601 (UTC). */
  readonly createdTimestamp: string;
}

function toPhoneNumber(info: PhoneNumberInformation): PhoneNumber {
  return {
    phoneNumberArn: info.PhoneNumberArn ?? "",
    phoneNumberId: info.PhoneNumberId ?? "",
    phoneNumber: info.PhoneNumber ?? "",
    status: info.Status as PhoneNumber["status"],
    isoCountryCode: info.IsoCountryCode ?? "",
    messageType: info.MessageType as PhoneNumber["messageType"],
    numberCapabilities: [...(info.NumberCapabilities ?? [])],
    numberType: info.NumberType as PhoneNumber["numberType"],
    monthlyLeasingPrice: info.MonthlyLeasingPrice ?? "",
    twoWayEnabled: info.TwoWayEnabled ?? false,
    ...(info.TwoWayChannelArn ? { twoWayChannelArn: info.TwoWayChannelArn } : {}),
    ...(info.TwoWayChannelRole ? { twoWayChannelRole: info.TwoWayChannelRole } : {}),
    selfManagedOptOutsEnabled: info.SelfManagedOptOutsEnabled ?? false,
    optOutListName: info.OptOutListName ?? "",
    ...(info.InternationalSendingEnabled !== undefined
      ? { internationalSendingEnabled: info.InternationalSendingEnabled }
      : {}),
    deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
    ...(info.PoolId ? { poolId: info.PoolId } : {}),
    ...(info.RegistrationId ? { registrationId: info.RegistrationId } : {}),
    createdTimestamp: isoTimestamp(info.CreatedTimestamp),
  };
}

const FIELDS: Record<PhoneNumberFilterName, (n: PhoneNumber) => string[]> = {
  status: (n) => text(n.status),
  "iso-country-code": (n) => text(n.isoCountryCode),
  "message-type": (n) => text(n.messageType),
  "number-capability": (n) => n.numberCapabilities,
  "number-type": (n) => text(n.numberType),
  "two-way-enabled": (n) => text(n.twoWayEnabled),
  "self-managed-opt-outs-enabled": (n) => text(n.selfManagedOptOutsEnabled),
  "opt-out-list-name": (n) => text(n.optOutListName),
  "deletion-protection-enabled": (n) => text(n.deletionProtectionEnabled),
  "two-way-channel-arn": (n) => text(n.twoWayChannelArn),
};

/** DescribePhoneNumbers, as the engine runs it. */
export const PHONE_NUMBERS: ResourceKind<PhoneNumber, PhoneNumberInformation> = {
  noun: "phone number",
  operation: "DescribePhoneNumbers",
  paginator: "paginateDescribePhoneNumbers",
  listMember: "PhoneNumbers",
  ids: {
    argument: "phoneNumberIds",
    member: "PhoneNumberIds",
    described: 'a phone number ID ("phone-...") or phone number ARN',
    example: "phone-0123...",
    arnResource: "phone-number",
    max: 5,
  },
  filterNames: PHONE_NUMBER_FILTER_NAMES,
  filterValueSets: {
    status: ["PENDING", "ACTIVE", "ASSOCIATING", "DISASSOCIATING", "DELETED"],
    "message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
    "number-capability": ["SMS", "VOICE", "MMS", "RCS"],
    "number-type": ["SHORT_CODE", "LONG_CODE", "TOLL_FREE", "TEN_DLC", "SIMULATOR"],
    "two-way-enabled": BOOLEAN_VALUES,
    "self-managed-opt-outs-enabled": BOOLEAN_VALUES,
    "deletion-protection-enabled": BOOLEAN_VALUES,
  },
  owner: true,
  toItem: toPhoneNumber,
  arnOf: (n) => n.phoneNumberArn,
  idOf: (n) => n.phoneNumberId,
  filterValue: (n, name) => FIELDS[name as PhoneNumberFilterName]?.(n) ?? [],
};
