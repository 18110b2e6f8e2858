// Sending (SendTextMessage, SendVoiceMessage): the checks AWS makes before it accepts a message, in order:
// in the sandbox the destination is a VERIFIED destination number (or a simulator number); the configuration set
// and protect configuration named exist; the origination identity (a phone number, sender ID or pool, by ID, ARN
// or the number itself; else the configuration set's default sender ID; else one of the account's own numbers)
// exists, has the COMPLETE registration a US toll-free or 10DLC number needs, is ACTIVE, has the channel, has the
// message type and reaches the destination's country (a pool resolves to one of its members that does, or to
// AWS's shared routes when it has them); the destination is not on the identity's opt-out list; the protect
// configuration that applies (the request's, else the configuration set's, else the account default) does not
// BLOCK the destination number by a number override, nor its country unless a number override ALLOWs the number;
// and the message fits the month's spend limit of its channel, which it is then counted against. Every call,
// accepted or refused, is written to the message log; DryRun checks without sending or spending. A SIMULATOR
// number sends only to AWS's destination simulator numbers of its country.

import { countryOf, e164 } from "./countries";
import { conflict, invalidField, notFound, ServiceError } from "./errors";
import { messageLogOf, newMessageId, type SentMessage } from "./messages";
import type { OperationContext } from "./operations/context";
import { accountTier } from "./resources/account";
import { CONFIGURATION_SETS, type ConfigurationSetRecord } from "./resources/configurationSet";
import { isPhoneNumber, membersOf, type OriginationIdentityRecord } from "./resources/membership";
import { OPTED_OUT_NUMBERS } from "./resources/optOutList";
import { PHONE_NUMBERS, type PhoneNumberRecord } from "./resources/phoneNumber";
import { type MessageType, POOLS, type PoolRecord } from "./resources/pool";
import {
  accountDefaultProtectConfiguration,
  liveNumberOverride,
  type NumberCapability,
  ownProtectConfiguration,
  PROTECT_CONFIGURATIONS,
  type ProtectConfigurationRecord,
  protectStatus,
} from "./resources/protectConfiguration";
import { completeRegistrationOf, needsRegistration } from "./resources/registrationAssociation";
import { SENDER_IDS, type SenderIdRecord, senderIdKey } from "./resources/senderId";
import { spend } from "./resources/spend";
import { VERIFIED_DESTINATION_NUMBERS } from "./resources/verifiedDestinationNumber";
import { DESTINATION_SIMULATOR_NUMBERS } from "./simulator";

export interface SendRequest {
  channel: "SMS" | "VOICE";
  DestinationPhoneNumber: string;
  OriginationIdentity?: string;
  MessageBody?: string;
  MessageType?: MessageType;
  ConfigurationSetName?: string;
  ProtectConfigurationId?: string;
  Context?: Record<string, string>;
  DryRun?: boolean;
  MessageFeedbackEnabled?: boolean;
}

type Origin =
  | { phone: PhoneNumberRecord; pool?: PoolRecord }
  | { sender: SenderIdRecord; pool?: PoolRecord }
  | { sharedRoute: true; pool: PoolRecord };

/** Runs a send: answers `{ MessageId }` or throws the refusal; logs either way. */
export function send(request: SendRequest, context: OperationContext): Record<string, unknown> {
  const destination = e164(request.DestinationPhoneNumber);
  const entry: SentMessage = {
    at: context.now,
    source: "API",
    channel: request.channel,
    accountId: context.accountId,
    region: context.region,
    destinationPhoneNumber: destination,
    outcome: "REFUSED",
  };
  if (request.OriginationIdentity !== undefined)
    entry.requestedOriginationIdentity = request.OriginationIdentity;
  if (request.MessageBody !== undefined) entry.messageBody = request.MessageBody;
  if (request.Context !== undefined) entry.context = { ...request.Context };
  try {
    check(request, destination, entry, context);
    entry.messageId = newMessageId(context.random);
    entry.outcome = request.DryRun ? "DRY_RUN" : "SENT";
    return { MessageId: entry.messageId };
  } catch (error) {
    if (error instanceof ServiceError) {
      entry.error = { type: error.shapeName, message: error.message };
      const reason = error.members.Reason;
      if (typeof reason === "string") entry.error.reason = reason;
    }
    throw error;
  } finally {
    messageLogOf(context.store).add(entry);
  }
}

