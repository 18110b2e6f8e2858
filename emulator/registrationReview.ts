// The emulator's registration review, decided deterministically: a submitted version is SUBMITTED (AWS_REVIEWING
// first when AwsReview was asked), REVIEWING half way through the review delay, and decided at its end. The
// decision is the one a test set for the registration (Emulator.setRegistrationReview, POST
// /_emulator/registration-reviews), else the first seed rule that matches the version's type and field values,
// else approval. Approval makes the version APPROVED (an earlier approved one ARCHIVED) and the registration
// COMPLETE, activates its phone numbers and provisions its sender ID; a denial makes the version DENIED with its
// reasons (per field for REQUIRE_UPDATES) and the registration REQUIRES_UPDATES, unless an approved version
// still stands.

import { REGISTRATION_TYPES } from "./registrationTypes";
import { sortKeyOf } from "./resources/kind";
import { PHONE_NUMBERS } from "./resources/phoneNumber";
import {
  currentVersion,
  type DeniedReason,
  moveVersion,
  type PlannedReview,
  REGISTRATIONS,
  type RegistrationRecord,
  type RegistrationVersion,
  type ReviewDecision,
  typeOf,
  underReview,
} from "./resources/registration";
import { SENDER_IDS, type SenderIdRecord, senderIdKey } from "./resources/senderId";
import type { Store } from "./store";

/**
 * A review outcome as a test gives it (Emulator.setRegistrationReview, POST /_emulator/registration-reviews, a
 * seed rule).
 * @public
 */
export interface RegistrationReview {
  /** APPROVE; REQUIRE_UPDATES naming fields and why; DENY with reasons. */
  outcome: "APPROVE" | "REQUIRE_UPDATES" | "DENY";
  /** REQUIRE_UPDATES: the fields to update, each with its DeniedReason (at least one). */
  fields?: Array<{ fieldPath: string; reason: string }>;
  /** The version's DeniedReasons (RegistrationDeniedReasonInformation); a default one when omitted. */
  reasons?: Array<{
    reason: string;
    shortDescription: string;
    longDescription?: string;
    documentationTitle?: string;
    documentationLink?: string;
  }>;
  /** Milliseconds from submission to the decision; default the emulator's reviewDelayMs. */
  delayMs?: number;
}

/** A seed rule: the review of every submitted version it matches (type, and field values it equals). @public */
export interface RegistrationReviewRule extends RegistrationReview {
  registrationType?: string;
  /** FieldPath -> the text, or one of the choices, the version must hold. */
  fieldValues?: Record<string, string>;
}

export interface ReviewSettings {
  readonly delayMs: number;
  readonly rules: readonly RegistrationReviewRule[];
}

