// Configuration sets: the record (its event destinations, default message type and sender ID, and the protect
// configuration associated with it), its filters and its ConfigurationSetInformation projection.

import { conflict, notFound, quotaExceeded } from "../errors";
import { enumOf } from "../serviceModel";
import { BOOLEAN_VALUES, defineKind, type ResourceRecord, type Tag } from "./kind";
import type { MessageType } from "./pool";
import { BOOLEAN, listOfModel, oneOf, optional, STRING, TAGS } from "./recordFields";

/** The model's EventDestination, as sent and answered. */
export interface EventDestination {
  EventDestinationName: string;
  Enabled: boolean;
  MatchingEventTypes: string[];
  CloudWatchLogsDestination?: { IamRoleArn: string; LogGroupArn: string };
  KinesisFirehoseDestination?: { IamRoleArn: string; DeliveryStreamArn: string };
  SnsDestination?: { TopicArn: string };
}

export interface ConfigurationSetRecord extends ResourceRecord {
  eventDestinations: EventDestination[];
  defaultMessageType?: MessageType;
  defaultSenderId?: string;
  defaultMessageFeedbackEnabled: boolean;
  /** The ARN of the associated protect configuration. */
  protectConfigurationArn?: string;
  tags: Tag[];
}

export const CONFIGURATION_SETS = defineKind<ConfigurationSetRecord>({
  name: "configurationSets",
  resourceType: "configuration-set",
  arnType: "configuration-set",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: false,
  fields: {
    eventDestinations: listOfModel("EventDestination"),
    defaultMessageType: optional(oneOf(enumOf("MessageType"))),
    defaultSenderId: optional(STRING),
    defaultMessageFeedbackEnabled: BOOLEAN,
    protectConfigurationArn: optional(STRING),
    tags: TAGS,
  },
  filters: {
    "event-destination-name": { text: (c) => c.eventDestinations.map((d) => d.EventDestinationName) },
    "matching-event-types": {
      text: (c) => [...new Set(c.eventDestinations.flatMap((d) => d.MatchingEventTypes))],
      allowed: enumOf("EventType"),
    },
    "default-message-type": { text: (c) => c.defaultMessageType, allowed: enumOf("MessageType") },
    "default-sender-id": { text: (c) => c.defaultSenderId },
    "default-message-feedback-enabled": {
      text: (c) => String(c.defaultMessageFeedbackEnabled),
      allowed: BOOLEAN_VALUES,
    },
    "protect-configuration-id": {
      text: (c) => (c.protectConfigurationArn === undefined ? undefined : idOfArn(c.protectConfigurationArn)),
    },
  },
});

/** The ID part of an sms-voice ARN (`.../protect-configuration/<id>`). */
function idOfArn(arn: string): string {
  return arn.slice(arn.indexOf("/") + 1);
}

/** The model's ConfigurationSetInformation (DescribeConfigurationSets). */
export function configurationSetInformation(set: ConfigurationSetRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    ConfigurationSetArn: set.arn,
    ConfigurationSetName: set.id,
    EventDestinations: set.eventDestinations.map(copyDestination),
  };
  if (set.defaultMessageType !== undefined) info.DefaultMessageType = set.defaultMessageType;
  if (set.defaultSenderId !== undefined) info.DefaultSenderId = set.defaultSenderId;
  info.DefaultMessageFeedbackEnabled = set.defaultMessageFeedbackEnabled;
  info.CreatedTimestamp = set.createdMs / 1000;
  if (set.protectConfigurationArn !== undefined) {
    info.ProtectConfigurationId = idOfArn(set.protectConfigurationArn);
  }
  return info;
}

export function copyDestination(destination: EventDestination): EventDestination {
  return JSON.parse(JSON.stringify(destination)) as EventDestination;
}

/** The named event destination of `set`, or ResourceNotFoundException (ResourceType event-destination). */
export function eventDestinationOf(set: ConfigurationSetRecord, name: string): EventDestination {
  const destination = set.eventDestinations.find((d) => d.EventDestinationName === name);
  if (!destination) {
    throw notFound(
      "event-destination",
      name,
      `Event destination '${name}' does not exist in configuration set '${set.id}'; DescribeConfigurationSets lists its event destinations.`,
    );
  }
  return destination;
}

/** Refuses a second event destination of the same name in one configuration set. */
/** The model: "Each configuration set can contain between 0 and 5 event destinations." */
const MAX_EVENT_DESTINATIONS = 5;

export function checkNewEventDestination(set: ConfigurationSetRecord, name: string): void {
  if (set.eventDestinations.some((d) => d.EventDestinationName === name)) {
    throw conflict(
      "RESOURCE_ALREADY_EXISTS",
      "event-destination",
      name,
      `Configuration set '${set.id}' already has an event destination named '${name}'; call UpdateEventDestination to change it.`,
    );
  }
  if (set.eventDestinations.length >= MAX_EVENT_DESTINATIONS) {
    throw quotaExceeded(
      "EVENT_DESTINATIONS_PER_CONFIGURATION_SET",
      `Configuration set '${set.id}' already has ${MAX_EVENT_DESTINATIONS} event destinations, the most it can hold; delete one first.`,
    );
  }
}
