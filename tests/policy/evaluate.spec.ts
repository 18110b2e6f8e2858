import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { evaluatePolicies } from "../../policy/evaluate";
import { PolicyPackRefused } from "../../policy/inProcessAnalyzer";
import { policies } from "../../policy/policies";
import { UNKNOWN } from "./util";

const POOL = "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool";
const PROTECTION = "sms-pool-deletion-protection";
const LOOKED_UP = "sms-looked-up-pools-protected";
const bare = {
  type: POOL,
  name: "bare",
  props: { messageType: "PROMOTIONAL", tags: { owner: "a", "cost-center": "b" } },
};
const lookup = {
  type: "pulumi-nodejs:dynamic/sms-pools:PoolLookup",
  name: "senders",
  props: {
    pools: [{ poolId: "pool-a", poolArn: "arn:a", status: "ACTIVE", deletionProtectionEnabled: false }],
  },
};
const packVersion: string = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../policy/package.json"), "utf8"),
).version;
const descriptionOf = (name: string) => policies.find((p) => p.name === name)!.description;

/** A policy that reports what getConfig gave it, as its message. */
const configEcho = (configSchema?: ResourceValidationPolicy["configSchema"]): ResourceValidationPolicy => ({
  name: "echo",
  description: "echoes its config",
  enforcementLevel: "advisory",
  configSchema,
  validateResource: (args, report) => report(JSON.stringify(args.getConfig())),
});