function check(
  request: SendRequest,
  destination: string,
  entry: SentMessage,
  context: OperationContext,
): void {
  if (request.MessageBody === undefined) {
    throw invalidField("MISSING_PARAMETER", "MessageBody", "MessageBody is required: the text to send.");
  }
  const country = countryOf(destination);
  if (country === undefined) {
    throw invalidField(
      "INVALID_PARAMETER",
      "DestinationPhoneNumber",
      `DestinationPhoneNumber '${destination}' has a calling code this endpoint does not route; use an E.164 number of a country GetProtectConfigurationCountryRuleSet lists.`,
    );
  }
  entry.destinationCountry = country;
  const capability: NumberCapability = request.channel;
  if (accountTier(context) === "SANDBOX" && !DESTINATION_SIMULATOR_NUMBERS.has(destination)) {
    checkVerified(destination, context);
  }

  let set: ConfigurationSetRecord | undefined;
  if (request.ConfigurationSetName !== undefined) {
    set = context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
    entry.configurationSetName = set.id;
  }
  const protect = applicableProtectConfiguration(request, set, context);
  const messageType = request.MessageType ?? set?.defaultMessageType ?? "TRANSACTIONAL";
  entry.messageType = messageType;
  entry.messageFeedbackEnabled =
    request.MessageFeedbackEnabled ?? set?.defaultMessageFeedbackEnabled ?? false;

  const origin = chooseOrigin(request, set, country, messageType, capability, context);
  describeOrigin(origin, entry);
  const simulated = DESTINATION_SIMULATOR_NUMBERS.get(destination);
  if (simulated) entry.simulatorEvent = simulated.event;
  if (
    "phone" in origin &&
    origin.phone.numberType === "SIMULATOR" &&
    simulated?.country !== origin.phone.isoCountryCode
  ) {
    throw invalidField(
      "INVALID_PARAMETER",
      "DestinationPhoneNumber",
      `Simulator number '${origin.phone.id}' sends only to the destination simulator numbers of ${origin.phone.isoCountryCode} (${[
        ...DESTINATION_SIMULATOR_NUMBERS,
      ]
        .filter(([, s]) => s.country === origin.phone.isoCountryCode)
        .map(([n]) => n)
        .join(", ")}), not ${destination}.`,
    );
  }

  const list = optOutListOf(origin, context);
  if (list) {
    const optedOut = context
      .collection(OPTED_OUT_NUMBERS)
      .own(context.region, list.accountId, `${list.name}/${destination}`);
    if (optedOut) {
      throw conflict(
        "DESTINATION_PHONE_NUMBER_OPTED_OUT",
        "opted-out-number",
        destination,
        `${destination} is on opt-out list '${list.name}'; it opted out of messages from this identity.`,
      );
    }
  }

  if (protect) {
    entry.protectConfigurationId = protect.id;
    // A destination number's rule takes precedence over its country's.
    const numberRule = liveNumberOverride(protect, destination, context.now);
    if (numberRule) entry.protectNumberOverride = numberRule.action;
    if (numberRule?.action === "BLOCK") {
      throw conflict(
        "DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE",
        "protect-configuration",
        protect.id,
        `Protect configuration '${protect.id}' blocks ${destination} by a number override; DeleteProtectConfigurationRuleSetNumberOverride removes it.`,
      );
    }
    const status = numberRule?.action === "ALLOW" ? "ALLOW" : protectStatus(protect, capability, country);
    entry.protectStatus = status;
    if (status === "BLOCK") {
      throw conflict(
        "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
        "protect-configuration",
        protect.id,
        `Protect configuration '${protect.id}' blocks ${capability} to ${country}; UpdateProtectConfigurationCountryRuleSet can allow it.`,
      );
    }
  }

  // Last: everything else passed, so the message is priced and counted (a dry run costs nothing).
  const price = spend(context, request.channel, country, !request.DryRun);
  if (!request.DryRun) entry.priceUsd = price / 1_000_000;
}

