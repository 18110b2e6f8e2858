import * as assert from "node:assert/strict";
import { judgeOptOutKeywords, optOutKeywords } from "../../policy/keywordRules";
import { classicKeyword, nativePool } from "./fixtures";
import {
  argsFor,
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  runRemediation,
  runResourcePolicy,
  type StackResource,
  UNKNOWN,
} from "./util";

const run = (r: StackResource, config: Record<string, unknown> = {}) =>
  runResourcePolicy(optOutKeywords, argsFor(r, config));
const UNSUBSCRIBE = { optOutKeywords: ["unsubscribe"] };

describe("policy sms-opt-out-keywords", () => {
  it("is mandatory by default, with STOP always an opt-out word", () => {
    assert.equal(optOutKeywords.enforcementLevel, "mandatory");
    assert.deepEqual(optOutKeywords.configSchema?.properties["optOutKeywords"]?.default, []);
  });

  describe("aws classic Smsvoicev2Keyword", () => {
    it("passes STOP left to AWS or set to OPT_OUT, and other words with any action", async () => {
      for (const r of [
        classicKeyword("STOP"),
        classicKeyword("STOP", "OPT_OUT"),
        classicKeyword("INFO"),
        classicKeyword("JOIN", "OPT_IN"),
      ]) {
        assertNoViolations(await run(r));
      }
    });

    it("flags STOP turned into anything else, naming keyword, property, value and fix", async () => {
      assertViolation(
        await run(classicKeyword("stop", "AUTOMATIC_RESPONSE")),
        /keyword "stop": keywordAction is AUTOMATIC_RESPONSE, so a recipient who replies STOP stays subscribed; leave keywordAction unset/,
      );
    });

    it("flags a configured opt-out word whose action is unset (AWS's AUTOMATIC_RESPONSE) or not OPT_OUT", async () => {
      assertViolation(
        await run(classicKeyword("UNSUBSCRIBE"), UNSUBSCRIBE),
        /keywordAction is not set, so AWS answers with AUTOMATIC_RESPONSE.*set keywordAction to OPT_OUT/,
      );
      assertViolation(
        await run(classicKeyword("Unsubscribe", "OPT_IN"), UNSUBSCRIBE),
        /keywordAction is OPT_IN/,
      );
      assertNoViolations(await run(classicKeyword("UNSUBSCRIBE", "OPT_OUT"), UNSUBSCRIBE));
    });

    it("remediates: OPT_OUT for a configured word, AWS's own action (unset) for STOP", async () => {
      const word = classicKeyword("UNSUBSCRIBE", "AUTOMATIC_RESPONSE");
      assert.equal(
        (await runRemediation(optOutKeywords, argsFor(word, UNSUBSCRIBE)))?.keywordAction,
        "OPT_OUT",
      );
      const stop = await runRemediation(optOutKeywords, argsFor(classicKeyword("STOP", "OPT_IN")));
      assert.ok(stop && !("keywordAction" in stop), JSON.stringify(stop));
      assert.equal(await runRemediation(optOutKeywords, argsFor(classicKeyword("STOP"))), undefined);
    });

    it("reports an action outside the model's enum as unchecked", async () => {
      assertUncheckedOnly(
        await run(classicKeyword("STOP", "UNSUBSCRIBE")),
        /"UNSUBSCRIBE" is not one of AUTOMATIC_RESPONSE, OPT_OUT, OPT_IN/,
      );
    });

    it("leaves an unknown keyword at preview to the server's advisory", async () => {
      const r = classicKeyword("STOP");
      await assert.rejects(
        run({ ...r, props: { ...r.props, keyword: UNKNOWN } }),
        /can't be known during preview/,
      );
    });
  });

  describe("aws-native optionalKeywords on a Pool or PhoneNumber", () => {
    it("passes a pool with no optional keywords, or harmless ones", async () => {
      assertNoViolations(await run(nativePool()));
      assertNoViolations(
        await run(nativePool([{ keyword: "INFO", message: "Hi", action: "AUTOMATIC_RESPONSE" }])),
      );
    });

    it("flags a configured opt-out word that doesn't opt out, naming its list entry", async () => {
      for (const type of ["aws-native:smsvoice:Pool", "aws-native:smsvoice:PhoneNumber"]) {
        const pool = nativePool([
          { keyword: "INFO", message: "Hi", action: "AUTOMATIC_RESPONSE" },
          { keyword: "UNSUBSCRIBE", message: "Bye", action: "AUTOMATIC_RESPONSE" },
        ]);
        assertViolation(
          await run({ ...pool, type }, UNSUBSCRIBE),
          /keyword "UNSUBSCRIBE": optionalKeywords\[1\]\.action is AUTOMATIC_RESPONSE.*set optionalKeywords\[1\]\.action to OPT_OUT/,
        );
      }
    });

    it("offers no remediation for nested keywords", async () => {
      const pool = nativePool([{ keyword: "UNSUBSCRIBE", message: "Bye", action: "OPT_IN" }]);
      assert.equal(await runRemediation(optOutKeywords, argsFor(pool, UNSUBSCRIBE)), undefined);
    });

    it("reports malformed keywords as unchecked", async () => {
      assertUncheckedOnly(
        await run(nativePool(["STOP"])),
        /optionalKeywords\[0\]: expected a \{ keyword, message, action \} keyword, found a string/,
      );
      assertUncheckedOnly(
        await run(nativePool({ keyword: "STOP" })),
        /could not check optionalKeywords: expected a list/,
      );
    });
  });

  it("skips classic pools and phone numbers, whose keywords are resources of their own", async () => {
    assertNotApplicable(
      await run({ type: "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool", name: "p", props: {} }),
      /applies only to/,
    );
  });

  it("judges the audit's DescribeKeywords records the same way", () => {
    const findings = judgeOptOutKeywords(
      [
        { keyword: "STOP", action: "OPT_OUT", actionField: "KeywordAction" },
        { keyword: "CANCEL", action: "AUTOMATIC_RESPONSE", actionField: "KeywordAction" },
      ],
      { optOutKeywords: ["CANCEL"] },
    );
    assert.deepEqual(
      findings.map((f) => f.kind),
      ["violation"],
    );
    assert.match(findings[0].message, /^keyword "CANCEL": KeywordAction is AUTOMATIC_RESPONSE/);
  });
});
