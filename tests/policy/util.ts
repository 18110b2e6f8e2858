// Runs the pack's policies the way @pulumi/policy's server does, on plain argument objects, and records the outcome.
import * as assert from "node:assert/strict";
import type {
  EnforcementLevel,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { NotApplicable, policyResource, resourceArgs as validationArgs } from "../../policy/evaluate";

/** The engine's wire sentinel for a value not known at preview (Go `plugin.UnknownStringValue`). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

interface Reported {
  readonly message: string;
  readonly urn?: string;
}

export interface Outcome {
  /** Reported at the policy's own enforcement level. */
  readonly violations: Reported[];
  /** Reported as advisory whatever the policy's level: what the rule could not check. */
  readonly unchecked: Reported[];
  /** The reason given to `notApplicable`, when the policy declined the resource. */
  readonly notApplicable?: string;
}

function notApplicable(reason?: string): never {
  throw new NotApplicable(reason ?? "not applicable");
}

export function urnOf(type: string, name: string): string {
  return `urn:pulumi:test::sms::${type}::${name}`;
}

export interface ResourceOptions {
  readonly name?: string;
  readonly config?: Record<string, unknown>;
}

/** Arguments for a resource policy; `props` are wrapped in the server's unknown-checking proxy. */
export function resourceArgs(
  type: string,
  props: Record<string, unknown>,
  { name = "example", config = {} }: ResourceOptions = {},
): ResourceValidationArgs {
  return validationArgs({ type, name, props }, config, urnOf(type, name));
}

export interface StackResource {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
}

/** Arguments for a resource policy on one of the fixtures' resources, under `config`. */
export function argsFor(r: StackResource, config: Record<string, unknown> = {}): ResourceValidationArgs {
  return resourceArgs(r.type, r.props, { name: r.name, config });
}

export function stackArgs(
  resources: readonly StackResource[],
  config: Record<string, unknown> = {},
): StackValidationArgs {
  return {
    resources: resources.map((r) => policyResource(r, urnOf(r.type, r.name))),
    stackTags: new Map(),
    getConfig: <T extends object>() => config as T,
    notApplicable,
  };
}

/** A report function that accepts both forms the server accepts: a message, or a violation object. */
function recorder(): { report: (message: unknown, urn?: string) => void; outcome: Outcome } {
  const outcome: Outcome = { violations: [], unchecked: [] };
  const report = (message: unknown, urn?: string): void => {
    if (typeof message === "string") {
      outcome.violations.push({ message, urn });
      return;
    }
    const details = message as { message: string; urn?: string; enforcementLevel?: EnforcementLevel };
    assert.equal(details.enforcementLevel, "advisory", "only advisory reports may use the object form");
    outcome.unchecked.push({ message: details.message, urn: details.urn });
  };
  return { report, outcome };
}

async function recording(
  run: (report: (message: string, urn?: string) => void) => unknown,
): Promise<Outcome> {
  const { report, outcome } = recorder();
  try {
    await run(report);
  } catch (e) {
    if (e instanceof NotApplicable) {
      return { ...outcome, notApplicable: e.message };
    }
    throw e;
  }
  return outcome;
}

export function runResourcePolicy(
  policy: ResourceValidationPolicy,
  args: ResourceValidationArgs,
): Promise<Outcome> {
  return recording(async (report) => {
    const validations = Array.isArray(policy.validateResource)
      ? policy.validateResource
      : [policy.validateResource];
    for (const validate of validations) {
      await validate?.(args, report);
    }
  });
}

export function runStackPolicy(policy: StackValidationPolicy, args: StackValidationArgs): Promise<Outcome> {
  return recording((report) => policy.validateStack(args, report));
}

/** The remediated properties as plain data, `undefined` when the policy changed nothing. */
export async function runRemediation(
  policy: ResourceValidationPolicy,
  args: ResourceValidationArgs,
): Promise<Record<string, unknown> | undefined> {
  assert.ok(policy.remediateResource, `${policy.name} has no remediation`);
  const result = await policy.remediateResource(args);
  return result ? JSON.parse(JSON.stringify(result)) : undefined;
}

export function assertViolation(outcome: Outcome, pattern: RegExp): void {
  assert.equal(outcome.notApplicable, undefined, `policy declined the resource: ${outcome.notApplicable}`);
  assert.ok(
    outcome.violations.some((v) => pattern.test(v.message)),
    `expected a violation matching ${pattern}; got ${JSON.stringify(outcome)}`,
  );
}

export function assertNoViolations(outcome: Outcome): void {
  assert.equal(outcome.notApplicable, undefined, `policy declined the resource: ${outcome.notApplicable}`);
  assert.deepEqual(
    outcome.violations,
    [],
    `expected no violations; got ${JSON.stringify(outcome.violations)}`,
  );
  assert.deepEqual(
    outcome.unchecked,
    [],
    `expected nothing unchecked; got ${JSON.stringify(outcome.unchecked)}`,
  );
}

/** The rule could not judge a property: exactly that is reported, as advisory, and no violation. */
export function assertUncheckedOnly(outcome: Outcome, pattern: RegExp): void {
  assert.deepEqual(
    outcome.violations,
    [],
    `expected no violations; got ${JSON.stringify(outcome.violations)}`,
  );
  assert.ok(
    outcome.unchecked.some((u) => pattern.test(u.message)),
    `expected an unchecked report matching ${pattern}; got ${JSON.stringify(outcome)}`,
  );
}

export function assertNotApplicable(outcome: Outcome, pattern: RegExp): void {
  assert.ok(
    outcome.notApplicable !== undefined,
    `expected the policy to decline; got ${JSON.stringify(outcome)}`,
  );
  assert.match(outcome.notApplicable, pattern);
}
