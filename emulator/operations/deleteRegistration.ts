// DeleteRegistration: deletes one of the caller's registrations and answers it DELETED. Refused
// (RESOURCE_DELETION_NOT_ALLOWED) while it is under review, while a registration of another type (a 10DLC
// campaign) is associated with it, and, when its type disassociates nothing itself
// (DISASSOCIATE_ALL_CLOSES_REGISTRATION, DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION), while an origination
// identity is still associated; a type that does (DELETE_REGISTRATION_DISASSOCIATES) leaves its sender IDs
// unregistered.

import { conflict } from "../errors";
import { PHONE_NUMBERS } from "../resources/phoneNumber";
import {
  ownRegistration,
  REGISTRATIONS,
  registrationInformation,
  typeOf,
  underReview,
} from "../resources/registration";
import { SENDER_IDS } from "../resources/senderId";
import { defineOperation } from "./context";

export const deleteRegistration = defineOperation<{ RegistrationId: string }>(
  "DeleteRegistration",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const refuse = (why: string) =>
      conflict(
        "RESOURCE_DELETION_NOT_ALLOWED",
        "registration",
        registration.id,
        `Registration '${registration.id}' can't be deleted: ${why}.`,
      );
    if (underReview(registration)) throw refuse("it is under review; delete it once the review ends");
    const dependents = [
      ...context
        .collection(REGISTRATIONS)
        .scan(context.region, [{ name: "associated", values: [registration.arn] }]),
    ].filter((r) => r.associations.some((a) => a.resourceArn === registration.arn));
    if (dependents.length > 0) {
      throw refuse(
        `registration '${dependents[0].id}' (${dependents[0].registrationType}) is associated with it; delete that first`,
      );
    }
    const identities = registration.associations.filter((a) => !a.resourceArn.includes(":registration/"));
    const disassociates = typeOf(registration).SupportedAssociations.some(
      (s) => s.DisassociationBehavior === "DELETE_REGISTRATION_DISASSOCIATES",
    );
    if (identities.length > 0 && !disassociates) {
      throw refuse(
        `${identities.map((a) => a.resourceId).join(", ")} ${identities.length === 1 ? "is" : "are"} associated with it; release ${identities.length === 1 ? "it" : "them"} first (ReleasePhoneNumber)`,
      );
    }
    for (const association of identities) {
      const sender = context.collection(SENDER_IDS).get(association.resourceArn);
      if (sender) {
        context.collection(SENDER_IDS).update(sender, (s) => {
          s.registered = false;
          s.registrationId = undefined;
        });
      }
      const number = context.collection(PHONE_NUMBERS).get(association.resourceArn);
      if (number) {
        context.collection(PHONE_NUMBERS).update(number, (n) => {
          n.registrationId = undefined;
        });
      }
    }
    context.store.removeResource(REGISTRATIONS, registration);
    return { ...registrationInformation(registration), RegistrationStatus: "DELETED" };
  },
);
