// The policy config file (`--policy-config`, the same JSON as `pulumi preview --policy-pack-config`) as the
// audit applies it: every policy of the pack with its level and settings, after the engine's own merging.
import type { EnforcementLevel, Policy, Severity } from "@pulumi/policy";
import { applyPackConfig, type PackConfig, type PolicyConfig, parsePackConfig } from "../policy/configFile";
import { RULE_SET_COUNTRIES } from "../policy/countries";
import { policies } from "../policy/policies";
import { allowedPrincipalsOf } from "../policy/resourcePolicyRules";

/** One policy as the audit runs it. */
export interface RuleConfig {
  readonly name: string;
  readonly description: string;
  readonly severity?: Severity;
  readonly remediationSteps?: string;
  readonly level: EnforcementLevel;
  readonly settings: Readonly<Record<string, unknown>>;
}

/** The config's outcome: the rules, or every problem found (exit 2), and notes worth a warning. */
export interface LoadedConfig {
  readonly rules: ReadonlyMap<string, RuleConfig>;
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

type Schema = { type?: string; items?: { type?: string } };

function schemaOf(policy: Policy): Record<string, Schema> {
  return (policy.configSchema?.properties ?? {}) as Record<string, Schema>;
}

function defaultsOf(list: readonly Policy[]): Map<string, PolicyConfig> {
  const result = new Map<string, PolicyConfig>();
  for (const policy of list) {
    const properties: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(schemaOf(policy))) {
      if ("default" in schema) properties[key] = (schema as { default: unknown }).default;
    }
    result.set(policy.name, { enforcementLevel: policy.enforcementLevel ?? "advisory", properties });
  }
  return result;
}

const typeOf = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);

/** Parses and checks a config file's text (undefined: the pack's defaults). `file` names it in messages. */
export function loadPolicyConfig(text: string | undefined, file = "the policy config"): LoadedConfig {
  const problems: string[] = [];
  const warnings: string[] = [];
  let given = new Map<string, PolicyConfig>();
  if (text !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      problems.push(`${file} is not JSON: ${(err as Error).message}`);
    }
    if (json !== undefined && (typeof json !== "object" || json === null || Array.isArray(json))) {
      problems.push(`${file} must be a JSON object of policy names, as for --policy-pack-config`);
    } else if (json !== undefined) {
      try {
        given = parsePackConfig(json as PackConfig);
      } catch (err) {
        problems.push(`${file}: ${(err as Error).message}`);
      }
    }
  }
  const merged = applyPackConfig(defaultsOf(policies), given);
  const rules = new Map<string, RuleConfig>();
  for (const [name, config] of merged) {
    const policy = policies.find((p) => p.name === name);
    if (!policy) {
      if (name !== "all") {
        warnings.push(`${file}: "${name}" is not a policy of sms-pools-guard; it is ignored`);
      } else if (Object.keys(config.properties ?? {}).length > 0) {
        warnings.push(
          `${file}: "all" sets only the enforcement level; its other settings are ignored (give them per policy)`,
        );
      }
      continue;
    }
    const schema = schemaOf(policy);
    const settings = config.properties ?? {};
    for (const [key, value] of Object.entries(settings)) {
      const expected = schema[key];
      if (!expected) {
        warnings.push(
          `${file}: "${name}" has no setting ${key} (settings: ${Object.keys(schema).join(", ")}); it is ignored`,
        );
        continue;
      }
      const wrongItems =
        expected.type === "array" &&
        Array.isArray(value) &&
        value.some((v) => typeOf(v) !== expected.items?.type);
      if (typeOf(value) !== expected.type || wrongItems) {
        problems.push(
          `${file}: "${name}".${key} must be ${expected.type === "array" ? `an array of ${expected.items?.type}s` : `a ${expected.type}`}; found ${JSON.stringify(value)}`,
        );
      }
    }
    rules.set(name, {
      name,
      description: policy.description,
      severity: policy.severity,
      remediationSteps: policy.remediationSteps,
      level: config.enforcementLevel ?? "advisory",
      settings,
    });
  }
  const countries = rules.get("sms-protect-configuration-countries")?.settings.allowedCountries;
  if (Array.isArray(countries)) {
    const known = new Set(RULE_SET_COUNTRIES);
    countries.forEach((country, i) => {
      if (typeof country !== "string") return;
      const where = `${file}: "sms-protect-configuration-countries".allowedCountries[${i}] ${JSON.stringify(country)}`;
      const code = country.trim().toUpperCase();
      if (!known.has(code)) {
        problems.push(
          `${where} is not a country of AWS's SMS rule set; give a two-letter ISO 3166-1 code in capitals such as "US"` +
            (code === "" ? ", or remove the entry" : ""),
        );
      } else if (code !== country) {
        warnings.push(`${where} is read as "${code}"; write it as AWS does, "${code}"`);
      }
    });
  }
  const principals = rules.get("sms-resource-policy-scope")?.settings.allowedPrincipals;
  if (Array.isArray(principals) && principals.every((p) => typeof p === "string")) {
    try {
      allowedPrincipalsOf(principals);
    } catch (err) {
      problems.push(
        `${file}: "sms-resource-policy-scope".${(err as Error).message.replace(/^policy config /, "")}`,
      );
    }
  }
  return { rules, problems, warnings };
}