const OUTCOMES = ["APPROVE", "REQUIRE_UPDATES", "DENY"] as const;
const REASON_FIELDS = [
  "reason",
  "shortDescription",
  "longDescription",
  "documentationTitle",
  "documentationLink",
];
const REVIEW_FIELDS = ["outcome", "fields", "reasons", "delayMs"];

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Every problem of a review as given (`where` names it), against the fields of `registrationType` when known;
 * `extra` are other fields its object may have (a rule's registrationType and fieldValues).
 */
export function reviewProblems(
  review: unknown,
  where: string,
  registrationType: string | undefined,
  extra: readonly string[] = [],
): string[] {
  if (!isObject(review))
    return [`${where} ${show(review)} must be an object {outcome, fields?, reasons?, delayMs?}`];
  const problems: string[] = [];
  for (const key of Object.keys(review)) {
    if (![...REVIEW_FIELDS, ...extra].includes(key)) {
      problems.push(
        `${where}.${key} is not a field of a review; use ${[...REVIEW_FIELDS, ...extra].join(", ")}`,
      );
    }
  }
  if (!OUTCOMES.includes(review.outcome as (typeof OUTCOMES)[number])) {
    problems.push(`${where}.outcome ${show(review.outcome)} must be one of: ${OUTCOMES.join(", ")}`);
  }
  const type = registrationType === undefined ? undefined : REGISTRATION_TYPES.get(registrationType);
  const fields = review.fields;
  if (fields !== undefined || review.outcome === "REQUIRE_UPDATES") {
    if (review.outcome !== "REQUIRE_UPDATES") {
      problems.push(`${where}.fields names fields to update, which only a REQUIRE_UPDATES outcome has`);
    } else if (!Array.isArray(fields) || fields.length === 0) {
      problems.push(
        `${where}.fields ${show(fields)} must list the fields to update, like [{"fieldPath": "companyInfo.companyName", "reason": "..."}]`,
      );
    } else if (type === undefined) {
      problems.push(
        `${where}.registrationType must be given for a REQUIRE_UPDATES rule, so its fields can be checked`,
      );
    } else {
      fields.forEach((field, i) => {
        const ok =
          isObject(field) &&
          typeof field.fieldPath === "string" &&
          typeof field.reason === "string" &&
          field.reason !== "" &&
          Object.keys(field).every((k) => k === "fieldPath" || k === "reason");
        if (!ok) {
          problems.push(
            `${where}.fields[${i}] ${show(field)} must be {"fieldPath": string, "reason": non-empty string}`,
          );
        } else if (!type.fields.some((f) => f.FieldPath === field.fieldPath)) {
          problems.push(
            `${where}.fields[${i}].fieldPath "${field.fieldPath}" is not a field of ${type.RegistrationType}`,
          );
        }
      });
    }
  }
  if (review.reasons !== undefined) {
    if (review.outcome === "APPROVE")
      problems.push(`${where}.reasons are denial reasons, which APPROVE has none of`);
    else if (!Array.isArray(review.reasons) || review.reasons.length === 0) {
      problems.push(
        `${where}.reasons ${show(review.reasons)} must be a non-empty list of {reason, shortDescription}`,
      );
    } else {
      review.reasons.forEach((reason, i) => {
        const ok =
          isObject(reason) &&
          typeof reason.reason === "string" &&
          typeof reason.shortDescription === "string" &&
          Object.entries(reason).every(([k, v]) => REASON_FIELDS.includes(k) && typeof v === "string");
        if (!ok) {
          problems.push(
            `${where}.reasons[${i}] ${show(reason)} must be {reason, shortDescription, longDescription?, documentationTitle?, documentationLink?} of strings`,
          );
        }
      });
    }
  }
  const delay = review.delayMs;
  if (delay !== undefined && !(typeof delay === "number" && Number.isInteger(delay) && delay >= 0)) {
    problems.push(`${where}.delayMs ${show(delay)} must be a whole number of milliseconds >= 0`);
  }
  return problems;
}

/** The seed's review rules, checked: every problem of every rule in one Error. */
export function checkedReviewRules(rules: unknown, where: string): RegistrationReviewRule[] {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw new Error(`${where} must be a list of review rules`);
  const problems = rules.flatMap((rule, i) => {
    const at = `${where}[${i}]`;
    if (!isObject(rule))
      return [`${at} ${show(rule)} must be an object {registrationType?, fieldValues?, outcome, ...}`];
    const type = rule.registrationType;
    const found: string[] = [];
    if (type !== undefined && !(typeof type === "string" && REGISTRATION_TYPES.has(type))) {
      found.push(
        `${at}.registrationType ${show(type)} must be one of: ${[...REGISTRATION_TYPES.keys()].join(", ")}`,
      );
    }
    const values = rule.fieldValues;
    if (
      values !== undefined &&
      !(isObject(values) && Object.values(values).every((v) => typeof v === "string"))
    ) {
      found.push(
        `${at}.fieldValues ${show(values)} must be an object of field path to the text or choice it holds`,
      );
    }
    found.push(...reviewProblems(rule, at, type as string | undefined, ["registrationType", "fieldValues"]));
    return found;
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return rules as RegistrationReviewRule[];
}

/** The decision a checked review makes, with the default reasons AWS would give none of. */
export function plannedReview(review: RegistrationReview): PlannedReview {
  const reasons: DeniedReason[] = (review.reasons ?? []).map((r) => ({
    Reason: r.reason,
    ShortDescription: r.shortDescription,
    ...(r.longDescription === undefined ? {} : { LongDescription: r.longDescription }),
    ...(r.documentationTitle === undefined ? {} : { DocumentationTitle: r.documentationTitle }),
    ...(r.documentationLink === undefined ? {} : { DocumentationLink: r.documentationLink }),
  }));
  let decision: ReviewDecision;
  if (review.outcome === "APPROVE") decision = { outcome: "APPROVE" };
  else if (review.outcome === "DENY") {
    decision = {
      outcome: "DENY",
      reasons:
        reasons.length > 0
          ? reasons
          : [{ Reason: "Denied", ShortDescription: "The reviewer denied this registration version." }],
    };
  } else {
    const fields = (review.fields ?? []).map((f) => ({ fieldPath: f.fieldPath, reason: f.reason }));
    decision = {
      outcome: "REQUIRE_UPDATES",
      fields,
      reasons:
        reasons.length > 0
          ? reasons
          : [
              {
                Reason: "Requires updates",
                ShortDescription: `Update ${fields.map((f) => f.fieldPath).join(", ")} and submit a new version.`,
              },
            ],
    };
  }
  return review.delayMs === undefined ? { decision } : { decision, delayMs: review.delayMs };
}

function ruleMatches(
  rule: RegistrationReviewRule,
  registration: RegistrationRecord,
  version: RegistrationVersion,
) {
  if (rule.registrationType !== undefined && rule.registrationType !== registration.registrationType)
    return false;
  return Object.entries(rule.fieldValues ?? {}).every(([path, wanted]) => {
    const value = version.fields[path];
    return value?.TextValue === wanted || (value?.SelectChoices ?? []).includes(wanted);
  });
}

/** Sends the DRAFT `version` to review at `now`: its decision and schedule, and the statuses of both. */
export function submitForReview(
  registration: RegistrationRecord,
  version: RegistrationVersion,
  awsReview: boolean,
  settings: ReviewSettings,
  now: number,
): void {
  const rule = settings.rules.find((r) => ruleMatches(r, registration, version));
  const plan =
    registration.plannedReview ?? (rule ? plannedReview(rule) : { decision: { outcome: "APPROVE" } });
  registration.plannedReview = undefined;
  const delay = plan.delayMs ?? settings.delayMs;
  version.awsReview = awsReview;
  moveVersion(version, "SUBMITTED", now);
  if (awsReview) moveVersion(version, "AWS_REVIEWING", now);
  version.review = {
    reviewingAtMs: now + Math.floor(delay / 2),
    decideAtMs: now + delay,
    decision: plan.decision,
  };
  // An approved version keeps the registration COMPLETE while an update of it is reviewed.
  if (registration.status !== "COMPLETE")
    registration.status = version.status === "AWS_REVIEWING" ? "AWS_REVIEWING" : "SUBMITTED";
}

/** Records `plan` for the registration: it decides the version under review, else the next one submitted. */
export function planReview(
  store: Store,
  registration: RegistrationRecord,
  plan: PlannedReview,
  now: number,
): "CURRENT" | "NEXT" {
  const version = currentVersion(registration);
  const review = version.review;
  if (underReview(registration) && review) {
    store.of(REGISTRATIONS).update(registration, () => {
      review.decision = plan.decision;
      if (plan.delayMs !== undefined) {
        const submitted = version.history.SubmittedTimestamp ?? now;
        review.decideAtMs = Math.max(now, submitted + plan.delayMs);
        review.reviewingAtMs = Math.min(review.reviewingAtMs, review.decideAtMs);
      }
    });
    settleReviews(store, now);
    return "CURRENT";
  }
  store.of(REGISTRATIONS).update(registration, (r) => {
    r.plannedReview = plan;
  });
  return "NEXT";
}

/** Moves every review whose time has come: to REVIEWING, then to its decision. Call before serving a request. */
export function settleReviews(store: Store, now: number): void {
  const registrations = store.of(REGISTRATIONS);
  if (registrations.size === 0) return;
  for (const registration of [...registrations.records()]) {
    const version = currentVersion(registration);
    const review = version.review;
    if (!review || !underReview(registration)) continue;
    if (now < review.reviewingAtMs) continue;
    registrations.update(registration, (r) => {
      if (version.status !== "REVIEWING") {
        moveVersion(version, "REVIEWING", review.reviewingAtMs);
        if (r.status !== "COMPLETE") r.status = "REVIEWING";
      }
      if (now >= review.decideAtMs) decide(store, r, version, review.decision, review.decideAtMs);
    });
  }
}

function decide(
  store: Store,
  registration: RegistrationRecord,
  version: RegistrationVersion,
  decision: ReviewDecision,
  at: number,
): void {
  version.review = undefined;
  if (decision.outcome !== "APPROVE") {
    moveVersion(version, "DENIED", at);
    version.deniedReasons = decision.reasons.map((r) => ({ ...r }));
    if (decision.outcome === "REQUIRE_UPDATES") {
      for (const { fieldPath, reason } of decision.fields) {
        version.fields[fieldPath] = { ...version.fields[fieldPath], DeniedReason: reason };
      }
    }
    if (registration.status !== "COMPLETE") registration.status = "REQUIRES_UPDATES";
    return;
  }
  for (const earlier of registration.versions) {
    if (earlier !== version && earlier.status === "APPROVED") moveVersion(earlier, "ARCHIVED", at);
  }
  moveVersion(version, "APPROVED", at);
  registration.status = "COMPLETE";
  const provisions = typeOf(registration).provisionsSenderId;
  if (provisions)
    provisionSenderId(
      store,
      registration,
      version.fields[provisions.field]?.TextValue,
      provisions.isoCountryCode,
      at,
    );
  // Numbers that waited for this registration may now send.
  for (const association of registration.associations) {
    const number = store.of(PHONE_NUMBERS).get(association.resourceArn);
    if (number?.status === "PENDING" && number.activateAt === undefined) {
      store.of(PHONE_NUMBERS).update(number, (n) => {
        n.status = "ACTIVE";
      });
    }
  }
}

/** ASSOCIATE_ON_APPROVAL: the registration's sender ID, registered (made when the account has none of that name). */
function provisionSenderId(
  store: Store,
  registration: RegistrationRecord,
  senderId: string | undefined,
  isoCountryCode: string,
  at: number,
): void {
  if (senderId === undefined) return;
  const senders = store.of(SENDER_IDS);
  const id = senderIdKey(senderId, isoCountryCode);
  let sender = senders.own(registration.region, registration.accountId, id);
  if (sender) {
    senders.update(sender, (s) => {
      s.registered = true;
      s.registrationId = registration.id;
    });
  } else {
    const created: SenderIdRecord = {
      id,
      arn: SENDER_IDS.arn(registration.region, registration.accountId, id),
      accountId: registration.accountId,
      region: registration.region,
      createdMs: at,
      sortKey: sortKeyOf(at, registration.accountId, id),
      senderId,
      isoCountryCode,
      messageTypes: ["TRANSACTIONAL", "PROMOTIONAL"],
      monthlyLeasingPrice: "0.00",
      deletionProtectionEnabled: false,
      registered: true,
      registrationId: registration.id,
      poolArns: [],
      tags: [],
    };
    senders.add(created);
    sender = created;
  }
  if (!registration.associations.some((a) => a.resourceArn === sender.arn)) {
    registration.associations.push({
      resourceArn: sender.arn,
      resourceId: senderId,
      resourceType: "SENDER_ID",
      isoCountryCode,
    });
  }
}
