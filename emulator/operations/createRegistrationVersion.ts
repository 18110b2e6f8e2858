// CreateRegistrationVersion: a new, blank DRAFT version (AWS copies no field value from the previous one) once the
// current version is decided or discarded; refused while it is a DRAFT or under review
// (CREATE_REGISTRATION_VERSION_NOT_ALLOWED).

import { conflict } from "../errors";
import {
  currentVersion,
  ownRegistration,
  REGISTRATIONS,
  underReview,
  versionResult,
} from "../resources/registration";
import { defineOperation } from "./context";

export const createRegistrationVersion = defineOperation<{ RegistrationId: string }>(
  "CreateRegistrationVersion",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const current = currentVersion(registration);
    if (current.status === "DRAFT" || underReview(registration)) {
      throw conflict(
        "CREATE_REGISTRATION_VERSION_NOT_ALLOWED",
        "registration",
        registration.id,
        `Registration '${registration.id}' version ${current.number} is ${current.status}; ${
          current.status === "DRAFT"
            ? "fill that draft in, or DiscardRegistrationVersion it, before creating another"
            : "a new version can be created once its review ends"
        }.`,
      );
    }
    const version = {
      number: current.number + 1,
      status: "DRAFT" as const,
      history: { DraftTimestamp: context.now },
      fields: {},
    };
    context.collection(REGISTRATIONS).update(registration, (r) => {
      r.versions = [...r.versions, version];
    });
    return versionResult(registration, version);
  },
);
