// Runs a policy pack in-process on plain resources, as `pulumi preview --policy-pack` would run it.
//
// For the demo and specs: no socket and no PolicyPack (which would start one).
// The pack is answered by @pulumi/policy's own Analyzer servicer (inProcessAnalyzer.ts), so levels,
// messages, remediation, notApplicable and unknown values at preview are @pulumi/policy's decisions.
// This file only plays the engine's part, which is Go and so cannot be delegated: GetAnalyzerInfo, the
// Configure request for the config (packConfig.ts), then per resource Remediate and Analyze on the
// remediated inputs, then AnalyzeStack over everything (pulumi/pulumi `step_generator.go`).
import * as fs from "node:fs";
import * as path from "node:path";
import type { EnforcementLevel, Policies } from "@pulumi/policy";
import type * as analyzerTypes from "@pulumi/pulumi/proto/analyzer_pb";
import { analyzer, Struct, serveInProcess } from "./inProcessAnalyzer";
import { configureRequest, levelName, type PackConfig } from "./packConfig";
import { POLICY_PACK_DESCRIPTION, POLICY_PACK_NAME } from "./policies";
import { type EvaluatedResource, urnOf } from "./validationArgs";

export type { PackConfig } from "./packConfig";
export { type EvaluatedResource, NotApplicable, policyResource, resourceArgs } from "./validationArgs";

/** One diagnostic, as the engine would print it. */
export interface Diagnostic {
  readonly policy: string;
  readonly enforcementLevel: EnforcementLevel;
  /** The resource's name for a resource policy; for a stack policy, the URN it reported, if any. */
  readonly resource?: string;
  readonly message: string;
}

/** The pack as `new PolicyPack(name, { description, policies })` in its directory would serve it. */
export interface PackIdentity {
  readonly name: string;
  /** The `version` of the package.json in the pack's directory. */
  readonly version: string;
  readonly description?: string;
}

/** sms-pools-guard, with the version of policy/package.json (from policy/ or from dist/policy/). */
export function smsPoolsGuard(): PackIdentity {
  const candidates = [
    path.join(__dirname, "package.json"),
    path.join(__dirname, "../../policy/package.json"),
  ];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error(`the pack's package.json is missing; looked for ${candidates.join(", ")}`);
  const { version } = JSON.parse(fs.readFileSync(file, "utf8")) as { version: string };
  return { name: POLICY_PACK_NAME, version, description: POLICY_PACK_DESCRIPTION };
}

/** Properties as the engine marshals them: plain JSON data, undefined members dropped. */
const wire = (props: Record<string, unknown>) =>
  Struct.fromJavaScript(JSON.parse(JSON.stringify(props)) as Record<string, never>);

function analyzeRequest(r: EvaluatedResource): analyzerTypes.AnalyzeRequest {
  return new analyzer.AnalyzeRequest()
    .setType(r.type)
    .setName(r.name)
    .setUrn(urnOf(r))
    .setProperties(wire(r.props))
    .setOptions(new analyzer.AnalyzerResourceOptions());
}

function stackResource(r: EvaluatedResource): analyzerTypes.AnalyzerResource {
  return new analyzer.AnalyzerResource()
    .setType(r.type)
    .setName(r.name)
    .setUrn(urnOf(r))
    .setProperties(wire(r.props))
    .setOptions(new analyzer.AnalyzerResourceOptions());
}

/**
 * Evaluates `policies` on `resources` with @pulumi/policy's servicer, in the engine's order: for each
 * resource, remediations (at `remediate`) then resource policies on the remediated properties; then
 * stack policies over all resources. `config` is a `--policy-pack-config` file's content. Returns the
 * diagnostics in the order the engine reports them, and the resources as remediated.
 */
export async function evaluatePolicies(
  policies: Policies,
  resources: readonly EvaluatedResource[],
  config: PackConfig = {},
  pack: PackIdentity = smsPoolsGuard(),
): Promise<{ diagnostics: Diagnostic[]; resources: EvaluatedResource[] }> {
  const server = serveInProcess(pack.name, pack.version, { description: pack.description, policies });
  await server.configure(configureRequest(await server.getAnalyzerInfo(), config));
  const diagnostics: Diagnostic[] = [];
  const remediated: EvaluatedResource[] = [];
  for (const original of resources) {
    let resource = original;
    for (const r of (await server.remediate(analyzeRequest(original))).getRemediationsList()) {
      const properties = r.getProperties();
      if (r.getDiagnostic()) {
        // The engine reports a remediation that could not run as an advisory on the resource.
        diagnostics.push({
          policy: r.getPolicyname(),
          enforcementLevel: "advisory",
          resource: original.name,
          message: r.getDiagnostic(),
        });
      } else if (properties) {
        resource = { ...original, props: properties.toJavaScript() };
      }
    }
    remediated.push(resource);
    for (const d of (await server.analyze(analyzeRequest(resource))).getDiagnosticsList()) {
      const level = levelName(d.getEnforcementlevel());
      // The engine's own downgrade, and it files the diagnostic under the resource analysed.
      diagnostics.push({
        policy: d.getPolicyname(),
        enforcementLevel: level === "remediate" ? "mandatory" : level,
        resource: resource.name,
        message: d.getMessage(),
      });
    }
  }
  const stack = await server.analyzeStack(
    new analyzer.AnalyzeStackRequest().setResourcesList(remediated.map(stackResource)),
  );
  for (const d of stack.getDiagnosticsList()) {
    diagnostics.push({
      policy: d.getPolicyname(),
      enforcementLevel: levelName(d.getEnforcementlevel()),
      resource: d.getUrn() || undefined,
      message: d.getMessage(),
    });
  }
  return { diagnostics, resources: remediated };
}

/** The resource name a diagnostic points at (stack-policy diagnostics carry a URN). */
export function resourceNameOf(diagnostic: Diagnostic): string | undefined {
  const r = diagnostic.resource;
  return r?.startsWith("urn:") ? r.slice(r.lastIndexOf("::") + 2) : r;
}
