// The in-memory store: one collection per resource kind, each holding every account's records per region, kept
// sorted for keyset paging with sorted secondary indexes (owner, and each filter field), the clock that turns
// pending records active, the resource policies that share records with other accounts, and a change counter
// that the state file follows. Kinds are registered by the files that define them (resources/*), so a new
// resource kind needs no change here.

import type { AccountSettings } from "./options";
import type { ResourceKind, ResourceRecord } from "./resources/kind";
import type { SpendRecord } from "./resources/spend";

/** One indexed condition: records whose `name` (a filter name, "owner", or a parent key) is one of `values`. */
export interface IndexedCondition {
  name: string;
  values: readonly string[];
}

/** Index of the first record whose sort key is greater than `key` (or equal too, when `inclusive`). */
function firstAfter(sorted: readonly ResourceRecord[], key: string, inclusive = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const midKey = sorted[mid].sortKey;
    if (midKey < key || (!inclusive && midKey === key)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function insertSorted(sorted: ResourceRecord[], record: ResourceRecord): void {
  sorted.splice(firstAfter(sorted, record.sortKey, true), 0, record);
}

function removeSorted(sorted: ResourceRecord[], record: ResourceRecord): void {
  const index = firstAfter(sorted, record.sortKey, true);
  if (sorted[index] === record) sorted.splice(index, 1);
}

class RegionRecords<R extends ResourceRecord> {
  readonly all: R[] = [];
  readonly indexes = new Map<string, R[]>();

  constructor(private readonly keys: (record: R) => string[]) {}

  add(record: R): void {
    insertSorted(this.all, record);
    for (const key of new Set(this.keys(record))) {
      let list = this.indexes.get(key);
      if (!list) {
        list = [];
        this.indexes.set(key, list);
      }
      insertSorted(list, record);
    }
  }

  remove(record: R): void {
    removeSorted(this.all, record);
    for (const key of new Set(this.keys(record))) {
      const list = this.indexes.get(key);
      if (!list) continue;
      removeSorted(list, record);
      if (list.length === 0) this.indexes.delete(key);
    }
  }
}

/** Every record of one kind. */
export class Collection<R extends ResourceRecord> {
  private readonly byArn = new Map<string, R>();
  private readonly regions = new Map<string, RegionRecords<R>>();
  private pending: R[] = [];

  constructor(
    readonly kind: ResourceKind<R>,
    private readonly changed: () => void,
  ) {}

  get size(): number {
    return this.byArn.size;
  }

  get(arn: string): R | undefined {
    return this.byArn.get(arn);
  }

  /** The record `accountId` owns in `region` under `id`. */
  own(region: string, accountId: string, id: string): R | undefined {
    return this.byArn.get(this.kind.arn(region, accountId, id));
  }

  has(arn: string): boolean {
    return this.byArn.has(arn);
  }

  add(record: R): void {
    if (this.byArn.has(record.arn)) throw new Error(`${this.kind.resourceType} ${record.arn} already exists`);
    this.byArn.set(record.arn, record);
    this.region(record.region).add(record);
    if (record.activateAt !== undefined) this.pending.push(record);
    this.changed();
  }

  remove(record: R): boolean {
    if (this.byArn.get(record.arn) !== record) return false;
    this.byArn.delete(record.arn);
    this.region(record.region).remove(record);
    this.changed();
    return true;
  }

  /** Changes a stored record through `change`, keeping the indexes right. */
  update(record: R, change: (record: R) => void): void {
    const stored = this.byArn.get(record.arn) === record;
    if (stored) this.region(record.region).remove(record);
    change(record);
    if (stored) {
      this.region(record.region).add(record);
      this.changed();
    }
  }

  /** Turns pending records whose activation time has come active; call before serving a request. */
  settle(now: number): void {
    if (this.pending.length === 0) return;
    const waiting: R[] = [];
    for (const record of this.pending) {
      if (this.byArn.get(record.arn) !== record) continue;
      if (record.activateAt === undefined || record.activateAt > now) {
        waiting.push(record);
        continue;
      }
      this.update(record, (r) => {
        this.kind.activate?.(r);
        r.activateAt = undefined;
      });
    }
    this.pending = waiting;
  }

  /** The accounts that own records in `region`. */
  owners(region: string): string[] {
    const owners: string[] = [];
    for (const key of this.region(region).indexes.keys()) {
      if (key.startsWith("owner\0")) owners.push(key.slice("owner\0".length));
    }
    return owners;
  }

  /**
   * Records of `region` in listing order, after sort key `afterKey`, drawn from the smallest index that the
   * conditions allow. Every record satisfying all conditions is yielded once; others may be too (callers filter).
   */
  *scan(region: string, conditions: readonly IndexedCondition[], afterKey?: string): Generator<R> {
    const records = this.region(region);
    let best: R[][] = [records.all];
    let bestSize = records.all.length;
    for (const { name, values } of conditions) {
      const lists = [...new Set(values)].map((value) => records.indexes.get(`${name}\0${value}`) ?? []);
      const size = lists.reduce((sum, list) => sum + list.length, 0);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    const positions = best.map((list) => (afterKey === undefined ? 0 : firstAfter(list, afterKey)));
    let last: R | undefined;
    for (;;) {
      // Merge the sorted lists; a record with several values of one field is in several (yield it once).
      let pick = -1;
      for (let i = 0; i < best.length; i++) {
        if (
          positions[i] < best[i].length &&
          (pick < 0 || best[i][positions[i]].sortKey < best[pick][positions[pick]].sortKey)
        ) {
          pick = i;
        }
      }
      if (pick < 0) return;
      const next = best[pick][positions[pick]++];
      if (next === last) continue;
      last = next;
      yield next;
    }
  }

  /** Every record, in no particular order (for the state file). */
  records(): IterableIterator<R> {
    return this.byArn.values();
  }

  private region(region: string): RegionRecords<R> {
    let records = this.regions.get(region);
    if (!records) {
      records = new RegionRecords<R>((record) => [
        `owner\0${record.accountId}`,
        ...this.kind.indexEntries(record).map(([name, value]) => `${name}\0${value}`),
      ]);
      this.regions.set(region, records);
    }
    return records;
  }
}

/** A resource policy: the JSON text as put, and the accounts it shares the resource with ("*": every one). */
export interface PolicyRecord {
  readonly resourceArn: string;
  readonly policy: string;
  readonly createdMs: number;
  readonly principals: readonly string[];
}

/**
 * ClientTokens the store keeps. The SDKs send a fresh one with every create call and a resource's token
 * outlives the resource, so without a bound they would grow the memory and the state file for ever; a retry
 * comes soon after its call, long before 10,000 newer tokens push it out.
 */
export const MAX_CLIENT_TOKENS = 10_000;

export class Store {
  private readonly collections = new Map<string, Collection<ResourceRecord>>();
  readonly policies = new Map<string, PolicyRecord>();
  /** `account/region/operation/ClientToken` -> the ARN the call created, for idempotent retries. */
  readonly clientTokens = new Map<string, string>();
  /** `region/account` pairs whose initial records (the Default opt-out list) exist. */
  readonly initialized = new Set<string>();
  /** Grows with every change; the state file is written when it moved. */
  version = 0;
  /** How far the emulator's clock runs ahead of real time (EmulatorClock), in milliseconds. */
  clockOffsetMs = 0;
  /** Account ID -> its settings (sandbox tier, spend limits), from the options or the seed. */
  readonly accountSettings = new Map<string, AccountSettings>();
  /** `region/account` -> its spend limit overrides and what it spent each month. */
  readonly spend = new Map<string, SpendRecord>();

  constructor(private readonly kinds: ReadonlyMap<string, ResourceKind<ResourceRecord>>) {}

  /** The collection of `kind`, created on first use. */
  of<R extends ResourceRecord>(kind: ResourceKind<R>): Collection<R> {
    let collection = this.collections.get(kind.name);
    if (!collection) {
      collection = new Collection(kind as unknown as ResourceKind<ResourceRecord>, () => {
        this.version += 1;
      });
      this.collections.set(kind.name, collection);
    }
    return collection as unknown as Collection<R>;
  }

  /** Forgets every record, policy, ClientToken and initialized account (to be filled again from a state file). */
  clear(): void {
    this.collections.clear();
    this.policies.clear();
    this.clientTokens.clear();
    this.initialized.clear();
    this.clockOffsetMs = 0;
    this.accountSettings.clear();
    this.spend.clear();
    this.version += 1;
  }

  setSpend(key: string, record: SpendRecord): void {
    this.spend.set(key, record);
    this.version += 1;
  }

  setAccountSettings(accountId: string, settings: AccountSettings): void {
    this.accountSettings.set(accountId, structuredClone(settings));
    this.version += 1;
  }

  setClockOffset(ms: number): void {
    if (ms === this.clockOffsetMs) return;
    this.clockOffsetMs = ms;
    this.version += 1;
  }

  /** Every kind known to the store (registered by resources/*). */
  allKinds(): Iterable<ResourceKind<ResourceRecord>> {
    return this.kinds.values();
  }

  kind(name: string): ResourceKind<ResourceRecord> | undefined {
    return this.kinds.get(name);
  }

  /** The record an ARN names, of any kind whose ARN resource type matches. */
  byArn(arn: string): ResourceRecord | undefined {
    for (const kind of this.kinds.values()) {
      if (!kind.parseArn(arn)) continue;
      const record = this.of(kind).get(arn);
      if (record) return record;
    }
    return undefined;
  }

  /**
   * Removes a record, its resource policy (a released or deleted resource shares nothing) and the records that
   * belong to it (every kind's `ownedBy` index holding its ARN), theirs too.
   */
  removeResource<R extends ResourceRecord>(kind: ResourceKind<R>, record: R): boolean {
    if (!this.of(kind).remove(record)) return false;
    this.deletePolicy(record.arn);
    for (const dependent of this.kinds.values()) {
      const index = dependent.ownedBy;
      if (index === undefined) continue;
      const owned = [
        ...this.of(dependent).scan(record.region, [{ name: index, values: [record.arn] }]),
      ].filter((r) =>
        dependent.indexEntries(r).some(([name, value]) => name === index && value === record.arn),
      );
      for (const r of owned) this.removeResource(dependent, r);
    }
    return true;
  }

  /** Creates the records every account has from the start, once per account and region. */
  initialize(region: string, accountId: string, now: number): void {
    const key = `${region}/${accountId}`;
    if (this.initialized.has(key)) return;
    this.initialized.add(key);
    for (const kind of this.kinds.values()) {
      for (const record of kind.initialRecords?.(region, accountId, now) ?? []) {
        const collection = this.of(kind);
        if (!collection.has(record.arn)) collection.add(record);
      }
    }
    this.version += 1;
  }

  settle(now: number): void {
    for (const collection of this.collections.values()) collection.settle(now);
  }

  /** True when `record` is shared with `accountId` by its resource policy. */
  sharedWith(record: ResourceRecord, accountId: string): boolean {
    if (record.accountId === accountId) return false;
    const principals = this.policies.get(record.arn)?.principals;
    return principals !== undefined && (principals.includes("*") || principals.includes(accountId));
  }

  /** True when `accountId` may read `record`: its own, or shared with it. */
  visible(record: ResourceRecord, accountId: string): boolean {
    return record.accountId === accountId || this.sharedWith(record, accountId);
  }

  putPolicy(policy: PolicyRecord): void {
    this.policies.set(policy.resourceArn, policy);
    this.version += 1;
  }

  deletePolicy(resourceArn: string): PolicyRecord | undefined {
    const policy = this.policies.get(resourceArn);
    if (policy) {
      this.policies.delete(resourceArn);
      this.version += 1;
    }
    return policy;
  }

  /** Remembers a ClientToken's result; beyond MAX_CLIENT_TOKENS the oldest are forgotten. */
  rememberClientToken(key: string, arn: string): void {
    this.clientTokens.delete(key);
    this.clientTokens.set(key, arn);
    for (const oldest of this.clientTokens.keys()) {
      if (this.clientTokens.size <= MAX_CLIENT_TOKENS) break;
      this.clientTokens.delete(oldest);
    }
    this.version += 1;
  }
}
