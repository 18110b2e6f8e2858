// Monthly spend: what a message costs (the emulator's prices per destination country and channel, since AWS
// publishes its own only on its pricing page, where they change), each account's limits per channel and region
// (MaxLimit from its settings: 1 USD in the sandbox, as AWS gives a new account; the override
// Set*MessageSpendLimitOverride puts under it), and what it has spent in each calendar month (UTC) of the
// emulator's clock, so that a send that would go over the limit is refused and a new month starts afresh.

import { invalidField, quotaExceeded } from "../errors";
import type { OperationContext } from "../operations/context";
import type { Store } from "../store";
import { accountTier } from "./account";

const SPEND_LIMIT_NAMES = [
  "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT",
  "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT",
  "MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT",
  "NOTIFY_MESSAGE_MONTHLY_SPEND_LIMIT",
  "RCS_MESSAGE_MONTHLY_SPEND_LIMIT",
] as const;
export type SpendLimitName = (typeof SPEND_LIMIT_NAMES)[number];

/** AccountSettings.maxSpendLimits' keys, one per limit. */
export const SPEND_CHANNELS: Readonly<Record<string, SpendLimitName>> = {
  text: "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT",
  voice: "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT",
  media: "MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT",
  notify: "NOTIFY_MESSAGE_MONTHLY_SPEND_LIMIT",
  rcs: "RCS_MESSAGE_MONTHLY_SPEND_LIMIT",
};

/** MaxLimit in US dollars: a sandboxed account's 1 (AWS's for new accounts), else the emulator's 10,000. */
const DEFAULT_MAX = { SANDBOX: 1, PRODUCTION: 10_000 } as const;

/** What an account-region has spent and the overrides it set; amounts in millionths of a dollar. */
export interface SpendRecord {
  overrides: Partial<Record<SpendLimitName, number>>;
  /** "YYYY-MM" (UTC) -> limit name -> micro-dollars spent. */
  months: Record<string, Partial<Record<SpendLimitName, number>>>;
}

/** Months of spend kept per account and region (older ones are never asked for). */
const MONTHS_KEPT = 12;

/**
 * The emulator's prices in micro-dollars per message (an SMS of any length, a voice message of any duration):
 * a few countries of its own choosing and one price for the rest. AWS prices per message part and per minute.
 */
const SMS_PRICES: Readonly<Record<string, number>> = {
  US: 10_000,
  CA: 10_000,
  GB: 40_000,
  DE: 90_000,
  FR: 80_000,
  IN: 3_000,
};
const SMS_DEFAULT = 50_000;
const VOICE_PRICES: Readonly<Record<string, number>> = { US: 13_000, CA: 13_000 };
const VOICE_DEFAULT = 100_000;

function priceOf(channel: "SMS" | "VOICE", country: string): number {
  return channel === "SMS" ? (SMS_PRICES[country] ?? SMS_DEFAULT) : (VOICE_PRICES[country] ?? VOICE_DEFAULT);
}

function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

function spendKey(context: OperationContext): string {
  return `${context.region}/${context.accountId}`;
}

function maxLimit(context: OperationContext, name: SpendLimitName): number {
  const channel = Object.keys(SPEND_CHANNELS).find((key) => SPEND_CHANNELS[key] === name) as string;
  const settings = context.store.accountSettings.get(context.accountId);
  return (
    settings?.maxSpendLimits?.[channel as keyof typeof settings.maxSpendLimits] ??
    DEFAULT_MAX[accountTier(context)]
  );
}

function enforcedLimit(context: OperationContext, name: SpendLimitName): number {
  return context.store.spend.get(spendKey(context))?.overrides[name] ?? maxLimit(context, name);
}

/** DescribeSpendLimits' SpendLimit of every channel, in the model's order. */
export function spendLimits(
  context: OperationContext,
): Array<{ Name: string; EnforcedLimit: number; MaxLimit: number; Overridden: boolean }> {
  const overrides = context.store.spend.get(spendKey(context))?.overrides ?? {};
  return SPEND_LIMIT_NAMES.map((name) => ({
    Name: name,
    EnforcedLimit: enforcedLimit(context, name),
    MaxLimit: maxLimit(context, name),
    Overridden: overrides[name] !== undefined,
  }));
}

function changeSpend(context: OperationContext, change: (record: SpendRecord) => void): void {
  const key = spendKey(context);
  const record = structuredClone(context.store.spend.get(key) ?? { overrides: {}, months: {} });
  change(record);
  context.store.setSpend(key, record);
}

