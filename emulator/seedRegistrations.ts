// Seed data for registrations and their attachments: a registration of a modelled type, COMPLETE (version 1
// APPROVED) unless the seed says CREATED (version 1 a DRAFT), with field values checked against the type's
// definitions; an attachment by s3:// URL; and the associations that seeded phone numbers and sender IDs ask
// for by `registrationId`, checked against the type's SupportedAssociations.

import type { SeedRegistration } from "./options";
import { REGISTRATION_TYPES } from "./registrationTypes";
import { sortKeyOf } from "./resources/kind";
import type { PhoneNumberRecord } from "./resources/phoneNumber";
import {
  type FieldValue,
  REGISTRATIONS,
  type RegistrationRecord,
  type RegistrationVersion,
} from "./resources/registration";
import {
  REGISTRATION_ATTACHMENTS,
  type RegistrationAttachmentRecord,
} from "./resources/registrationAttachment";
import type { SenderIdRecord } from "./resources/senderId";
import { type Entry, type SeedContext, show } from "./seed";
import type { Store } from "./store";

const REGISTRATION_FIELDS: ReadonlyArray<keyof SeedRegistration> = [
  "registrationId",
  "registrationType",
  "accountId",
  "region",
  "status",
  "fieldValues",
  "createdTimestamp",
  "tags",
];
const STATUSES = ["COMPLETE", "CREATED"] as const;

function fieldValue(entry: Entry, type: string, path: string, value: unknown): FieldValue | undefined {
  const field = REGISTRATION_TYPES.get(type)?.fields.find((f) => f.FieldPath === path);
  const where = `${entry.where}.fieldValues.${path}`;
  if (!field) {
    entry.problem(`${where} is not a field of ${type}`);
    return undefined;
  }
  if (field.FieldType === "SELECT") {
    const { Options, MinChoices, MaxChoices } = field.SelectValidation!;
    const choices = typeof value === "string" ? [value] : value;
    if (
      !Array.isArray(choices) ||
      choices.length < MinChoices ||
      choices.length > MaxChoices ||
      !choices.every((c) => typeof c === "string" && Options.includes(c))
    ) {
      entry.problem(`${where} ${show(value)} must be ${MinChoices}-${MaxChoices} of: ${Options.join(", ")}`);
      return undefined;
    }
    return { SelectChoices: choices as string[] };
  }
  if (field.FieldType === "TEXT") {
    const { MinLength, MaxLength, Pattern } = field.TextValidation!;
    if (
      typeof value !== "string" ||
      [...value].length < MinLength ||
      [...value].length > MaxLength ||
      !new RegExp(Pattern, "u").test(value)
    ) {
      entry.problem(
        `${where} ${show(value)} must be ${MinLength}-${MaxLength} characters matching ${Pattern}`,
      );
      return undefined;
    }
    return { TextValue: value };
  }
  if (typeof value !== "string" || value === "") {
    entry.problem(`${where} ${show(value)} must be the registrationAttachmentId of a seeded attachment`);
    return undefined;
  }
  return { RegistrationAttachmentId: value };
}

export function seedRegistration(entry: Entry, context: SeedContext): RegistrationRecord {
  entry.fieldsOnly(REGISTRATION_FIELDS, "registration");
  const type = entry.value.registrationType;
  if (typeof type !== "string" || !REGISTRATION_TYPES.has(type)) {
    entry.problem(
      `${entry.where}.registrationType ${show(type)} must be one of: ${[...REGISTRATION_TYPES.keys()].join(", ")}`,
    );
  }
  const registrationType =
    typeof type === "string" && REGISTRATION_TYPES.has(type) ? type : "US_TOLL_FREE_REGISTRATION";
  const id = entry.modelled("registrationId", "RegistrationIdOrArn", context.newId("registration"));
  const accountId = entry.account(context.accountId);
  const region = entry.region(context.region);
  const created = entry.createdMs("createdTimestamp", context.now);
  const status = entry.value.status ?? "COMPLETE";
  if (!STATUSES.includes(status as (typeof STATUSES)[number])) {
    entry.problem(`${entry.where}.status ${show(status)} must be one of: ${STATUSES.join(", ")}`);
  }
  const values = entry.value.fieldValues ?? {};
  const fields: Record<string, FieldValue> = {};
  if (typeof values !== "object" || values === null || Array.isArray(values)) {
    entry.problem(
      `${entry.where}.fieldValues must be an object of field path to text, choices or attachment ID`,
    );
  } else {
    for (const [path, value] of Object.entries(values)) {
      const checked = fieldValue(entry, registrationType, path, value);
      if (checked) fields[path] = checked;
    }
  }
  const complete = status !== "CREATED";
  const version: RegistrationVersion = complete
    ? {
        number: 1,
        status: "APPROVED",
        history: {
          DraftTimestamp: created,
          SubmittedTimestamp: created,
          ReviewingTimestamp: created,
          ApprovedTimestamp: created,
        },
        fields,
      }
    : { number: 1, status: "DRAFT", history: { DraftTimestamp: created }, fields };
  return {
    id,
    arn: REGISTRATIONS.arn(region, accountId, id),
    accountId,
    region,
    createdMs: created,
    sortKey: sortKeyOf(created, accountId, id),
    registrationType,
    status: complete ? "COMPLETE" : "CREATED",
    versions: [version],
    associations: [],
    tags: entry.tags(),
  };
}

