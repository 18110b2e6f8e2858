// Registration attachments (a letter of authorization, an opt-in screenshot): the record, which keeps what the
// upload was (a URL, or the size, type and SHA-256 of a body) but not the body, its filter and its
// RegistrationAttachmentsInformation projection.

import { enumOf } from "../serviceModel";
import { defineKind, type ResourceRecord, type Tag } from "./kind";
import { type FieldRule, oneOf, optional, STRING, TAGS } from "./recordFields";

type AttachmentStatus = "UPLOAD_IN_PROGRESS" | "UPLOAD_COMPLETE" | "UPLOAD_FAILED" | "DELETED";

export interface RegistrationAttachmentRecord extends ResourceRecord {
  status: AttachmentStatus;
  /** AttachmentUrl as given (s3://bucket/key). */
  attachmentUrl?: string;
  /** For an AttachmentBody: its size in bytes, file type and SHA-256 (hex). */
  sizeBytes?: number;
  contentType?: "application/pdf" | "image/jpeg" | "image/png";
  sha256?: string;
  tags: Tag[];
}

const SIZE: FieldRule = { rule: "a number of bytes", test: (v) => Number.isInteger(v) && (v as number) >= 0 };

export const REGISTRATION_ATTACHMENTS = defineKind<RegistrationAttachmentRecord>({
  name: "registrationAttachments",
  resourceType: "registration-attachment",
  arnType: "registration-attachment",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: false,
  fields: {
    status: oneOf(enumOf("AttachmentStatus")),
    attachmentUrl: optional(STRING),
    sizeBytes: optional(SIZE),
    contentType: optional(oneOf(["application/pdf", "image/jpeg", "image/png"])),
    sha256: optional(STRING),
    tags: TAGS,
  },
  filters: {
    "attachment-status": { text: (a) => a.status, allowed: enumOf("AttachmentStatus") },
  },
});

/** The model's RegistrationAttachmentsInformation (also Create/DeleteRegistrationAttachmentResult's members). */
export function attachmentInformation(attachment: RegistrationAttachmentRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    RegistrationAttachmentArn: attachment.arn,
    RegistrationAttachmentId: attachment.id,
    AttachmentStatus: attachment.status,
    CreatedTimestamp: attachment.createdMs / 1000,
  };
  if (attachment.attachmentUrl !== undefined) info.AttachmentUrl = attachment.attachmentUrl;
  return info;
}
