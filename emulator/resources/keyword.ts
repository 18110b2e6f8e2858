// Keywords of phone numbers and pools: the record (indexed under "identity" with its number's or pool's ARN;
// its own ARN is internal, never sent), the defaults every number and pool carries, and the lookup of a
// PhoneOrPoolIdOrArn.
//
// AWS gives a long code HELP (AUTOMATIC_RESPONSE) and STOP (OPT_OUT), which can't be deleted; on top of them
// it honours the required opt-out keywords (AWS User Guide, "Required opt-out keywords": ARRET, CANCEL, END,
// OPT-OUT, OPTOUT, QUIT, REMOVE, STOP, TD, UNSUBSCRIBE) on every number whose opt-outs it manages. The
// defaults are created the first time a number's or pool's keywords are used, so numbers and pools from every
// source (requests, seeds, state files) carry them without their creators knowing about keywords.

import { invalidField, notFound } from "../errors";
import type { OperationContext } from "../operations/context";
import { enumOf } from "../serviceModel";
import { defineKind, type ResourceRecord, sortKeyOf } from "./kind";
import { PHONE_NUMBERS, type PhoneNumberRecord } from "./phoneNumber";
import { POOLS, type PoolRecord } from "./pool";
import { oneOf, STRING } from "./recordFields";

export type KeywordAction = "AUTOMATIC_RESPONSE" | "OPT_OUT" | "OPT_IN";

export interface KeywordRecord extends ResourceRecord {
  /** The ARN of the phone number or pool the keyword belongs to. */
  readonly identityArn: string;
  /** As put; matched without regard to case. */
  readonly keyword: string;
  message: string;
  action: KeywordAction;
}

export const KEYWORDS = defineKind<KeywordRecord>({
  name: "keywords",
  resourceType: "keyword",
  arnType: "keyword",
  idPattern: ".+",
  taggable: false,
  shareable: false,
  fields: {
    identityArn: STRING,
    keyword: STRING,
    message: STRING,
    action: oneOf(enumOf("KeywordAction")),
  },
  filters: {
    "keyword-action": { text: (k) => k.action, allowed: enumOf("KeywordAction") },
  },
  extraIndexes: (k) => [["identity", k.identityArn]],
  ownedBy: "identity",
});

/** The keywords that can't be deleted and whose action can't change. */
export const REQUIRED_KEYWORDS: ReadonlyArray<{ keyword: string; action: KeywordAction; message: string }> = [
  {
    keyword: "HELP",
    action: "AUTOMATIC_RESPONSE",
    message: "This is the sms-voice-emulator. Reply STOP to opt out of messages from this number.",
  },
  {
    keyword: "STOP",
    action: "OPT_OUT",
    message: "You are now opted out and will receive no more messages from this number.",
  },
];

/** Words AWS treats as STOP where it manages opt-outs, whether or not they are keywords of the number. */
export const OPT_OUT_WORDS: readonly string[] = [
  "ARRET",
  "CANCEL",
  "END",
  "OPT-OUT",
  "OPTOUT",
  "QUIT",
  "REMOVE",
  "STOP",
  "TD",
  "UNSUBSCRIBE",
];

export type KeywordOwner = PhoneNumberRecord | PoolRecord;

function ownerKind(owner: KeywordOwner): "phone-number" | "pool" {
  return "phoneNumber" in owner ? "phone-number" : "pool";
}

export function keywordKey(keyword: string): string {
  return keyword.toUpperCase();
}

function keywordId(owner: KeywordOwner, keyword: string): string {
  return `${ownerKind(owner)}/${owner.id}/${keywordKey(keyword)}`;
}

export function keywordRecord(
  owner: KeywordOwner,
  keyword: string,
  message: string,
  action: KeywordAction,
  createdMs: number,
): KeywordRecord {
  const id = keywordId(owner, keyword);
  return {
    arn: KEYWORDS.arn(owner.region, owner.accountId, id),
    id,
    accountId: owner.accountId,
    region: owner.region,
    createdMs,
    sortKey: sortKeyOf(createdMs, owner.accountId, id),
    identityArn: owner.arn,
    keyword,
    message,
    action,
  };
}

/**
 * Every keyword of `owner`, oldest first, after creating its defaults if it has none yet. (A removed number's
 * or pool's keywords go with it: KEYWORDS is `ownedBy` its identity.)
 */
export function keywordsOf(
  owner: KeywordOwner,
  context: Pick<OperationContext, "collection">,
): KeywordRecord[] {
  const keywords = context.collection(KEYWORDS);
  const current = [...keywords.scan(owner.region, [{ name: "identity", values: [owner.arn] }])].filter(
    (k) => k.identityArn === owner.arn,
  );
  if (current.some((k) => keywordKey(k.keyword) === "HELP")) return current;
  const defaults = REQUIRED_KEYWORDS.map((d) =>
    keywordRecord(owner, d.keyword, d.message, d.action, owner.createdMs),
  );
  for (const keyword of defaults) {
    if (!keywords.has(keyword.arn)) keywords.add(keyword);
  }
  return [...keywords.scan(owner.region, [{ name: "identity", values: [owner.arn] }])].filter(
    (k) => k.identityArn === owner.arn,
  );
}

/** The keyword of `owner` matching `keyword` (any case), if it has one. */
export function findKeyword(
  owner: KeywordOwner,
  keyword: string,
  context: Pick<OperationContext, "collection">,
): KeywordRecord | undefined {
  keywordsOf(owner, context);
  return context
    .collection(KEYWORDS)
    .get(KEYWORDS.arn(owner.region, owner.accountId, keywordId(owner, keyword)));
}

/**
 * The phone number or pool a PhoneOrPoolIdOrArn names: an ID or ARN of either (`own`: only the caller's,
 * else shared ones by ARN too). Anything else is ResourceNotFoundException.
 */
export function keywordOwner(identity: string, context: OperationContext, own: boolean): KeywordOwner {
  const find = own ? context.findOwn : context.find;
  if (identity.startsWith("arn:")) {
    if (PHONE_NUMBERS.parseArn(identity)) {
      const number = find(PHONE_NUMBERS, identity);
      if (number) return number;
      throw notFound("phone-number", identity);
    }
    if (POOLS.parseArn(identity)) {
      const pool = find(POOLS, identity);
      if (pool) return pool;
      throw notFound("pool", identity);
    }
    throw invalidField(
      "INVALID_ARN",
      "OriginationIdentity",
      `Value '${identity}' at 'OriginationIdentity' is neither a phone number ARN nor a pool ARN`,
    );
  }
  const owner = find(PHONE_NUMBERS, identity) ?? find(POOLS, identity);
  if (owner) return owner;
  throw notFound(identity.startsWith("pool-") ? "pool" : "phone-number", identity);
}

/** The model's KeywordInformation. */
export function keywordInformation(keyword: KeywordRecord): Record<string, unknown> {
  return { Keyword: keyword.keyword, KeywordMessage: keyword.message, KeywordAction: keyword.action };
}

/** OriginationIdentityArn and OriginationIdentity of a keyword result. */
export function ownerMembers(owner: KeywordOwner): Record<string, unknown> {
  return { OriginationIdentityArn: owner.arn, OriginationIdentity: owner.id };
}
