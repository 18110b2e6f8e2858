// Validates a lookup of any kind against its operation's model before any request: every problem at once.
import type { ResourceKind } from "./kind";

/** One filter: resources match when the attribute equals any of the values. */
export interface Filter<Name extends string = string> {
  readonly name: Name;
  readonly values: readonly string[];
}

/** A validated lookup: lists copied, defaults applied, exact duplicate IDs dropped. */
export interface Query {
  /** IDs, names or ARNs (empty for a listing). */
  readonly ids: readonly string[];
  readonly filters: readonly Filter[];
  readonly owner?: "SELF" | "SHARED";
  /** The parent's ID or ARN, for kinds that list a parent's children. */
  readonly parent?: string;
  readonly pageSize: number;
  readonly region?: string;
}

/** One thing wrong with a lookup: where, what was given, which rule it breaks and how to fix it. */
export interface QueryProblem {
  /** Path of the offending field, e.g. `filters[1].values[0]`. */
  readonly field: string;
  /** The top-level argument the field belongs to, e.g. `filters` (for per-property check failures). */
  readonly property: string;
  /** The full sentence shown to the user. */
  readonly message: string;
}

/** How many problems an error message shows; 10,000 bad IDs must not make a megabyte message. */
export const PROBLEMS_SHOWN = 10;

/**
 * Thrown before any request when a lookup breaks its operation's model; `problems` holds every problem, the
 * message the first PROBLEMS_SHOWN and a count of the rest.
 */
export class PoolQueryError extends Error {
  override readonly name = "PoolQueryError";
  constructor(
    readonly problems: readonly QueryProblem[],
    /** Whose arguments these are, e.g. "getPools arguments". */
    readonly context = "pool lookup",
  ) {
    const hidden = problems.length - PROBLEMS_SHOWN;
    super(
      `Invalid ${context} (${problems.length} problem${problems.length === 1 ? "" : "s"}; no request was sent):\n` +
        problems
          .slice(0, PROBLEMS_SHOWN)
          .map((p) => `  - ${p.message}`)
          .join("\n") +
        (hidden > 0
          ? `\n  - and ${hidden} more problem${hidden === 1 ? "" : "s"} (the error's problems list every one)`
          : ""),
    );
  }
}

/**
 * The same problems without the values, for arguments that are secret (their errors may reach logs): each
 * names its field and whose arguments they are; the same call with plain values names the rule.
 */
export function withoutValues(err: PoolQueryError): PoolQueryError {
  return new PoolQueryError(
    err.problems.map((p) => ({
      ...p,
      message:
        `${p.field} is not valid in the ${err.context} (the value is not shown because the arguments are ` +
        "secret; the same call with a plain value names the rule it breaks)",
    })),
    err.context,
  );
}

const MAX_FILTERS = 20;
const MAX_FILTER_VALUES = 20;
export const MAX_PAGE_SIZE = 100;
const FILTER_VALUE = /^[/.:A-Za-z0-9+_-]{1,128}$/;
const ID_OR_ARN = /^[A-Za-z0-9_:/-]{1,256}$/;
/** A region code of any partition: us-east-1, us-gov-west-1, us-isob-east-1, eusc-de-east-1, ... */
export const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d+$/;

/** The partition a region belongs to (AWS's partitions and their region prefixes). */
function partitionOf(region: string): string {
  const prefixes: [string, string][] = [
    ["cn-", "aws-cn"],
    ["us-gov-", "aws-us-gov"],
    ["us-isob-", "aws-iso-b"],
    ["us-isof-", "aws-iso-f"],
    ["us-iso-", "aws-iso"],
    ["eu-isoe-", "aws-iso-e"],
    ["eusc-", "aws-eusc"],
  ];
  return prefixes.find(([prefix]) => region.startsWith(prefix))?.[1] ?? "aws";
}

