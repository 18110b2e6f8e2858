// The sender ID entry of the lookup engine: DescribeSenderIds (entries are sender ID + country pairs).
import type { SenderIdInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { ResourceKind } from "../engine/kind";
import { BOOLEAN_VALUES, text } from "./wire";

/** Filter names DescribeSenderIds accepts, exactly as the service model lists them. */
const SENDER_ID_FILTER_NAMES = [
  "sender-id",
  "iso-country-code",
  "message-type",
  "deletion-protection-enabled",
  "registered",
] as const;

/** The name of a DescribeSenderIds filter attribute. */
export type SenderIdFilterName = (typeof SENDER_ID_FILTER_NAMES)[number];

/** One sender ID to look up: the sender ID (or its ARN) and the country it is registered for. */
export interface SenderIdRef {
  /** The sender ID, or its ARN (a sender ID shared with you needs the ARN). */
  readonly senderId: string;
  /** The two-character ISO 3166-1 alpha-2 country code, e.g. "GB". */
  readonly isoCountryCode: string;
}

/** An alphanumeric sender ID in AWS End User Messaging SMS, for one country. */
export interface SenderId {
  /** The Amazon Resource Name (ARN) of the sender ID. */
  readonly senderIdArn: string;
  /** The alphanumeric sender ID. */
  readonly senderId: string;
  /** The two-character ISO 3166-1 alpha-2 country code. */
  readonly isoCountryCode: string;
  /** The message types the sender ID may send: TRANSACTIONAL, PROMOTIONAL. */
  readonly messageTypes: string[];
  /** The monthly price to lease the sender ID, in US dollars. */
  readonly monthlyLeasingPrice: string;
  /** When true the sender ID can't be released. */
  readonly deletionProtectionEnabled: boolean;
  /** Whether the sender ID is registered. */
  readonly registered: boolean;
  /** The registration the sender ID belongs to, if any. */
  readonly registrationId?: string;
}

function toSenderId(info: SenderIdInformation): SenderId {
  return {
    senderIdArn: info.SenderIdArn ?? "",
    senderId: info.SenderId ?? "",
    isoCountryCode: info.IsoCountryCode ?? "",
    messageTypes: [...(info.MessageTypes ?? [])],
    monthlyLeasingPrice: info.MonthlyLeasingPrice ?? "",
    deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
    registered: info.Registered ?? false,
    ...(info.RegistrationId ? { registrationId: info.RegistrationId } : {}),
  };
}

const FIELDS: Record<SenderIdFilterName, (s: SenderId) => string[]> = {
  "sender-id": (s) => text(s.senderId),
  "iso-country-code": (s) => text(s.isoCountryCode),
  "message-type": (s) => s.messageTypes,
  "deletion-protection-enabled": (s) => text(s.deletionProtectionEnabled),
  registered: (s) => text(s.registered),
};

/** DescribeSenderIds, as the engine runs it. */
export const SENDER_IDS: ResourceKind<SenderId, SenderIdInformation> = {
  noun: "sender ID",
  operation: "DescribeSenderIds",
  paginator: "paginateDescribeSenderIds",
  listMember: "SenderIds",
  ids: {
    argument: "senderIds",
    member: "SenderIds",
    described: "a sender ID or sender ID ARN",
    example: "MyBrand",
    arnResource: "sender-id",
    // A sender ID's ARN names its country: sender-id/<SenderId>/<IsoCountryCode>.
    arnTail: "[A-Za-z0-9_-]+/[A-Z]{2}",
    arnTailShown: "<sender-id>/<country code>",
    max: 5,
    pairFirst: { argument: "senderId", member: "SenderId" },
    pair: {
      argument: "isoCountryCode",
      member: "IsoCountryCode",
      pattern: /^[A-Z]{2}$/,
      rule: 'a two-letter ISO 3166-1 country code in capitals, e.g. "GB"',
    },
  },
  filterNames: SENDER_ID_FILTER_NAMES,
  filterValueSets: {
    "message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
    "deletion-protection-enabled": BOOLEAN_VALUES,
    registered: BOOLEAN_VALUES,
  },
  owner: true,
  toItem: toSenderId,
  arnOf: (s) => s.senderIdArn,
  idOf: (s) => `${s.senderId}|${s.isoCountryCode}`,
  askedAs: (s) => [`${s.senderIdArn}|${s.isoCountryCode}`, `${s.senderId}|${s.isoCountryCode}`],
  filterValue: (s, name) => FIELDS[name as SenderIdFilterName]?.(s) ?? [],
};
