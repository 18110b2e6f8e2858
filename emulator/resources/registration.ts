// Registrations: the record (its type and status, its versions with their field values, status history and
// denial reasons, the origination identities and registrations associated with it, the review a test set for
// it), its filters, and its RegistrationInformation and RegistrationVersionInformation projections.

import { conflict, invalidField } from "../errors";
import type { OperationContext } from "../operations/context";
import { REGISTRATION_TYPES, type RegistrationType, registrationTypeNamed } from "../registrationTypes";
import { enumOf } from "../serviceModel";
import { defineKind, type ResourceRecord, type Tag } from "./kind";
import { type FieldRule, listOf, oneOf, optional, TAGS } from "./recordFields";

type RegistrationStatus =
  | "CREATED"
  | "SUBMITTED"
  | "AWS_REVIEWING"
  | "REVIEWING"
  | "REQUIRES_AUTHENTICATION"
  | "PROVISIONING"
  | "COMPLETE"
  | "REQUIRES_UPDATES"
  | "CLOSED"
  | "DELETED";

export type VersionStatus =
  | "DRAFT"
  | "SUBMITTED"
  | "AWS_REVIEWING"
  | "REVIEWING"
  | "REQUIRES_AUTHENTICATION"
  | "APPROVED"
  | "DISCARDED"
  | "DENIED"
  | "REVOKED"
  | "ARCHIVED"
  | "REQUIRES_OFFLINE_REVIEW";

/** The model's RegistrationDeniedReasonInformation. */
export interface DeniedReason {
  Reason: string;
  ShortDescription: string;
  LongDescription?: string;
  DocumentationTitle?: string;
  DocumentationLink?: string;
}

/** One field's value as PutRegistrationFieldValue put it, and the reviewer's reason when it was denied. */
export interface FieldValue {
  SelectChoices?: string[];
  TextValue?: string;
  RegistrationAttachmentId?: string;
  DeniedReason?: string;
}

/**
 * What a review decides: approve; require updates of named fields (their DeniedReason), with version-level
 * reasons; or deny with version-level reasons only.
 */
export type ReviewDecision =
  | { outcome: "APPROVE" }
  | {
      outcome: "REQUIRE_UPDATES";
      fields: Array<{ fieldPath: string; reason: string }>;
      reasons: DeniedReason[];
    }
  | { outcome: "DENY"; reasons: DeniedReason[] };

/** A version under review: when it moves to REVIEWING, when it is decided, and what the decision is. */
interface ReviewSchedule {
  reviewingAtMs: number;
  decideAtMs: number;
  decision: ReviewDecision;
}

/** The history member of each status (RegistrationVersionStatusHistory), in epoch milliseconds. */
const HISTORY_MEMBER: Readonly<Partial<Record<VersionStatus, string>>> = {
  DRAFT: "DraftTimestamp",
  SUBMITTED: "SubmittedTimestamp",
  AWS_REVIEWING: "AwsReviewingTimestamp",
  REVIEWING: "ReviewingTimestamp",
  REQUIRES_AUTHENTICATION: "RequiresAuthenticationTimestamp",
  APPROVED: "ApprovedTimestamp",
  DISCARDED: "DiscardedTimestamp",
  DENIED: "DeniedTimestamp",
  REVOKED: "RevokedTimestamp",
  ARCHIVED: "ArchivedTimestamp",
};

export interface RegistrationVersion {
  number: number;
  status: VersionStatus;
  /** RegistrationVersionStatusHistory member -> epoch ms. */
  history: Record<string, number>;
  /** FieldPath -> value; a new version starts with none (AWS copies nothing from the previous one). */
  fields: Record<string, FieldValue>;
  deniedReasons?: DeniedReason[];
  awsReview?: boolean;
  review?: ReviewSchedule;
}