export function seedAttachment(entry: Entry, context: SeedContext): RegistrationAttachmentRecord {
  entry.fieldsOnly(
    ["registrationAttachmentId", "attachmentUrl", "accountId", "region", "createdTimestamp", "tags"],
    "registration attachment",
  );
  const id = entry.modelled(
    "registrationAttachmentId",
    "RegistrationAttachmentIdOrArn",
    context.newId("attachment"),
  );
  const accountId = entry.account(context.accountId);
  const region = entry.region(context.region);
  const created = entry.createdMs("createdTimestamp", context.now);
  const url = entry.value.attachmentUrl ?? `s3://seeded-attachments/${id}.png`;
  if (typeof url !== "string" || !/^s3:\/\/\S+\.(pdf|jpe?g|png)$/i.test(url)) {
    entry.problem(
      `${entry.where}.attachmentUrl ${show(url)} must be an s3:// URL of a .pdf, .jpg, .jpeg or .png file`,
    );
  }
  return {
    id,
    arn: REGISTRATION_ATTACHMENTS.arn(region, accountId, id),
    accountId,
    region,
    createdMs: created,
    sortKey: sortKeyOf(created, accountId, id),
    status: "UPLOAD_COMPLETE",
    attachmentUrl: String(url),
    tags: entry.tags(),
  };
}

/**
 * Links each seeded number and sender ID whose registrationId names a seeded registration of its account and
 * region (an ID naming none is kept as given, as seeds written before registrations were modelled have it); records a problem where the type does not associate such a resource, and checks that every seeded
 * attachment ID a field names exists.
 */
export function linkSeededRegistrations(
  store: Store,
  registrations: readonly RegistrationRecord[],
  attachments: readonly RegistrationAttachmentRecord[],
  members: ReadonlyArray<{ record: PhoneNumberRecord | SenderIdRecord; entry: Entry }>,
  registrationEntries: readonly Entry[],
): void {
  registrations.forEach((registration, i) => {
    for (const [path, value] of Object.entries(registration.versions[0].fields)) {
      const id = value.RegistrationAttachmentId;
      const found =
        id === undefined ||
        attachments.some(
          (a) => a.id === id && a.accountId === registration.accountId && a.region === registration.region,
        ) ||
        store.of(REGISTRATION_ATTACHMENTS).own(registration.region, registration.accountId, id) !== undefined;
      if (!found)
        registrationEntries[i].problem(
          `${registrationEntries[i].where}.fieldValues.${path} names no seeded attachment "${id}"`,
        );
    }
  });
  for (const { record, entry } of members) {
    const id = record.registrationId;
    if (id === undefined) continue;
    const registration = registrations.find(
      (r) => r.id === id && r.accountId === record.accountId && r.region === record.region,
    );
    if (!registration) continue;
    const phone = "phoneNumber" in record;
    const resourceType = phone ? record.numberType : "SENDER_ID";
    const supported = REGISTRATION_TYPES.get(registration.registrationType)!.SupportedAssociations.some(
      (s) =>
        s.ResourceType === resourceType &&
        (s.IsoCountryCode === undefined || s.IsoCountryCode === record.isoCountryCode),
    );
    if (!supported) {
      entry.problem(
        `${entry.where}.registrationId "${id}" is a ${registration.registrationType}, which does not associate a ${resourceType} of ${record.isoCountryCode}`,
      );
      continue;
    }
    registration.associations.push({
      resourceArn: record.arn,
      resourceId: phone ? record.id : record.senderId,
      resourceType,
      isoCountryCode: record.isoCountryCode,
      ...(phone ? { phoneNumber: record.phoneNumber } : {}),
    });
  }
}
