// The emulator's public contract: options, seed data, fault rules, the request log and the running handle.

import type { InboundMessage, InboundResult } from "./inbound";
import type { SentMessage, SentMessageFilter } from "./messages";
import type { RegistrationReview, RegistrationReviewRule } from "./registrationReview";

/**
 * One pool to put in the store, from a seed file, `EmulatorOptions.seed` or `Emulator.addPools`.
 * @public
 */
export interface SeedPool {
  /** Default: generated `"pool-"` + 32 lowercase hex characters, like AWS. */
  poolId?: string;
  /**
   * Owner account. Default: the emulator's account. Another account makes the pool one SHARED with the
   * emulator's account: visible only by ARN and under `Owner: "SHARED"`.
   */
  accountId?: string;
  /** Default: the emulator's region. */
  region?: string;
  /** Default `ACTIVE`. */
  status?: "CREATING" | "ACTIVE" | "DELETING";
  /** Default `TRANSACTIONAL`. */
  messageType?: "TRANSACTIONAL" | "PROMOTIONAL";
  twoWayEnabled?: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled?: boolean;
  /** Default `"Default"`. */
  optOutListName?: string;
  sharedRoutesEnabled?: boolean;
  deletionProtectionEnabled?: boolean;
  /** Epoch seconds or ISO 8601. Default: the time the pool is added. */
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
}

/**
 * One phone number to put in the store. Every field is optional; values follow the model's
 * PhoneNumberInformation. `poolId` puts it in a pool of the same account and region (seeded or stored).
 * @public
 */
export interface SeedPhoneNumber {
  /** Default: generated `"phone-"` + 32 hex. */
  phoneNumberId?: string;
  accountId?: string;
  region?: string;
  /** E.164. Default: +1206555 and four digits derived from the ID. */
  phoneNumber?: string;
  /** Default `ACTIVE`. */
  status?: "PENDING" | "ACTIVE" | "ASSOCIATING" | "DISASSOCIATING" | "DELETED";
  /** Default `US`. */
  isoCountryCode?: string;
  messageType?: "TRANSACTIONAL" | "PROMOTIONAL";
  /** Default `["SMS"]`. */
  numberCapabilities?: Array<"SMS" | "VOICE" | "MMS" | "RCS">;
  /** Default `LONG_CODE`. */
  numberType?: "SHORT_CODE" | "LONG_CODE" | "TOLL_FREE" | "TEN_DLC" | "SIMULATOR";
  monthlyLeasingPrice?: string;
  twoWayEnabled?: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled?: boolean;
  /** Default `Default`. */
  optOutListName?: string;
  internationalSendingEnabled?: boolean;
  deletionProtectionEnabled?: boolean;
  poolId?: string;
  registrationId?: string;
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
}

/** One sender ID (`senderId` and `isoCountryCode` required). `poolIds` puts it in pools. @public */
export interface SeedSenderId {
  senderId: string;
  isoCountryCode: string;
  accountId?: string;
  region?: string;
  /** Default both message types. */
  messageTypes?: Array<"TRANSACTIONAL" | "PROMOTIONAL">;
  monthlyLeasingPrice?: string;
  deletionProtectionEnabled?: boolean;
  registered?: boolean;
  registrationId?: string;
  poolIds?: string[];
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
}

/** One opt-out list and the numbers opted out of it (E.164 strings or objects). @public */
export interface SeedOptOutList {
  name: string;
  accountId?: string;
  region?: string;
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
  optedOutNumbers?: Array<
    string | { number: string; optedOutTimestamp?: number | string; endUserOptedOut?: boolean }
  >;
}

/**
 * A registration, COMPLETE (version 1 APPROVED) unless `status` is CREATED (version 1 a DRAFT). Seeded phone
 * numbers and sender IDs whose `registrationId` names it are associated with it, as its type allows.
 * @public
 */
export interface SeedRegistration {
  registrationType: string;
  /** Default: generated `"registration-"` + 32 hex. */
  registrationId?: string;
  accountId?: string;
  region?: string;
  status?: "COMPLETE" | "CREATED";
  /** Field path -> text, choices (a string is one choice), or a seeded attachment's ID; checked like Put. */
  fieldValues?: Record<string, string | string[]>;
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
}

/** A registration attachment, UPLOAD_COMPLETE, of an s3:// URL (default one of its own). @public */
export interface SeedRegistrationAttachment {
  registrationAttachmentId?: string;
  attachmentUrl?: string;
  accountId?: string;
  region?: string;
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
}

/** A destination number of a sandboxed account, VERIFIED unless `status` says PENDING. @public */
export interface SeedVerifiedDestinationNumber {
  destinationPhoneNumber: string;
  /** Default: generated `"verifieddestinationnumber-"` + 32 hex. */
  verifiedDestinationNumberId?: string;
  accountId?: string;
  region?: string;
  status?: "VERIFIED" | "PENDING";
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
}

/** A resource policy (JSON text or object) on a seeded or stored resource, sharing it with its principals. @public */
export interface SeedResourcePolicy {
  resourceArn: string;
  policy: string | Record<string, unknown>;
}

