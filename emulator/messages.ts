// The log of messages the emulator sent (and refused to send): one per store, bounded, newest last, filterable
// by destination, origination identity and configuration set. It is what `emulator.sentMessages()` and
// `GET /_emulator/messages` show; it is not part of the state file.

import type { RandomSource } from "./random";
import type { Store } from "./store";

/**
 * One message the emulator was asked to send: by SendTextMessage/SendVoiceMessage (`source` API), an automatic
 * keyword response to an inbound message (`source` KEYWORD_RESPONSE), or a destination number's verification
 * code (`source` VERIFICATION_CODE, by SendDestinationNumberVerificationCode; its body holds the code).
 * @public
 */
export interface SentMessage {
  /** The MessageId the send answered; absent for a refused send (AWS assigns none). */
  messageId?: string;
  /** Epoch milliseconds. */
  at: number;
  source: "API" | "KEYWORD_RESPONSE" | "VERIFICATION_CODE";
  channel: "SMS" | "VOICE";
  accountId: string;
  region: string;
  /** E.164, with the "+". */
  destinationPhoneNumber: string;
  /** The destination's country, when the emulator knows its calling code. */
  destinationCountry?: string;
  /** OriginationIdentity as the request gave it; absent when it gave none. */
  requestedOriginationIdentity?: string;
  /** The phone number ID or sender ID that sent it (a pool resolves to one of its members). */
  originationIdentity?: string;
  originationIdentityArn?: string;
  /** The E.164 number or sender ID text the handset sees. */
  originationNumber?: string;
  /** The pool the identity was drawn from. */
  poolId?: string;
  poolArn?: string;
  /** True when a pool with shared routes sent through AWS's shared routes (no member reached the country). */
  sharedRoute?: boolean;
  messageBody?: string;
  messageType?: "TRANSACTIONAL" | "PROMOTIONAL";
  configurationSetName?: string;
  /** The protect configuration that applied, and its status for the destination country. */
  protectConfigurationId?: string;
  protectStatus?: "ALLOW" | "BLOCK" | "MONITOR" | "FILTER";
  /** The protect configuration's rule for the destination number, which took precedence over its country's. */
  protectNumberOverride?: "ALLOW" | "BLOCK";
  context?: Record<string, string>;
  /** For AWS's destination simulator numbers, the event the number simulates. */
  simulatorEvent?: "SUCCESS" | "FAILURE";
  /** Whether the sender reports delivery with PutMessageFeedback: the request's, else its configuration set's. */
  messageFeedbackEnabled?: boolean;
  /** The last status PutMessageFeedback gave the message. */
  messageFeedbackStatus?: "RECEIVED" | "FAILED";
  /** What a SENT message cost, in US dollars (the emulator's price of its destination country and channel). */
  priceUsd?: number;
  /** SENT, DRY_RUN (validated, not sent) or REFUSED (the call answered `error`). */
  outcome: "SENT" | "DRY_RUN" | "REFUSED";
  error?: { type: string; reason?: string; message: string };
}

/** Which sent messages to list; every given field must match. @public */
export interface SentMessageFilter {
  /** E.164, with or without the "+". */
  destinationPhoneNumber?: string;
  /** Matches the identity as requested or as used: ID, ARN, phone number or sender ID, or its pool's ID or ARN. */
  originationIdentity?: string;
  /** A configuration set name or ARN. */
  configurationSetName?: string;
  outcome?: SentMessage["outcome"];
}

/** A MessageId shaped like AWS's (a UUID), from the emulator's random source (seeded with randomSeed). */
export function newMessageId(random: RandomSource): string {
  const hex = random.hex(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const MESSAGE_LOG_SIZE = 10_000;

export class MessageLog {
  private readonly messages: SentMessage[] = [];

  add(message: SentMessage): void {
    this.messages.push(message);
    if (this.messages.length > MESSAGE_LOG_SIZE)
      this.messages.splice(0, this.messages.length - MESSAGE_LOG_SIZE);
  }

  /** Copies of the matching messages, oldest first. */
  list(filter: SentMessageFilter = {}): SentMessage[] {
    return this.messages.filter((m) => matches(m, filter)).map((m) => JSON.parse(JSON.stringify(m)));
  }

  /** The logged message itself (not a copy) that `accountId` sent in `region` with `messageId`, if still kept. */
  sent(accountId: string, region: string, messageId: string): SentMessage | undefined {
    return this.messages.find(
      (m) => m.messageId === messageId && m.accountId === accountId && m.region === region,
    );
  }

  clear(): number {
    const count = this.messages.length;
    this.messages.length = 0;
    return count;
  }
}

function plus(number: string): string {
  return number.startsWith("+") ? number : `+${number}`;
}

function matches(message: SentMessage, filter: SentMessageFilter): boolean {
  if (
    filter.destinationPhoneNumber !== undefined &&
    message.destinationPhoneNumber !== plus(filter.destinationPhoneNumber)
  ) {
    return false;
  }
  if (filter.originationIdentity !== undefined) {
    const wanted = filter.originationIdentity;
    const names = [
      message.requestedOriginationIdentity,
      message.originationIdentity,
      message.originationIdentityArn,
      message.originationNumber,
      message.poolId,
      message.poolArn,
    ];
    if (!names.includes(wanted)) return false;
  }
  if (filter.configurationSetName !== undefined) {
    const name = filter.configurationSetName.startsWith("arn:")
      ? filter.configurationSetName.slice(filter.configurationSetName.lastIndexOf("/") + 1)
      : filter.configurationSetName;
    if (message.configurationSetName !== name) return false;
  }
  return filter.outcome === undefined || message.outcome === filter.outcome;
}

const LOGS = new WeakMap<Store, MessageLog>();

/** The message log of `store` (the emulator's one store), created on first use. */
export function messageLogOf(store: Store): MessageLog {
  let log = LOGS.get(store);
  if (!log) {
    log = new MessageLog();
    LOGS.set(store, log);
  }
  return log;
}
