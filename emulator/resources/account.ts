// Account-level facts the Describe operations report: attributes (the sandbox tier, default protect configuration)
// and resource limits with what the account uses of them; the account settings' checks; plus the short,
// fixed-order paging these lists share (a cursor is a position in a list whose order never changes).

import { NextTokens } from "../nextToken";
import type { OperationContext } from "../operations/context";
import { CONFIGURATION_SETS } from "./configurationSet";
import type { ResourceKind, ResourceRecord } from "./kind";
import { OPT_OUT_LISTS } from "./optOutList";
import { PHONE_NUMBERS } from "./phoneNumber";
import { POOLS } from "./pool";
import { accountDefaultProtectConfiguration } from "./protectConfiguration";
import { REGISTRATIONS } from "./registration";
import { REGISTRATION_ATTACHMENTS } from "./registrationAttachment";
import { SENDER_IDS } from "./senderId";
import { SPEND_CHANNELS } from "./spend";
import { MAX_VERIFIED_DESTINATION_NUMBERS, VERIFIED_DESTINATION_NUMBERS } from "./verifiedDestinationNumber";

/**
 * The caller's ACCOUNT_TIER: SANDBOX when its settings say so; else PRODUCTION, the emulator's default (an
 * account out of the sandbox, so that sends need no verified destination numbers unless a test asks for them).
 */
export function accountTier(context: OperationContext): "SANDBOX" | "PRODUCTION" {
  return context.store.accountSettings.get(context.accountId)?.tier ?? "PRODUCTION";
}

export function accountAttributes(context: OperationContext): Array<{ Name: string; Value: string }> {
  const attributes: Array<{ Name: string; Value: string }> = [
    { Name: "ACCOUNT_TIER", Value: accountTier(context) },
  ];
  const defaultConfig = accountDefaultProtectConfiguration(context);
  if (defaultConfig) attributes.push({ Name: "DEFAULT_PROTECT_CONFIGURATION_ID", Value: defaultConfig.id });
  return attributes;
}

const TIERS = ["SANDBOX", "PRODUCTION"];
const SETTINGS_FIELDS = ["tier", "maxSpendLimits"];
/** The model's MonthlyLimit: 0 to 1,000,000,000 dollars. */
const MAX_MONTHLY_LIMIT = 1_000_000_000;

/** Every problem of `settings`, an object of 12-digit account ID to AccountSettings (`where` names it). */
export function accountSettingsProblems(settings: unknown, where: string): string[] {
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    return [
      `${where} ${JSON.stringify(settings)} must be an object of 12-digit account ID to {"tier": "SANDBOX" | "PRODUCTION"}`,
    ];
  }
  return Object.entries(settings).flatMap(([account, value]) => {
    const at = `${where}.${account}`;
    if (!/^\d{12}$/.test(account)) return [`${at}: ${JSON.stringify(account)} is not a 12-digit account ID`];
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return [`${at} ${JSON.stringify(value)} must be an object like {"tier": "SANDBOX"}`];
    }
    const problems: string[] = [];
    for (const key of Object.keys(value)) {
      if (!SETTINGS_FIELDS.includes(key))
        problems.push(`${at}.${key} is not an account setting; use ${SETTINGS_FIELDS.join(", ")}`);
    }
    const tier = (value as Record<string, unknown>).tier;
    if (tier !== undefined && !TIERS.includes(tier as string)) {
      problems.push(`${at}.tier ${JSON.stringify(tier)} must be one of: ${TIERS.join(", ")}`);
    }
    const limits = (value as Record<string, unknown>).maxSpendLimits;
    if (limits !== undefined) {
      if (typeof limits !== "object" || limits === null || Array.isArray(limits)) {
        problems.push(`${at}.maxSpendLimits ${JSON.stringify(limits)} must be an object like {"text": 100}`);
      } else {
        const channels = Object.keys(SPEND_CHANNELS);
        for (const [channel, dollars] of Object.entries(limits)) {
          if (!channels.includes(channel)) {
            problems.push(`${at}.maxSpendLimits.${channel} is not a channel; use ${channels.join(", ")}`);
          } else if (!(Number.isInteger(dollars) && dollars >= 0 && dollars <= MAX_MONTHLY_LIMIT)) {
            problems.push(
              `${at}.maxSpendLimits.${channel} ${JSON.stringify(dollars)} must be whole US dollars from 0 to ${MAX_MONTHLY_LIMIT}`,
            );
          }
        }
      }
    }
    return problems;
  });
}

function owned<R extends ResourceRecord>(kind: ResourceKind<R>, context: OperationContext): number {
  let count = 0;
  for (const record of context
    .collection(kind)
    .scan(context.region, [{ name: "owner", values: [context.accountId] }])) {
    if (record.accountId === context.accountId) count += 1;
  }
  return count;
}

/**
 * The emulator's quotas (not enforced, but for verified destination numbers: AWS's 10); AWS's own depend on the
 * account and can be raised.
 */
const LIMITS: ReadonlyArray<{ name: string; max: number; used?: (context: OperationContext) => number }> = [
  { name: "PHONE_NUMBERS", max: 100, used: (context) => owned(PHONE_NUMBERS, context) },
  { name: "POOLS", max: 100, used: (context) => owned(POOLS, context) },
  { name: "CONFIGURATION_SETS", max: 100, used: (context) => owned(CONFIGURATION_SETS, context) },
  { name: "OPT_OUT_LISTS", max: 100, used: (context) => owned(OPT_OUT_LISTS, context) },
  { name: "SENDER_IDS", max: 100, used: (context) => owned(SENDER_IDS, context) },
  { name: "REGISTRATIONS", max: 100, used: (context) => owned(REGISTRATIONS, context) },
  { name: "REGISTRATION_ATTACHMENTS", max: 100, used: (context) => owned(REGISTRATION_ATTACHMENTS, context) },
  {
    name: "VERIFIED_DESTINATION_NUMBERS",
    max: MAX_VERIFIED_DESTINATION_NUMBERS,
    used: (context) => owned(VERIFIED_DESTINATION_NUMBERS, context),
  },
];

export function accountLimits(context: OperationContext): Array<{ Name: string; Used: number; Max: number }> {
  return LIMITS.map(({ name, max, used }) => ({ Name: name, Used: used?.(context) ?? 0, Max: max }));
}

/**
 * One page of a short list in fixed order, with a NextToken bound to `list`, the caller and `query` (what else
 * selected the items: a registration type, filters).
 */
export function pageOfList(
  context: OperationContext,
  request: { NextToken?: string; MaxResults?: number },
  list: string,
  items: readonly unknown[],
  query?: unknown,
): Record<string, unknown> {
  const digest = NextTokens.queryDigest({ list, region: context.region, account: context.accountId, query });
  const cursor = request.NextToken === undefined ? undefined : context.tokens.read(request.NextToken, digest);
  const start = cursor && "requested" in cursor ? cursor.requested + 1 : 0;
  const size = request.MaxResults ?? context.defaultMaxResults;
  const page = items.slice(start, start + size);
  const result: Record<string, unknown> = { [list]: page };
  if (start + size < items.length)
    result.NextToken = context.tokens.issue(digest, { requested: start + size - 1 });
  return result;
}
