// Filter semantics of every Describe*/List*: a kind's filter rules say which values each name accepts; a
// predicate ANDs the filters and ORs the values within one filter (booleans compare as "true"/"false"; a list
// field such as number-capability matches when any of its values does).

import { validationError } from "./errors";
import type { ResourceKind, ResourceRecord } from "./resources/kind";

export interface Filter {
  Name: string;
  Values: string[];
}

/** Values that can never match (a status that does not exist, "yes" for a boolean) are refused, not ignored. */
export function checkFilterValues(
  kind: { readonly filters: Readonly<Record<string, { readonly allowed?: readonly string[] }>> },
  filters: readonly Filter[],
): void {
  const problems: Array<{ Name: string; Message: string }> = [];
  filters.forEach((filter, i) => {
    const allowed = kind.filters[filter.Name]?.allowed;
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

export function filterMatcher<R extends ResourceRecord>(
  kind: ResourceKind<R>,
  filters: readonly Filter[],
): (record: R) => boolean {
  const rules = filters.map((filter) => ({
    rule: kind.filters[filter.Name],
    values: new Set(filter.Values),
  }));
  return (record) =>
    rules.every(({ rule, values }) => {
      if (!rule) return false;
      const text = rule.text(record);
      if (text === undefined) return false;
      return typeof text === "string" ? values.has(text) : text.some((value) => values.has(value));
    });
}
