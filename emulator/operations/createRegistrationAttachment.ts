// CreateRegistrationAttachment: a file for a registration's ATTACHMENT field, given as AttachmentBody or as an
// s3:// AttachmentUrl (both, or neither, is refused as AWS documents). AWS takes PDF, JPEG and PNG files of at
// most 500 KB: a body is recognised by its first bytes, a URL by its extension (the emulator cannot read S3).
// The attachment is UPLOAD_COMPLETE at once. A repeated ClientToken returns the attachment it created.

import { createHash } from "node:crypto";
import { validationError } from "../errors";
import { sortKeyOf, type Tag } from "../resources/kind";
import {
  attachmentInformation,
  REGISTRATION_ATTACHMENTS,
  type RegistrationAttachmentRecord,
} from "../resources/registrationAttachment";
import { createTags } from "../resources/tags";
import { defineOperation } from "./context";

interface CreateRegistrationAttachmentInput {
  AttachmentBody?: string;
  AttachmentUrl?: string;
  Tags?: Tag[];
  ClientToken?: string;
}

/** The User Guide: "The maximum file size is 500KB and valid file extensions are PDF, JPEG and PNG." */
const MAX_BYTES = 500 * 1024;
const S3_URL = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/\S+$/;
const EXTENSIONS: Record<string, RegistrationAttachmentRecord["contentType"]> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

function contentTypeOf(body: Buffer): RegistrationAttachmentRecord["contentType"] | undefined {
  if (body.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (body.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return "image/jpeg";
  return undefined;
}

const refuse = (reason: Parameters<typeof validationError>[0], name: string, message: string) =>
  validationError(reason, [{ Name: name, Message: message }], message);

/** What the upload is: a URL, or a body's size, type and digest (never the body itself). */
function upload(request: CreateRegistrationAttachmentInput): Partial<RegistrationAttachmentRecord> {
  const { AttachmentBody, AttachmentUrl } = request;
  if (AttachmentBody !== undefined && AttachmentUrl !== undefined) {
    throw validationError(
      "PARAMETERS_CANNOT_BE_USED_TOGETHER",
      [
        { Name: "AttachmentBody", Message: "AttachmentBody cannot be used together with AttachmentUrl." },
        { Name: "AttachmentUrl", Message: "AttachmentUrl cannot be used together with AttachmentBody." },
      ],
      "AttachmentBody and AttachmentUrl cannot be used together; upload the file in one of them.",
    );
  }
  if (AttachmentUrl !== undefined) {
    if (!S3_URL.test(AttachmentUrl)) {
      throw refuse(
        "INVALID_PARAMETER",
        "AttachmentUrl",
        `AttachmentUrl '${AttachmentUrl}' must be an S3 URI like s3://BucketName/FileName.`,
      );
    }
    const extension = AttachmentUrl.slice(AttachmentUrl.lastIndexOf(".") + 1).toLowerCase();
    const contentType = EXTENSIONS[extension];
    if (!contentType) {
      throw refuse(
        "ATTACHMENT_TYPE_NOT_SUPPORTED",
        "AttachmentUrl",
        `AttachmentUrl '${AttachmentUrl}' is not a PDF, JPEG or PNG file (.pdf, .jpg, .jpeg, .png).`,
      );
    }
    return { attachmentUrl: AttachmentUrl, contentType };
  }
  if (AttachmentBody === undefined) {
    throw refuse(
      "MISSING_PARAMETER",
      "AttachmentBody",
      "Give the file in AttachmentBody, or its S3 URI in AttachmentUrl.",
    );
  }
  const body = Buffer.from(AttachmentBody, "base64");
  if (body.length > MAX_BYTES) {
    throw refuse(
      "MAXIMUM_SIZE_EXCEEDED",
      "AttachmentBody",
      `AttachmentBody is ${body.length} bytes; an attachment is at most ${MAX_BYTES} bytes (500 KB).`,
    );
  }
  const contentType = contentTypeOf(body);
  if (!contentType) {
    throw refuse(
      "ATTACHMENT_TYPE_NOT_SUPPORTED",
      "AttachmentBody",
      "AttachmentBody is not a PDF, JPEG or PNG file.",
    );
  }
  return { sizeBytes: body.length, contentType, sha256: createHash("sha256").update(body).digest("hex") };
}

export const createRegistrationAttachment = defineOperation<CreateRegistrationAttachmentInput>(
  "CreateRegistrationAttachment",
  (request, context) => {
    const attachments = context.collection(REGISTRATION_ATTACHMENTS);
    const token = context.clientToken("CreateRegistrationAttachment", request.ClientToken);
    const repeated = token.earlier === undefined ? undefined : attachments.get(token.earlier);
    const answer = (a: RegistrationAttachmentRecord) => {
      const { AttachmentUrl: _notAnswered, ...info } = attachmentInformation(a);
      return { ...info, Tags: a.tags.map((t) => ({ ...t })) };
    };
    if (repeated) return answer(repeated);
    const uploaded = upload(request);
    const tags = createTags(request.Tags);
    let id = context.newId("attachment");
    while (attachments.own(context.region, context.accountId, id)) id = context.newId("attachment");
    const attachment: RegistrationAttachmentRecord = {
      arn: REGISTRATION_ATTACHMENTS.arn(context.region, context.accountId, id),
      id,
      accountId: context.accountId,
      region: context.region,
      createdMs: context.now,
      sortKey: sortKeyOf(context.now, context.accountId, id),
      status: "UPLOAD_COMPLETE",
      ...uploaded,
      tags,
    };
    attachments.add(attachment);
    token.remember(attachment.arn);
    return answer(attachment);
  },
);
