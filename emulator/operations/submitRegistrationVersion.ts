// SubmitRegistrationVersion: sends the DRAFT version to the emulator's review (registrationReview.ts). Refused,
// ConflictException SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED as AWS answers it, while a required field (or a
// CONDITIONAL one whose condition holds) has no value, a field's attachment is gone, or a resource the type
// associates before submission (a toll-free number, a 10DLC campaign's brand) is not associated; a version
// already under review is REGISTRATION_ALREADY_SUBMITTED.

import { conflict } from "../errors";
import { missingFields } from "../registrationFields";
import { submitForReview } from "../registrationReview";
import {
  currentVersion,
  draftOf,
  ownRegistration,
  REGISTRATIONS,
  type RegistrationRecord,
  typeOf,
  underReview,
  versionResult,
} from "../resources/registration";
import { REGISTRATION_ATTACHMENTS } from "../resources/registrationAttachment";
import { defineOperation, type OperationContext } from "./context";

const notAllowed = (registration: RegistrationRecord, why: string) =>
  conflict(
    "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED",
    "registration",
    registration.id,
    `Registration '${registration.id}' version ${currentVersion(registration).number} can't be submitted: ${why}.`,
  );

function checkSubmittable(registration: RegistrationRecord, context: OperationContext): void {
  const type = typeOf(registration);
  const version = currentVersion(registration);
  const missing = missingFields(type, version);
  if (missing.length > 0) {
    throw notAllowed(
      registration,
      `these fields have no value: ${missing.join(", ")} (PutRegistrationFieldValue sets them)`,
    );
  }
  for (const [path, value] of Object.entries(version.fields)) {
    const id = value.RegistrationAttachmentId;
    if (id !== undefined && context.findOwn(REGISTRATION_ATTACHMENTS, id)?.status !== "UPLOAD_COMPLETE") {
      throw notAllowed(registration, `${path}'s attachment '${id}' no longer exists; put another one`);
    }
  }
  for (const supported of type.SupportedAssociations) {
    if (supported.AssociationBehavior !== "ASSOCIATE_BEFORE_SUBMIT") continue;
    if (!registration.associations.some((a) => a.resourceType === supported.ResourceType)) {
      throw notAllowed(
        registration,
        `a ${type.RegistrationType} needs a ${supported.ResourceType}${supported.IsoCountryCode ? ` (${supported.IsoCountryCode})` : ""} associated before it is submitted (CreateRegistrationAssociation)`,
      );
    }
  }
}

export const submitRegistrationVersion = defineOperation<{ RegistrationId: string; AwsReview?: boolean }>(
  "SubmitRegistrationVersion",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const version = draftOf(
      registration,
      underReview(registration)
        ? "REGISTRATION_ALREADY_SUBMITTED"
        : "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED",
      "submit it",
    );
    checkSubmittable(registration, context);
    const awsReview = request.AwsReview ?? false;
    context
      .collection(REGISTRATIONS)
      .update(registration, (r) => submitForReview(r, version, awsReview, context.reviews, context.now));
    return { ...versionResult(registration, version), AwsReview: awsReview };
  },
);
