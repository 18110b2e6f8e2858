// Verified destination numbers, the numbers a sandboxed account may send to: the record (the number, PENDING or
// VERIFIED, and the verification code last sent, kept as its SHA-256 only, with the times codes were sent and
// tried), its
// filters and its VerifiedDestinationNumberInformation projection.

import { createHash } from "node:crypto";
import { conflict } from "../errors";
import type { OperationContext } from "../operations/context";
import { enumOf } from "../serviceModel";
import { defineKind, type ResourceRecord, type Tag } from "./kind";
import { type FieldRule, oneOf, optional, STRING, TAGS } from "./recordFields";

export interface VerifiedDestinationNumberRecord extends ResourceRecord {
  /** E.164. */
  readonly destinationPhoneNumber: string;
  status: "PENDING" | "VERIFIED" | "UNSUPPORTED";
  rcsAgentId?: string;
  /** SHA-256 (hex) of the code last sent, so that no code is written into the state file. */
  codeSha256?: string;
  /** When the code last sent was sent (epoch ms). */
  codeSentMs?: number;
  /** When codes were sent in the last 24 hours (epoch ms), oldest first: at most five a day. */
  codesSentMs: number[];
  /** When a code was last sent or tried (epoch ms): the number can be deleted 24 hours later. */
  lastAttemptMs?: number;
  tags: Tag[];
}

const TIMES: FieldRule = {
  rule: "a list of epoch milliseconds",
  test: (v) => Array.isArray(v) && v.every((t) => typeof t === "number" && Number.isFinite(t)),
};

export const VERIFIED_DESTINATION_NUMBERS = defineKind<VerifiedDestinationNumberRecord>({
  name: "verifiedDestinationNumbers",
  resourceType: "verified-destination-number",
  arnType: "verified-destination-number",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: false,
  fields: {
    destinationPhoneNumber: STRING,
    status: oneOf(enumOf("VerificationStatus")),
    rcsAgentId: optional(STRING),
    codeSha256: optional(STRING),
    codeSentMs: optional({
      rule: "epoch milliseconds",
      test: (v) => typeof v === "number" && Number.isFinite(v),
    }),
    codesSentMs: TIMES,
    lastAttemptMs: optional({
      rule: "epoch milliseconds",
      test: (v) => typeof v === "number" && Number.isFinite(v),
    }),
    tags: TAGS,
  },
  filters: {
    status: { text: (v) => v.status, allowed: enumOf("VerificationStatus") },
    "rcs-agent-id": { text: (v) => v.rcsAgentId },
    // For DescribeVerifiedDestinationNumbers' DestinationPhoneNumbers: a name the model's filters never use.
    "destination-phone-number": { text: (v) => v.destinationPhoneNumber },
  },
});

/** AWS: "You can add up to 10 verified destination numbers." */
export const MAX_VERIFIED_DESTINATION_NUMBERS = 10;

/** A day, the window of AWS's five codes and of the wait before a number can be deleted. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The caller's destination number `id` while it is PENDING; VERIFIED is ConflictException VERIFICATION_ALREADY_COMPLETE. */
export function pendingDestinationNumber(
  context: OperationContext,
  id: string,
): VerifiedDestinationNumberRecord {
  const number = context.getOwn(VERIFIED_DESTINATION_NUMBERS, id);
  if (number.status === "VERIFIED") {
    throw conflict(
      "VERIFICATION_ALREADY_COMPLETE",
      "verified-destination-number",
      number.id,
      `Destination number '${number.id}' (${number.destinationPhoneNumber}) is already VERIFIED.`,
    );
  }
  return number;
}

export function codeDigest(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

/** The model's VerifiedDestinationNumberInformation (and Create/VerifyDestinationNumberResult's members). */
export function verifiedDestinationNumberInformation(
  number: VerifiedDestinationNumberRecord,
): Record<string, unknown> {
  const info: Record<string, unknown> = {
    VerifiedDestinationNumberArn: number.arn,
    VerifiedDestinationNumberId: number.id,
    DestinationPhoneNumber: number.destinationPhoneNumber,
    Status: number.status,
  };
  if (number.rcsAgentId !== undefined) info.RcsAgentId = number.rcsAgentId;
  info.CreatedTimestamp = number.createdMs / 1000;
  return info;
}
