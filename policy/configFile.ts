// A `--policy-pack-config` file as the engine reads it: its shapes, `all`, then each policy's entry.
//
// Pure (no @pulumi/policy, no protobuf): packConfig.ts sends the result to the pack as the engine does, and
// the audit command judges live accounts with it, so one file governs both.
import type { EnforcementLevel } from "@pulumi/policy";

/** As in a `--policy-pack-config` file: per policy (or `all`), a level or `{ enforcementLevel?, ...settings }`. */
export type PackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

/** One policy's level and settings. */
export interface PolicyConfig {
  readonly enforcementLevel?: EnforcementLevel;
  readonly properties?: Record<string, unknown>;
}

const LEVEL_NAMES: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

const isLevel = (value: unknown): value is EnforcementLevel =>
  typeof value === "string" && (LEVEL_NAMES as readonly string[]).includes(value);

/** The engine's parsePolicyPackConfig: the same shapes accepted, the same messages for the rest. */
export function parsePackConfig(config: PackConfig): Map<string, PolicyConfig> {
  const result = new Map<string, PolicyConfig>();
  for (const [name, value] of Object.entries(config)) {
    let enforcementLevel: EnforcementLevel | undefined;
    let properties: Record<string, unknown> | undefined;
    if (typeof value === "string") {
      if (!isLevel(value)) {
        throw new Error(
          `parsing enforcement level for "${name}": "${value}" is not a valid enforcement level`,
        );
      }
      enforcementLevel = value;
    } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const { enforcementLevel: level, ...rest } = value as Record<string, unknown>;
      if (level !== undefined) {
        if (typeof level !== "string") {
          throw new Error(
            `parsing enforcement level for "${name}": ${JSON.stringify(level)} is not a valid enforcement level; must be a string`,
          );
        }
        if (!isLevel(level)) {
          throw new Error(
            `parsing enforcement level for "${name}": "${level}" is not a valid enforcement level`,
          );
        }
        enforcementLevel = level;
      }
      if (Object.keys(rest).length > 0) properties = rest;
    } else {
      throw new Error(
        `parsing "${name}": ${JSON.stringify(value)} is not a valid value; must be a string or object`,
      );
    }
    if (enforcementLevel || properties) result.set(name, { enforcementLevel, properties });
  }
  return result;
}

/** The engine's applyConfig: `all` sets every policy's level, then each entry overrides its policy. */
export function applyPackConfig(
  result: Map<string, PolicyConfig>,
  given: Map<string, PolicyConfig>,
): Map<string, PolicyConfig> {
  const all = given.get("all")?.enforcementLevel;
  if (all) {
    for (const [name, config] of result) result.set(name, { ...config, enforcementLevel: all });
  }
  for (const [name, config] of given) {
    const current = result.get(name) ?? {};
    const properties =
      config.properties || current.properties ? { ...current.properties, ...config.properties } : undefined;
    result.set(name, { enforcementLevel: config.enforcementLevel ?? current.enforcementLevel, properties });
  }
  return result;
}