describe("policy/evaluate: the pack run in-process by @pulumi/policy's servicer", () => {
  it("reports a violation at the policy's default level, filed under the resource", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare]);
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.enforcementLevel, d.resource]),
      [[PROTECTION, "mandatory", "bare"]],
    );
  });

  it("puts the policy's description first in a message, as the server does", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare]);
    assert.ok(diagnostics[0].message.startsWith(`${descriptionOf(PROTECTION)}\n`));
  });

  it("runs nothing of a policy configured as disabled", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare], { [PROTECTION]: "disabled" });
    assert.deepEqual(diagnostics, []);
  });

  it("reports at the level an object entry configures", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare], {
      [PROTECTION]: { enforcementLevel: "advisory" },
    });
    assert.equal(diagnostics[0].enforcementLevel, "advisory");
  });

  it("remediates before validating, leaving nothing to report", async () => {
    const fixed = await evaluatePolicies(policies, [bare], { [PROTECTION]: "remediate" });
    assert.deepEqual(fixed.diagnostics, []);
    assert.equal(fixed.resources[0].props.deletionProtectionEnabled, true);
  });

  it("leaves the caller's resources untouched by remediation", async () => {
    await evaluatePolicies(policies, [bare], { [PROTECTION]: "remediate" });
    assert.equal((bare.props as Record<string, unknown>).deletionProtectionEnabled, undefined);
  });

  it("passes policy settings through getConfig", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare], {
      [PROTECTION]: { exemptResourceNames: ["bare"] },
    });
    assert.deepEqual(diagnostics, []);
  });

  it("gives getConfig the schema's defaults, as the engine configures them", async () => {
    const echo = configEcho({ properties: { limit: { type: "number", default: 3 } } });
    const { diagnostics } = await evaluatePolicies([echo], [bare]);
    assert.equal(diagnostics[0].message, `echoes its config\n${JSON.stringify({ limit: 3 })}`);
  });

  it("lets the config file's settings override the schema's defaults", async () => {
    const echo = configEcho({ properties: { limit: { type: "number", default: 3 } } });
    const { diagnostics } = await evaluatePolicies([echo], [bare], { echo: { limit: 5 } });
    assert.equal(diagnostics[0].message, `echoes its config\n${JSON.stringify({ limit: 5 })}`);
  });

  it("applies an `all` level to every policy", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [bare, lookup], { all: "mandatory" });
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.enforcementLevel]),
      [
        [PROTECTION, "mandatory"],
        [LOOKED_UP, "mandatory"],
      ],
    );
  });

  it("rejects a level the engine doesn't know, in the engine's words", async () => {
    await assert.rejects(
      evaluatePolicies(policies, [bare], { [PROTECTION]: "strict" as never }),
      /^Error: parsing enforcement level for "sms-pool-deletion-protection": "strict" is not a valid enforcement level$/,
    );
  });

  it("turns an unknown value into the server's advisory 'can't run during preview', naming the pack", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [
      { ...bare, props: { ...bare.props, deletionProtectionEnabled: UNKNOWN } },
    ]);
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.enforcementLevel, d.message]),
      [
        [
          PROTECTION,
          "advisory",
          `can't run policy '${PROTECTION}' from policy pack 'sms-pools-guard@v${packVersion}' during preview: ` +
            "string value at .deletionProtectionEnabled can't be known during preview",
        ],
      ],
    );
  });

  it("reports a remediation that meets an unknown value as advisory instead of failing", async () => {
    const { diagnostics } = await evaluatePolicies(
      policies,
      [{ ...bare, props: { ...bare.props, deletionProtectionEnabled: UNKNOWN } }],
      { [PROTECTION]: "remediate" },
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.enforcementLevel, d.message.replace(/ during preview: .*/, "")]),
      [
        [
          "advisory",
          `can't run remediation '${PROTECTION}' from policy pack 'sms-pools-guard@v${packVersion}'`,
        ],
        ["advisory", `can't run policy '${PROTECTION}' from policy pack 'sms-pools-guard@v${packVersion}'`],
      ],
    );
  });

  it("reports a stack policy configured at remediate as mandatory, as the server does", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [lookup], { [LOOKED_UP]: "remediate" });
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.enforcementLevel, d.resource]),
      [
        [
          LOOKED_UP,
          "mandatory",
          "urn:pulumi:stack::project::pulumi-nodejs:dynamic/sms-pools:PoolLookup::senders",
        ],
      ],
    );
  });

  it("runs stack policies over all resources, after remediation", async () => {
    const seen: unknown[] = [];
    const stack: StackValidationPolicy = {
      name: "count",
      description: "counts",
      enforcementLevel: "advisory",
      validateStack: (args) => {
        seen.push(...args.resources.map((r) => [r.name, r.props.deletionProtectionEnabled]));
      },
    };
    const fix = { ...policies.find((p) => p.name === PROTECTION)!, enforcementLevel: "remediate" as const };
    await evaluatePolicies([fix, stack], [bare, { ...bare, name: "second" }]);
    assert.deepEqual(seen, [
      ["bare", true],
      ["second", true],
    ]);
  });

  it("keeps the level and message of the object form of reportViolation", async () => {
    const stack: StackValidationPolicy = {
      name: "count",
      description: "counts",
      enforcementLevel: "mandatory",
      validateStack: (_args, report) => {
        (report as unknown as (v: object) => void)({ message: "looked", enforcementLevel: "advisory" });
      },
    };
    const { diagnostics } = await evaluatePolicies([stack], [bare]);
    assert.deepEqual(diagnostics, [
      { policy: "count", enforcementLevel: "advisory", resource: undefined, message: "looked" },
    ]);
  });

  it("reports nothing for a policy that calls notApplicable", async () => {
    const never: ResourceValidationPolicy = {
      name: "never",
      description: "never applies",
      validateResource: (args) => args.notApplicable("not mine"),
    };
    assert.deepEqual((await evaluatePolicies([never], [bare])).diagnostics, []);
  });

  it("fails as the server fails when a policy throws, naming policy and pack", async () => {
    const broken: ResourceValidationPolicy = {
      name: "broken",
      description: "throws",
      validateResource: () => {
        throw new Error("boom");
      },
    };
    await assert.rejects(
      evaluatePolicies([broken], [bare]),
      /^Error: Error validating resource with policy 'broken' from policy pack 'sms-pools-guard@v[^']+':\nError: boom/,
    );
  });

  it("refuses a pack the server refuses (a policy named all), with the server's message", async () => {
    const all: ResourceValidationPolicy = {
      name: "all",
      description: "reserved",
      validateResource: () => {},
    };
    await assert.rejects(
      evaluatePolicies([all], [bare]),
      (e: unknown) => e instanceof PolicyPackRefused && /"all" is a reserved name/.test(e.message),
    );
  });

  it("keeps the config of concurrent evaluations apart", async () => {
    const [disabled, advisory] = await Promise.all([
      evaluatePolicies(policies, [bare], { [PROTECTION]: "disabled" }),
      evaluatePolicies(policies, [bare], { [PROTECTION]: "advisory" }),
    ]);
    assert.deepEqual(
      [disabled.diagnostics.length, advisory.diagnostics[0].enforcementLevel],
      [0, "advisory"],
    );
  });
});
