// UpdateEventDestination: changes an event destination's Enabled flag, matching event types or target (a new
// target of the same type replaces the old one; another type is ConflictException EVENT_DESTINATION_MISMATCH).

import {
  CONFIGURATION_SETS,
  copyDestination,
  type EventDestination,
  eventDestinationOf,
} from "../resources/configurationSet";
import { type DestinationTargets, destinationTarget, withTarget } from "../resources/eventDestinationTarget";
import { defineOperation } from "./context";

interface UpdateEventDestinationInput extends DestinationTargets {
  ConfigurationSetName: string;
  EventDestinationName: string;
  Enabled?: boolean;
  MatchingEventTypes?: string[];
}

export const updateEventDestination = defineOperation<UpdateEventDestinationInput>(
  "UpdateEventDestination",
  (request, context) => {
    const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
    const current = eventDestinationOf(set, request.EventDestinationName);
    let updated: EventDestination = withTarget(current, destinationTarget(request, false));
    if (request.Enabled !== undefined) updated = { ...updated, Enabled: request.Enabled };
    if (request.MatchingEventTypes !== undefined) {
      updated = { ...updated, MatchingEventTypes: [...new Set(request.MatchingEventTypes)] };
    }
    context.collection(CONFIGURATION_SETS).update(set, (s) => {
      s.eventDestinations = s.eventDestinations.map((d) => (d === current ? updated : d));
    });
    return {
      ConfigurationSetArn: set.arn,
      ConfigurationSetName: set.id,
      EventDestination: copyDestination(updated),
    };
  },
);
