// Reads a policy's config settings with the same defaults its schema declares.
//
// The engine fills in schema defaults and validates the config file before any rule runs; rules still apply
// the defaults themselves so they behave the same when called directly. A setting of the wrong type can
// only come from a client that skipped that validation, so it is an error, not something to guess around.
import type { PolicyConfigSchema } from "@pulumi/policy";

/** One property of a policy's config schema (JSON Schema). */
export type ConfigProperty = PolicyConfigSchema["properties"][string];

export function stringListProperty(description: string, defaultValue: readonly string[]): ConfigProperty {
  return { type: "array", items: { type: "string" }, default: [...defaultValue], description };
}

export function booleanProperty(description: string, defaultValue: boolean): ConfigProperty {
  return { type: "boolean", default: defaultValue, description };
}

export function stringListSetting(
  config: Record<string, unknown>,
  key: string,
  defaultValue: readonly string[],
): readonly string[] {
  const value = config[key];
  if (value === undefined || value === null) {
    return defaultValue;
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    throw new Error(`policy config ${key} must be a list of strings; got ${JSON.stringify(value)}`);
  }
  return value;
}

export function booleanSetting(config: Record<string, unknown>, key: string, defaultValue: boolean): boolean {
  const value = config[key];
  if (value === undefined || value === null) {
    return defaultValue;
  }
  if (typeof value !== "boolean") {
    throw new Error(`policy config ${key} must be true or false; got ${JSON.stringify(value)}`);
  }
  return value;
}