/** Set*MessageSpendLimitOverride: at most MaxLimit (else REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT). */
export function setSpendOverride(
  context: OperationContext,
  name: SpendLimitName,
  limit: number,
): Record<string, unknown> {
  const max = maxLimit(context, name);
  if (limit > max) {
    throw invalidField(
      "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT",
      "MonthlyLimit",
      `MonthlyLimit ${limit} is more than this account's ${name} of ${max} USD (MaxLimit); ask AWS Support to raise it, or set at most ${max}.`,
    );
  }
  changeSpend(context, (record) => {
    record.overrides[name] = limit;
  });
  return { MonthlyLimit: limit };
}

/** Delete*MessageSpendLimitOverride: the limit goes back to MaxLimit, which it answers. */
export function deleteSpendOverride(
  context: OperationContext,
  name: SpendLimitName,
): Record<string, unknown> {
  if (context.store.spend.get(spendKey(context))?.overrides[name] !== undefined) {
    changeSpend(context, (record) => {
      delete record.overrides[name];
    });
  }
  return { MonthlyLimit: maxLimit(context, name) };
}

const LIMIT_OF_CHANNEL = {
  SMS: "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT",
  VOICE: "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT",
} as const;

/**
 * A message of `channel` to `country` costs its price this month: refused (ServiceQuotaExceededException
 * MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT/VOICE) when it would take the month's spend over the enforced limit;
 * `charge` adds it to the month (a dry run does not). Answers the price in micro-dollars.
 */
export function spend(
  context: OperationContext,
  channel: "SMS" | "VOICE",
  country: string,
  charge: boolean,
): number {
  const name = LIMIT_OF_CHANNEL[channel];
  const price = priceOf(channel, country);
  const month = monthOf(context.now);
  const spent = context.store.spend.get(spendKey(context))?.months[month]?.[name] ?? 0;
  const limit = enforcedLimit(context, name);
  if (spent + price > limit * 1_000_000) {
    throw quotaExceeded(
      channel === "SMS" ? "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT" : "MONTHLY_SPEND_LIMIT_REACHED_FOR_VOICE",
      `This message (${(price / 1e6).toFixed(4)} USD to ${country}) would take ${month}'s ${channel === "SMS" ? "text" : "voice"} spend to ${((spent + price) / 1e6).toFixed(4)} USD, over the ${limit} USD limit (DescribeSpendLimits); it resets next month.`,
    );
  }
  if (charge) {
    changeSpend(context, (record) => {
      record.months[month] = { ...record.months[month], [name]: spent + price };
      for (const old of Object.keys(record.months).sort().slice(0, -MONTHS_KEPT)) delete record.months[old];
    });
  }
  return price;
}

/** Every problem of a state file's `spend` (region/account -> {overrides, months}). */
export function spendProblems(value: unknown, where: string): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(value)) return [`${where} must be an object of "<region>/<account>" to {overrides, months}`];
  const amounts = (v: unknown) =>
    isObject(v) &&
    Object.entries(v).every(
      ([k, n]) =>
        (SPEND_LIMIT_NAMES as readonly string[]).includes(k) && Number.isInteger(n) && (n as number) >= 0,
    );
  return Object.entries(value).flatMap(([key, record]) => {
    const at = `${where}.${key}`;
    if (!/^[a-z0-9-]+\/\d{12}$/.test(key)) return [`${at}: the key must be "<region>/<12-digit account>"`];
    if (!isObject(record)) return [`${at} must be {overrides, months}`];
    const problems: string[] = [];
    if (!amounts(record.overrides))
      problems.push(`${at}.overrides must map spend limit names to whole dollars >= 0`);
    if (
      !isObject(record.months) ||
      !Object.entries(record.months).every(([m, a]) => /^\d{4}-\d{2}$/.test(m) && amounts(a))
    ) {
      problems.push(`${at}.months must map "YYYY-MM" to spend limit names and millionths of a dollar`);
    }
    for (const k of Object.keys(record)) {
      if (k !== "overrides" && k !== "months") problems.push(`${at}.${k} is not a field of spend; remove it`);
    }
    return problems;
  });
}

/** For the state file. */
export function storeSpend(store: Store): Record<string, SpendRecord> {
  return Object.fromEntries(store.spend);
}