/** In the sandbox a destination must be one of the account's VERIFIED destination numbers. */
function checkVerified(destination: string, context: OperationContext): void {
  const scan = context
    .collection(VERIFIED_DESTINATION_NUMBERS)
    .scan(context.region, [{ name: "destination-phone-number", values: [destination] }]);
  for (const number of scan) {
    if (number.accountId === context.accountId && number.destinationPhoneNumber === destination) {
      if (number.status === "VERIFIED") return;
    }
  }
  throw conflict(
    "DESTINATION_PHONE_NUMBER_NOT_VERIFIED",
    "verified-destination-number",
    destination,
    `The account is in the SMS sandbox, where it sends only to its VERIFIED destination numbers and to AWS's simulator numbers; ${destination} is not verified (CreateVerifiedDestinationNumber, SendDestinationNumberVerificationCode, VerifyDestinationNumber).`,
  );
}

function applicableProtectConfiguration(
  request: SendRequest,
  set: ConfigurationSetRecord | undefined,
  context: OperationContext,
): ProtectConfigurationRecord | undefined {
  if (request.ProtectConfigurationId !== undefined) {
    return ownProtectConfiguration(context, request.ProtectConfigurationId);
  }
  if (set?.protectConfigurationArn !== undefined) {
    return context.collection(PROTECT_CONFIGURATIONS).get(set.protectConfigurationArn);
  }
  return accountDefaultProtectConfiguration(context);
}

function chooseOrigin(
  request: SendRequest,
  set: ConfigurationSetRecord | undefined,
  country: string,
  messageType: MessageType,
  capability: NumberCapability,
  context: OperationContext,
): Origin {
  const named = request.OriginationIdentity;
  if (named === undefined) {
    if (set?.defaultSenderId !== undefined && capability === "SMS") {
      const sender = context.findOwn(SENDER_IDS, senderIdKey(set.defaultSenderId, country));
      if (sender) return checked({ sender }, country, messageType, capability, context);
    }
    const own = ownIdentities(context).find((identity) =>
      reaches(identity, country, messageType, capability, context),
    );
    if (own) return isPhoneNumber(own) ? { phone: own } : { sender: own };
    throw conflict(
      "NO_ORIGINATION_IDENTITIES_FOUND",
      "account",
      context.accountId,
      `No OriginationIdentity was given and the account has no ACTIVE identity that sends ${capability} ${messageType} messages to ${country}; pass OriginationIdentity.`,
    );
  }
  const found = findIdentity(named, country, context);
  if ("pool" in found) return fromPool(found.pool, country, messageType, capability, context);
  return checked(found, country, messageType, capability, context);
}

/** The phone number, sender ID or pool `named` (an ID, ARN, E.164 number or SenderId of `country`), or AWS's error. */
export function findIdentity(
  named: string,
  country: string,
  context: OperationContext,
): { phone: PhoneNumberRecord } | { sender: SenderIdRecord } | { pool: PoolRecord } {
  if (named.startsWith("arn:")) {
    if (PHONE_NUMBERS.parseArn(named)) {
      const phone = context.find(PHONE_NUMBERS, named);
      if (phone) return { phone };
      throw notFound("phone-number", named);
    }
    if (SENDER_IDS.parseArn(named)) {
      const sender = context.find(SENDER_IDS, named);
      if (sender) return { sender };
      throw notFound("sender-id", named);
    }
    if (POOLS.parseArn(named)) {
      const pool = context.find(POOLS, named);
      if (pool) return { pool };
      throw notFound("pool", named);
    }
    throw invalidField(
      "INVALID_ARN",
      "OriginationIdentity",
      `Value '${named}' at 'OriginationIdentity' is not a phone number, sender ID or pool ARN`,
    );
  }
  if (/^\+?[0-9]+$/.test(named)) {
    const phone = ownIdentities(context).find((i) => isPhoneNumber(i) && i.phoneNumber === e164(named));
    if (phone) return { phone: phone as PhoneNumberRecord };
    throw notFound("phone-number", named);
  }
  const phone = context.findOwn(PHONE_NUMBERS, named);
  if (phone) return { phone };
  const pool = context.findOwn(POOLS, named);
  if (pool) return { pool };
  const sender = context.findOwn(SENDER_IDS, senderIdKey(named, country));
  if (sender) return { sender };
  const type = named.startsWith("phone-") ? "phone-number" : named.startsWith("pool-") ? "pool" : "sender-id";
  throw notFound(
    type,
    named,
    type === "sender-id"
      ? `'${named}' is no phone number or pool of this account, and it has no sender ID '${named}' for ${country}.`
      : undefined,
  );
}

