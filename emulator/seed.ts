// Seed data: reads a seed file or object and turns its pools, phone numbers, sender IDs, opt-out lists and
// resource policies into records, reporting every bad field at once (each problem names the entry, the field
// and the rule). Values of the newer kinds are checked against the service model's shapes.

import { readFileSync } from "node:fs";
import { e164 } from "./countries";
import type { Seed, SeedPhoneNumber, SeedPool, SeedSenderId } from "./options";
import { accountSettingsProblems } from "./resources/account";
import { type ResourceRecord, sortKeyOf, type Tag } from "./resources/kind";
import {
  DEFAULT_OPT_OUT_LIST,
  OPT_OUT_LISTS,
  OPTED_OUT_NUMBERS,
  type OptedOutNumberRecord,
  type OptOutListRecord,
  optedOutNumberRecord,
  optOutListRecord,
} from "./resources/optOutList";
import { PHONE_NUMBERS, type PhoneNumberRecord } from "./resources/phoneNumber";
import { type MessageType, POOLS, type PoolRecord, type PoolStatus } from "./resources/pool";
import { REGISTRATIONS } from "./resources/registration";
import { REGISTRATION_ATTACHMENTS } from "./resources/registrationAttachment";
import { SENDER_IDS, type SenderIdRecord, senderIdKey } from "./resources/senderId";
import {
  VERIFIED_DESTINATION_NUMBERS,
  type VerifiedDestinationNumberRecord,
} from "./resources/verifiedDestinationNumber";
import { linkSeededRegistrations, seedAttachment, seedRegistration } from "./seedRegistrations";
import { seededSharePolicy, sharedAccounts } from "./sharing";
import type { Store } from "./store";
import { shapeProblems } from "./validation";

export interface SeedContext {
  /** The emulator's own account: seeded resources of other accounts are shared with it. */
  accountId: string;
  region: string;
  now: number;
  newId: (prefix: string) => string;
}

