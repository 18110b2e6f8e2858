// Argument objects for calling one rule directly, shaped as @pulumi/policy's server builds them.
//
// For the rules' unit specs only: whole-pack evaluation goes through @pulumi/policy's own servicer
// (evaluate.ts), which builds its arguments itself.
import { type PolicyResource, type ResourceValidationArgs, unknownCheckingProxy } from "@pulumi/policy";

/** A resource as a stack declares (or a PoolLookup records) it. */
export interface EvaluatedResource {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
}

/** What a policy throws through `args.notApplicable(reason)`. */
export class NotApplicable extends Error {}

/** A URN for a resource of this (made-up) stack. */
export const urnOf = (r: { type: string; name: string }) => `urn:pulumi:stack::project::${r.type}::${r.name}`;

const throwNotApplicable = (reason?: string): never => {
  throw new NotApplicable(reason ?? "not applicable");
};

/**
 * The arguments the server gives a resource policy: props behind @pulumi/policy's unknown-checking
 * proxy, `settings` from getConfig, notApplicable throwing NotApplicable.
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

/** A resource as a stack policy sees it in `args.resources`. */
export function policyResource(r: EvaluatedResource, urn = urnOf(r)): PolicyResource {
  const { getConfig: _config, notApplicable: _na, stackTags: _tags, ...resource } = resourceArgs(r, {}, urn);
  return { ...resource, dependencies: [], propertyDependencies: {} };
}
