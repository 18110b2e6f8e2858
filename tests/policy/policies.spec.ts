import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { UnknownValueError } from "@pulumi/policy";
import * as fc from "fast-check";
import { policies } from "../../policy/policies";
import { DECLARED_SMS_TYPES } from "../../policy/resourceTypes";
import { ACCOUNT, classicResourcePolicy, nativeResourcePolicy, ORG, PARTNER, POOL_ARN } from "./fixtures";
import { resourceArgs, runResourcePolicy, runStackPolicy, stackArgs, UNKNOWN } from "./util";

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
    // Any JSON, and now and then the engine's unknown sentinel, which only the server may turn into an advisory.
    const value = fc.oneof(
      { weight: 1, arbitrary: fc.constant(UNKNOWN) },
      { weight: 9, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DECLARED_SMS_TYPES),
        fc.dictionary(fc.constantFrom(...PROPERTY_NAMES), value),
        async (type, props) => {
          for (const policy of resourcePolicies) {
            const outcome = await runResourcePolicy(policy, resourceArgs(type, structuredClone(props))).catch(
              (e: unknown) => {
                if (e instanceof UnknownValueError) return { violations: [], unchecked: [] };
                throw e;
              },
            );
            for (const report of [...outcome.violations, ...outcome.unchecked]) {
              assert.equal(typeof report.message, "string");
              assert.ok(report.message.length > 0);
            }
          }
          const resources = [
            { type, name: "r", props },
            { type: "pulumi-nodejs:dynamic/sms-pools:PoolLookup", name: "l", props },
            { type: "pulumi-nodejs:dynamic/sms-pools:PoolLookup", name: "m", props: { pools: [props] } },
          ];
          for (const policy of stackPolicies) {
            await runStackPolicy(policy, stackArgs(resources));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never report a mandatory violation for a compliant resource, however it is written", async () => {
    const mandatory = resourcePolicies.filter((p) => p.enforcementLevel === "mandatory");
    const config = { allowedPrincipals: [PARTNER, ORG], optOutKeywords: ["UNSUBSCRIBE", "CANCEL"] };
    await fc.assert(
      fc.asyncProperty(compliantResource, async (resource) => {
        for (const policy of mandatory) {
          const outcome = await runResourcePolicy(
            policy,
            resourceArgs(resource.type, resource.props, { config: { ...config } }),
          );
          assert.deepEqual(outcome.violations, [], `${policy.name} on ${JSON.stringify(resource)}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

const PROPERTY_NAMES = [
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
  "resourceArn",
  "policy",
  "policyDocument",
  "keyword",
  "keywordAction",
  "optionalKeywords",
  "countryRuleSet",
  "eventDestinations",
  "configurationSetName",
  "matchingEventTypes",
  "enabled",
  "name",
];

/** Principals a compliant policy may grant to under allowedPrincipals [PARTNER, ORG]. */
const allowedPrincipal = fc.constantFrom(
  ACCOUNT,
  `arn:aws:iam::${ACCOUNT}:root`,
  `arn:aws:iam::${ACCOUNT}:role/sender`,
  PARTNER,
  `arn:aws:iam::${PARTNER}:user/x`,
);
const statement = fc.oneof(
  fc.record({
    Effect: fc.constant("Allow"),
    Principal: fc.oneof(
      allowedPrincipal.map((p) => ({ AWS: p })),
      fc.array(allowedPrincipal, { minLength: 1, maxLength: 3 }).map((ps) => ({ AWS: ps })),
    ),
    Action: fc.constant("sms-voice:SendTextMessage"),
  }),
  fc.record({
    Effect: fc.constant("Allow"),
    Principal: fc.constantFrom("*", { AWS: "*" }),
    Action: fc.constant("sms-voice:SendTextMessage"),
    Condition: fc.constant({ StringEquals: { "aws:PrincipalOrgID": ORG } }),
  }),
  // A Deny grants nothing, whoever it names.
  fc.record({ Effect: fc.constant("Deny"), Principal: fc.constant("*"), Action: fc.constant("*") }),
);
const document = fc.record({
  Version: fc.constant("2012-10-17"),
  Statement: fc.array(statement, { maxLength: 4 }),
});
const keyword = fc.oneof(
  fc.record({
    keyword: fc.constantFrom("STOP", "stop", " Stop "),
    action: fc.constantFrom(undefined, "OPT_OUT"),
  }),
  fc.record({ keyword: fc.constantFrom("UNSUBSCRIBE", "cancel"), action: fc.constant("OPT_OUT") }),
  fc.record({
    keyword: fc.constantFrom("INFO", "JOIN", "HELLO"),
    action: fc.constantFrom(undefined, "AUTOMATIC_RESPONSE", "OPT_IN", "OPT_OUT"),
  }),
);
const compliantResource = fc.oneof(
  document.map((d) => classicResourcePolicy(d)),
  document.map((d) => nativeResourcePolicy(d, POOL_ARN)),
  keyword.map((k) => ({
    type: "aws:pinpoint/smsvoicev2Keyword:Smsvoicev2Keyword",
    name: "k",
    props: k.action ? { keyword: k.keyword, keywordAction: k.action } : { keyword: k.keyword },
  })),
  fc.array(keyword, { maxLength: 4 }).map((ks) => ({
    type: "aws-native:smsvoice:PhoneNumber",
    name: "n",
    props: {
      deletionProtectionEnabled: true,
      twoWay: { enabled: false },
      optionalKeywords: ks
        .map((k) => ({ keyword: k.keyword, message: "m", action: k.action ?? "AUTOMATIC_RESPONSE" }))
        .filter((k) => k.keyword.trim().toUpperCase() !== "STOP" || k.action === "OPT_OUT"),
    },
  })),
  fc.record({
    type: fc.constantFrom("aws-native:smsvoice:Pool", "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool"),
    name: fc.constant("p"),
    props: fc.record({ deletionProtectionEnabled: fc.constant(true), sharedRoutesEnabled: fc.boolean() }),
  }),
);
