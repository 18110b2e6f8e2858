// The service core: for one request, the caller's account (from its access key ID), the records every account
// has from the start, the model's validation of the input, then the operation's handler, then the state file
// when the store changed.

import { EmulatorClock } from "./clock";
import { notFound, ServiceError } from "./errors";
import type { NumberAsSent } from "./jsonNumbers";
import { NextTokens } from "./nextToken";
import { OPERATIONS, type OperationContext } from "./operations";
import type { RandomSource } from "./random";
import { type ReviewSettings, settleReviews } from "./registrationReview";
import type { ResourceKind, ResourceRecord } from "./resources/kind";
import { modelOperation } from "./serviceModel";
import { StateFileWriteError } from "./stateFile";
import type { Store } from "./store";
import { validateInput } from "./validation";

export interface ServiceSettings {
  readonly defaultAccountId: string;
  /** The emulator's region (of seeded resources, and of IDs the control paths name without a region). */
  readonly defaultRegion: string;
  /** Access key ID -> account. */
  readonly accounts: ReadonlyMap<string, string>;
  readonly activationDelayMs: number;
  readonly defaultMaxResults: number;
  readonly lenientReferences: boolean;
  readonly lenientRegistrations: boolean;
  readonly reviews: ReviewSettings;
  readonly idRandom: RandomSource;
  /** Called after a request that changed the store (writes the state file). */
  readonly changed?: () => void;
}

export class SmsService {
  readonly tokens = new NextTokens();
  readonly clock: EmulatorClock;

  constructor(
    readonly store: Store,
    private readonly settings: ServiceSettings,
  ) {
    this.clock = new EmulatorClock(store);
  }

  /** Epoch milliseconds on the emulator's clock. */
  now(): number {
    return this.clock.now();
  }

  /** Moves the clock forward (`move` calls advance or moveTo) and saves the state file; answers the new time. */
  moveClock(move: (clock: EmulatorClock) => number): number {
    const before = this.store.version;
    try {
      return move(this.clock);
    } finally {
      this.saveIfChanged(before);
    }
  }

  /** The account and region a control path's bare ID is looked up in. */
  get defaults(): { accountId: string; region: string } {
    return { accountId: this.settings.defaultAccountId, region: this.settings.defaultRegion };
  }

  accountFor(accessKeyId: string): string {
    return this.settings.accounts.get(accessKeyId) ?? this.settings.defaultAccountId;
  }

  emulates(operation: string): boolean {
    return OPERATIONS.has(operation);
  }

  newId(prefix: string): string {
    return `${prefix}-${this.settings.idRandom.hex(16)}`;
  }

  invoke(
    operation: string,
    input: unknown,
    caller: { accountId: string; region: string },
    now: number,
    numberAsSent: NumberAsSent,
  ): Record<string, unknown> {
    const handler = OPERATIONS.get(operation);
    const shape = modelOperation(operation)?.input;
    if (!handler || !shape) throw new Error(`${operation} is not emulated`);
    const before = this.store.version;
    try {
      this.settle(now);
      this.store.initialize(caller.region, caller.accountId, now);
      const request = validateInput<never>(shape, input, numberAsSent);
      return handler.handle(request, this.context(caller, now, numberAsSent));
    } finally {
      // Also after a handler that failed part way; a failed save replaces the answer (the change is undone).
      this.saveIfChanged(before);
    }
  }

  /** Makes what is due by `now` happen: activations, then registration reviews. */
  settle(now: number): void {
    this.store.settle(now);
    settleReviews(this.store, now);
  }

  /** Saves a changed store; a save that failed answers as AWS answers its own failures, with the reason. */
  private saveIfChanged(before: number): void {
    if (this.store.version === before) return;
    try {
      this.settings.changed?.();
    } catch (error) {
      if (error instanceof StateFileWriteError) {
        throw new ServiceError("InternalServerException", 500, error.message);
      }
      throw error;
    }
  }

  /** Runs `action` as `caller` with an operation's context, outside any request (emulator.receive). */
  perform<T>(
    caller: { accountId: string; region: string },
    now: number,
    action: (context: OperationContext) => T,
  ): T {
    const before = this.store.version;
    try {
      this.settle(now);
      this.store.initialize(caller.region, caller.accountId, now);
      return action(this.context(caller, now, () => undefined));
    } finally {
      this.saveIfChanged(before);
    }
  }

  private context(
    caller: { accountId: string; region: string },
    now: number,
    numberAsSent: NumberAsSent,
  ): OperationContext {
    const { store, settings } = this;
    const { accountId, region } = caller;
    const find = <R extends ResourceRecord>(kind: ResourceKind<R>, idOrArn: string, own: boolean) => {
      if (idOrArn.startsWith("arn:")) {
        const parsed = kind.parseArn(idOrArn);
        if (!parsed || parsed.region !== region) return undefined;
        const record = store.of(kind).get(idOrArn);
        if (!record) return undefined;
        return record.accountId === accountId || (!own && store.sharedWith(record, accountId))
          ? record
          : undefined;
      }
      return store.of(kind).own(region, accountId, idOrArn);
    };
    const context: OperationContext = {
      store,
      accountId,
      region,
      now,
      tokens: this.tokens,
      newId: (prefix) => this.newId(prefix),
      random: settings.idRandom,
      activationDelayMs: settings.activationDelayMs,
      defaultMaxResults: settings.defaultMaxResults,
      lenientReferences: settings.lenientReferences,
      lenientRegistrations: settings.lenientRegistrations,
      reviews: settings.reviews,
      numberAsSent,
      collection: (kind) => store.of(kind),
      find: (kind, idOrArn) => find(kind, idOrArn, false),
      findOwn: (kind, idOrArn) => find(kind, idOrArn, true),
      get(kind, idOrArn) {
        const record = find(kind, idOrArn, false);
        if (!record) throw notFound(kind.resourceType, idOrArn);
        return record;
      },
      getOwn(kind, idOrArn) {
        const record = find(kind, idOrArn, true);
        if (!record) throw notFound(kind.resourceType, idOrArn);
        return record;
      },
      clientToken(operation, token) {
        if (token === undefined) return { remember: () => {} };
        const key = `${accountId}/${region}/${operation}/${token}`;
        return {
          earlier: store.clientTokens.get(key),
          remember: (value) => store.rememberClientToken(key, value),
        };
      },
    };
    return context;
  }
}
