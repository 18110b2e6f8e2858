// Checks a request body against a model shape: wrong JSON types are a SerializationException, broken
// constraints (required, length, range, pattern, enum) one ValidationException naming every field.

import { serializationError, type ValidationField, validationError } from "./errors";
import type { NumberAsSent } from "./jsonNumbers";
import type { Shape } from "./shapes";

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

/**
 * Runs the service's model checks on `input`; returns it typed, without null members (JSON null means absent)
 * and without members the model does not have (the service ignores them). `asSent` gives the JSON text of
 * numbers that JavaScript cannot print as sent, so messages name the value the caller wrote.
 */
export function validateInput<T>(shape: Shape, input: unknown, asSent: NumberAsSent = () => undefined): T {
  const problems: ValidationField[] = [];
  check(shape, input, "", problems, asSent);
  if (problems.length > 0) throw validationError("FIELD_VALIDATION_FAILED", problems);
  return known(shape, input) as T;
}

function known(shape: Shape, value: unknown): unknown {
  if (shape.type === "list") return (value as unknown[]).map((item) => known(shape.member, item));
  if (shape.type !== "structure") return value;
  const record = value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(shape.members)) {
    if (record[name] !== undefined && record[name] !== null) kept[name] = known(member, record[name]);
  }
  return kept;
}

function fail(
  problems: ValidationField[],
  path: string,
  value: unknown,
  rule: string,
  asSent: NumberAsSent,
): void {
  const shown = Array.isArray(value) ? `[${value.length} items]` : quote(value, path, asSent);
  problems.push({
    Name: path,
    Message: `Value '${shown}' at '${path}' failed to satisfy constraint: Member must ${rule}`,
  });
}

function check(
  shape: Shape,
  value: unknown,
  path: string,
  problems: ValidationField[],
  asSent: NumberAsSent,
): void {
  const where = path || "request body";
  switch (shape.type) {
    case "structure": {
      if (jsonType(value) !== "object") {
        throw serializationError(`Expected a JSON object at '${where}' but found ${jsonType(value)}.`);
      }
      const record = value as Record<string, unknown>;
      for (const name of shape.required ?? []) {
        if (record[name] === undefined || record[name] === null) {
          const memberPath = path ? `${path}.${name}` : name;
          problems.push({
            Name: memberPath,
            Message: `Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`,
          });
        }
      }
      for (const [name, member] of Object.entries(shape.members)) {
        const memberValue = record[name];
        if (memberValue === undefined || memberValue === null) continue;
        check(member, memberValue, path ? `${path}.${name}` : name, problems, asSent);
      }
      return;
    }
    case "list": {
      if (!Array.isArray(value)) {
        throw serializationError(`Expected a JSON array at '${where}' but found ${jsonType(value)}.`);
      }
      if (shape.min !== undefined && value.length < shape.min) {
        fail(problems, path, value, `have length greater than or equal to ${shape.min}`, asSent);
      }
      if (shape.max !== undefined && value.length > shape.max) {
        fail(problems, path, value, `have length less than or equal to ${shape.max}`, asSent);
      }
      value.forEach((item, index) => {
        const itemPath = `${path}[${index}]`;
        if (item === null || item === undefined) {
          problems.push({
            Name: itemPath,
            Message: `Value null at '${itemPath}' failed to satisfy constraint: Member must not be null`,
          });
          return;
        }
        check(shape.member, item, itemPath, problems, asSent);
      });
      return;
    }
    case "string": {
      if (typeof value !== "string") {
        throw serializationError(
          `Expected a string at '${where}' but found ${jsonType(value)} ${quote(value, path, asSent)}.`,
        );
      }
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
    case "integer": {
      if (typeof value !== "number" || !Number.isInteger(value)) {
        throw serializationError(
          `Expected an integer at '${where}' but found ${jsonType(value)} ${quote(value, path, asSent)}.`,
        );
      }
      if (shape.min !== undefined && value < shape.min) {
        fail(problems, path, value, `have value greater than or equal to ${shape.min}`, asSent);
      }
      if (shape.max !== undefined && value > shape.max) {
        fail(problems, path, value, `have value less than or equal to ${shape.max}`, asSent);
      }
      return;
    }
    case "boolean": {
      if (typeof value !== "boolean") {
        throw serializationError(
          `Expected a boolean at '${where}' but found ${jsonType(value)} ${quote(value, path, asSent)}.`,
        );
      }
      return;
    }
  }
}