/** An origination identity or registration associated with a registration (RegistrationAssociationMetadata). */
export interface RegistrationAssociation {
  resourceArn: string;
  resourceId: string;
  /** The SupportedAssociation's ResourceType: TOLL_FREE, TEN_DLC, SENDER_ID or a registration type. */
  resourceType: string;
  isoCountryCode?: string;
  phoneNumber?: string;
}

/** A review a test set for a registration: its decision, and how long after submission it comes. */
export interface PlannedReview {
  decision: ReviewDecision;
  delayMs?: number;
}

export interface RegistrationRecord extends ResourceRecord {
  registrationType: string;
  status: RegistrationStatus;
  /** Oldest first; the last is the current version. */
  versions: RegistrationVersion[];
  associations: RegistrationAssociation[];
  /** Set by Emulator.setRegistrationReview: decides the version under review, or else the next one submitted. */
  plannedReview?: PlannedReview;
  tags: Tag[];
}

const VERSION_STATUSES = enumOf("RegistrationVersionStatus");

/** A stored version as the state file holds it (loosely: the emulator wrote it, a person may have edited it). */
const VERSION: FieldRule = {
  rule: "a registration version {number, status, history, fields, deniedReasons?, awsReview?, review?}",
  test: (v) => {
    const version = v as Partial<RegistrationVersion> | null;
    return (
      typeof version === "object" &&
      version !== null &&
      Number.isInteger(version.number) &&
      (version.number as number) >= 1 &&
      VERSION_STATUSES.includes(version.status as string) &&
      typeof version.history === "object" &&
      version.history !== null &&
      Object.values(version.history).every((t) => typeof t === "number") &&
      typeof version.fields === "object" &&
      version.fields !== null &&
      Object.values(version.fields).every((f) => typeof f === "object" && f !== null)
    );
  },
};

const ASSOCIATION: FieldRule = {
  rule: "an association {resourceArn, resourceId, resourceType, isoCountryCode?, phoneNumber?}",
  test: (v) => {
    const a = v as Partial<RegistrationAssociation> | null;
    return (
      typeof a === "object" &&
      a !== null &&
      typeof a.resourceArn === "string" &&
      typeof a.resourceId === "string" &&
      typeof a.resourceType === "string"
    );
  },
};

export const REGISTRATIONS = defineKind<RegistrationRecord>({
  name: "registrations",
  resourceType: "registration",
  arnType: "registration",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: false,
  fields: {
    registrationType: oneOf([...REGISTRATION_TYPES.keys()]),
    status: oneOf(enumOf("RegistrationStatus")),
    versions: listOf(VERSION),
    associations: listOf(ASSOCIATION),
    plannedReview: optional({
      rule: "a planned review {decision, delayMs?}",
      test: (v) => typeof v === "object",
    }),
    tags: TAGS,
  },
  filters: {
    "registration-type": { text: (r) => r.registrationType, allowed: [...REGISTRATION_TYPES.keys()] },
    "registration-status": { text: (r) => r.status, allowed: enumOf("RegistrationStatus") },
  },
  // Associated identities, so that the registration of a phone number or sender ID is found from its ARN.
  extraIndexes: (r) => r.associations.map((a): [string, string] => ["associated", a.resourceArn]),
});

export function typeOf(registration: RegistrationRecord): RegistrationType {
  return registrationTypeNamed(registration.registrationType);
}

export function currentVersion(registration: RegistrationRecord): RegistrationVersion {
  return registration.versions[registration.versions.length - 1];
}

function latestWith(registration: RegistrationRecord, status: VersionStatus): number | undefined {
  const found = [...registration.versions].reverse().find((v) => v.status === status);
  return found?.number;
}

/** The model's RegistrationInformation (also Create/DeleteRegistrationResult). */
export function registrationInformation(registration: RegistrationRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    RegistrationArn: registration.arn,
    RegistrationId: registration.id,
    RegistrationType: registration.registrationType,
    RegistrationStatus: registration.status,
    CurrentVersionNumber: currentVersion(registration).number,
  };
  const approved = latestWith(registration, "APPROVED");
  if (approved !== undefined) info.ApprovedVersionNumber = approved;
  const denied = latestWith(registration, "DENIED");
  if (denied !== undefined) info.LatestDeniedVersionNumber = denied;
  info.CreatedTimestamp = registration.createdMs / 1000;
  return info;
}

