// Inbound messages (emulator only): a handset's reply to one of the emulator's phone numbers, with the keyword
// actions AWS applies. A number in a pool answers with the pool's keywords and opt-out list, else its own. The
// message's keyword is the longest keyword it starts with (whole words, any case); the required opt-out words
// act as STOP. Where AWS manages opt-outs (self-managed opt-outs off), OPT_OUT puts the sender on the opt-out
// list and OPT_IN takes it off; with self-managed opt-outs on, HELP, STOP and the opt-out words get no answer
// and change no list (AWS hands them to your two-way channel). Every answer is logged as a sent message.

import { ControlRequestError } from "./controlHttp";
import { e164 } from "./countries";
import { messageLogOf, newMessageId, type SentMessage } from "./messages";
import type { OperationContext } from "./operations/context";
import {
  type KeywordAction,
  type KeywordOwner,
  type KeywordRecord,
  keywordKey,
  keywordsOf,
  OPT_OUT_WORDS,
  REQUIRED_KEYWORDS,
} from "./resources/keyword";
import { OPT_OUT_LISTS, OPTED_OUT_NUMBERS, optedOutNumberRecord } from "./resources/optOutList";
import { PHONE_NUMBERS, type PhoneNumberRecord } from "./resources/phoneNumber";
import { POOLS } from "./resources/pool";
import type { SmsService } from "./service";
import type { Store } from "./store";

/** A message from a handset to one of the emulator's phone numbers. @public */
export interface InboundMessage {
  /** The handset's number, E.164. */
  from: string;
  /** The receiving phone number: E.164, phone number ID or ARN. */
  to: string;
  body: string;
}

/** What the emulator did with an inbound message. @public */
export interface InboundResult {
  phoneNumberId: string;
  phoneNumberArn: string;
  /** The pool whose keywords and opt-out list applied, when the number is in one. */
  poolId?: string;
  /** The keyword the message matched (as the keyword was put), if any. */
  keyword?: string;
  action?: KeywordAction;
  /** The opt-out list the action used. */
  optOutListName?: string;
  /** The sender was put on (OPT_OUT) or taken off (OPT_IN) the opt-out list by this message. */
  optedOut: boolean;
  optedIn: boolean;
  /** Self-managed opt-outs are on: no automatic answer to HELP/STOP, no list change. */
  selfManagedOptOuts: boolean;
  /** The automatic answer, as logged in the sent messages. */
  response?: SentMessage;
}

/** The phone number `to` names, in any account and region; undefined when there is none. */
function receivingNumber(store: Store, to: string): PhoneNumberRecord | undefined {
  const number = /^\+?[0-9]+$/.test(to) ? e164(to) : undefined;
  for (const record of store.of(PHONE_NUMBERS).records()) {
    if (record.arn === to || record.id === to || record.phoneNumber === number) return record;
  }
  return undefined;
}

function matchKeyword(body: string, keywords: readonly KeywordRecord[]): KeywordRecord | undefined {
  const text = body.trim().toUpperCase();
  let best: KeywordRecord | undefined;
  for (const keyword of keywords) {
    const key = keywordKey(keyword.keyword);
    const hit = text === key || (text.startsWith(key) && /\s/.test(text[key.length]));
    if (hit && (!best || key.length > best.keyword.length)) best = keyword;
  }
  return best;
}

const MANAGED = new Set([...REQUIRED_KEYWORDS.map((k) => k.keyword), ...OPT_OUT_WORDS]);

