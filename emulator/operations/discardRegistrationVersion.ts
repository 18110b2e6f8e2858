// DiscardRegistrationVersion: the current DRAFT version becomes DISCARDED; any other status is
// DISCARD_REGISTRATION_VERSION_NOT_ALLOWED.

import {
  draftOf,
  moveVersion,
  ownRegistration,
  REGISTRATIONS,
  versionResult,
} from "../resources/registration";
import { defineOperation } from "./context";

export const discardRegistrationVersion = defineOperation<{ RegistrationId: string }>(
  "DiscardRegistrationVersion",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const version = draftOf(registration, "DISCARD_REGISTRATION_VERSION_NOT_ALLOWED", "discard it");
    context
      .collection(REGISTRATIONS)
      .update(registration, () => moveVersion(version, "DISCARDED", context.now));
    return versionResult(registration, version);
  },
);