/** Short, safe rendering of a user value for an error message. */
export function show(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 64 ? `${value.slice(0, 61)}...` : value);
  }
  if (value === undefined || typeof value === "number" || typeof value === "boolean" || value === null) {
    return String(value);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** A noun with its indefinite article: "a pool", "an opt-out list", "an origination identity". */
function withArticle(noun: string): string {
  return `${/^[aeio]/i.test(noun) ? "an" : "a"} ${noun}`;
}

/** What a kind's ID is called: "pool ID", but "sender ID" (never "sender ID ID"). */
function idNoun(noun: string): string {
  return noun.endsWith(" ID") ? noun : `${noun} ID`;
}

/** The option a misspelt word most likely meant (case, `_` and `-` aside), if any. */
export function closest(word: string, options: readonly string[]): string | undefined {
  const lower = word.toLowerCase().replace(/[_\s]/g, "-");
  return options.find((o) => o.toLowerCase() === lower || o.replace(/-/g, "") === lower.replace(/-/g, ""));
}

type Add = (field: string, message: string) => void;

/** The arguments a lookup of `kind` takes, in the order messages list them. */
function argumentsOf(kind: ResourceKind<unknown>): string[] {
  return [
    ...(kind.parent ? [kind.parent.argument] : []),
    ...(kind.ids ? [kind.ids.argument] : []),
    ...(kind.filterNames.length > 0 ? ["filters"] : []),
    ...(kind.owner ? ["owner"] : []),
    "pageSize",
    "region",
  ];
}

/**
 * Checks a lookup against every constraint of its operation that can be checked locally.
 * Returns the normalized query or throws a PoolQueryError naming every problem.
 */
export function validateQuery<Item>(kind: ResourceKind<Item>, input: unknown, context?: string): Query {
  const problems: QueryProblem[] = [];
  const add: Add = (field, message) => problems.push({ field, property: field.split(/[.[]/)[0], message });
  const args = (input ?? {}) as Record<string, unknown>;
  if (typeof args !== "object" || Array.isArray(args)) {
    const example = kind.ids
      ? `{ ${kind.ids.argument}: ["${kind.ids.example.replace(/0123\.\.\.$/, "...")}"] }`
      : "{}";
    throw new PoolQueryError(
      [
        {
          field: "args",
          property: "args",
          message: `arguments ${show(input)} must be an object such as ${example}`,
        },
      ],
      context,
    );
  }

  const known = argumentsOf(kind);
  for (const key of Object.keys(args)) {
    if (known.includes(key) || args[key] === undefined) continue;
    const singular = kind.ids && key === kind.ids.argument.replace(/s$/, "") ? kind.ids.argument : undefined;
    const hint = closest(key, known) ?? singular;
    add(
      key,
      `${key} is not a lookup argument; ${hint ? `did you mean ${hint}? ` : ""}use one of: ${known.join(", ")}`,
    );
  }

  const parent = kind.parent ? validateParent(kind, args[kind.parent.argument], add) : undefined;
  const ids = kind.ids ? validateIds(kind, args[kind.ids.argument], add) : [];
  const filters = kind.filterNames.length > 0 ? validateFilters(kind, args.filters, add) : [];

  const owner = args.owner;
  if (kind.owner) {
    if (owner !== undefined && owner !== "SELF" && owner !== "SHARED") {
      add(
        "owner",
        `owner ${show(owner)} must be "SELF" or "SHARED" (uppercase), or left out for your own ${kind.noun}s`,
      );
    }
    const asked = kind.ids ? args[kind.ids.argument] : undefined;
    if (owner !== undefined && kind.ids && Array.isArray(asked) && asked.length > 0) {
      add(
        "owner",
        `owner ${show(owner)} can't be used together with ${kind.ids.argument} (${kind.operation} rejects both at once); ` +
          `drop owner and pass shared ${kind.noun}s by ARN, or drop ${kind.ids.argument} to list by owner`,
      );
    }
  }

  const pageSize = args.pageSize ?? MAX_PAGE_SIZE;
  if (
    typeof pageSize !== "number" ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > MAX_PAGE_SIZE
  ) {
    add(
      "pageSize",
      `pageSize ${show(pageSize)} must be a whole number from 1 to ${MAX_PAGE_SIZE} (${kind.operation} MaxResults); leave it out for ${MAX_PAGE_SIZE}`,
    );
  }

  const region = args.region;
  if (region !== undefined && (typeof region !== "string" || !REGION.test(region))) {
    add("region", `region ${show(region)} must be an AWS region code such as "us-east-1"`);
  }

  if (problems.length > 0) throw new PoolQueryError(problems, context);
  return {
    ids,
    filters,
    owner: kind.owner ? (owner as Query["owner"]) : undefined,
    ...(parent !== undefined ? { parent } : {}),
    pageSize: pageSize as number,
    region: region as string | undefined,
  };
}

function validateParent(kind: ResourceKind<unknown>, value: unknown, add: Add): string | undefined {
  const spec = kind.parent!;
  if (typeof value !== "string" || value === "" || !ID_OR_ARN.test(value)) {
    add(
      spec.argument,
      `${spec.argument} ${show(value)} must be ${spec.described}: at most 256 characters of letters, digits, _ : / -`,
    );
    return undefined;
  }
  if (value.startsWith("arn:")) {
    const parts = spec.arnResources.map((r) => arnPattern(r).exec(value)).find((p) => p !== null);
    if (!parts || !REGION.test(parts[2])) {
      const expected = spec.arnResources.map((r) => `arn:aws:sms-voice:<region>:<account-id>:${r}/<${r}-id>`);
      add(
        spec.argument,
        `${spec.argument} ${show(value)} is not ${spec.described}; expected ${expected.join(" or ")}`,
      );
      return undefined;
    }
  }
  return value;
}

/** An ARN's parts, when `id` is an ARN of the kind's resource type. */
const arnPattern = (resource: string, tail = "[A-Za-z0-9_-]+") =>
  new RegExp(`^arn:([a-z-]+):sms-voice:([a-z0-9-]+):\\d{12}:${resource}/${tail}$`);

/** The separator of a pair entry's two members in a query's canonical ID (never valid in either). */
export const PAIR_SEPARATOR = "|";

function validateIds(kind: ResourceKind<unknown>, value: unknown, add: Add): string[] {
  const spec = kind.ids!;
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    const example = spec.pair
      ? `{ ${spec.pairFirst?.argument}: "${spec.example}", ${spec.pair.argument}: "US" }`
      : `"${spec.example}"`;
    add(
      spec.argument,
      `${spec.argument} ${show(value)} must be an array of ${spec.noArns ? `${kind.noun}s` : `${idNoun(kind.noun)}s or ARNs`}, e.g. [${example}]`,
    );
    return [];
  }
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const field = `${spec.argument}[${i}]`;
    if (spec.pair && spec.pairFirst) {
      if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
        add(
          field,
          `${field} ${show(entry)} must be an object { ${spec.pairFirst.argument}, ${spec.pair.argument} }`,
        );
        return;
      }
      const e = entry as Record<string, unknown>;
      for (const key of Object.keys(e)) {
        if (key !== spec.pairFirst.argument && key !== spec.pair.argument) {
          add(
            `${field}.${key}`,
            `${field}.${key} is not part of an entry; use ${spec.pairFirst.argument} and ${spec.pair.argument}`,
          );
        }
      }
      const first = validateId(kind, e[spec.pairFirst.argument], `${field}.${spec.pairFirst.argument}`, add);
      const second = e[spec.pair.argument];
      if (typeof second !== "string" || !spec.pair.pattern.test(second)) {
        add(
          `${field}.${spec.pair.argument}`,
          `${field}.${spec.pair.argument} ${show(second)} must be ${spec.pair.rule}`,
        );
        return;
      }
      // An ARN names its pair's second member too (a sender ID ARN ends in /<country>): they must agree.
      const inArn = first?.startsWith("arn:") ? first.slice(first.lastIndexOf("/") + 1) : undefined;
      if (inArn !== undefined && inArn !== second) {
        add(
          `${field}.${spec.pair.argument}`,
          `${field}.${spec.pair.argument} ${show(second)} differs from the ${inArn} at the end of ` +
            `${field}.${spec.pairFirst.argument}'s ARN; give ${JSON.stringify(inArn)}, or the ARN of the ${kind.noun} for ${second}`,
        );
        return;
      }
      if (first !== undefined) seen.add(`${first}${PAIR_SEPARATOR}${second}`);
      return;
    }
    const id = validateId(kind, entry, field, add);
    if (id !== undefined) seen.add(id);
  });
  return [...seen];
}

