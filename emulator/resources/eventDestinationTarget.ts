// The one target of an event destination (CloudWatch Logs, Kinesis Data Firehose or SNS): the model makes all
// three optional, the service wants exactly one when it creates a destination and at most one in an update.

import { conflict, invalidField, validationError } from "../errors";
import type { EventDestination } from "./configurationSet";

export interface DestinationTargets {
  CloudWatchLogsDestination?: EventDestination["CloudWatchLogsDestination"];
  KinesisFirehoseDestination?: EventDestination["KinesisFirehoseDestination"];
  SnsDestination?: EventDestination["SnsDestination"];
}

const TARGETS = ["CloudWatchLogsDestination", "KinesisFirehoseDestination", "SnsDestination"] as const;

/** The target members the request sets; refuses more than one, and none when `required`. */
export function destinationTarget(request: DestinationTargets, required: boolean): DestinationTargets {
  const given = TARGETS.filter((member) => request[member] !== undefined);
  if (given.length > 1) {
    throw validationError(
      "PARAMETERS_CANNOT_BE_USED_TOGETHER",
      given.map((member) => ({
        Name: member,
        Message: `${member} cannot be used together with ${given.filter((m) => m !== member).join(", ")}.`,
      })),
      `An event destination sends to one target; pass only one of ${given.join(", ")}.`,
    );
  }
  if (given.length === 0 && required) {
    throw invalidField(
      "MISSING_PARAMETER",
      "SnsDestination",
      `An event destination needs a target: pass one of ${TARGETS.join(", ")}.`,
    );
  }
  return given.length === 0 ? {} : { [given[0]]: JSON.parse(JSON.stringify(request[given[0]])) };
}

/**
 * `destination` with its target replaced by `target` (when one is given). The type can't change (model:
 * "You can't change an event destination's type between CloudWatch Logs, Firehose, and Amazon SNS"): a
 * target of another type is ConflictException EVENT_DESTINATION_MISMATCH.
 */
export function withTarget(destination: EventDestination, target: DestinationTargets): EventDestination {
  const given = TARGETS.find((member) => target[member] !== undefined);
  if (given === undefined) return destination;
  const current = TARGETS.find((member) => destination[member] !== undefined);
  if (current !== undefined && current !== given) {
    throw conflict(
      "EVENT_DESTINATION_MISMATCH",
      "event-destination",
      destination.EventDestinationName,
      `Event destination '${destination.EventDestinationName}' sends to ${current}; its type can't change to ${given}. Delete it and create a new one instead.`,
    );
  }
  const {
    CloudWatchLogsDestination: _c,
    KinesisFirehoseDestination: _k,
    SnsDestination: _s,
    ...rest
  } = destination;
  return { ...rest, ...target };
}
