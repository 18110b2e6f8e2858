// Runs the pack's policies in-process on plain resources, the way @pulumi/policy's Analyzer server does.
//
// For the demo, the benchmarks and stack unit tests: no gRPC server, no PolicyPack (which would start one).
import {
  type EnforcementLevel,
  type Policies,
  type PolicyResource,
  type ResourceValidationArgs,
  type ResourceValidationPolicy,
  type StackValidationArgs,
  type StackValidationPolicy,
  UnknownValueError,
  unknownCheckingProxy,
} from "@pulumi/policy";

/** A resource as a stack declares (or a PoolLookup records) it. */
export interface EvaluatedResource {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
}

/** One diagnostic, as the engine would print it. */
export interface Diagnostic {
  readonly policy: string;
  readonly enforcementLevel: EnforcementLevel;
  readonly resource?: string;
  readonly message: string;
}

/** Per policy: an enforcement level, or an object with `enforcementLevel` and the policy's settings. */
export type PackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

/** What a policy throws through `args.notApplicable(reason)`. */
export class NotApplicable extends Error {}

const isResourcePolicy = (p: Policies[number]): p is ResourceValidationPolicy => "validateResource" in p;
const isStackPolicy = (p: Policies[number]): p is StackValidationPolicy => "validateStack" in p;

function levelOf(policy: Policies[number], config: PackConfig): EnforcementLevel {
  const c = config[policy.name];
  const configured = typeof c === "string" ? c : c?.enforcementLevel;
  return configured ?? policy.enforcementLevel ?? "advisory";
}

function settingsOf(policy: Policies[number], config: PackConfig): Record<string, unknown> {
  const c = config[policy.name];
  if (typeof c !== "object") return {};
  const { enforcementLevel: _level, ...settings } = c;
  return settings;
}

/** A URN for a resource of this (made-up) stack. */
export const urnOf = (r: { type: string; name: string }) => `urn:pulumi:stack::project::${r.type}::${r.name}`;

/** Collects reports the way the server's reportViolation does (string form at the policy's level, object form as given). */
function collector(policy: Policies[number], level: EnforcementLevel, into: Diagnostic[], resource?: string) {
  return (message: unknown, urn?: string) => {
    if (typeof message === "object" && message !== null) {
      const m = message as { message?: string; urn?: string; enforcementLevel?: EnforcementLevel };
      into.push({
        policy: policy.name,
        enforcementLevel: m.enforcementLevel ?? level,
        resource: m.urn ?? urn ?? resource,
        message: m.message ?? policy.description,
      });
    } else {
      into.push({
        policy: policy.name,
        enforcementLevel: level,
        resource: urn ?? resource,
        message: message ? `${policy.description}\n${message}` : policy.description,
      });
    }
  };
}

async function guarded(policy: Policies[number], into: Diagnostic[], run: () => unknown, resource?: string) {
  try {
    await run();
  } catch (err) {
    if (err instanceof NotApplicable) return;
    if (err instanceof UnknownValueError) {
      into.push({
        policy: policy.name,
        enforcementLevel: "advisory",
        resource,
        message: `can't run policy '${policy.name}' during preview: ${(err as Error).message}`,
      });
      return;
    }
    throw err;
  }
}

const throwNotApplicable = (reason?: string): never => {
  throw new NotApplicable(reason ?? "not applicable");
};

/**
 * The arguments @pulumi/policy's server gives a resource policy: props behind its unknown-checking proxy,
 * `settings` from getConfig, notApplicable throwing NotApplicable.
 */
export function resourceArgs(
  r: EvaluatedResource,
  settings: Record<string, unknown>,
  urn = urnOf(r),
): ResourceValidationArgs {
  const props = unknownCheckingProxy(r.props);
  return {
    type: r.type,
    name: r.name,
    urn,
    props,
    opts: {
      protect: false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: {} as never,
      additionalSecretOutputs: [],
    },
    stackTags: new Map(),
    isType: () => false,
    asType: () => undefined,
    getConfig: <T extends object>() => settings as T,
    notApplicable: throwNotApplicable,
  };
}

/**
 * Evaluates every policy of `policies` on `resources`: resource policies on each resource, stack policies
 * on the whole set, remediations where a policy's level is `remediate` (their result replaces the
 * resource's properties before validation, as the engine does). Returns diagnostics and the remediated
 * resources.
 */
export async function evaluatePolicies(
  policies: Policies,
  resources: readonly EvaluatedResource[],
  config: PackConfig = {},
): Promise<{ diagnostics: Diagnostic[]; resources: EvaluatedResource[] }> {
  const diagnostics: Diagnostic[] = [];
  const remediated: EvaluatedResource[] = [];
  for (const original of resources) {
    let resource = original;
    for (const policy of policies) {
      if (!isResourcePolicy(policy) || levelOf(policy, config) !== "remediate" || !policy.remediateResource)
        continue;
      try {
        // Remediations may edit the props they are given: hand them a copy, never the caller's object.
        const copy = {
          ...resource,
          props: JSON.parse(JSON.stringify(resource.props)) as Record<string, unknown>,
        };
        const fixed = await policy.remediateResource(resourceArgs(copy, settingsOf(policy, config)));
        if (fixed) resource = { ...resource, props: fixed as Record<string, unknown> };
      } catch (err) {
        if (!(err instanceof NotApplicable)) throw err;
      }
    }
    remediated.push(resource);
    for (const policy of policies) {
      const level = levelOf(policy, config);
      if (!isResourcePolicy(policy) || level === "disabled" || !policy.validateResource) continue;
      const report = collector(
        policy,
        level === "remediate" ? "mandatory" : level,
        diagnostics,
        resource.name,
      );
      const validations = Array.isArray(policy.validateResource)
        ? policy.validateResource
        : [policy.validateResource];
      for (const validate of validations) {
        const args = resourceArgs(resource, settingsOf(policy, config));
        await guarded(policy, diagnostics, () => validate(args, report), resource.name);
      }
    }
  }
  const stackResources = remediated.map((r) => policyResource(r));
  for (const policy of policies) {
    const level = levelOf(policy, config);
    if (!isStackPolicy(policy) || level === "disabled") continue;
    const args: StackValidationArgs = {
      resources: stackResources,
      stackTags: new Map(),
      getConfig: <T extends object>() => settingsOf(policy, config) as T,
      notApplicable: throwNotApplicable,
    };
    await guarded(policy, diagnostics, () =>
      policy.validateStack(args, collector(policy, level, diagnostics)),
    );
  }
  return { diagnostics, resources: remediated };
}

/** A resource as a stack policy sees it in `args.resources`. */
export function policyResource(r: EvaluatedResource, urn = urnOf(r)): PolicyResource {
  const { getConfig: _config, notApplicable: _na, stackTags: _tags, ...resource } = resourceArgs(r, {}, urn);
  return { ...resource, dependencies: [], propertyDependencies: {} };
}

/** The resource name a stack-policy diagnostic's URN points at. */
export function resourceNameOf(diagnostic: Diagnostic): string | undefined {
  const r = diagnostic.resource;
  return r?.startsWith("urn:") ? r.slice(r.lastIndexOf("::") + 2) : r;
}