/** Applies `message` to `number` (which the caller looked up) and answers what happened. */
function applyInbound(
  number: PhoneNumberRecord,
  message: InboundMessage,
  context: OperationContext,
): InboundResult {
  const from = e164(message.from);
  const pool = number.poolArn === undefined ? undefined : context.collection(POOLS).get(number.poolArn);
  const owner: KeywordOwner = pool ?? number;
  const keywords = keywordsOf(owner, context);
  const result: InboundResult = {
    phoneNumberId: number.id,
    phoneNumberArn: number.arn,
    optedOut: false,
    optedIn: false,
    selfManagedOptOuts: owner.selfManagedOptOutsEnabled,
  };
  if (pool) result.poolId = pool.id;

  let keyword = matchKeyword(message.body, keywords);
  const firstWord = message.body.trim().split(/\s+/)[0]?.toUpperCase() ?? "";
  if (!keyword && OPT_OUT_WORDS.includes(firstWord)) {
    keyword = keywords.find((k) => keywordKey(k.keyword) === "STOP");
  }
  if (!keyword) return result;
  result.keyword = keyword.keyword;
  result.action = keyword.action;
  const managedWord = MANAGED.has(keywordKey(keyword.keyword)) || OPT_OUT_WORDS.includes(firstWord);
  if (owner.selfManagedOptOutsEnabled && (managedWord || keyword.action !== "AUTOMATIC_RESPONSE"))
    return result;

  if (keyword.action !== "AUTOMATIC_RESPONSE") {
    result.optOutListName = owner.optOutListName;
    const list = context.collection(OPT_OUT_LISTS).own(owner.region, owner.accountId, owner.optOutListName);
    const numbers = context.collection(OPTED_OUT_NUMBERS);
    const existing = numbers.own(owner.region, owner.accountId, `${owner.optOutListName}/${from}`);
    if (list && keyword.action === "OPT_OUT" && !existing) {
      numbers.add(optedOutNumberRecord(list, from, context.now, true));
      result.optedOut = true;
    }
    // Already on the list by PutOptedOutNumber: now the end user's opt-out too (its timestamp unchanged).
    if (keyword.action === "OPT_OUT" && existing && !existing.endUserOptedOut) {
      numbers.update(existing, (n) => {
        n.endUserOptedOut = true;
      });
    }
    if (keyword.action === "OPT_IN" && existing) {
      numbers.remove(existing);
      result.optedIn = true;
    }
  }

  const response: SentMessage = {
    messageId: newMessageId(context.random),
    at: context.now,
    source: "KEYWORD_RESPONSE",
    channel: "SMS",
    accountId: number.accountId,
    region: number.region,
    destinationPhoneNumber: from,
    originationIdentity: number.id,
    originationIdentityArn: number.arn,
    originationNumber: number.phoneNumber,
    messageBody: keyword.message,
    messageType: number.messageType,
    outcome: "SENT",
  };
  if (pool) {
    response.poolId = pool.id;
    response.poolArn = pool.arn;
  }
  messageLogOf(context.store).add(response);
  result.response = JSON.parse(JSON.stringify(response));
  return result;
}

/** A usable receive() input, or a ControlRequestError whose status /_emulator/inbound answers with. */
function checkInbound(message: unknown): InboundMessage {
  const m = message as Partial<InboundMessage> | null;
  const problems: string[] = [];
  if (typeof m !== "object" || m === null || Array.isArray(m)) {
    throw new ControlRequestError(
      400,
      'an inbound message is an object: {"from": "+1...", "to": "+1...", "body": "STOP"}',
    );
  }
  if (typeof m.from !== "string" || !/^\+?[1-9][0-9]{1,18}$/.test(m.from)) {
    problems.push(`from ${JSON.stringify(m.from)} must be the handset's E.164 number, like "+14255550100"`);
  }
  if (typeof m.to !== "string" || m.to === "") {
    problems.push(
      `to ${JSON.stringify(m.to)} must name one of the emulator's phone numbers (E.164, ID or ARN)`,
    );
  }
  if (typeof m.body !== "string" || m.body.trim() === "") {
    problems.push(`body ${JSON.stringify(m.body)} must be the message text`);
  }
  if (problems.length > 0) throw new ControlRequestError(400, problems.join("; "));
  return m as InboundMessage;
}

/** Checks `message`, finds the receiving number in any account and region, and applies it there. */
export function receive(service: SmsService, message: unknown, now: number): InboundResult {
  const inbound = checkInbound(message);
  const number = receivingNumber(service.store, inbound.to);
  if (!number) {
    throw new ControlRequestError(
      404,
      `to ${JSON.stringify(inbound.to)} is none of the emulator's phone numbers; DescribePhoneNumbers lists them.`,
    );
  }
  return service.perform({ accountId: number.accountId, region: number.region }, now, (context) =>
    applyInbound(number, inbound, context),
  );
}
