// Validates a pool lookup (getPools args, PoolLookup inputs) against the DescribePools model before any request.
import { POOL_FILTER_NAMES, type PoolFilter, type PoolFilterName } from "./pool";

/** A lookup as the user writes it: the camelCase arguments of getPools and PoolLookup. */
export interface PoolQueryInput {
  /** Pool IDs or ARNs, any number; shared pools need the ARN. */
  readonly poolIds?: readonly string[];
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly PoolFilter[];
  /** SELF for pools this account owns, SHARED for pools shared with it. Not together with poolIds. */
  readonly owner?: "SELF" | "SHARED";
  /** Pools per DescribePools page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** A validated lookup: lists are copied, defaults applied, exact duplicate IDs dropped. */
export interface PoolQuery {
  readonly poolIds: readonly string[];
  readonly filters: readonly PoolFilter[];
  readonly owner?: "SELF" | "SHARED";
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

/** Thrown before any request when a lookup breaks the DescribePools model; lists every problem at once. */
export class PoolQueryError extends Error {
  override readonly name = "PoolQueryError";
  constructor(
    readonly problems: readonly QueryProblem[],
    /** Whose arguments these are, e.g. "getPools arguments". */
    readonly context = "pool lookup",
  ) {
    super(
      `Invalid ${context} (${problems.length} problem${problems.length === 1 ? "" : "s"}; no request was sent):\n` +
        problems.map((p) => `  - ${p.message}`).join("\n"),
    );
  }
}

/** The same problems without the values: for arguments that are secret, whose errors may reach logs. */
export function withoutValues(err: PoolQueryError): PoolQueryError {
  return new PoolQueryError(
    err.problems.map((p) => ({
      ...p,
      message: `${p.field} breaks a DescribePools rule (the value is not shown because the arguments are secret)`,
    })),
    err.context,
  );
}

export const MAX_IDS_PER_REQUEST = 5;
export const MAX_FILTERS = 20;
export const MAX_FILTER_VALUES = 20;
export const MAX_PAGE_SIZE = 100;
const FILTER_VALUE = /^[/.:A-Za-z0-9+_-]{1,128}$/;
const POOL_ID_OR_ARN = /^[A-Za-z0-9_:/-]{1,256}$/;
const POOL_ARN = /^arn:([a-z-]+):sms-voice:([a-z0-9-]+):\d{12}:pool\/[A-Za-z0-9_-]+$/;
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The partition a region belongs to (AWS's partitions and their region prefixes). */
export function partitionOf(region: string): string {
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
const BOOLEAN_VALUES = ["true", "false"];
/** Filters whose attribute has a closed set of values: anything else can only match nothing. */
const FILTER_VALUE_SETS: Partial<Record<PoolFilterName, readonly string[]>> = {
  status: ["CREATING", "ACTIVE", "DELETING"],
  "message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
  "two-way-enabled": BOOLEAN_VALUES,
  "self-managed-opt-outs-enabled": BOOLEAN_VALUES,
  "shared-routes-enabled": BOOLEAN_VALUES,
  "deletion-protection-enabled": BOOLEAN_VALUES,
};
const KNOWN_KEYS = ["poolIds", "filters", "owner", "pageSize", "region"] as const;

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

/** The option a misspelt word most likely meant (case, `_` and `-` aside), if any. */
export function closest(word: string, options: readonly string[]): string | undefined {
  const lower = word.toLowerCase().replace(/[_\s]/g, "-");
  return options.find((o) => o.toLowerCase() === lower || o.replace(/-/g, "") === lower.replace(/-/g, ""));
}

/**
 * Checks a lookup against every DescribePools constraint that can be checked locally.
 * Returns the normalized query or throws a PoolQueryError naming every problem.
 */
export function validatePoolQuery(input: unknown, context?: string): PoolQuery {
  const problems: QueryProblem[] = [];
  const add = (field: string, message: string) =>
    problems.push({ field, property: field.split(/[.[]/)[0], message });
  const args = (input ?? {}) as Record<string, unknown>;
  if (typeof args !== "object" || Array.isArray(args)) {
    throw new PoolQueryError(
      [
        {
          field: "args",
          property: "args",
          message: `arguments ${show(input)} must be an object such as { poolIds: ["pool-..."] }`,
        },
      ],
      context,
    );
  }

  for (const key of Object.keys(args)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key) || args[key] === undefined) continue;
    const hint = closest(key, KNOWN_KEYS) ?? (key === "poolId" ? "poolIds" : undefined);
    add(
      key,
      `${key} is not a lookup argument; ${hint ? `did you mean ${hint}? ` : ""}use one of: ${KNOWN_KEYS.join(", ")}`,
    );
  }

  const poolIds = validatePoolIds(args.poolIds, add);
  const filters = validateFilters(args.filters, add);

  const owner = args.owner;
  if (owner !== undefined && owner !== "SELF" && owner !== "SHARED") {
    add(
      "owner",
      `owner ${show(owner)} must be "SELF" or "SHARED" (uppercase), or left out for your own pools`,
    );
  }
  if (owner !== undefined && Array.isArray(args.poolIds) && args.poolIds.length > 0) {
    add(
      "owner",
      `owner ${show(owner)} can't be used together with poolIds (DescribePools rejects both at once); ` +
        "drop owner and pass shared pools by ARN, or drop poolIds to list by owner",
    );
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
      `pageSize ${show(pageSize)} must be a whole number from 1 to ${MAX_PAGE_SIZE} (DescribePools MaxResults); leave it out for ${MAX_PAGE_SIZE}`,
    );
  }

  const region = args.region;
  if (region !== undefined && (typeof region !== "string" || !REGION.test(region))) {
    add("region", `region ${show(region)} must be an AWS region code such as "us-east-1"`);
  }

  if (problems.length > 0) throw new PoolQueryError(problems, context);
  return {
    poolIds,
    filters,
    owner: owner as PoolQuery["owner"],
    pageSize: pageSize as number,
    region: region as string | undefined,
  };
}

type Add = (field: string, message: string) => void;

function validatePoolIds(value: unknown, add: Add): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    add("poolIds", `poolIds ${show(value)} must be an array of pool IDs or ARNs, e.g. ["pool-0123..."]`);
    return [];
  }
  const seen = new Set<string>();
  value.forEach((id, i) => {
    const field = `poolIds[${i}]`;
    if (typeof id !== "string") {
      add(field, `${field} ${show(id)} must be a string: a pool ID ("pool-...") or pool ARN`);
    } else if (id.length === 0) {
      add(field, `${field} is empty; give a pool ID ("pool-...") or pool ARN, or remove the entry`);
    } else if (!POOL_ID_OR_ARN.test(id)) {
      add(
        field,
        `${field} ${show(id)} is not a pool ID or ARN: at most 256 characters of letters, digits, _ : / -`,
      );
    } else if (id.startsWith("arn:")) {
      const arn = POOL_ARN.exec(id);
      if (!arn || !REGION.test(arn[2])) {
        add(
          field,
          `${field} ${show(id)} is not a pool ARN; expected arn:aws:sms-voice:<region>:<account-id>:pool/<pool-id>`,
        );
      } else if (arn[1] !== partitionOf(arn[2])) {
        add(
          field,
          `${field} ${show(id)} names partition "${arn[1]}", but region ${arn[2]} is in "${partitionOf(arn[2])}"; ` +
            `use arn:${partitionOf(arn[2])}:sms-voice:${arn[2]}:...`,
        );
      } else {
        seen.add(id);
      }
    } else {
      seen.add(id);
    }
  });
  return [...seen];
}

