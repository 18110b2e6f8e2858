// The engine's side of policy pack config: the Configure request `pulumi` sends for a config file.
//
// This part is Go (pulumi/pulumi `pkg/resource/analyzer/config.go` and the analyzer plugin's Configure),
// not @pulumi/policy, so it cannot be delegated; it is ported here, step for step: parse the file's shape,
// start from every policy's default level and its schema's `default`s (as GetAnalyzerInfo reports them),
// apply `all`, then each policy's entry, and send one PolicyConfig per entry. Not ported: the engine's JSON
// Schema validation of the settings (the rules reject mistyped settings themselves, see config.ts).
import type { EnforcementLevel } from "@pulumi/policy";
import type * as analyzerTypes from "@pulumi/pulumi/proto/analyzer_pb";
import { analyzer, Struct } from "./inProcessAnalyzer";

/** As in a `--policy-pack-config` file: per policy (or `all`), a level or `{ enforcementLevel?, ...settings }`. */
export type PackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

interface PolicyConfig {
  readonly enforcementLevel?: EnforcementLevel;
  readonly properties?: Record<string, unknown>;
}

const LEVELS: Record<EnforcementLevel, analyzerTypes.EnforcementLevel> = {
  advisory: analyzer.EnforcementLevel.ADVISORY,
  mandatory: analyzer.EnforcementLevel.MANDATORY,
  remediate: analyzer.EnforcementLevel.REMEDIATE,
  disabled: analyzer.EnforcementLevel.DISABLED,
};

const isLevel = (value: unknown): value is EnforcementLevel =>
  typeof value === "string" && Object.hasOwn(LEVELS, value);

/** The level of a diagnostic or policy as the engine names it. */
export function levelName(level: analyzerTypes.EnforcementLevel): EnforcementLevel {
  const name = (Object.keys(LEVELS) as EnforcementLevel[]).find((k) => LEVELS[k] === level);
  if (!name) throw new Error(`Unknown enforcement level ${level}`);
  return name;
}

/** The engine's parsePolicyPackConfig: the same shapes accepted, the same messages for the rest. */
function parse(config: PackConfig): Map<string, PolicyConfig> {
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

/** The engine's createConfigWithDefaults: each policy's default level and its schema's defaults. */
function defaults(info: analyzerTypes.AnalyzerInfo): Map<string, PolicyConfig> {
  const result = new Map<string, PolicyConfig>();
  for (const policy of info.getPoliciesList()) {
    const schema = policy.getConfigschema()?.getProperties()?.toJavaScript() ?? {};
    let properties: Record<string, unknown> | undefined;
    for (const [key, property] of Object.entries(schema)) {
      if (typeof property === "object" && property !== null && "default" in property) {
        properties = { ...properties, [key]: (property as { default: unknown }).default };
      }
    }
    result.set(policy.getName(), { enforcementLevel: levelName(policy.getEnforcementlevel()), properties });
  }
  return result;
}

/** The engine's applyConfig: `all` sets every policy's level, then each entry overrides its policy. */
function apply(
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

/** The Configure request the engine sends to a pack described by `info` for this config file. */
export function configureRequest(
  info: analyzerTypes.AnalyzerInfo,
  config: PackConfig,
): analyzerTypes.ConfigureAnalyzerRequest {
  const request = new analyzer.ConfigureAnalyzerRequest();
  for (const [name, { enforcementLevel, properties }] of apply(defaults(info), parse(config))) {
    // An entry for a policy the pack doesn't have and with no level has none to send: the engine fails so.
    if (!enforcementLevel) throw new Error(`invalid enforcement level "" (policy config "${name}")`);
    request
      .getPolicyconfigMap()
      .set(
        name,
        new analyzer.PolicyConfig()
          .setEnforcementlevel(LEVELS[enforcementLevel])
          .setProperties(Struct.fromJavaScript((properties ?? {}) as Record<string, never>)),
      );
  }
  return request;
}
