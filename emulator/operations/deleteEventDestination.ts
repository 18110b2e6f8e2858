// DeleteEventDestination: removes an event destination from a configuration set and answers it.

import { CONFIGURATION_SETS, copyDestination, eventDestinationOf } from "../resources/configurationSet";
import { defineOperation } from "./context";

export const deleteEventDestination = defineOperation<{
  ConfigurationSetName: string;
  EventDestinationName: string;
}>("DeleteEventDestination", (request, context) => {
  const set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
  const destination = eventDestinationOf(set, request.EventDestinationName);
  context.collection(CONFIGURATION_SETS).update(set, (s) => {
    s.eventDestinations = s.eventDestinations.filter((d) => d !== destination);
  });
  return {
    ConfigurationSetArn: set.arn,
    ConfigurationSetName: set.id,
    EventDestination: copyDestination(destination),
  };
});
