// What a stored record's fields may hold, per kind: the state file checks every record it loads against its
// kind's fields (a hand-edited file must not serve a pool without a Status, or "yes" for a boolean).

import { shapeProblems } from "../validation";

/** One field's rule: what it must be, in words for the message, and the test. */
export interface FieldRule {
  readonly rule: string;
  readonly test: (value: unknown) => boolean;
  readonly optional?: boolean;
}

export const STRING: FieldRule = { rule: "a string", test: (v) => typeof v === "string" };
export const BOOLEAN: FieldRule = { rule: "true or false", test: (v) => typeof v === "boolean" };
export const STRINGS: FieldRule = {
  rule: "a list of strings",
  test: (v) => Array.isArray(v) && v.every((s) => typeof s === "string"),
};
export const TAGS: FieldRule = {
  rule: 'a list of {"Key": string, "Value": string}',
  test: (v) =>
    Array.isArray(v) &&
    v.every(
      (t) =>
        typeof t === "object" &&
        t !== null &&
        typeof t.Key === "string" &&
        typeof t.Value === "string" &&
        Object.keys(t).length === 2,
    ),
};

export function oneOf(values: readonly string[]): FieldRule {
  return { rule: `one of: ${values.join(", ")}`, test: (v) => typeof v === "string" && values.includes(v) };
}

export function optional(rule: FieldRule): FieldRule {
  return { ...rule, optional: true };
}

/** A list whose every item passes `item`. */
export function listOf(item: FieldRule): FieldRule {
  return {
    rule: `a list, each ${item.rule}`,
    test: (v) => Array.isArray(v) && v.every((x) => item.test(x)),
  };
}

/** A list whose items are the model's `shape` (as the API takes them, e.g. EventDestination). */
export function listOfModel(shape: string): FieldRule {
  return {
    rule: `a list of the model's ${shape}`,
    test: (v) => Array.isArray(v) && v.every((item) => shapeProblems(shape, item).length === 0),
  };
}

/** An object of any keys whose values each pass `value` (and whose keys pass `key`). */
export function mapOf(key: FieldRule, value: FieldRule, rule: string): FieldRule {
  return {
    rule,
    test: (v) =>
      typeof v === "object" &&
      v !== null &&
      !Array.isArray(v) &&
      Object.entries(v).every(([k, item]) => key.test(k) && value.test(item)),
  };
}

/** The problems of one record's own fields (those every record has are the state file's to check). */
export function fieldProblems(
  fields: Readonly<Record<string, FieldRule>>,
  record: Record<string, unknown>,
  where: string,
  baseFields: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const [name, rule] of Object.entries(fields)) {
    const value = record[name];
    if (value === undefined) {
      if (!rule.optional) problems.push(`${where}.${name} is missing; it must be ${rule.rule}`);
    } else if (!rule.test(value)) {
      problems.push(`${where}.${name} ${show(value)} must be ${rule.rule}`);
    }
  }
  for (const name of Object.keys(record)) {
    if (!(name in fields) && !baseFields.includes(name)) {
      problems.push(`${where}.${name} is not a field of this record; remove it`);
    }
  }
  return problems;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
