// Small conversions every resource entry shares: the wire's Date timestamps and booleans as users see them.

/** A wire timestamp as ISO 8601 (UTC), so it survives stack state; the epoch when AWS sent none. */
export function isoTimestamp(value: Date | undefined): string {
  return (value instanceof Date ? value : new Date(0)).toISOString();
}

/** The values of a boolean filter: AWS compares the attribute's "true"/"false". */
export const BOOLEAN_VALUES = ["true", "false"] as const;

/** One attribute as a filter compares it: absent attributes match nothing. */
export const text = (value: string | boolean | undefined): string[] =>
  value === undefined ? [] : [String(value)];
