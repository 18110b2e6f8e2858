// Every SMS resource type of both providers, through @pulumi/policy's own servicer (policy/evaluate.ts):
// levels, messages, remediation and unknowns at preview are the server's decisions, not this spec's.
import * as assert from "node:assert/strict";
import { countryRulesAllowing } from "../../index";
import { type Diagnostic, evaluatePolicies } from "../../policy/evaluate";
import { policies } from "../../policy/policies";
import {
  COMPLIANT_CONFIG,
  classicConfigurationSet,
  classicDestination,
  classicKeyword,
  classicResourcePolicy,
  compliantStack,
  grant,
  nativeConfigurationSet,
  nativePool,
  nativeResourcePolicy,
  PARTNER,
  protectConfiguration,
} from "./fixtures";
import { type StackResource, UNKNOWN } from "./util";

const summary = (ds: readonly Diagnostic[]) =>
  ds.map((d) => `${d.enforcementLevel} ${d.policy} ${d.resource}`);
const lastLine = (d: Diagnostic) => d.message.split("\n").at(-1) ?? "";

/** What the engine sends at preview for resources created in the same update: computed values unknown. */
function atPreview(stack: StackResource[]): StackResource[] {
  return stack.map((r) => {
    const props = { ...r.props };
    if ("resourceArn" in props) props.resourceArn = UNKNOWN;
    if (r.type.includes("EventDestination")) props.configurationSetName = UNKNOWN;
    if (r.type.includes("ConfigurationSet")) props.name = UNKNOWN;
    if (r.type.includes("Keyword") || r.type.includes("Pool")) props.originationIdentityArn = UNKNOWN;
    return { ...r, props };
  });
}

describe("sms-pools-guard on a stack of every SMS resource type, through the server's path", () => {
  it("reports nothing at the update for a compliant stack of both providers", async () => {
    const { diagnostics } = await evaluatePolicies(policies, compliantStack(), COMPLIANT_CONFIG);
    assert.deepEqual(summary(diagnostics), []);
  });

  it("reports only advisories at preview, when ARNs and names are not known yet", async () => {
    const { diagnostics } = await evaluatePolicies(policies, atPreview(compliantStack()), COMPLIANT_CONFIG);
    assert.ok(diagnostics.length > 0, "the unknowns are reported");
    for (const d of diagnostics) {
      assert.equal(d.enforcementLevel, "advisory", `${d.policy}: ${d.message}`);
      assert.match(d.message, /preview/);
    }
  });

  it("reports each new policy at its default level on both providers' shapes", async () => {
    const { diagnostics } = await evaluatePolicies(
      policies,
      [
        classicResourcePolicy(grant("*")),
        nativeResourcePolicy(grant({ AWS: PARTNER })),
        protectConfiguration([{ countryCode: "NG", protectStatus: "ALLOW" }], {}),
        classicKeyword("STOP", "AUTOMATIC_RESPONSE"),
        nativePool([{ keyword: "UNSUBSCRIBE", message: "Bye", action: "OPT_IN" }]),
        classicConfigurationSet("otp"),
        nativeConfigurationSet([]),
      ],
      { "sms-opt-out-keywords": { optOutKeywords: ["UNSUBSCRIBE"] } },
    );
    const ours = diagnostics.filter((d) => d.policy !== "sms-required-tags");
    assert.deepEqual(
      summary(ours),
      [
        "mandatory sms-resource-policy-scope share-pool",
        "mandatory sms-resource-policy-scope share-pool",
        "advisory sms-protect-configuration-deletion-protection otp-protect",
        // NG at ALLOW; and every country it doesn't name, left at ALLOW.
        "advisory sms-protect-configuration-countries otp-protect",
        "advisory sms-protect-configuration-countries otp-protect",
        "mandatory sms-opt-out-keywords keyword-stop",
        "mandatory sms-opt-out-keywords otp-pool",
        "advisory sms-configuration-set-event-logging urn:pulumi:stack::project::aws:pinpoint/smsvoicev2ConfigurationSet:Smsvoicev2ConfigurationSet::config-otp",
        "advisory sms-configuration-set-event-logging urn:pulumi:stack::project::aws-native:smsvoice:ConfigurationSet::otp-config",
      ],
      "resource policies per resource, in stack order; then the stack policy",
    );
    assert.match(lastLine(ours[5]), /keyword "STOP": keywordAction is AUTOMATIC_RESPONSE/);
  });

  it("remediates keywords and protect configurations at 'remediate', leaving nothing mandatory", async () => {
    const { diagnostics, resources } = await evaluatePolicies(
      policies,
      [
        classicKeyword("CANCEL", "AUTOMATIC_RESPONSE"),
        protectConfiguration(countryRulesAllowing(["US"]), {}),
      ],
      {
        "sms-opt-out-keywords": { enforcementLevel: "remediate", optOutKeywords: ["CANCEL"] },
        "sms-protect-configuration-deletion-protection": "remediate",
        "sms-protect-configuration-countries": { allowedCountries: ["US"] },
      },
    );
    assert.equal(resources[0].props.keywordAction, "OPT_OUT");
    assert.equal(resources[1].props.deletionProtectionEnabled, true);
    assert.deepEqual(
      diagnostics.filter((d) => d.policy !== "sms-required-tags").map((d) => d.policy),
      [],
    );
  });

  it("turns a classic destination's unknown set at preview into an advisory on the set, not a violation", async () => {
    const { diagnostics } = await evaluatePolicies(policies, [
      classicConfigurationSet("otp"),
      classicDestination(UNKNOWN),
    ]);
    const logging = diagnostics.filter((d) => d.policy === "sms-configuration-set-event-logging");
    assert.deepEqual(
      logging.map((d) => d.enforcementLevel),
      ["advisory"],
    );
    assert.match(logging[0].message, /during preview/);
  });
});