/**
 * Seed data. Every section is optional. A resource of another account than the emulator's is shared with the
 * emulator's account, unless `resourcePolicies` gives its policy.
 * @public
 */
export interface Seed {
  /** Access key ID -> account ID, added to `EmulatorOptions.accounts`. */
  accounts?: Record<string, string>;
  pools?: SeedPool[];
  phoneNumbers?: SeedPhoneNumber[];
  senderIds?: SeedSenderId[];
  optOutLists?: SeedOptOutList[];
  resourcePolicies?: SeedResourcePolicy[];
  registrations?: SeedRegistration[];
  registrationAttachments?: SeedRegistrationAttachment[];
  verifiedDestinationNumbers?: SeedVerifiedDestinationNumber[];
  /** Account ID -> its settings (the sandbox tier); applied when the state is new, like the seed's resources. */
  accountSettings?: Record<string, AccountSettings>;
  /**
   * How the emulator's review decides submitted registration versions: the first rule whose registrationType and
   * fieldValues match decides; a version no rule matches is approved. Configuration: applied on every start.
   */
  registrationReviews?: RegistrationReviewRule[];
}

/**
 * What an account is like beyond its resources, in every region: whether it is in the SMS sandbox.
 * @public
 */
export interface AccountSettings {
  /**
   * ACCOUNT_TIER. Default PRODUCTION (out of the sandbox). SANDBOX: the account sends only to its VERIFIED
   * destination numbers and to AWS's destination simulator numbers, as AWS's sandbox does.
   */
  tier?: "SANDBOX" | "PRODUCTION";
  /**
   * The most the account may spend a month on each channel, in whole US dollars (DescribeSpendLimits' MaxLimit;
   * Set*MessageSpendLimitOverride can only lower it). Default 1 in the sandbox (AWS's for a new account), else
   * 10,000.
   */
  maxSpendLimits?: { text?: number; voice?: number; media?: number; notify?: number; rcs?: number };
}

/**
 * One fault-injection rule. Every rule whose `operation` matches a request is applied: latency first, then
 * drop, throttle and internal error in that order (the first that fires answers the request).
 * @public
 */
export interface FaultRule {
  /** For example `"DescribePools"`; omitted = every operation. */
  operation?: string;
  /**
   * `ThrottlingException` (400). `first`: the first N matching requests; `nth`: 1-based indexes of matching
   * requests; `fraction`: a seeded share of them; `ratePerSecond`/`burst`: a token bucket per account + region
   * + operation, as AWS enforces its quota.
   */
  throttle?: { first?: number; fraction?: number; ratePerSecond?: number; burst?: number; nth?: number[] };
  /** `InternalServerException` (500). `nth`: 1-based indexes of matching requests since faults were set. */
  internalError?: { first?: number; fraction?: number; nth?: number[] };
  /** Destroy the socket without a response. */
  drop?: { first?: number; fraction?: number; nth?: number[] };
  /** Milliseconds added before answering. */
  latencyMs?: number;
}

/** @public */
export interface EmulatorOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Default `us-east-1`. Requests are served from the region of their SigV4 credential scope. */
  region?: string;
  /**
   * The regions served. Default: the regions where AWS offers the service (emulator/regions.ts). A request signed
   * for another region answers 400 `InvalidSignatureException` naming it, as AWS answers a scope it does not serve.
   */
  regions?: string[];
  /** Default `123456789012`: the account of every request whose access key ID is not in `accounts`. */
  accountId?: string;
  /** Access key ID -> 12-digit account ID: requests signed with that key act as that account. */
  accounts?: Record<string, string>;
  /**
   * Account ID -> its settings (`tier: "SANDBOX"` puts it in the SMS sandbox). Configuration: applied on every
   * start, over what the seed or the state file says of the same account.
   */
  accountSettings?: Record<string, AccountSettings>;
  /**
   * Account ID -> regions that account has not enabled (AWS's opt-in regions): every request there answers
   * 403 `UnrecognizedClientException`, as AWS does.
   */
  disabledRegions?: Record<string, string[]>;
  /**
   * A JSON state file: loaded at start when it exists (the seed is then not applied), written atomically
   * (temporary file + rename) after every change. A file that cannot be read or parsed stops the start.
   */
  state?: string;
  /**
   * A departure from AWS, for seeds and tests written before the emulator held every resource: CreatePool with an
   * origination identity that does not exist (or a SenderId without IsoCountryCode) makes an empty pool, and
   * UpdatePool takes an OptOutListName that does not exist. Default false: both answer as AWS does.
   */
  lenientReferences?: boolean;
  /**
   * A departure from AWS, for seeds and tests written before the emulator modelled registrations: US toll-free
   * and 10DLC numbers turn ACTIVE after activationDelayMs and send without a COMPLETE registration. Default
   * false: they stay PENDING, and can't send, until a registration associated with them is COMPLETE, as in AWS.
   */
  lenientRegistrations?: boolean;
  /**
   * Milliseconds from SubmitRegistrationVersion to the review's decision (REVIEWING half way). Default 0: decided
   * by the next request. Emulator.setRegistrationReview and seed rules may give a review its own delay.
   */
  reviewDelayMs?: number;
  /** A seed object or the path of a JSON seed file (see emulator/README.md). */
  seed?: Seed | string;
  /**
   * `CreatePool` answers `CREATING` and `RequestPhoneNumber` `PENDING`; they turn `ACTIVE` after this many
   * milliseconds. Default 0.
   */
  activationDelayMs?: number;
  faults?: FaultRule[];
  /**
   * Makes `fraction` faults, generated IDs and phone numbers deterministic. An integer from 0 to 4294967295
   * (the generator's 32-bit state); anything else stops the start.
   */
  randomSeed?: number;
  /** Page size of every Describe and List operation without `MaxResults`. Default 100 (the model's maximum). */
  defaultMaxResults?: number;
  /** Largest request body accepted, in bytes; larger bodies get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How many requests `Emulator.requests` keeps; the oldest go first. 0 logs none. Default 1000. */
  requestLogSize?: number;
  /** Bodies up to this many bytes are logged as parsed `input`; larger ones as an `inputSummary`. Default 16 KiB. */
  requestLogBodyBytes?: number;
}