function validateFilters(value: unknown, add: Add): PoolFilter[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    add("filters", `filters ${show(value)} must be an array of { name, values } objects`);
    return [];
  }
  if (value.length > MAX_FILTERS) {
    add(
      "filters",
      `filters has ${value.length} entries; DescribePools accepts at most ${MAX_FILTERS}: merge values of the same name into one filter`,
    );
  }
  const filters: PoolFilter[] = [];
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
    if (typeof name !== "string" || !(POOL_FILTER_NAMES as readonly string[]).includes(name)) {
      const hint = typeof name === "string" ? closest(name, POOL_FILTER_NAMES) : undefined;
      add(
        `${at}.name`,
        `${at}.name ${show(name)} is not a pool filter; ${hint ? `did you mean "${hint}"? ` : ""}use one of: ${POOL_FILTER_NAMES.join(", ")}`,
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
      const allowed = FILTER_VALUE_SETS[name as PoolFilterName];
      if (typeof text !== "string" || !FILTER_VALUE.test(text)) {
        add(field, `${field} ${show(v)} must be a string of 1 to 128 letters, digits or / . : + _ -`);
      } else if (allowed && !allowed.includes(text)) {
        add(field, `${field} ${show(v)} never matches a pool's ${name}; use one of: ${allowed.join(", ")}`);
      }
    });
    filters.push({ name: name as PoolFilterName, values: values.map((v) => String(v)) });
  });
  return filters;
}

/** A stable text form of a query, used as the key for sharing identical in-flight lookups and as a resource ID. */
export function canonicalQuery(query: PoolQuery): string {
  return JSON.stringify({
    poolIds: query.poolIds,
    filters: query.filters.map((f) => ({ name: f.name, values: [...f.values] })),
    owner: query.owner ?? null,
    pageSize: query.pageSize,
  });
}

/** Human-readable summary of a query for error messages. */
export function describeQuery(query: PoolQuery): string {
  const parts: string[] = [];
  if (query.poolIds.length > 0) parts.push(`poolIds [${abbreviated(query.poolIds)}]`);
  for (const f of query.filters) parts.push(`${f.name} in [${f.values.join(", ")}]`);
  if (query.owner) parts.push(`owner ${query.owner}`);
  return parts.length > 0 ? parts.join(", ") : "all pools";
}

/** How many IDs an error message lists before it says "and N more". */
export const IDS_SHOWN = 5;

/** The first few items and a count of the rest, so a 10,000-ID lookup still gives a readable message. */
export function abbreviated(items: readonly string[], shown = IDS_SHOWN): string {
  if (items.length <= shown) return items.join(", ");
  return `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`;
}
