// DeleteRegistrationAttachment: deletes one of the caller's attachments and answers it DELETED; refused
// (RESOURCE_DELETION_NOT_ALLOWED) while a registration version under review holds it.

import { conflict } from "../errors";
import { currentVersion, REGISTRATIONS, underReview } from "../resources/registration";
import { attachmentInformation, REGISTRATION_ATTACHMENTS } from "../resources/registrationAttachment";
import { defineOperation } from "./context";

export const deleteRegistrationAttachment = defineOperation<{ RegistrationAttachmentId: string }>(
  "DeleteRegistrationAttachment",
  (request, context) => {
    const attachment = context.getOwn(REGISTRATION_ATTACHMENTS, request.RegistrationAttachmentId);
    const owner = [{ name: "owner", values: [context.accountId] }];
    for (const registration of context.collection(REGISTRATIONS).scan(context.region, owner)) {
      if (registration.accountId !== context.accountId || !underReview(registration)) continue;
      const held = Object.values(currentVersion(registration).fields).some(
        (v) => v.RegistrationAttachmentId === attachment.id,
      );
      if (held) {
        throw conflict(
          "RESOURCE_DELETION_NOT_ALLOWED",
          "registration-attachment",
          attachment.id,
          `Registration attachment '${attachment.id}' is a field value of registration '${registration.id}', which is under review; delete it once the review ends.`,
        );
      }
    }
    context.store.removeResource(REGISTRATION_ATTACHMENTS, attachment);
    const { AttachmentUrl: _notAnswered, ...info } = attachmentInformation(attachment);
    return { ...info, AttachmentStatus: "DELETED" };
  },
);
