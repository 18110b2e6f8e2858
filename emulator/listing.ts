// The one listing engine behind every Describe*/List*: an ID list (at most the model's 5) or a keyset-paged
// scan of the caller's own records (Owner SELF), of records shared with it (Owner SHARED), or of a parent's
// records; the kind's filters ANDed, values ORed; signed NextTokens bound to the query. A cursor is always a
// key (the sort key, or the ID list position, of the last record served), never a count, so records created,
// deleted or changed between pages never make a page skip or repeat another record.

import { validationError } from "./errors";
import { checkFilterValues, type Filter, filterMatcher } from "./filters";
import { NextTokens } from "./nextToken";
import type { OperationContext } from "./operations/context";
import type { ResourceKind, ResourceRecord } from "./resources/kind";
import type { IndexedCondition } from "./store";

export interface ListingRequest {
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
  Owner?: "SELF" | "SHARED";
}

/** Records asked for by ID (PoolIds, SenderIds, OptOutListNames ...). */
interface IdLookup<R> {
  /** The request member, for messages (`PoolIds`). */
  readonly member: string;
  readonly ids: readonly unknown[];
  /** The ARN text of an ID when it is one, to refuse ARNs of another kind (INVALID_ARN). */
  arnOf(id: unknown): string | undefined;
  /** The record the ID names as the caller sees it; throws ResourceNotFoundException when there is none. */
  resolve(id: unknown): R;
}

export interface ListingSpec<R extends ResourceRecord> {
  /** The kind whose filters apply; `also` adds kinds listed with it (a pool's phone numbers and sender IDs). */
  readonly kind: ResourceKind<R>;
  readonly also?: ReadonlyArray<ResourceKind<R>>;
  /** The result member holding the page (`Pools`). */
  readonly resultKey: string;
  project(record: R): unknown;
  readonly lookup?: IdLookup<R>;
  /** Lists a parent's records (index name and value) instead of an owner's; Owner does not apply. */
  readonly parent?: { index: string; value: string };
  /** Extra result members (ListPoolOriginationIdentities' PoolArn and PoolId). */
  readonly extra?: Record<string, unknown>;
}

export function listResources<R extends ResourceRecord>(
  context: OperationContext,
  request: ListingRequest,
  spec: ListingSpec<R>,
): Record<string, unknown> {
  const { kind, lookup } = spec;
  const filters = request.Filters ?? [];
  const ids = lookup?.ids ?? [];
  if (lookup && ids.length > 0 && request.Owner !== undefined) {
    throw validationError(
      "PARAMETERS_CANNOT_BE_USED_TOGETHER",
      [
        { Name: "Owner", Message: `Owner '${request.Owner}' cannot be used together with ${lookup.member}.` },
        { Name: lookup.member, Message: `${lookup.member} cannot be used together with Owner.` },
      ],
      `Owner and ${lookup.member} cannot be used together: ${lookup.member} already name the resources (shared ones by ARN); drop Owner or ${lookup.member}.`,
    );
  }
  if (lookup) {
    const badArns = ids.flatMap((id, i) => {
      const arn = lookup.arnOf(id);
      return arn !== undefined && !kind.parseArn(arn)
        ? [
            {
              Name: `${lookup.member}[${i}]`,
              Message: `Value '${arn}' at '${lookup.member}[${i}]' is not a ${kind.resourceType} ARN (${kind.arn("<region>", "<account>", "<id>")})`,
            },
          ]
        : [];
    });
    if (badArns.length > 0) throw validationError("INVALID_ARN", badArns);
  }
  checkFilterValues(kind, filters);

  const digest = NextTokens.queryDigest({
    list: spec.resultKey,
    region: context.region,
    account: context.accountId,
    ids,
    parent: spec.parent,
    filters: filters.map((f) => [f.Name, [...f.Values].sort()]).sort(),
    owner: request.Owner ?? "SELF",
  });
  const cursor = request.NextToken === undefined ? undefined : context.tokens.read(request.NextToken, digest);
  const pageSize = request.MaxResults ?? context.defaultMaxResults;
  const result: Record<string, unknown> = { ...spec.extra };

  if (lookup && ids.length > 0) {
    // Keyset over the request: the cursor is the position of the last record served.
    const after = cursor && "requested" in cursor ? cursor.requested : -1;
    const matches = filterMatcher(kind, filters);
    const seen = new Set<string>();
    const page: R[] = [];
    let last = after;
    let more = false;
    for (const [position, id] of ids.entries()) {
      const record = lookup.resolve(id);
      if (seen.has(record.arn)) continue;
      seen.add(record.arn);
      if (position <= after || more || !matches(record)) continue;
      if (page.length === pageSize) {
        more = true;
        continue;
      }
      page.push(record);
      last = position;
    }
    result[spec.resultKey] = page.map((record) => spec.project(record));
    if (more) result.NextToken = context.tokens.issue(digest, { requested: last });
    return result;
  }

  const shared = request.Owner === "SHARED";
  const conditions: IndexedCondition[] = filters.map((f) => ({ name: f.Name, values: f.Values }));
  let visible: (record: R) => boolean;
  if (spec.parent) {
    conditions.push({ name: spec.parent.index, values: [spec.parent.value] });
    visible = () => true;
  } else {
    const owners = shared
      ? context
          .collection(kind)
          .owners(context.region)
          .filter((owner) => owner !== context.accountId)
      : [context.accountId];
    conditions.push({ name: "owner", values: owners });
    visible = shared
      ? (record) => context.store.sharedWith(record, context.accountId)
      : (record) => record.accountId === context.accountId;
  }
  const afterKey = cursor && "key" in cursor ? cursor.key : undefined;
  // Kinds listed together (spec.also) have the same filter names, each with its own rules.
  const kinds = [kind, ...(spec.also ?? [])];
  const scans = kinds.map((k) => tagged(k, context.collection(k).scan(context.region, conditions, afterKey)));
  const matchers = new Map(kinds.map((k) => [k, filterMatcher(k, filters)]));
  const page: R[] = [];
  let more = false;
  for (const [record, recordKind] of merged(scans)) {
    if (spec.parent && !hasIndex(record, recordKind, spec.parent)) continue;
    if (!visible(record) || !matchers.get(recordKind)!(record)) continue;
    if (page.length === pageSize) {
      more = true;
      break;
    }
    page.push(record);
  }
  result[spec.resultKey] = page.map((record) => spec.project(record));
  if (more) result.NextToken = context.tokens.issue(digest, { key: page[page.length - 1].sortKey });
  return result;
}

function* tagged<R extends ResourceRecord>(
  kind: ResourceKind<R>,
  scan: Generator<R>,
): Generator<[R, ResourceKind<R>]> {
  for (const record of scan) yield [record, kind];
}

function hasIndex<R extends ResourceRecord>(
  record: R,
  kind: ResourceKind<R>,
  parent: { index: string; value: string },
): boolean {
  return kind.indexEntries(record).some(([name, value]) => name === parent.index && value === parent.value);
}

/** Merges scans that are each in sort-key order into one. */
function* merged<T extends [ResourceRecord, unknown]>(scans: Array<Generator<T>>): Generator<T> {
  if (scans.length === 1) {
    yield* scans[0];
    return;
  }
  const heads = scans.map((scan) => scan.next());
  for (;;) {
    let pick = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (!head.done && (pick < 0 || head.value[0].sortKey < (heads[pick].value as T)[0].sortKey)) pick = i;
    }
    if (pick < 0) return;
    yield heads[pick].value as T;
    heads[pick] = scans[pick].next();
  }
}