const SEED_KEYS = [
  "accounts",
  "pools",
  "phoneNumbers",
  "senderIds",
  "optOutLists",
  "resourcePolicies",
  "registrations",
  "registrationAttachments",
  "registrationReviews",
  "verifiedDestinationNumbers",
  "accountSettings",
] as const;
const SEED_POOL_FIELDS: ReadonlyArray<keyof SeedPool> = [
  "poolId",
  "accountId",
  "region",
  "status",
  "messageType",
  "twoWayEnabled",
  "twoWayChannelArn",
  "twoWayChannelRole",
  "selfManagedOptOutsEnabled",
  "optOutListName",
  "sharedRoutesEnabled",
  "deletionProtectionEnabled",
  "createdTimestamp",
  "tags",
];
const STATUSES: readonly PoolStatus[] = ["CREATING", "ACTIVE", "DELETING"];
const MESSAGE_TYPES: readonly MessageType[] = ["TRANSACTIONAL", "PROMOTIONAL"];
export const ACCOUNT_ID = /^\d{12}$/;
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function loadSeed(seed: Seed | string): Seed {
  if (typeof seed !== "string") return seed;
  let text: string;
  try {
    text = readFileSync(seed, "utf8");
  } catch (error) {
    throw new Error(`seed file ${seed} cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`seed file ${seed} is not valid JSON: ${(error as Error).message}`);
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    Array.isArray(parsed) ||
    !SEED_KEYS.some((key) => key in parsed)
  ) {
    throw new Error(
      `seed file ${seed} must hold an object with a "pools" array, or any of ${SEED_KEYS.join(", ")} (see emulator/README.md)`,
    );
  }
  return parsed as Seed;
}

export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Access key IDs to accounts: `{ "AKIDBOB": "210987654321" }`. */
export function checkAccounts(accounts: unknown, where: string): void {
  if (typeof accounts !== "object" || accounts === null || Array.isArray(accounts)) {
    throw new Error(
      `${where} must be an object of access key ID to 12-digit account, like {"AKIDBOB": "210987654321"}`,
    );
  }
  for (const [key, account] of Object.entries(accounts)) {
    if (key === "" || typeof account !== "string" || !ACCOUNT_ID.test(account)) {
      throw new Error(`${where}.${key} ${show(account)} must be a 12-digit account ID`);
    }
  }
}

/** Collects the problems of one seed entry; every reader returns a usable value even when it records one. */
export class Entry {
  constructor(
    readonly where: string,
    readonly value: Record<string, unknown>,
    readonly problems: string[],
  ) {}

  problem(message: string): void {
    this.problems.push(message);
  }

  fieldsOnly(fields: readonly string[], kind: string): void {
    for (const key of Object.keys(this.value)) {
      if (!fields.includes(key)) {
        this.problem(`${this.where}.${key} is not a ${kind} field; use one of: ${fields.join(", ")}`);
      }
    }
  }

  boolean(field: string, fallback = false): boolean {
    const value = this.value[field];
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") {
      this.problem(`${this.where}.${field} ${show(value)} must be true or false`);
      return fallback;
    }
    return value;
  }

  /** A value of a model shape (`shape`), or `fallback` when absent. */
  modelled<T>(field: string, shape: string, fallback: T): T {
    const value = this.value[field];
    if (value === undefined) return fallback;
    const problems = shapeProblems(shape, value, field);
    if (problems.length > 0) {
      this.problem(
        `${this.where}.${field} ${show(value)} is not valid: ${problems.map((p) => p.Message).join("; ")}`,
      );
      return fallback;
    }
    return value as T;
  }

  account(fallback: string): string {
    const accountId = this.value.accountId ?? fallback;
    if (typeof accountId !== "string" || !ACCOUNT_ID.test(accountId)) {
      this.problem(`${this.where}.accountId ${show(accountId)} must be 12 digits`);
      return fallback;
    }
    return accountId;
  }

  region(fallback: string): string {
    const region = this.value.region ?? fallback;
    if (typeof region !== "string" || !REGION.test(region)) {
      this.problem(`${this.where}.region ${show(region)} is not a region name like us-east-1`);
      return fallback;
    }
    return region;
  }

  createdMs(field: string, now: number): number {
    const value = this.value[field];
    if (value === undefined) return now;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.round(value * 1000);
    if (typeof value === "string") {
      const ms = Date.parse(value);
      if (!Number.isNaN(ms) && ms >= 0) return ms;
    }
    this.problem(
      `${this.where}.${field} ${show(value)} must be epoch seconds (a number) or an ISO 8601 date string`,
    );
    return now;
  }

  tags(): Tag[] {
    const tags = this.value.tags ?? {};
    if (typeof tags !== "object" || tags === null || Array.isArray(tags)) {
      this.problem(`${this.where}.tags must be an object of string values, like {"team": "sms"}`);
      return [];
    }
    const kept: Tag[] = [];
    for (const [key, value] of Object.entries(tags)) {
      if (typeof value !== "string")
        this.problem(`${this.where}.tags.${key} ${show(value)} must be a string`);
      else kept.push({ Key: key, Value: value });
    }
    return kept;
  }

  optionalArn(field: string, pattern: RegExp, rule: string): string | undefined {
    const value = this.value[field];
    if (value === undefined) return undefined;
    if (typeof value !== "string" || value.length < 20 || value.length > 2048 || !pattern.test(value)) {
      this.problem(`${this.where}.${field} ${show(value)} must be 20-2048 characters matching ${rule}`);
      return undefined;
    }
    return value;
  }
}

function entries(list: unknown, where: string, problems: string[]): Entry[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push(`${where} must be a list`);
    return [];
  }
  return list.flatMap((value, i) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`${where}[${i}] must be an object of fields`);
      return [];
    }
    return [new Entry(`${where}[${i}]`, value as Record<string, unknown>, problems)];
  });
}

function seedPool(entry: Entry, context: SeedContext): PoolRecord {
  const { where, value: pool } = entry;
  entry.fieldsOnly(SEED_POOL_FIELDS, "pool");
  let poolId = pool.poolId ?? context.newId("pool");
  if (typeof poolId !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(poolId)) {
    entry.problem(
      `${where}.poolId ${show(poolId)} must be 1-64 characters of [A-Za-z0-9_-], like pool-<32 hex>`,
    );
    poolId = "invalid";
  }
  const accountId = entry.account(context.accountId);
  const region = entry.region(context.region);
  let status = (pool.status ?? "ACTIVE") as PoolStatus;
  if (!STATUSES.includes(status)) {
    entry.problem(`${where}.status ${show(status)} is not a pool status; use one of: ${STATUSES.join(", ")}`);
    status = "ACTIVE";
  }
  let messageType = (pool.messageType ?? "TRANSACTIONAL") as MessageType;
  if (!MESSAGE_TYPES.includes(messageType)) {
    entry.problem(
      `${where}.messageType ${show(messageType)} is not a message type; use one of: ${MESSAGE_TYPES.join(", ")}`,
    );
    messageType = "TRANSACTIONAL";
  }
  let optOutListName = pool.optOutListName ?? "Default";
  if (typeof optOutListName !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(optOutListName)) {
    entry.problem(`${where}.optOutListName ${show(optOutListName)} must be 1-64 characters of [A-Za-z0-9_-]`);
    optOutListName = "Default";
  }
  const tags = entry.tags();
  const created = entry.createdMs("createdTimestamp", context.now);
  const record: PoolRecord = {
    id: poolId as string,
    arn: POOLS.arn(region, accountId, poolId as string),
    accountId,
    region,
    status,
    messageType,
    twoWayEnabled: entry.boolean("twoWayEnabled"),
    twoWayChannelArn: entry.optionalArn("twoWayChannelArn", /^\S+$/, "\\S+"),
    twoWayChannelRole: entry.optionalArn("twoWayChannelRole", /^arn:\S+$/, "arn:\\S+"),
    selfManagedOptOutsEnabled: entry.boolean("selfManagedOptOutsEnabled"),
    optOutListName: optOutListName as string,
    sharedRoutesEnabled: entry.boolean("sharedRoutesEnabled"),
    deletionProtectionEnabled: entry.boolean("deletionProtectionEnabled"),
    createdMs: created,
    tags,
    sortKey: sortKeyOf(created, accountId, poolId as string),
  };
  if (record.twoWayChannelArn === undefined) delete record.twoWayChannelArn;
  if (record.twoWayChannelRole === undefined) delete record.twoWayChannelRole;
  return record;
}

const PHONE_FIELDS: ReadonlyArray<keyof SeedPhoneNumber> = [
  "phoneNumberId",
  "accountId",
  "region",
  "phoneNumber",
  "status",
  "isoCountryCode",
  "messageType",
  "numberCapabilities",
  "numberType",
  "monthlyLeasingPrice",
  "twoWayEnabled",
  "twoWayChannelArn",
  "twoWayChannelRole",
  "selfManagedOptOutsEnabled",
  "optOutListName",
  "internationalSendingEnabled",
  "deletionProtectionEnabled",
  "poolId",
  "registrationId",
  "createdTimestamp",
  "tags",
];

/** A generated E.164 number for a seeded phone number without one: +1 206 555 plus four digits of its ID. */
function numberFor(id: string): string {
  const digits = (Number.parseInt(id.replace(/[^0-9a-f]/g, "").slice(-6) || "0", 16) % 10000)
    .toString()
    .padStart(4, "0");
  return `+1206555${digits}`;
}

function seedPhoneNumber(entry: Entry, context: SeedContext): PhoneNumberRecord {
  entry.fieldsOnly(PHONE_FIELDS, "phone number");
  const id = entry.modelled("phoneNumberId", "PhoneNumberIdOrArn", context.newId("phone"));
  const accountId = entry.account(context.accountId);
  const region = entry.region(context.region);
  const created = entry.createdMs("createdTimestamp", context.now);
  const record: PhoneNumberRecord = {
    id,
    arn: PHONE_NUMBERS.arn(region, accountId, id),
    accountId,
    region,
    createdMs: created,
    sortKey: sortKeyOf(created, accountId, id),
    phoneNumber: entry.modelled("phoneNumber", "PhoneNumber", numberFor(id)),
    status: entry.modelled("status", "NumberStatus", "ACTIVE"),
    isoCountryCode: entry.modelled("isoCountryCode", "IsoCountryCode", "US"),
    messageType: entry.modelled("messageType", "MessageType", "TRANSACTIONAL"),
    numberCapabilities: entry.modelled("numberCapabilities", "NumberCapabilityList", ["SMS"]),
    numberType: entry.modelled("numberType", "NumberType", "LONG_CODE"),
    monthlyLeasingPrice: entry.modelled("monthlyLeasingPrice", "String", "1.00"),
    twoWayEnabled: entry.boolean("twoWayEnabled"),
    twoWayChannelArn: entry.modelled("twoWayChannelArn", "TwoWayChannelArn", undefined),
    twoWayChannelRole: entry.modelled("twoWayChannelRole", "IamRoleArn", undefined),
    selfManagedOptOutsEnabled: entry.boolean("selfManagedOptOutsEnabled"),
    optOutListName: entry.modelled("optOutListName", "OptOutListName", "Default"),
    internationalSendingEnabled: entry.boolean("internationalSendingEnabled"),
    deletionProtectionEnabled: entry.boolean("deletionProtectionEnabled"),
    registrationId: entry.modelled("registrationId", "RegistrationIdOrArn", undefined),
    tags: entry.tags(),
  };
  for (const key of ["twoWayChannelArn", "twoWayChannelRole", "registrationId"] as const) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}

const SENDER_FIELDS: ReadonlyArray<keyof SeedSenderId> = [
  "senderId",
  "isoCountryCode",
  "accountId",
  "region",
  "messageTypes",
  "monthlyLeasingPrice",
  "deletionProtectionEnabled",
  "registered",
  "registrationId",
  "poolIds",
  "createdTimestamp",
  "tags",
];

function seedSenderId(entry: Entry, context: SeedContext): SenderIdRecord {
  entry.fieldsOnly(SENDER_FIELDS, "sender ID");
  if (entry.value.senderId === undefined) entry.problem(`${entry.where}.senderId is required`);
  if (entry.value.isoCountryCode === undefined) entry.problem(`${entry.where}.isoCountryCode is required`);
  const senderId = entry.modelled("senderId", "SenderId", "invalid");
  const iso = entry.modelled("isoCountryCode", "IsoCountryCode", "GB");
  const accountId = entry.account(context.accountId);
  const region = entry.region(context.region);
  const created = entry.createdMs("createdTimestamp", context.now);
  const id = senderIdKey(senderId, iso);
  const record: SenderIdRecord = {
    id,
    arn: SENDER_IDS.arn(region, accountId, id),
    accountId,
    region,
    createdMs: created,
    sortKey: sortKeyOf(created, accountId, id),
    senderId,
    isoCountryCode: iso,
    messageTypes: entry.modelled("messageTypes", "MessageTypeList", ["TRANSACTIONAL", "PROMOTIONAL"]),
    monthlyLeasingPrice: entry.modelled("monthlyLeasingPrice", "String", "0.00"),
    deletionProtectionEnabled: entry.boolean("deletionProtectionEnabled"),
    registered: entry.boolean("registered"),
    registrationId: entry.modelled("registrationId", "RegistrationIdOrArn", undefined),
    poolArns: [],
    tags: entry.tags(),
  };
  if (record.registrationId === undefined) delete (record as { registrationId?: string }).registrationId;
  return record;
}

function seedOptOutList(
  entry: Entry,
  context: SeedContext,
): { list: OptOutListRecord; numbers: OptedOutNumberRecord[] } {
  entry.fieldsOnly(
    ["name", "accountId", "region", "createdTimestamp", "tags", "optedOutNumbers"],
    "opt-out list",
  );
  if (entry.value.name === undefined) entry.problem(`${entry.where}.name is required`);
  const name = entry.modelled("name", "OptOutListName", "invalid");
  const accountId = entry.account(context.accountId);
  const region = entry.region(context.region);
  const list = optOutListRecord(
    region,
    accountId,
    name,
    entry.createdMs("createdTimestamp", context.now),
    entry.tags(),
  );
  const numbers: OptedOutNumberRecord[] = [];
  const raw = entry.value.optedOutNumbers ?? [];
  if (!Array.isArray(raw)) entry.problem(`${entry.where}.optedOutNumbers must be a list`);
  else {
    raw.forEach((item, i) => {
      const value = typeof item === "string" ? { number: item } : item;
      const sub = new Entry(
        `${entry.where}.optedOutNumbers[${i}]`,
        value as Record<string, unknown>,
        entry.problems,
      );
      if (typeof value !== "object" || value === null) {
        sub.problem(`${sub.where} must be a phone number or {number, optedOutTimestamp, endUserOptedOut}`);
        return;
      }
      sub.fieldsOnly(["number", "optedOutTimestamp", "endUserOptedOut"], "opted-out number");
      if (sub.value.number === undefined) sub.problem(`${sub.where}.number is required`);
      const number = e164(sub.modelled("number", "PhoneNumber", "+10000000000"));
      numbers.push(
        optedOutNumberRecord(
          list,
          number,
          sub.createdMs("optedOutTimestamp", context.now),
          sub.boolean("endUserOptedOut"),
        ),
      );
    });
  }
  return { list, numbers };
}

function seedVerifiedNumber(entry: Entry, context: SeedContext): VerifiedDestinationNumberRecord {
  entry.fieldsOnly(
    [
      "destinationPhoneNumber",
      "verifiedDestinationNumberId",
      "accountId",
      "region",
      "status",
      "createdTimestamp",
      "tags",
    ],
    "verified destination number",
  );
  if (entry.value.destinationPhoneNumber === undefined)
    entry.problem(`${entry.where}.destinationPhoneNumber is required`);
  const number = e164(entry.modelled("destinationPhoneNumber", "PhoneNumber", "+10000000000"));
  const id = entry.modelled(
    "verifiedDestinationNumberId",
    "VerifiedDestinationNumberIdOrArn",
    context.newId("verifieddestinationnumber"),
  );
  const status = entry.value.status ?? "VERIFIED";
  if (status !== "VERIFIED" && status !== "PENDING") {
    entry.problem(`${entry.where}.status ${show(status)} must be VERIFIED or PENDING`);
  }
  const accountId = entry.account(context.accountId);
  const region = entry.region(context.region);
  const created = entry.createdMs("createdTimestamp", context.now);
  return {
    id,
    arn: VERIFIED_DESTINATION_NUMBERS.arn(region, accountId, id),
    accountId,
    region,
    createdMs: created,
    sortKey: sortKeyOf(created, accountId, id),
    destinationPhoneNumber: number,
    status: status === "PENDING" ? "PENDING" : "VERIFIED",
    codesSentMs: [],
    tags: entry.tags(),
  };
}

export interface AppliedSeed {
  pools: PoolRecord[];
}

/**
 * Checks every entry of `seed` (all problems in one Error) and adds its records to `store`; nothing is added
 * when there is a problem. `prefix` names the seed in messages (`seed` -> `seed.pools[3].status`).
 */
export function applySeed(store: Store, seed: Seed, prefix: string, context: SeedContext): AppliedSeed {
  const problems: string[] = [];
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (typeof seed !== "object" || seed === null) throw new Error(`${prefix || "seed"} must be an object`);
  for (const key of Object.keys(seed)) {
    if (!(SEED_KEYS as readonly string[]).includes(key)) {
      problems.push(`${at(key)} is not a seed section; use one of: ${SEED_KEYS.join(", ")}`);
    }
  }
  if (seed.accounts !== undefined) {
    try {
      checkAccounts(seed.accounts, at("accounts"));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const pools = entries(seed.pools, at("pools"), problems).map((e) => seedPool(e, context));
  const numbers = entries(seed.phoneNumbers, at("phoneNumbers"), problems).map((e) => {
    const before = problems.length;
    return { record: seedPhoneNumber(e, context), entry: e, broken: problems.length > before };
  });
  const senders = entries(seed.senderIds, at("senderIds"), problems).map((e) => {
    const before = problems.length;
    return { record: seedSenderId(e, context), entry: e, broken: problems.length > before };
  });
  const lists = entries(seed.optOutLists, at("optOutLists"), problems).map((e) => seedOptOutList(e, context));
  const policies = entries(seed.resourcePolicies, at("resourcePolicies"), problems);
  const registrationEntries = entries(seed.registrations, at("registrations"), problems);
  const registrations = registrationEntries.map((e) => seedRegistration(e, context));
  const attachmentEntries = entries(seed.registrationAttachments, at("registrationAttachments"), problems);
  const attachments = attachmentEntries.map((e) => seedAttachment(e, context));
  const verifiedEntries = entries(
    seed.verifiedDestinationNumbers,
    at("verifiedDestinationNumbers"),
    problems,
  );
  const verified = verifiedEntries.map((e) => seedVerifiedNumber(e, context));
  if (seed.accountSettings !== undefined) {
    problems.push(...accountSettingsProblems(seed.accountSettings, at("accountSettings")));
  }

  // Duplicates, within the seed and against the store (not for entries with problems: their fallbacks are no IDs).
  const arns = new Set<string>();
  const unique = (record: ResourceRecord, where: string, field: string, id: string, exists: boolean) => {
    if (arns.has(record.arn) || exists) {
      problems.push(`${where}.${field} "${id}" already exists in ${record.accountId}/${record.region}`);
    }
    arns.add(record.arn);
  };
  pools.forEach((p, i) => {
    unique(p, `${at("pools")}[${i}]`, "poolId", p.id, store.of(POOLS).has(p.arn));
  });
  for (const { record, entry, broken } of numbers) {
    if (!broken)
      unique(record, entry.where, "phoneNumberId", record.id, store.of(PHONE_NUMBERS).has(record.arn));
  }
  for (const { record, entry, broken } of senders) {
    if (!broken) unique(record, entry.where, "senderId", record.id, store.of(SENDER_IDS).has(record.arn));
  }
  // A seeded Default list adds its numbers to the Default list every account has.
  lists.forEach(({ list }, i) => {
    const exists = list.id !== DEFAULT_OPT_OUT_LIST && store.of(OPT_OUT_LISTS).has(list.arn);
    unique(list, `${at("optOutLists")}[${i}]`, "name", list.id, exists);
  });

  registrations.forEach((r, i) => {
    unique(r, registrationEntries[i].where, "registrationId", r.id, store.of(REGISTRATIONS).has(r.arn));
  });
  attachments.forEach((a, i) => {
    const exists = store.of(REGISTRATION_ATTACHMENTS).has(a.arn);
    unique(a, attachmentEntries[i].where, "registrationAttachmentId", a.id, exists);
  });
  linkSeededRegistrations(store, registrations, attachments, [...numbers, ...senders], registrationEntries);
  verified.forEach((v, i) => {
    const where = verifiedEntries[i].where;
    unique(v, where, "verifiedDestinationNumberId", v.id, store.of(VERIFIED_DESTINATION_NUMBERS).has(v.arn));
    const twin = verified.findIndex(
      (o) =>
        o.accountId === v.accountId &&
        o.region === v.region &&
        o.destinationPhoneNumber === v.destinationPhoneNumber,
    );
    if (twin !== i)
      problems.push(
        `${where}.destinationPhoneNumber "${v.destinationPhoneNumber}" repeats ${at("verifiedDestinationNumbers")}[${twin}]'s`,
      );
  });

  // Pool membership, declared on the members.
  const poolByKey = (accountId: string, region: string, poolId: string) =>
    pools.find((p) => p.accountId === accountId && p.region === region && p.id === poolId) ??
    store.of(POOLS).own(region, accountId, poolId);
  for (const { record, entry } of numbers) {
    const poolId = entry.value.poolId;
    if (poolId === undefined) continue;
    const pool = typeof poolId === "string" ? poolByKey(record.accountId, record.region, poolId) : undefined;
    if (!pool)
      entry.problem(
        `${entry.where}.poolId ${show(poolId)} names no pool of ${record.accountId}/${record.region}`,
      );
    else record.poolArn = pool.arn;
  }
  for (const { record, entry } of senders) {
    const poolIds = entry.value.poolIds ?? [];
    if (!Array.isArray(poolIds)) {
      entry.problem(`${entry.where}.poolIds must be a list of pool IDs`);
      continue;
    }
    for (const poolId of poolIds) {
      const pool =
        typeof poolId === "string" ? poolByKey(record.accountId, record.region, poolId) : undefined;
      if (!pool)
        entry.problem(
          `${entry.where}.poolIds ${show(poolId)} names no pool of ${record.accountId}/${record.region}`,
        );
      else record.poolArns.push(pool.arn);
    }
  }

  const explicitPolicies = policies.map((entry) => {
    entry.fieldsOnly(["resourceArn", "policy"], "resource policy");
    const arn = entry.value.resourceArn;
    const policy =
      typeof entry.value.policy === "string" ? entry.value.policy : JSON.stringify(entry.value.policy);
    if (typeof arn !== "string" || !(arns.has(arn) || store.byArn(arn))) {
      entry.problem(`${entry.where}.resourceArn ${show(arn)} names no seeded or stored resource`);
    }
    let principals: string[] = [];
    try {
      principals = sharedAccounts(policy ?? "");
    } catch (error) {
      entry.problem(`${entry.where}.policy: ${(error as Error).message}`);
    }
    return { resourceArn: String(arn), policy: policy ?? "", principals };
  });

  if (problems.length > 0) throw new Error(problems.join("\n"));

  for (const pool of pools) store.of(POOLS).add(pool);
  for (const { record } of numbers) store.of(PHONE_NUMBERS).add(record);
  for (const { record } of senders) store.of(SENDER_IDS).add(record);
  for (const attachment of attachments) store.of(REGISTRATION_ATTACHMENTS).add(attachment);
  for (const number of verified) {
    store.of(VERIFIED_DESTINATION_NUMBERS).add(number);
    store.initialize(number.region, number.accountId, context.now);
  }
  for (const [account, settings] of Object.entries(seed.accountSettings ?? {})) {
    store.setAccountSettings(account, settings);
  }
  for (const registration of registrations) {
    store.of(REGISTRATIONS).add(registration);
    store.initialize(registration.region, registration.accountId, context.now);
  }
  for (const { list, numbers: optedOut } of lists) {
    if (!store.of(OPT_OUT_LISTS).has(list.arn)) store.of(OPT_OUT_LISTS).add(list);
    for (const number of optedOut) store.of(OPTED_OUT_NUMBERS).add(number);
  }
  const all: ResourceRecord[] = [...pools, ...numbers.map((n) => n.record), ...senders.map((s) => s.record)];
  all.push(...lists.map((l) => l.list));
  for (const record of all) {
    store.initialize(record.region, record.accountId, context.now);
    if (
      record.accountId !== context.accountId &&
      !explicitPolicies.some((p) => p.resourceArn === record.arn)
    ) {
      const policy = seededSharePolicy(record.arn, context.accountId);
      store.putPolicy({
        resourceArn: record.arn,
        policy,
        createdMs: context.now,
        principals: [context.accountId],
      });
    }
  }
  for (const policy of explicitPolicies) store.putPolicy({ ...policy, createdMs: context.now });
  return { pools };
}
