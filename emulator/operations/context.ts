// What an operation handler gets (the caller's account and region, the store, a clock, the emulator's
// settings) and how a handler file declares its operation: defineOperation(name, handler). The core validates
// the request against the operation's input shape in the service model before the handler sees it.

import type { NumberAsSent } from "../jsonNumbers";
import type { NextTokens } from "../nextToken";
import type { RandomSource } from "../random";
import type { ReviewSettings } from "../registrationReview";
import type { ResourceKind, ResourceRecord } from "../resources/kind";
import type { Collection, Store } from "../store";

export interface OperationContext {
  readonly store: Store;
  /** The calling account (from the request's access key ID). */
  readonly accountId: string;
  /** The region of the request's SigV4 credential scope. */
  readonly region: string;
  /** Epoch milliseconds at arrival. */
  readonly now: number;
  readonly tokens: NextTokens;
  /** A fresh ID: `prefix` + "-" + 32 lowercase hex characters, like AWS's. */
  newId(prefix: string): string;
  /** Seeded when the emulator has a randomSeed (generated phone numbers). */
  readonly random: RandomSource;
  readonly activationDelayMs: number;
  readonly defaultMaxResults: number;
  /**
   * Opted in by lenientReferences: CreatePool and UpdatePool accept an origination identity or opt-out list that
   * does not exist (their behaviour before the emulator held those resources). Off, they answer as AWS does.
   */
  readonly lenientReferences: boolean;
  /**
   * Opted in by lenientRegistrations: US toll-free and 10DLC numbers activate and send without a COMPLETE
   * registration (the emulator before it modelled registrations). Off, they wait for one, as in AWS.
   */
  readonly lenientRegistrations: boolean;
  /** How long a registration review takes and the seed's rules that decide it. */
  readonly reviews: ReviewSettings;
  /** The request's JSON numbers as sent, for validation messages. */
  readonly numberAsSent: NumberAsSent;
  collection<R extends ResourceRecord>(kind: ResourceKind<R>): Collection<R>;
  /**
   * The record `idOrArn` names as the caller sees it in its region: an ID names its own record, an ARN any
   * record of the region that is its own or shared with it. undefined when there is none.
   */
  find<R extends ResourceRecord>(kind: ResourceKind<R>, idOrArn: string): R | undefined;
  /** Like find, but only the caller's own records (what it may change or delete). */
  findOwn<R extends ResourceRecord>(kind: ResourceKind<R>, idOrArn: string): R | undefined;
  /** find, or ResourceNotFoundException naming the kind's ResourceType and `idOrArn`. */
  get<R extends ResourceRecord>(kind: ResourceKind<R>, idOrArn: string): R;
  /** findOwn, or ResourceNotFoundException naming the kind's ResourceType and `idOrArn`. */
  getOwn<R extends ResourceRecord>(kind: ResourceKind<R>, idOrArn: string): R;
  /** The request's ClientToken for `operation`, scoped to this caller and region. */
  clientToken(operation: string, token: string | undefined): ClientToken;
}

/** What an earlier call with the same ClientToken left, and how this call leaves its own (no-ops without one). */
export interface ClientToken {
  /** The value (usually an ARN) the earlier call remembered; undefined for a first call or no ClientToken. */
  readonly earlier?: string;
  remember(value: string): void;
}

export interface Operation<I = never> {
  /** The operation's name in the service model. */
  readonly name: string;
  /** Runs the operation on a request already validated against the model; throws ServiceError for modeled errors. */
  handle(request: I, context: OperationContext): Record<string, unknown>;
}

/** Declares the handler of one operation; a file in operations/ that exports one is served automatically. */
export function defineOperation<I>(
  name: string,
  handle: (request: I, context: OperationContext) => Record<string, unknown>,
): Operation<I> {
  return { name, handle };
}