/** The caller's own phone numbers and sender IDs in the region, oldest first. */
function ownIdentities(context: OperationContext): OriginationIdentityRecord[] {
  const owner = [{ name: "owner", values: [context.accountId] }];
  const own = <R extends OriginationIdentityRecord>(records: Iterable<R>) =>
    [...records].filter((r) => r.accountId === context.accountId);
  return [
    ...own(context.collection(PHONE_NUMBERS).scan(context.region, owner)),
    ...own(context.collection(SENDER_IDS).scan(context.region, owner)),
  ];
}

function reaches(
  identity: OriginationIdentityRecord,
  country: string,
  messageType: MessageType,
  capability: NumberCapability,
  context: OperationContext,
): boolean {
  if (isPhoneNumber(identity)) {
    return (
      registered(identity, context) &&
      identity.status === "ACTIVE" &&
      identity.numberCapabilities.includes(capability) &&
      identity.messageType === messageType &&
      (identity.isoCountryCode === country || identity.internationalSendingEnabled)
    );
  }
  return (
    capability === "SMS" && identity.isoCountryCode === country && identity.messageTypes.includes(messageType)
  );
}

/** False for a US toll-free or 10DLC number without a COMPLETE registration (unless lenientRegistrations). */
function registered(phone: PhoneNumberRecord, context: OperationContext): boolean {
  return (
    context.lenientRegistrations ||
    !needsRegistration(phone) ||
    completeRegistrationOf(context.store, phone) !== undefined
  );
}

function registrationNotComplete(phone: PhoneNumberRecord): ServiceError {
  return conflict(
    "REGISTRATION_NOT_COMPLETE",
    "phone-number",
    phone.id,
    `${phone.numberType === "TOLL_FREE" ? "Toll-free" : "10DLC"} number '${phone.id}' can't send until a ${
      phone.numberType === "TOLL_FREE" ? "US_TOLL_FREE_REGISTRATION" : "US_TEN_DLC_CAMPAIGN_REGISTRATION"
    } associated with it is COMPLETE${phone.registrationId === undefined ? "" : ` (its registration is '${phone.registrationId}')`}.`,
  );
}

/** A directly named phone number or sender ID, with the first check it fails as AWS's error. */
function checked(
  origin: Origin,
  country: string,
  messageType: MessageType,
  capability: NumberCapability,
  context: OperationContext,
): Origin {
  if ("phone" in origin) {
    const { phone } = origin;
    if (!registered(phone, context)) throw registrationNotComplete(phone);
    if (phone.status !== "ACTIVE") {
      throw conflict(
        "RESOURCE_NOT_ACTIVE",
        "phone-number",
        phone.id,
        `Phone number '${phone.id}' is ${phone.status}; it sends once it is ACTIVE.`,
      );
    }
    if (!phone.numberCapabilities.includes(capability)) {
      throw conflict(
        "NUMBER_CAPABILITIES_MISMATCH",
        "phone-number",
        phone.id,
        `Phone number '${phone.id}' has capabilities ${phone.numberCapabilities.join(", ")}, not ${capability}.`,
      );
    }
    if (phone.messageType !== messageType) {
      throw conflict(
        "MESSAGE_TYPE_MISMATCH",
        "phone-number",
        phone.id,
        `Phone number '${phone.id}' sends ${phone.messageType} messages, not ${messageType}.`,
      );
    }
    if (phone.isoCountryCode !== country && !phone.internationalSendingEnabled) {
      throw wrongCountry(`phone number '${phone.id}' (${phone.isoCountryCode})`, country);
    }
    return origin;
  }
  if ("sender" in origin) {
    const { sender } = origin;
    if (capability !== "SMS") {
      throw conflict(
        "NUMBER_CAPABILITIES_MISMATCH",
        "sender-id",
        sender.senderId,
        `Sender ID '${sender.senderId}' sends SMS only; a ${capability} message needs a phone number.`,
      );
    }
    if (!sender.messageTypes.includes(messageType)) {
      throw conflict(
        "MESSAGE_TYPE_MISMATCH",
        "sender-id",
        sender.senderId,
        `Sender ID '${sender.senderId}' sends ${sender.messageTypes.join(", ")} messages, not ${messageType}.`,
      );
    }
    if (sender.isoCountryCode !== country) {
      throw wrongCountry(`sender ID '${sender.senderId}' (${sender.isoCountryCode})`, country);
    }
  }
  return origin;
}

