import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import * as fc from "fast-check";
import { policies } from "../../policy/policies";
import { SMS_RESOURCE_TYPES } from "../../policy/resourceTypes";
import { resourceArgs, runResourcePolicy, runStackPolicy, stackArgs } from "./util";

const packDir = path.resolve(__dirname, "../../policy");
const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

const resourcePolicies = policies.filter((p): p is ResourceValidationPolicy => !("validateStack" in p));
const stackPolicies = policies.filter((p): p is StackValidationPolicy => "validateStack" in p);

describe("sms-pools-guard policies", () => {
  it("each declare a config schema whose every setting has a default", () => {
    for (const policy of policies) {
      const properties = policy.configSchema?.properties ?? {};
      assert.ok(Object.keys(properties).length > 0, `${policy.name} has no config`);
      for (const [key, schema] of Object.entries(properties)) {
        assert.ok(typeof schema === "object" && "default" in schema, `${policy.name}.${key} has no default`);
      }
    }
  });

  it("ship an example config that names only real policies, levels and settings of the right type", () => {
    const example: Record<string, unknown> = JSON.parse(
      fs.readFileSync(path.join(packDir, "policy-config.example.json"), "utf8"),
    );
    assert.deepEqual(Object.keys(example).sort(), policies.map((p) => p.name).sort());
    for (const [name, config] of Object.entries(example)) {
      const schema = policies.find((p) => p.name === name)?.configSchema?.properties ?? {};
      if (typeof config === "string") {
        assert.ok(LEVELS.includes(config), `${name}: ${config}`);
        continue;
      }
      for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
        if (key === "enforcementLevel") {
          assert.ok(LEVELS.includes(value as string), `${name}: ${value}`);
          continue;
        }
        const setting = schema[key];
        assert.ok(typeof setting === "object", `${name}.${key} is not in the policy's schema`);
        assert.equal(Array.isArray(value) ? "array" : typeof value, setting.type, `${name}.${key}`);
      }
    }
  });

  it("never throw on arbitrary property values: each outcome is a violation, unchecked or nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SMS_RESOURCE_TYPES),
        fc.dictionary(
          fc.constantFrom(
            "deletionProtectionEnabled",
            "sharedRoutesEnabled",
            "selfManagedOptOutsEnabled",
            "optOutListName",
            "twoWay",
            "twoWayEnabled",
            "twoWayChannelEnabled",
            "twoWayChannelArn",
            "twoWayChannelRole",
            "tags",
            "tagsAll",
          ),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        async (type, props) => {
          for (const policy of resourcePolicies) {
            const outcome = await runResourcePolicy(policy, resourceArgs(type, structuredClone(props)));
            for (const report of [...outcome.violations, ...outcome.unchecked]) {
              assert.equal(typeof report.message, "string");
              assert.ok(report.message.length > 0);
            }
          }
          for (const policy of stackPolicies) {
            const lookup = { type: "pulumi-nodejs:dynamic/sms-pools:PoolLookup", name: "l", props };
            await runStackPolicy(policy, stackArgs([lookup, { ...lookup, props: { pools: [props] } }]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
