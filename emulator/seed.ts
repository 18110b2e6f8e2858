// Seed data: reads a seed file or object and turns each SeedPool into a PoolRecord, refusing bad fields by name.

import { readFileSync } from "node:fs";
import type { Seed, SeedPool } from "./options";
import { type MessageType, type PoolRecord, type PoolStatus, poolArn, sortKeyOf } from "./poolRecord";

export interface SeedDefaults {
  accountId: string;
  region: string;
  now: number;
  newPoolId: () => string;
}

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
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as Seed).pools)) {
    throw new Error(`seed file ${seed} must hold an object with a "pools" array (see emulator/README.md)`);
  }
  return parsed as Seed;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function optionalBoolean(where: string, value: unknown, fallback = false): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new Error(`${where} ${show(value)} must be true or false`);
  return value;
}

function optionalArn(where: string, value: unknown, pattern: RegExp, rule: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length < 20 || value.length > 2048 || !pattern.test(value)) {
    throw new Error(`${where} ${show(value)} must be 20-2048 characters matching ${rule}`);
  }
  return value;
}

function createdMs(where: string, value: unknown, now: number): number {
  if (value === undefined) return now;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.round(value * 1000);
  if (typeof value === "string") {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms) && ms >= 0) return ms;
  }
  throw new Error(`${where} ${show(value)} must be epoch seconds (a number) or an ISO 8601 date string`);
}

/** `where` names the pool in errors, e.g. `seed.pools[3]`. */
export function seedPoolRecord(pool: SeedPool, where: string, defaults: SeedDefaults): PoolRecord {
  if (typeof pool !== "object" || pool === null || Array.isArray(pool)) {
    throw new Error(`${where} must be an object of pool fields`);
  }
  for (const key of Object.keys(pool)) {
    if (!SEED_POOL_FIELDS.includes(key as keyof SeedPool)) {
      throw new Error(`${where}.${key} is not a pool field; use one of: ${SEED_POOL_FIELDS.join(", ")}`);
    }
  }
  const poolId = pool.poolId ?? defaults.newPoolId();
  if (typeof poolId !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(poolId)) {
    throw new Error(
      `${where}.poolId ${show(poolId)} must be 1-64 characters of [A-Za-z0-9_-], like pool-<32 hex>`,
    );
  }
  const accountId = pool.accountId ?? defaults.accountId;
  if (typeof accountId !== "string" || !ACCOUNT_ID.test(accountId)) {
    throw new Error(`${where}.accountId ${show(accountId)} must be 12 digits`);
  }
  const region = pool.region ?? defaults.region;
  if (typeof region !== "string" || !REGION.test(region)) {
    throw new Error(`${where}.region ${show(region)} is not a region name like us-east-1`);
  }
  const status = pool.status ?? "ACTIVE";
  if (!STATUSES.includes(status)) {
    throw new Error(
      `${where}.status ${show(status)} is not a pool status; use one of: ${STATUSES.join(", ")}`,
    );
  }
  const messageType = pool.messageType ?? "TRANSACTIONAL";
  if (!MESSAGE_TYPES.includes(messageType)) {
    throw new Error(
      `${where}.messageType ${show(messageType)} is not a message type; use one of: ${MESSAGE_TYPES.join(", ")}`,
    );
  }
  const optOutListName = pool.optOutListName ?? "Default";
  if (typeof optOutListName !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(optOutListName)) {
    throw new Error(
      `${where}.optOutListName ${show(optOutListName)} must be 1-64 characters of [A-Za-z0-9_-]`,
    );
  }
  const tags = pool.tags ?? {};
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) {
    throw new Error(`${where}.tags must be an object of string values, like {"team": "sms"}`);
  }
  for (const [key, value] of Object.entries(tags)) {
    if (typeof value !== "string") throw new Error(`${where}.tags.${key} ${show(value)} must be a string`);
  }
  const created = createdMs(`${where}.createdTimestamp`, pool.createdTimestamp, defaults.now);
  return {
    poolId,
    poolArn: poolArn(region, accountId, poolId),
    accountId,
    region,
    status,
    messageType,
    twoWayEnabled: optionalBoolean(`${where}.twoWayEnabled`, pool.twoWayEnabled),
    twoWayChannelArn: optionalArn(`${where}.twoWayChannelArn`, pool.twoWayChannelArn, /^\S+$/, "\\S+"),
    twoWayChannelRole: optionalArn(
      `${where}.twoWayChannelRole`,
      pool.twoWayChannelRole,
      /^arn:\S+$/,
      "arn:\\S+",
    ),
    selfManagedOptOutsEnabled: optionalBoolean(
      `${where}.selfManagedOptOutsEnabled`,
      pool.selfManagedOptOutsEnabled,
    ),
    optOutListName,
    sharedRoutesEnabled: optionalBoolean(`${where}.sharedRoutesEnabled`, pool.sharedRoutesEnabled),
    deletionProtectionEnabled: optionalBoolean(
      `${where}.deletionProtectionEnabled`,
      pool.deletionProtectionEnabled,
    ),
    createdMs: created,
    tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    sortKey: sortKeyOf(created, accountId, poolId),
  };
}
