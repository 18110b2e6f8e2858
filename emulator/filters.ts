// DescribePools filter semantics: which values each filter name accepts, and a predicate that ANDs filters
// and ORs the values within one filter (booleans compare as "true"/"false").

import { validationError } from "./errors";
import type { PoolRecord } from "./poolRecord";
import { POOL_FILTER_NAMES, type PoolFilterName } from "./shapes";

export interface PoolFilter {
  Name: PoolFilterName;
  Values: string[];
}

const BOOLEAN = ["true", "false"];
const ALLOWED: Partial<Record<PoolFilterName, readonly string[]>> = {
  status: ["CREATING", "ACTIVE", "DELETING"],
  "message-type": ["TRANSACTIONAL", "PROMOTIONAL"],
  "two-way-enabled": BOOLEAN,
  "self-managed-opt-outs-enabled": BOOLEAN,
  "shared-routes-enabled": BOOLEAN,
  "deletion-protection-enabled": BOOLEAN,
};

/** Values that can never match (a status that does not exist, "yes" for a boolean) are refused, not ignored. */
export function checkFilterValues(filters: readonly PoolFilter[]): void {
  const problems: Array<{ Name: string; Message: string }> = [];
  filters.forEach((filter, i) => {
    const allowed = ALLOWED[filter.Name];
    if (!allowed) return;
    filter.Values.forEach((value, j) => {
      if (!allowed.includes(value)) {
        problems.push({
          Name: `Filters[${i}].Values[${j}]`,
          Message: `Value '${value}' at 'Filters[${i}].Values[${j}]' is not valid for filter '${filter.Name}'; use one of: ${allowed.join(", ")}`,
        });
      }
    });
  });
  if (problems.length > 0) throw validationError("INVALID_FILTER_VALUES", problems);
}

/** The text a filter compares for `pool` (undefined when the pool has no such value). */
export function filterText(pool: PoolRecord, name: PoolFilterName): string | undefined {
  switch (name) {
    case "status":
      return pool.status;
    case "message-type":
      return pool.messageType;
    case "two-way-enabled":
      return String(pool.twoWayEnabled);
    case "self-managed-opt-outs-enabled":
      return String(pool.selfManagedOptOutsEnabled);
    case "opt-out-list-name":
      return pool.optOutListName;
    case "shared-routes-enabled":
      return String(pool.sharedRoutesEnabled);
    case "deletion-protection-enabled":
      return String(pool.deletionProtectionEnabled);
    case "two-way-channel-arn":
      return pool.twoWayChannelArn;
  }
}

export function poolMatcher(filters: readonly PoolFilter[]): (pool: PoolRecord) => boolean {
  const sets = filters.map((filter) => ({ name: filter.Name, values: new Set(filter.Values) }));
  return (pool) =>
    sets.every(({ name, values }) => {
      const text = filterText(pool, name);
      return text !== undefined && values.has(text);
    });
}

/** Every (filter name, value) a pool can be found under. */
export function filterEntries(pool: PoolRecord): Array<[PoolFilterName, string]> {
  return POOL_FILTER_NAMES.flatMap((name) => {
    const text = filterText(pool, name);
    return text === undefined ? [] : [[name, text] as [PoolFilterName, string]];
  });
}
