import * as assert from "node:assert/strict";
import { KNOWN_COUNTRIES } from "../../emulator/countries";
import { countryRulesAllowing, PoolQueryError } from "../../index";
import { RULE_SET_COUNTRIES } from "../../policy/countries";
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
    const sms = countryRulesAllowing(["US"]).map((rule) =>
      rule.countryCode === "CA" ? { ...rule, protectStatus: "FILTER" } : rule,
    );
    assertNoViolations(
      await runResourcePolicy(
        protectConfigurationCountries,
        argsFor(protectConfiguration(sms), { allowedCountries: ["us", "CA"] }),
      ),
    );
  });

  it("flags the countries a stack doesn't name: they keep AWS's initial rule, ALLOW", async () => {
    const partial = await runResourcePolicy(
      protectConfigurationCountries,
      argsFor(protectConfiguration(rules(["US", "ALLOW"], ["NG", "BLOCK"])), { allowedCountries: ["US"] }),
    );
    assert.equal(partial.violations.length, 1);
    assertViolation(
      partial,
      /countryRuleSet\.sms leaves \d+ countries outside allowedCountries \(allowedCountries: US\) at AWS's initial rule, ALLOW, because it doesn't name them: AD, AE, .* and \d+ more; declare each with protectStatus "BLOCK" \(countryRulesAllowing/,
    );
    assert.doesNotMatch(partial.violations[0].message, /\b(US|NG)\b,/);
    assertViolation(
      await runResourcePolicy(protectConfigurationCountries, argsFor(protectConfiguration([]))),
      /countryRuleSet\.sms leaves \d+ countries .* at AWS's initial rule, ALLOW/,
    );
  });

  it("knows the countries of the emulator's rule set, no more and no fewer", () => {
    assert.deepEqual(RULE_SET_COUNTRIES, KNOWN_COUNTRIES);
  });

  it("countryRulesAllowing blocks every other country, and names what it can't use", () => {
    const sms = countryRulesAllowing(["us", "CA"], "MONITOR");
    assert.deepEqual(
      sms.filter((r) => r.protectStatus !== "BLOCK").map((r) => [r.countryCode, r.protectStatus]),
      [
        ["CA", "MONITOR"],
        ["US", "MONITOR"],
      ],
    );
    assert.ok(sms.length > 200 && sms.some((r) => r.countryCode === "NG" && r.protectStatus === "BLOCK"));
    assert.throws(
      () => countryRulesAllowing(["US", "XX", "usa"]),
      (err: unknown) =>
        err instanceof PoolQueryError &&
        err.problems.map((p) => p.field).join() === "countries[1],countries[2]" &&
        /countries\[1\] "XX" is not a country of the SMS rule set; use an ISO 3166-1 alpha-2 code/.test(
          err.message,
        ),
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
