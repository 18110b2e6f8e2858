// DescribeRegistrationAttachments: the caller's registration attachments by ID or ARN, or all of them, filtered
// by attachment-status, paged.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import { attachmentInformation, REGISTRATION_ATTACHMENTS } from "../resources/registrationAttachment";
import { defineOperation } from "./context";

interface DescribeRegistrationAttachmentsInput {
  RegistrationAttachmentIds?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeRegistrationAttachments = defineOperation<DescribeRegistrationAttachmentsInput>(
  "DescribeRegistrationAttachments",
  (request, context) =>
    listResources(context, request, {
      kind: REGISTRATION_ATTACHMENTS,
      resultKey: "RegistrationAttachments",
      project: attachmentInformation,
      lookup: {
        member: "RegistrationAttachmentIds",
        ids: request.RegistrationAttachmentIds ?? [],
        arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
        resolve: (id) => context.getOwn(REGISTRATION_ATTACHMENTS, String(id)),
      },
    }),
);
