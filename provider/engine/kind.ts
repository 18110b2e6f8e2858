// What the lookup engine needs to know about one kind of SMS resource: a declarative entry per Describe/List call.

/** How a kind names its resources in a request: a list of IDs/names/ARNs of at most `max` per request. */
interface IdList {
  /** The user's argument, e.g. `poolIds`. */
  readonly argument: string;
  /** The request member, e.g. `PoolIds`. */
  readonly member: string;
  /** What one entry is, for messages: `a pool ID ("pool-...") or pool ARN`. */
  readonly described: string;
  /** An example entry for messages, e.g. `pool-0123...`. */
  readonly example: string;
  /** The resource type in ARNs (`arn:aws:sms-voice:<region>:<account>:<arnResource>/<id>`), e.g. `pool`. */
  readonly arnResource: string;
  /** Entries per request: the model's list maximum. */
  readonly max: number;
  /** What follows `<arnResource>/` in an ARN, as a regular expression source. Default one ID segment. */
  readonly arnTail?: string;
  /** `arnTail` in words for messages, e.g. `<sender-id>/<country code>`. Default `<arnResource-id>`. */
  readonly arnTailShown?: string;
  /** What a bare entry must look like (the model's pattern), when stricter than an ID-or-ARN. */
  readonly entryPattern?: RegExp;
  /** A short phrase for `entryPattern`, e.g. "1 to 30 characters". */
  readonly entryRule?: string;
  /** Entries that are pairs (DescribeSenderIds' `{ SenderId, IsoCountryCode }`): the second member. */
  readonly pair?: {
    readonly argument: string;
    readonly member: string;
    readonly pattern: RegExp;
    readonly rule: string;
  };
  /** The first member's name in a pair entry (e.g. `senderId` / `SenderId`). */
  readonly pairFirst?: { readonly argument: string; readonly member: string };
  /** Entries are names that never take an ARN (DescribeKeywords' Keywords). */
  readonly noArns?: boolean;
  /** Entries match regardless of case, as AWS matches keywords ("help" finds HELP). */
  readonly caseInsensitive?: boolean;
}

/** The parent a listing belongs to (ListPoolOriginationIdentities' PoolId, DescribeKeywords' OriginationIdentity). */
interface Parent {
  readonly argument: string;
  readonly member: string;
  readonly described: string;
  /** The resource types an ARN given for it may name, e.g. ["pool"]. */
  readonly arnResources: readonly string[];
}

// Methods, not function-typed properties: an entry for pools must be usable where any kind is expected.
/**
 * One lookup kind. Everything that differs between DescribePools, DescribePhoneNumbers, ... is data here;
 * the engine (validation, planning, paging, ordering, sharing, errors) is the same for all of them.
 */
export interface ResourceKind<Item, Wire = unknown> {
  /** The resource in messages, singular: "pool". */
  readonly noun: string;
  /** The API operation, e.g. "DescribePools": the key for pacing, errors and in-flight sharing. */
  readonly operation: string;
  /** The AWS SDK's paginator export for the operation, e.g. "paginateDescribePools". */
  readonly paginator: string;
  /** The response member holding the page's items, e.g. "Pools". */
  readonly listMember: string;
  /** The ID list, when the operation takes one. */
  readonly ids?: IdList;
  /** The required parent, when the operation lists the children of one resource. */
  readonly parent?: Parent;
  /** Filter names the model accepts, in the model's order. */
  readonly filterNames: readonly string[];
  /** Filters whose attribute has a closed set of values: any other value can only match nothing. */
  readonly filterValueSets?: Readonly<Record<string, readonly string[]>>;
  /** Whether the operation takes `Owner` (SELF | SHARED). */
  readonly owner: boolean;
  /** The wire item (PascalCase, Date timestamps) as our users see it (camelCase, ISO 8601 strings). */
  toItem(wire: Wire): Item;
  /** The item's ARN: what duplicates collapse on and listings are ordered by. */
  arnOf(item: Item): string;
  /** The item's ID or name, as an ID list names it. */
  idOf(item: Item): string;
  /**
   * The two keys under which an asked entry finds the item: [as an ARN, as a bare ID]. Default
   * [arnOf, idOf]; pair entries append their second member (`<sender ID or ARN>|<country>`).
   */
  askedAs?(item: Item): readonly [string, string];
  /** The text a filter compares with the item's attribute, as AWS compares it (booleans as "true"/"false"). */
  filterValue(item: Item, filterName: string): readonly string[];
}
