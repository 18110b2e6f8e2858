// CreateEventDestination: adds a named, enabled event destination with one target to a configuration set; a
// name already in the set is ConflictException RESOURCE_ALREADY_EXISTS, a sixth destination
// ServiceQuotaExceededException EVENT_DESTINATIONS_PER_CONFIGURATION_SET. A repeated ClientToken returns it.

import {
  CONFIGURATION_SETS,
  checkNewEventDestination,
  copyDestination,
  type EventDestination,
} from "../resources/configurationSet";
import { type DestinationTargets, destinationTarget } from "../resources/eventDestinationTarget";
import { defineOperation } from "./context";

interface CreateEventDestinationInput extends DestinationTargets {
  ConfigurationSetName: string;
  EventDestinationName: string;
  MatchingEventTypes: string[];
  ClientToken?: string;
}

export const createEventDestination = defineOperation<CreateEventDestinationInput>(
  "CreateEventDestination",
  (request, context) => {
    const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
    const answer = (destination: EventDestination) => ({
      ConfigurationSetArn: set.arn,
      ConfigurationSetName: set.id,
      EventDestination: copyDestination(destination),
    });
    const token = context.clientToken("CreateEventDestination", request.ClientToken);
    const repeated =
      token.earlier === `${set.arn}#${request.EventDestinationName}`
        ? set.eventDestinations.find((d) => d.EventDestinationName === request.EventDestinationName)
        : undefined;
    if (repeated) return answer(repeated);

    checkNewEventDestination(set, request.EventDestinationName);
    const destination: EventDestination = {
      EventDestinationName: request.EventDestinationName,
      Enabled: true,
      MatchingEventTypes: [...new Set(request.MatchingEventTypes)],
      ...destinationTarget(request, true),
    };
    context.collection(CONFIGURATION_SETS).update(set, (s) => {
      s.eventDestinations = [...s.eventDestinations, destination];
    });
    token.remember(`${set.arn}#${destination.EventDestinationName}`);
    return answer(destination);
  },
);
