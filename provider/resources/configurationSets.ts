// The configuration set entry of the lookup engine: DescribeConfigurationSets, event destinations included.
import type {
  ConfigurationSetInformation,
  EventDestination as WireEventDestination,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { ResourceKind } from "../engine/kind";
import { BOOLEAN_VALUES, isoTimestamp, text } from "./wire";

/** The model's EventType: what an event destination's MatchingEventTypes (and its filter) take. */
const EVENT_TYPES = [
  "ALL",
  "TEXT_ALL",
  "TEXT_SENT",
  "TEXT_PENDING",
  "TEXT_QUEUED",
  "TEXT_SUCCESSFUL",
  "TEXT_DELIVERED",
  "TEXT_INVALID",
  "TEXT_INVALID_MESSAGE",
  "TEXT_UNREACHABLE",
  "TEXT_CARRIER_UNREACHABLE",
  "TEXT_BLOCKED",
  "TEXT_CARRIER_BLOCKED",
  "TEXT_SPAM",
  "TEXT_UNKNOWN",
  "TEXT_TTL_EXPIRED",
  "TEXT_PROTECT_BLOCKED",
  "VOICE_ALL",
  "VOICE_INITIATED",
  "VOICE_RINGING",
  "VOICE_ANSWERED",
  "VOICE_COMPLETED",
  "VOICE_BUSY",
  "VOICE_NO_ANSWER",
  "VOICE_FAILED",
  "VOICE_TTL_EXPIRED",
  "MEDIA_ALL",
  "MEDIA_PENDING",
  "MEDIA_QUEUED",
  "MEDIA_SUCCESSFUL",
  "MEDIA_DELIVERED",
  "MEDIA_INVALID",
  "MEDIA_INVALID_MESSAGE",
  "MEDIA_UNREACHABLE",
  "MEDIA_CARRIER_UNREACHABLE",
  "MEDIA_BLOCKED",
  "MEDIA_CARRIER_BLOCKED",
  "MEDIA_SPAM",
  "MEDIA_UNKNOWN",
  "MEDIA_TTL_EXPIRED",
  "MEDIA_FILE_INACCESSIBLE",
  "MEDIA_FILE_TYPE_UNSUPPORTED",
  "MEDIA_FILE_SIZE_EXCEEDED",
  "RCS_ALL",
  "RCS_QUEUED",
  "RCS_SENT",
  "RCS_DELIVERED",
  "RCS_READ",
  "RCS_FAILED",
  "RCS_TTL_EXPIRED",
  "RCS_PROTECT_BLOCKED",
  "RCS_FALLEN_BACK_TO_SMS",
];

/** Filter names DescribeConfigurationSets accepts, exactly as the service model lists them. */
const CONFIGURATION_SET_FILTER_NAMES = [
  "event-destination-name",
  "matching-event-types",
  "default-message-type",
  "default-sender-id",
  "default-message-feedback-enabled",
  "protect-configuration-id",
] as const;

/** The name of a DescribeConfigurationSets filter attribute. */
export type ConfigurationSetFilterName = (typeof CONFIGURATION_SET_FILTER_NAMES)[number];

/** Where a configuration set sends the events of its messages. */
export interface EventDestination {
  /** The name of the event destination. */
  readonly eventDestinationName: string;
  /** Whether events are sent to it. */
  readonly enabled: boolean;
  /** The event types sent, e.g. TEXT_DELIVERED, TEXT_FAILED... or ALL. */
  readonly matchingEventTypes: string[];
  /** The CloudWatch Logs destination, when this is one. */
  readonly cloudWatchLogsDestination?: { readonly iamRoleArn: string; readonly logGroupArn: string };
  /** The Data Firehose destination, when this is one. */
  readonly kinesisFirehoseDestination?: { readonly iamRoleArn: string; readonly deliveryStreamArn: string };
  /** The SNS destination, when this is one. */
  readonly snsDestination?: { readonly topicArn: string };
}

/** A configuration set: the event destinations and defaults messages sent with it use. */
export interface ConfigurationSet {
  /** The Amazon Resource Name (ARN) of the configuration set. */
  readonly configurationSetArn: string;
  /** The name of the configuration set. */
  readonly configurationSetName: string;
  /** Its event destinations. */
  readonly eventDestinations: EventDestination[];
  /** The message type used when a message doesn't say, if set. */
  readonly defaultMessageType?: "TRANSACTIONAL" | "PROMOTIONAL";
  /** The sender ID used when a message doesn't say, if set. */
  readonly defaultSenderId?: string;
  /** Whether message feedback is on by default, if set. */
  readonly defaultMessageFeedbackEnabled?: boolean;
  /** The protect configuration associated with it, if any. */
  readonly protectConfigurationId?: string;
  /** When it was created, ISO 8601 (UTC). */
  readonly createdTimestamp: string;
}

function toEventDestination(d: WireEventDestination): EventDestination {
  return {
    eventDestinationName: d.EventDestinationName ?? "",
    enabled: d.Enabled ?? false,
    matchingEventTypes: [...(d.MatchingEventTypes ?? [])],
    ...(d.CloudWatchLogsDestination
      ? {
          cloudWatchLogsDestination: {
            iamRoleArn: d.CloudWatchLogsDestination.IamRoleArn ?? "",
            logGroupArn: d.CloudWatchLogsDestination.LogGroupArn ?? "",
          },
        }
      : {}),
    ...(d.KinesisFirehoseDestination
      ? {
          kinesisFirehoseDestination: {
            iamRoleArn: d.KinesisFirehoseDestination.IamRoleArn ?? "",
            deliveryStreamArn: d.KinesisFirehoseDestination.DeliveryStreamArn ?? "",
          },
        }
      : {}),
    ...(d.SnsDestination ? { snsDestination: { topicArn: d.SnsDestination.TopicArn ?? "" } } : {}),
  };
}

function toConfigurationSet(info: ConfigurationSetInformation): ConfigurationSet {
  return {
    configurationSetArn: info.ConfigurationSetArn ?? "",
    configurationSetName: info.ConfigurationSetName ?? "",
    eventDestinations: (info.EventDestinations ?? []).map(toEventDestination),
    ...(info.DefaultMessageType
      ? { defaultMessageType: info.DefaultMessageType as ConfigurationSet["defaultMessageType"] }
      : {}),
    ...(info.DefaultSenderId ? { defaultSenderId: info.DefaultSenderId } : {}),
    ...(info.DefaultMessageFeedbackEnabled !== undefined
      ? { defaultMessageFeedbackEnabled: info.DefaultMessageFeedbackEnabled }
      : {}),
    ...(info.ProtectConfigurationId ? { protectConfigurationId: info.ProtectConfigurationId } : {}),
    createdTimestamp: isoTimestamp(info.CreatedTimestamp),
  };
}

const FIELDS: Record<ConfigurationSetFilterName, (c: ConfigurationSet) => string[]> = {
  "event-destination-name": (c) => c.eventDestinations.map((d) => d.eventDestinationName),
  "matching-event-types": (c) => c.eventDestinations.flatMap((d) => d.matchingEventTypes),
  "default-message-type": (c) => text(c.defaultMessageType),
  "default-sender-id": (c) => text(c.defaultSenderId),
  "default-message-feedback-enabled": (c) => text(c.defaultMessageFeedbackEnabled),
  "protect-configuration-id": (c) => text(c.protectConfigurationId),
};

/** DescribeConfigurationSets, as the engine runs it. */
export const CONFIGURATION_SETS: ResourceKind<ConfigurationSet, ConfigurationSetInformation> = {
  noun: "configuration set",
  operation: "DescribeConfigurationSets",
  paginator: "paginateDescribeConfigurationSets",
  listMember: "ConfigurationSets",
  ids: {
    argument: "configurationSetNames",
    member: "ConfigurationSetNames",
    described: "a configuration set name or configuration set ARN",
    example: "my-configuration-set",
    arnResource: "configuration-set",
    max: 5,
  },
  filterNames: CONFIGURATION_SET_FILTER_NAMES,
  filterValueSets: {
    "default-message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
    "default-message-feedback-enabled": BOOLEAN_VALUES,
    "matching-event-types": EVENT_TYPES,
  },
  owner: false,
  toItem: toConfigurationSet,
  arnOf: (c) => c.configurationSetArn,
  idOf: (c) => c.configurationSetName,
  filterValue: (c, name) => FIELDS[name as ConfigurationSetFilterName]?.(c) ?? [],
};