function wrongCountry(identity: string, country: string): ServiceError {
  const message = `The ${identity} does not send to ${country}; use an identity of ${country}.`;
  return new ServiceError("ValidationException", 400, message, {
    Reason: "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY",
    Fields: [{ Name: "OriginationIdentity", Message: message }],
  });
}

/** A pool's member that reaches the country: phone numbers first, then sender IDs, oldest first. */
function fromPool(
  pool: PoolRecord,
  country: string,
  messageType: MessageType,
  capability: NumberCapability,
  context: OperationContext,
): Origin {
  if (pool.status !== "ACTIVE") {
    throw conflict(
      "RESOURCE_NOT_ACTIVE",
      "pool",
      pool.id,
      `Pool '${pool.id}' is ${pool.status}; it sends once it is ACTIVE.`,
    );
  }
  if (pool.messageType !== messageType) {
    throw conflict(
      "MESSAGE_TYPE_MISMATCH",
      "pool",
      pool.id,
      `Pool '${pool.id}' sends ${pool.messageType} messages, not ${messageType}.`,
    );
  }
  const members = membersOf(pool, context);
  const fits = (m: OriginationIdentityRecord) =>
    reaches(m, country, isPhoneNumber(m) ? m.messageType : messageType, capability, context);
  const member =
    members.find((m) => isPhoneNumber(m) && m.isoCountryCode === country && fits(m)) ??
    members.find((m) => !isPhoneNumber(m) && fits(m)) ??
    members.find((m) => isPhoneNumber(m) && fits(m));
  if (member) return isPhoneNumber(member) ? { phone: member, pool } : { sender: member, pool };
  if (pool.sharedRoutesEnabled && capability === "SMS") return { sharedRoute: true, pool };
  // A member that would send but for its registration is the reason to give.
  const unregistered = members.find(
    (m): m is PhoneNumberRecord =>
      isPhoneNumber(m) &&
      !registered(m, context) &&
      m.numberCapabilities.includes(capability) &&
      (m.isoCountryCode === country || m.internationalSendingEnabled),
  );
  if (unregistered) throw registrationNotComplete(unregistered);
  if (members.length === 0) {
    throw conflict(
      "NO_ORIGINATION_IDENTITIES_FOUND",
      "pool",
      pool.id,
      `Pool '${pool.id}' has no origination identities; AssociateOriginationIdentity adds one.`,
    );
  }
  throw wrongCountry(`pool '${pool.id}' (no ACTIVE ${capability} member for it, no shared routes)`, country);
}

function describeOrigin(origin: Origin, entry: SentMessage): void {
  if (origin.pool) {
    entry.poolId = origin.pool.id;
    entry.poolArn = origin.pool.arn;
  }
  if ("phone" in origin) {
    entry.originationIdentity = origin.phone.id;
    entry.originationIdentityArn = origin.phone.arn;
    entry.originationNumber = origin.phone.phoneNumber;
  } else if ("sender" in origin) {
    entry.originationIdentity = origin.sender.senderId;
    entry.originationIdentityArn = origin.sender.arn;
    entry.originationNumber = origin.sender.senderId;
  } else {
    entry.sharedRoute = true;
  }
}

/** The opt-out list the send is checked against: the pool's, else the number's; a lone sender ID's Default. */
function optOutListOf(
  origin: Origin,
  context: OperationContext,
): { accountId: string; name: string } | undefined {
  const pool =
    origin.pool ??
    ("phone" in origin && origin.phone.poolArn !== undefined
      ? context.collection(POOLS).get(origin.phone.poolArn)
      : undefined);
  if (pool) return { accountId: pool.accountId, name: pool.optOutListName };
  if ("phone" in origin) return { accountId: origin.phone.accountId, name: origin.phone.optOutListName };
  if ("sender" in origin) return { accountId: origin.sender.accountId, name: "Default" };
  return undefined;
}
