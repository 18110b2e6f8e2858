// The engine's side of policy pack config: the Configure request `pulumi` sends for a config file.
//
// This part is Go (pulumi/pulumi `pkg/resource/analyzer/config.go` and the analyzer plugin's Configure),
// not @pulumi/policy, so it cannot be delegated; it is ported here, step for step: parse the file's shape,
// start from every policy's default level and its schema's `default`s (as GetAnalyzerInfo reports them),
// apply `all`, then each policy's entry, and send one PolicyConfig per entry. Not ported: the engine's JSON
// Schema validation of the settings (the rules reject mistyped settings themselves, see config.ts).
import type { EnforcementLevel } from "@pulumi/policy";
import type * as analyzerTypes from "@pulumi/pulumi/proto/analyzer_pb";
import { applyPackConfig, type PackConfig, type PolicyConfig, parsePackConfig } from "./configFile";
import { analyzer, Struct } from "./inProcessAnalyzer";

export type { PackConfig } from "./configFile";

const LEVELS: Record<EnforcementLevel, analyzerTypes.EnforcementLevel> = {
  advisory: analyzer.EnforcementLevel.ADVISORY,
  mandatory: analyzer.EnforcementLevel.MANDATORY,
  remediate: analyzer.EnforcementLevel.REMEDIATE,
  disabled: analyzer.EnforcementLevel.DISABLED,
};

/** The level of a diagnostic or policy as the engine names it. */
export function levelName(level: analyzerTypes.EnforcementLevel): EnforcementLevel {
  const name = (Object.keys(LEVELS) as EnforcementLevel[]).find((k) => LEVELS[k] === level);
  if (!name) throw new Error(`Unknown enforcement level ${level}`);
  return name;
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

/** The Configure request the engine sends to a pack described by `info` for this config file. */
export function configureRequest(
  info: analyzerTypes.AnalyzerInfo,
  config: PackConfig,
): analyzerTypes.ConfigureAnalyzerRequest {
  const request = new analyzer.ConfigureAnalyzerRequest();
  for (const [name, { enforcementLevel, properties }] of applyPackConfig(
    defaults(info),
    parsePackConfig(config),
  )) {
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
