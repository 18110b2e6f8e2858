// What an operation handler gets: the caller's account and region, the store, a clock and the emulator's settings.

import type { NumberAsSent } from "../jsonNumbers";
import type { NextTokens } from "../nextToken";
import type { PoolRecord } from "../poolRecord";
import type { PoolStore } from "../store";

export interface OperationContext {
  readonly store: PoolStore;
  /** The calling account (the emulator's account). */
  readonly accountId: string;
  /** The region of the request's SigV4 credential scope. */
  readonly region: string;
  /** Epoch milliseconds at arrival. */
  readonly now: number;
  readonly tokens: NextTokens;
  readonly newPoolId: () => string;
  readonly activationDelayMs: number;
  readonly defaultMaxResults: number;
  /** CreatePool ClientToken -> the pool it created, for idempotent retries. */
  readonly clientTokens: Map<string, PoolRecord>;
  /** The request's JSON numbers as sent, for validation messages. */
  readonly numberAsSent: NumberAsSent;
}

export type OperationHandler = (input: unknown, context: OperationContext) => Record<string, unknown>;