/**
 * One request as the emulator saw it. `status` is 0 for a dropped connection (`errorType` `"ConnectionDropped"`).
 * Credentials are never recorded: `input` is the JSON body only.
 * @public
 */
export interface RequestLogEntry {
  /** The operation name, or the raw `X-Amz-Target` (empty if none) when it names no operation. */
  operation: string;
  /** The JSON body as parsed; undefined before it is read, when it is not JSON, or when it is summarised. */
  input: unknown;
  /**
   * Set instead of `input` for a body over `requestLogBodyBytes`: its first bytes, then a note of its full size
   * (`… [1048600 bytes in all; the request log keeps the first 16384]`).
   */
  inputSummary?: string;
  status: number;
  errorType?: string;
  requestId: string;
  /** Arrival time, epoch milliseconds. */
  at: number;
}

/** A running emulator. @public */
export interface Emulator {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  readonly port: number;
  readonly region: string;
  readonly accountId: string;
  /**
   * The newest requests (`requestLogSize`, default 1000), oldest first; a live view that the emulator keeps
   * current. Also served at `GET <endpoint>/_emulator/requests`.
   */
  readonly requests: readonly RequestLogEntry[];
  /** Empties `requests` (as `DELETE <endpoint>/_emulator/requests` does). */
  clearRequests(): void;
  /** Replaces the fault rules and resets their counters and token buckets. */
  setFaults(faults: FaultRule[]): void;
  /** Direct store access for tests; throws on an invalid pool (the message names the field and the rule). */
  addPools(pools: SeedPool[]): Array<{ poolId: string; poolArn: string }>;
  /**
   * Removes a pool by ID (own pools in the emulator's region) or ARN, as DeletePool does but whatever its
   * deletion protection: its phone numbers and sender IDs leave it and its resource policy goes. False when
   * there was none.
   */
  removePool(poolIdOrArn: string): boolean;
  /**
   * The messages SendTextMessage/SendVoiceMessage accepted, dry-ran or refused, and the automatic keyword
   * answers, oldest first (the newest 10000). Also served at `GET <endpoint>/_emulator/messages`.
   */
  sentMessages(filter?: SentMessageFilter): SentMessage[];
  /** Empties the sent-message log (as `DELETE <endpoint>/_emulator/messages` does); answers how many it held. */
  clearMessages(): number;
  /**
   * A handset's message to one of the emulator's phone numbers, with the keyword actions AWS applies (STOP opts
   * the sender out, HELP answers); throws when `to` is no phone number. Also `POST <endpoint>/_emulator/inbound`.
   */
  receive(message: InboundMessage): InboundResult;
  /**
   * The emulator's clock, epoch milliseconds: real time plus how far `advanceClock`/`setClock` moved it. Every
   * time the emulator keeps (creation times, the month spend counts in, verification code expiry, review
   * deadlines, activation delays) is on this clock. Also `GET <endpoint>/_emulator/clock`.
   */
  now(): number;
  /**
   * Moves the emulator's clock `ms` milliseconds forward (never back) and answers the new time; the state file
   * keeps the offset. Also `POST <endpoint>/_emulator/clock` with `{"advanceMs": ms}`.
   */
  advanceClock(ms: number): number;
  /** Moves the clock forward to `time` (a Date, epoch ms or ISO 8601); refuses an earlier time. */
  setClock(time: Date | number | string): number;
  /**
   * Sets the outcome of a registration's review: the version under review gets it (at once when its delay is
   * over), else the next version submitted. `registration` is an ID (of the emulator's account and region, or
   * of `where`'s) or an ARN. Throws for an unknown registration or a review that names no field of its type.
   * Also `POST <endpoint>/_emulator/registration-reviews`.
   */
  setRegistrationReview(
    registration: string,
    review: RegistrationReview,
    where?: { accountId?: string; region?: string },
  ): { registrationId: string; appliesTo: "CURRENT" | "NEXT" };
  stop(): Promise<void>;
}
