import * as assert from "node:assert/strict";
import {
  judgeProtectCountries,
  protectConfigurationCountries,
  protectConfigurationDeletionProtection,
} from "../../policy/protectConfigurationRules";
import { protectConfiguration } from "./fixtures";
import {
  argsFor,
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  resourceArgs,
  runRemediation,
  runResourcePolicy,
  UNKNOWN,
} from "./util";

const rules = (...entries: Array<[string, string]>) =>
  entries.map(([countryCode, protectStatus]) => ({ countryCode, protectStatus }));

describe("policy sms-protect-configuration-countries", () => {
  it("is advisory by default with no country allowed, so every open country is a decision to make", () => {
    assert.equal(protectConfigurationCountries.enforcementLevel, "advisory");
    assert.deepEqual(protectConfigurationCountries.configSchema?.properties["allowedCountries"]?.default, []);
  });

  it("passes rules that let SMS out only to allowedCountries (codes case-insensitive)", async () => {
    const r = protectConfiguration(rules(["US", "ALLOW"], ["CA", "FILTER"], ["NG", "BLOCK"]));
    assertNoViolations(
      await runResourcePolicy(protectConfigurationCountries, argsFor(r, { allowedCountries: ["us", "CA"] })),
    );
  });

  it("counts ALLOW, MONITOR and FILTER as letting messages out, naming each country and status", async () => {
    const r = protectConfiguration(
      rules(["US", "ALLOW"], ["GB", "MONITOR"], ["IN", "FILTER"], ["NG", "BLOCK"]),
    );
    const outcome = await runResourcePolicy(
      protectConfigurationCountries,
      argsFor(r, { allowedCountries: ["US"] }),
    );
    assertViolation(
      outcome,
      /countryRuleSet\.sms lets SMS out to GB \(MONITOR\), IN \(FILTER\), outside allowedCountries \(allowedCountries: US\); set those countries to BLOCK/,
    );
    assert.doesNotMatch(outcome.violations[0].message, /NG/);
  });

  it("with no allowedCountries, reports every country the rules let out", async () => {
    const r = protectConfiguration(rules(["US", "ALLOW"], ["NG", "BLOCK"]));
    assertViolation(
      await runResourcePolicy(protectConfigurationCountries, argsFor(r)),
      /lets SMS out to US \(ALLOW\), outside allowedCountries \(allowedCountries is empty\)/,
    );
  });

  it("flags a configuration without SMS rules: AWS starts every country at ALLOW", async () => {
    assertViolation(
      await runResourcePolicy(
        protectConfigurationCountries,
        argsFor(protectConfiguration(undefined), { allowedCountries: ["US"] }),
      ),
      /countryRuleSet\.sms is not set, so SMS may go to every country \(CreateProtectConfiguration starts every country at ALLOW\)/,
    );
  });

  it("reports malformed rules as unchecked", async () => {
    assertUncheckedOnly(
      await runResourcePolicy(
        protectConfigurationCountries,
        argsFor(protectConfiguration(rules(["US", "ALLOWED"]))),
      ),
      /countryRuleSet\.sms\[0\]\.protectStatus: "ALLOWED" is not one of ALLOW, BLOCK, MONITOR, FILTER/,
    );
    assertUncheckedOnly(
      await runResourcePolicy(protectConfigurationCountries, argsFor(protectConfiguration({ US: "ALLOW" }))),
      /could not check countryRuleSet\.sms: expected a list, found an object/,
    );
  });

  it("leaves an unknown rule at preview to the server's advisory", async () => {
    await assert.rejects(
      runResourcePolicy(
        protectConfigurationCountries,
        argsFor(protectConfiguration([{ countryCode: "US", protectStatus: UNKNOWN }])),
      ),
      /can't be known during preview/,
    );
  });

  it("judges the audit's record (GetProtectConfigurationCountryRuleSet as a list) the same way", () => {
    const findings = judgeProtectCountries(
      { smsCountryRules: rules(["US", "ALLOW"], ["BR", "ALLOW"]) as never, rulesField: "CountryRuleSet" },
      { allowedCountries: ["US"] },
    );
    assert.match(findings[0].message, /^CountryRuleSet lets SMS out to BR \(ALLOW\)/);
  });
});

describe("policy sms-protect-configuration-deletion-protection", () => {
  it("is advisory, flags an unprotected configuration and remediates it", async () => {
    assert.equal(protectConfigurationDeletionProtection.enforcementLevel, "advisory");
    const r = protectConfiguration(rules(["US", "ALLOW"]), {});
    assertViolation(
      await runResourcePolicy(protectConfigurationDeletionProtection, argsFor(r)),
      /deletionProtectionEnabled is not set.*the protect configuration can be deleted/,
    );
    assert.deepEqual(await runRemediation(protectConfigurationDeletionProtection, argsFor(r)), {
      ...r.props,
      deletionProtectionEnabled: true,
    });
    assertNoViolations(
      await runResourcePolicy(
        protectConfigurationDeletionProtection,
        argsFor(protectConfiguration(rules(["US", "ALLOW"]))),
      ),
    );
  });

  it("skips pools and other resources (they have their own policies)", async () => {
    assertNotApplicable(
      await runResourcePolicy(
        protectConfigurationDeletionProtection,
        resourceArgs("aws-native:smsvoice:Pool", {}),
      ),
      /applies only to aws-native:smsvoice:ProtectConfiguration/,
    );
  });
});
