import * as assert from "node:assert/strict";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { evaluatePolicies } from "../../policy/evaluate";
import { policies } from "../../policy/policies";
import { UNKNOWN } from "./util";

const POOL = "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool";
const bare = {
  type: POOL,
  name: "bare",
  props: { messageType: "PROMOTIONAL", tags: { owner: "a", "cost-center": "b" } },
};

describe("policy/evaluate: the pack run in-process", () => {
  it("reports at each policy's default level, with the description first as the engine prints it", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare]);
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.enforcementLevel, d.resource]),
      [["sms-pool-deletion-protection", "mandatory", "bare"]],
    );
    const description = policies.find((p) => p.name === "sms-pool-deletion-protection")!.description;
    assert.ok(diagnostics[0].message.startsWith(`${description}\n`));
  });

  it("honours configured levels: disabled, advisory, and remediate (which fixes before validating)", async () => {
    assert.deepEqual(
      (await evaluatePolicies(policies, [bare], { "sms-pool-deletion-protection": "disabled" })).diagnostics,
      [],
    );
    const advisory = await evaluatePolicies(policies, [bare], {
      "sms-pool-deletion-protection": { enforcementLevel: "advisory" },
    });
    assert.equal(advisory.diagnostics[0].enforcementLevel, "advisory");
    const fixed = await evaluatePolicies(policies, [bare], { "sms-pool-deletion-protection": "remediate" });
    assert.deepEqual(fixed.diagnostics, []);
    assert.equal(fixed.resources[0].props.deletionProtectionEnabled, true);
    assert.equal(
      (bare.props as Record<string, unknown>).deletionProtectionEnabled,
      undefined,
      "input left untouched",
    );
  });

  it("passes policy settings through getConfig", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare], {
      "sms-pool-deletion-protection": { exemptResourceNames: ["bare"] },
    });
    assert.deepEqual(diagnostics, []);
  });

  it("turns an unknown value into the server's advisory 'can't run during preview'", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [
      { ...bare, props: { ...bare.props, deletionProtectionEnabled: UNKNOWN } },
    ]);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].enforcementLevel, "advisory");
    assert.match(diagnostics[0].message, /^can't run policy 'sms-pool-deletion-protection' during preview: /);
  });

  it("runs stack policies over all resources and keeps the object form's level", async () => {
    const seen: string[] = [];
    const stack: StackValidationPolicy = {
      name: "count",
      description: "counts",
      enforcementLevel: "mandatory",
      validateStack: (args, report) => {
        seen.push(...args.resources.map((r) => r.name));
        (report as unknown as (v: object) => void)({ message: "looked", enforcementLevel: "advisory" });
      },
    };
    const notApplicable: ResourceValidationPolicy = {
      name: "never",
      description: "never applies",
      validateResource: (args) => args.notApplicable("not mine"),
    };
    const { diagnostics } = await evaluatePolicies(
      [stack, notApplicable],
      [bare, { ...bare, name: "second" }],
    );
    assert.deepEqual(seen, ["bare", "second"]);
    assert.deepEqual(diagnostics, [
      { policy: "count", enforcementLevel: "advisory", resource: undefined, message: "looked" },
    ]);
  });
});