/** One entry of an ID list: a bare ID (or name) matching the model, or an ARN of the kind's resource type. */
function validateId(kind: ResourceKind<unknown>, id: unknown, field: string, add: Add): string | undefined {
  const spec = kind.ids!;
  if (typeof id !== "string") {
    add(field, `${field} ${show(id)} must be a string: ${spec.described}`);
  } else if (id.length === 0) {
    add(field, `${field} is empty; give ${spec.described}, or remove the entry`);
  } else if (spec.entryPattern) {
    if (spec.entryPattern.test(id)) return id;
    add(
      field,
      `${field} ${show(id)} is not ${withArticle(kind.noun)}: ${spec.entryRule ?? "see the API's rules"}`,
    );
  } else if (!ID_OR_ARN.test(id)) {
    add(
      field,
      `${field} ${show(id)} is not ${withArticle(idNoun(kind.noun))} or ARN: at most 256 characters of letters, digits, _ : / -`,
    );
  } else if (id.startsWith("arn:")) {
    const parts = arnPattern(spec.arnResource, spec.arnTail).exec(id);
    if (!parts || !REGION.test(parts[2])) {
      add(
        field,
        `${field} ${show(id)} is not ${withArticle(kind.noun)} ARN; expected arn:aws:sms-voice:<region>:<account-id>:${spec.arnResource}/${spec.arnTailShown ?? `<${spec.arnResource}-id>`}`,
      );
    } else if (parts[1] !== partitionOf(parts[2])) {
      add(
        field,
        `${field} ${show(id)} names partition "${parts[1]}", but region ${parts[2]} is in "${partitionOf(parts[2])}"; ` +
          `use arn:${partitionOf(parts[2])}:sms-voice:${parts[2]}:...`,
      );
    } else {
      return id;
    }
  } else {
    return id;
  }
  return undefined;
}