/** The model's RegistrationVersionStatusHistory: each status the version has had, in epoch seconds. */
function statusHistory(version: RegistrationVersion): Record<string, number> {
  return Object.fromEntries(Object.entries(version.history).map(([member, ms]) => [member, ms / 1000]));
}

/** The model's RegistrationVersionInformation. */
export function versionInformation(version: RegistrationVersion): Record<string, unknown> {
  const info: Record<string, unknown> = {
    VersionNumber: version.number,
    RegistrationVersionStatus: version.status,
    RegistrationVersionStatusHistory: statusHistory(version),
  };
  if (version.deniedReasons !== undefined && version.deniedReasons.length > 0) {
    info.DeniedReasons = version.deniedReasons.map((r) => ({ ...r }));
  }
  return info;
}

/** Registration, version number and status of a version: Create/Discard/SubmitRegistrationVersionResult. */
export function versionResult(
  registration: RegistrationRecord,
  version: RegistrationVersion,
): Record<string, unknown> {
  return {
    RegistrationArn: registration.arn,
    RegistrationId: registration.id,
    VersionNumber: version.number,
    RegistrationVersionStatus: version.status,
    RegistrationVersionStatusHistory: statusHistory(version),
  };
}

/** Put/DeleteRegistrationFieldValueResult: the field `path` of `version` and its value (the reviewer's reason left out). */
export function fieldValueResult(
  registration: RegistrationRecord,
  version: RegistrationVersion,
  path: string,
  { DeniedReason: _reviewerOnly, ...value }: FieldValue,
): Record<string, unknown> {
  return {
    RegistrationArn: registration.arn,
    RegistrationId: registration.id,
    VersionNumber: version.number,
    FieldPath: path,
    ...value,
  };
}

/** Moves `version` to `status` at `now`, recording it in the status history. */
export function moveVersion(version: RegistrationVersion, status: VersionStatus, now: number): void {
  version.status = status;
  const member = HISTORY_MEMBER[status];
  if (member !== undefined) version.history[member] = now;
}

/** The caller's registration `idOrArn`, or ResourceNotFoundException (registration). */
export function ownRegistration(context: OperationContext, idOrArn: string): RegistrationRecord {
  return context.getOwn(REGISTRATIONS, idOrArn);
}

/** True while the registration's current version is with the reviewers. */
export function underReview(registration: RegistrationRecord): boolean {
  return ["SUBMITTED", "AWS_REVIEWING", "REVIEWING"].includes(currentVersion(registration).status);
}

/** The current version when it is a DRAFT (its fields may change), else ConflictException `reason`. */
export function draftOf(
  registration: RegistrationRecord,
  reason: string,
  action: string,
): RegistrationVersion {
  const version = currentVersion(registration);
  if (version.status !== "DRAFT") {
    throw conflict(
      reason,
      "registration",
      registration.id,
      `Registration '${registration.id}' version ${version.number} is ${version.status}, not DRAFT, so you can't ${action}; ${
        underReview(registration)
          ? "wait until the review ends"
          : "call CreateRegistrationVersion for a new DRAFT version"
      }.`,
    );
  }
  return version;
}

/** The version `number` of a registration, or ValidationException UNKNOWN_REGISTRATION_VERSION naming `member`. */
export function versionNumbered(
  registration: RegistrationRecord,
  number: number,
  member: string,
): RegistrationVersion {
  const version = registration.versions.find((v) => v.number === number);
  if (!version) {
    throw invalidField(
      "UNKNOWN_REGISTRATION_VERSION",
      member,
      `Registration '${registration.id}' has no version ${number}; its versions are 1 to ${currentVersion(registration).number}.`,
    );
  }
  return version;
}
