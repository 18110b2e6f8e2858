// Checks a request body against its input shape in the service model: wrong JSON types are a
// SerializationException; broken constraints (required, length, range, pattern, enum, list and map sizes) are
// one ValidationException naming every field (Reason MISSING_PARAMETER when only required members are
// missing, FIELD_VALIDATION_FAILED otherwise).

import { serializationError, type ValidationField, validationError } from "./errors";
import type { NumberAsSent } from "./jsonNumbers";
import { memberShapeName, modelShape } from "./serviceModel";

const patterns = new Map<string, RegExp>();

/** Model patterns describe the whole value (the service matches them in full). */
function fullMatch(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`, "u");
    patterns.set(pattern, re);
  }
  return re;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Numbers as sent (1e400, not null), strings bare, anything else as JSON; long values shortened. */
function quote(value: unknown, path: string, asSent: NumberAsSent): string {
  const text =
    typeof value === "string"
      ? value
      : ((typeof value === "number" ? asSent(path) : undefined) ?? JSON.stringify(value));
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

interface Problems {
  fields: ValidationField[];
  missingOnly: boolean;
}

/**
 * Runs the model's checks of shape `shapeName` on `input`; returns it typed, without null members (JSON null
 * means absent) and without members the model does not have (the service ignores them). `asSent` gives the
 * JSON text of numbers that JavaScript cannot print as sent, so messages name the value the caller wrote.
 */
export function validateInput<T>(
  shapeName: string,
  input: unknown,
  asSent: NumberAsSent = () => undefined,
): T {
  const problems: Problems = { fields: [], missingOnly: true };
  check(shapeName, input, "", problems, asSent);
  if (problems.fields.length > 0) {
    throw validationError(
      problems.missingOnly ? "MISSING_PARAMETER" : "FIELD_VALIDATION_FAILED",
      problems.fields,
    );
  }
  return known(shapeName, input) as T;
}

/** The problems `input` has against shape `shapeName` (empty when it is valid); never throws. */
export function shapeProblems(shapeName: string, input: unknown, path = ""): ValidationField[] {
  const problems: Problems = { fields: [], missingOnly: true };
  try {
    check(shapeName, input, path, problems, () => undefined);
  } catch (error) {
    problems.fields.push({ Name: path, Message: (error as Error).message });
  }
  return problems.fields;
}

function known(shapeName: string, value: unknown): unknown {
  const shape = modelShape(shapeName);
  if (shape.type === "list") return (value as unknown[]).map((item) => known(shape.member!, item));
  if (shape.type === "map") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, known(shape.value!, v)]),
    );
  }
  if (shape.type !== "structure") return value;
  const record = value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    if (record[name] !== undefined && record[name] !== null) {
      kept[name] = known(memberShapeName(member), record[name]);
    }
  }
  return kept;
}

function fail(problems: Problems, path: string, value: unknown, rule: string, asSent: NumberAsSent): void {
  const shown = Array.isArray(value)
    ? `[${value.length} items]`
    : jsonType(value) === "object"
      ? `{${Object.keys(value as object).length} entries}`
      : quote(value, path, asSent);
  problems.missingOnly = false;
  problems.fields.push({
    Name: path,
    Message: `Value '${shown}' at '${path}' failed to satisfy constraint: Member must ${rule}`,
  });
}

function missing(problems: Problems, path: string): void {
  problems.fields.push({
    Name: path,
    Message: `Value null at '${path}' failed to satisfy constraint: Member must not be null`,
  });
}

function checkSize(
  problems: Problems,
  path: string,
  value: unknown,
  size: number,
  min?: number,
  max?: number,
) {
  if (min !== undefined && size < min) {
    fail(problems, path, value, `have length greater than or equal to ${min}`, () => undefined);
  }
  if (max !== undefined && size > max) {
    fail(problems, path, value, `have length less than or equal to ${max}`, () => undefined);
  }
}

function wrongType(expected: string, where: string, value: unknown, path: string, asSent: NumberAsSent) {
  const shown = jsonType(value) === "object" || Array.isArray(value) ? "" : ` ${quote(value, path, asSent)}`;
  return serializationError(`Expected ${expected} at '${where}' but found ${jsonType(value)}${shown}.`);
}

function check(
  shapeName: string,
  value: unknown,
  path: string,
  problems: Problems,
  asSent: NumberAsSent,
): void {
  const shape = modelShape(shapeName);
  const where = path || "request body";
  switch (shape.type) {
    case "structure": {
      if (jsonType(value) !== "object") {
        throw serializationError(`Expected a JSON object at '${where}' but found ${jsonType(value)}.`);
      }
      const record = value as Record<string, unknown>;
      for (const name of shape.required ?? []) {
        if (record[name] === undefined || record[name] === null)
          missing(problems, path ? `${path}.${name}` : name);
      }
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const memberValue = record[name];
        if (memberValue === undefined || memberValue === null) continue;
        check(memberShapeName(member), memberValue, path ? `${path}.${name}` : name, problems, asSent);
      }
      if (shape.union) {
        const set = Object.keys(shape.members ?? {}).filter((name) => record[name] != null);
        if (set.length !== 1) {
          fail(problems, path, value, `have exactly one member set, not ${set.length}`, asSent);
        }
      }
      return;
    }
    case "list": {
      if (!Array.isArray(value)) throw wrongType("a JSON array", where, value, path, asSent);
      checkSize(problems, path, value, value.length, shape.min, shape.max);
      value.forEach((item, index) => {
        const itemPath = `${path}[${index}]`;
        if (item === null || item === undefined) missing(problems, itemPath);
        else check(shape.member!, item, itemPath, problems, asSent);
      });
      return;
    }
    case "map": {
      if (jsonType(value) !== "object") throw wrongType("a JSON object", where, value, path, asSent);
      const entries = Object.entries(value as Record<string, unknown>);
      checkSize(problems, path, value, entries.length, shape.min, shape.max);
      for (const [key, item] of entries) {
        check(shape.key!, key, `${path}.${key}(key)`, problems, asSent);
        if (item === null || item === undefined) missing(problems, `${path}.${key}`);
        else check(shape.value!, item, `${path}.${key}`, problems, asSent);
      }
      return;
    }
    case "string": {
      if (typeof value !== "string") throw wrongType("a string", where, value, path, asSent);
      const length = [...value].length;
      if (shape.min !== undefined && length < shape.min) {
        fail(problems, path, value, `have length greater than or equal to ${shape.min}`, asSent);
      }
      if (shape.max !== undefined && length > shape.max) {
        fail(problems, path, value, `have length less than or equal to ${shape.max}`, asSent);
      }
      if (shape.pattern !== undefined && !fullMatch(shape.pattern).test(value)) {
        fail(problems, path, value, `satisfy regular expression pattern: ${shape.pattern}`, asSent);
      }
      if (shape.enum !== undefined && !shape.enum.includes(value)) {
        fail(problems, path, value, `satisfy enum value set: [${shape.enum.join(", ")}]`, asSent);
      }
      return;
    }
    case "integer":
    case "long": {
      if (typeof value !== "number" || !Number.isInteger(value)) {
        throw wrongType("an integer", where, value, path, asSent);
      }
      checkRange(shape.min, shape.max, value, path, problems, asSent);
      return;
    }
    case "double": {
      if (typeof value !== "number" || !Number.isFinite(value))
        throw wrongType("a number", where, value, path, asSent);
      checkRange(shape.min, shape.max, value, path, problems, asSent);
      return;
    }
    case "timestamp": {
      // JSON 1.0 sends timestamps as epoch seconds.
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw wrongType("a timestamp in epoch seconds", where, value, path, asSent);
      }
      return;
    }
    case "blob": {
      if (typeof value !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
        throw wrongType("base64 text", where, value, path, asSent);
      }
      checkSize(problems, path, value, Buffer.from(value, "base64").length, shape.min, shape.max);
      return;
    }
    case "boolean": {
      if (typeof value !== "boolean") throw wrongType("a boolean", where, value, path, asSent);
      return;
    }
  }
}

function checkRange(
  min: number | undefined,
  max: number | undefined,
  value: number,
  path: string,
  problems: Problems,
  asSent: NumberAsSent,
): void {
  if (min !== undefined && value < min)
    fail(problems, path, value, `have value greater than or equal to ${min}`, asSent);
  if (max !== undefined && value > max)
    fail(problems, path, value, `have value less than or equal to ${max}`, asSent);
}