function validateFilters(kind: ResourceKind<unknown>, value: unknown, add: Add): Filter[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    add("filters", `filters ${show(value)} must be an array of { name, values } objects`);
    return [];
  }
  if (value.length > MAX_FILTERS) {
    add(
      "filters",
      `filters has ${value.length} entries; ${kind.operation} accepts at most ${MAX_FILTERS}: merge values of the same name into one filter`,
    );
  }
  const filters: Filter[] = [];
  value.forEach((filter, i) => {
    const at = `filters[${i}]`;
    if (typeof filter !== "object" || filter === null || Array.isArray(filter)) {
      add(at, `${at} ${show(filter)} must be an object { name, values }`);
      return;
    }
    const f = filter as Record<string, unknown>;
    for (const key of Object.keys(f)) {
      if (key === "name" || key === "values") continue;
      const hint = closest(key, ["name", "values"]);
      add(
        `${at}.${key}`,
        `${at}.${key} is not a filter field; ${hint ? `did you mean ${hint}? ` : ""}use name and values`,
      );
    }
    const name = f.name;
    if (typeof name !== "string" || !kind.filterNames.includes(name)) {
      const hint = typeof name === "string" ? closest(name, kind.filterNames) : undefined;
      add(
        `${at}.name`,
        `${at}.name ${show(name)} is not ${withArticle(kind.noun)} filter; ${hint ? `did you mean "${hint}"? ` : ""}use one of: ${kind.filterNames.join(", ")}`,
      );
    }
    const values = f.values;
    if (!Array.isArray(values)) {
      add(
        `${at}.values`,
        `${at}.values ${show(values)} must be an array of 1 to ${MAX_FILTER_VALUES} strings`,
      );
      return;
    }
    if (values.length < 1 || values.length > MAX_FILTER_VALUES) {
      add(
        `${at}.values`,
        `${at}.values has ${values.length} entries; a filter takes 1 to ${MAX_FILTER_VALUES} values` +
          (values.length === 0 ? " (remove the filter to match everything)" : " (split the lookup)"),
      );
    }
    values.forEach((v, j) => {
      const field = `${at}.values[${j}]`;
      const text = typeof v === "boolean" ? String(v) : v;
      const allowed = typeof name === "string" ? kind.filterValueSets?.[name] : undefined;
      if (typeof text !== "string" || !FILTER_VALUE.test(text)) {
        add(field, `${field} ${show(v)} must be a string of 1 to 128 letters, digits or / . : + _ -`);
      } else if (allowed && !allowed.includes(text)) {
        add(
          field,
          `${field} ${show(v)} never matches ${withArticle(kind.noun)}'s ${name}; use one of: ${allowed.join(", ")}`,
        );
      }
    });
    filters.push({ name: name as string, values: values.map((v) => String(v)) });
  });
  return filters;
}

/**
 * A stable text form of a query: the key for sharing identical in-flight lookups, and (for pools) the
 * hash behind PoolLookup's resource ID, so its shape must not change.
 */
export function canonicalQuery(kind: ResourceKind<unknown>, query: Query): string {
  return JSON.stringify({
    ...(kind.parent ? { [kind.parent.argument]: query.parent ?? null } : {}),
    ...(kind.ids ? { [kind.ids.argument]: query.ids } : {}),
    filters: query.filters.map((f) => ({ name: f.name, values: [...f.values] })),
    owner: query.owner ?? null,
    pageSize: query.pageSize,
  });
}

/** How many IDs an error message lists before it says "and N more". */
const IDS_SHOWN = 5;

/** The first few items and a count of the rest, so a 10,000-ID lookup still gives a readable message. */
function abbreviated(items: readonly string[]): string {
  if (items.length <= IDS_SHOWN) return items.join(", ");
  return `${items.slice(0, IDS_SHOWN).join(", ")} and ${items.length - IDS_SHOWN} more`;
}

/** Human-readable summary of a query for error messages. */
export function describeQuery(kind: ResourceKind<unknown>, query: Query): string {
  const parts: string[] = [];
  if (kind.parent && query.parent) parts.push(`${kind.parent.argument} ${query.parent}`);
  if (kind.ids && query.ids.length > 0) parts.push(`${kind.ids.argument} [${abbreviated(query.ids)}]`);
  for (const f of query.filters) parts.push(`${f.name} in [${f.values.join(", ")}]`);
  if (query.owner) parts.push(`owner ${query.owner}`);
  return parts.length > 0 ? parts.join(", ") : `all ${kind.noun}s`;
}
