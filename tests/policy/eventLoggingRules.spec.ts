import * as assert from "node:assert/strict";
import { configurationSetEventLogging, judgeEventLogging } from "../../policy/eventLoggingRules";
import {
  classicConfigurationSet,
  classicDestination,
  nativeConfigurationSet,
  nativeDestination,
} from "./fixtures";
import {
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  runStackPolicy,
  type StackResource,
  stackArgs,
  UNKNOWN,
  urnOf,
} from "./util";

const run = (resources: StackResource[], config: Record<string, unknown> = {}) =>
  runStackPolicy(configurationSetEventLogging, stackArgs(resources, config));

describe("policy sms-configuration-set-event-logging (a stack policy)", () => {
  it("is advisory and by default requires delivered and every failure event", () => {
    assert.equal(configurationSetEventLogging.enforcementLevel, "advisory");
    const defaults = configurationSetEventLogging.configSchema?.properties["requiredEvents"]
      ?.default as string[];
    assert.ok(defaults.includes("TEXT_DELIVERED") && defaults.includes("TEXT_CARRIER_BLOCKED"));
    assert.ok(!defaults.includes("TEXT_SENT"), "TEXT_SENT can't be matched (the model says so)");
  });

  describe("aws-native: destinations nested in the configuration set", () => {
    it("passes an enabled destination matching ALL, TEXT_ALL, or every required event", async () => {
      for (const types of [["ALL"], ["TEXT_ALL"], ["TEXT_DELIVERED", "TEXT_BLOCKED"]]) {
        assertNoViolations(
          await run([nativeConfigurationSet([nativeDestination(types)])], {
            requiredEvents: ["TEXT_DELIVERED", "TEXT_BLOCKED"],
          }),
        );
      }
    });

    it("flags a set with no destination, pinned to the set", async () => {
      const set = nativeConfigurationSet();
      const outcome = await run([set]);
      assertViolation(
        outcome,
        /configuration set "otp-config" has no event destination.*add an entry to eventDestinations/,
      );
      assert.equal(outcome.violations[0].urn, urnOf(set.type, set.name));
    });

    it("flags disabled destinations and uncovered events, naming them", async () => {
      assertViolation(
        await run([nativeConfigurationSet([nativeDestination(["ALL"], false)])]),
        /does not record any of requiredEvents in an enabled event destination \(1 of its destinations disabled\)/,
      );
      assertViolation(
        await run([nativeConfigurationSet([nativeDestination(["TEXT_DELIVERED", "VOICE_ALL"])])], {
          requiredEvents: ["TEXT_DELIVERED", "TEXT_BLOCKED"],
        }),
        /does not record TEXT_BLOCKED .*matches TEXT_BLOCKED/,
      );
    });

    it("at preview, an unknown destination makes the set unchecked, never a violation", async () => {
      assertUncheckedOnly(
        await run([nativeConfigurationSet([nativeDestination(UNKNOWN)])]),
        /could not check configuration set "otp-config" during preview: 1 of its event destinations are not known yet/,
      );
      assertUncheckedOnly(await run([nativeConfigurationSet(UNKNOWN)]), /during preview/);
      assertNoViolations(
        await run([nativeConfigurationSet([nativeDestination(["ALL"]), nativeDestination(UNKNOWN)])]),
      );
    });

    it("reports mistyped destinations as unchecked", async () => {
      assertUncheckedOnly(
        await run([nativeConfigurationSet([nativeDestination("ALL")])]),
        /could not check eventDestinations\[0\]\.matchingEventTypes: expected a list/,
      );
      assertUncheckedOnly(
        await run([nativeConfigurationSet([nativeDestination(["TEXT_ALL", 7])])]),
        /could not check eventDestinations\[0\]\.matchingEventTypes: expected event type names, found a number \(7\); eventDestinations\[0\] can't be counted/,
      );
    });
  });

  describe("aws classic: destinations are Smsvoicev2EventDestination resources naming the set", () => {
    it("reports mistyped destinations as unchecked, naming the destination", async () => {
      assertUncheckedOnly(
        await run([classicConfigurationSet("otp"), classicDestination("otp", { enabled: "yes" })]),
        /could not check enabled: expected a boolean, found a string \("yes"\); event destination "events-otp" can't be counted/,
      );
      assertUncheckedOnly(
        await run([classicConfigurationSet("otp"), classicDestination("otp", { matchingEventTypes: [7] })]),
        /could not check matchingEventTypes: expected event type names, found a number \(7\); event destination "events-otp" can't be counted/,
      );
    });

    it("a set whose name or ARN is of the wrong type is 'could not check', never 'has no event destination'", async () => {
      for (const [props, field, found] of [
        [{ name: 42 }, "name", "a number \\(42\\)"],
        [{ name: ["otp"] }, "name", "an array"],
        [{ name: "otp", arn: { id: 1 } }, "arn", "an object"],
        [{ name: true, arn: 7 }, "name", "a boolean"],
      ] as const) {
        for (const destinations of [[], [classicDestination("otp")]]) {
          const outcome = await run([classicConfigurationSet("otp", props), ...destinations]);
          assert.equal(outcome.unchecked.length, props.arn !== undefined && field === "name" ? 2 : 1);
          assertUncheckedOnly(
            outcome,
            new RegExp(
              `^could not check ${field}: expected a string, found ${found}.*; which event destinations belong to configuration set "config-otp" can't be told`,
            ),
          );
        }
      }
    });

    it("a destination whose link is of the wrong type leaves a set lacking events unchecked; a set with its own destination passes", async () => {
      for (const link of [
        { configurationSetName: 42 },
        { configurationSetName: undefined, configurationSetArn: ["arn"] },
      ]) {
        const stray = {
          ...classicDestination("x", { ...link }),
          name: "events-stray",
        };
        const bare = await run([classicConfigurationSet("marketing"), stray]);
        const field =
          "configurationSetName" in link && link.configurationSetName !== undefined
            ? "configurationSetName"
            : "configurationSetArn";
        assertUncheckedOnly(
          bare,
          new RegExp(
            `^could not check ${field}: expected a string, found .*; which configuration set event destination "events-stray" belongs to can't be told`,
          ),
        );
        assertNoViolations(await run([classicConfigurationSet("otp"), classicDestination("otp"), stray]));
      }
    });

    it("passes a set whose destination names it by name or by ARN", async () => {
      assertNoViolations(await run([classicConfigurationSet("otp"), classicDestination("otp")]));
      const arn = "arn:aws:sms-voice:us-east-1:111122223333:configuration-set/otp";
      assertNoViolations(await run([classicConfigurationSet("otp", { arn }), classicDestination(arn)]));
    });

    it("flags a set without a destination even when another set has one", async () => {
      const outcome = await run([
        classicConfigurationSet("otp"),
        classicConfigurationSet("marketing"),
        classicDestination("otp"),
      ]);
      assert.equal(outcome.violations.length, 1);
      assertViolation(
        outcome,
        /configuration set "config-marketing" has no event destination.*add an aws\.pinpoint\.Smsvoicev2EventDestination/,
      );
    });

    it("counts a classic destination as enabled unless it says otherwise (the provider's default)", async () => {
      assertViolation(
        await run([classicConfigurationSet("otp"), classicDestination("otp", { enabled: false })]),
        /1 of its destinations disabled/,
      );
    });

    it("at preview, one unknown event type leaves only its own set unchecked; the others are judged", async () => {
      const outcome = await run([
        classicConfigurationSet("otp"),
        classicConfigurationSet("marketing"),
        classicDestination("otp", { matchingEventTypes: ["TEXT_DELIVERED", UNKNOWN] }),
      ]);
      assert.equal(outcome.violations.length, 1);
      assertViolation(outcome, /configuration set "config-marketing" has no event destination/);
      assert.ok(
        outcome.unchecked.some((u) => /configuration set "config-otp"/.test(u.message)),
        JSON.stringify(outcome),
      );
    });

    it("at preview, a destination whose set is not known yet may belong to any set: unchecked, not a violation", async () => {
      assertUncheckedOnly(
        await run([classicConfigurationSet("otp"), classicDestination(UNKNOWN)]),
        /could not check configuration set "config-otp" during preview/,
      );
      assertUncheckedOnly(
        await run([classicConfigurationSet("otp", { name: UNKNOWN }), classicDestination("otp")]),
        /during preview/,
      );
      assertViolation(
        await run([classicConfigurationSet("otp", { name: UNKNOWN })]),
        /has no event destination/,
      );
    });
  });

  it("skips sets listed in exemptResourceNames", async () => {
    assertNoViolations(await run([nativeConfigurationSet()], { exemptResourceNames: ["otp-config"] }));
  });

  it("judges the audit's DescribeConfigurationSets record the same way", () => {
    const findings = judgeEventLogging(
      {
        name: "otp",
        eventDestinations: [{ name: "logs", enabled: true, matchingEventTypes: ["TEXT_DELIVERED"] }],
        destinationsField: "an event destination (CreateEventDestination)",
      },
      { requiredEvents: ["TEXT_DELIVERED", "TEXT_SPAM"] },
    );
    assert.match(findings[0].message, /^configuration set "otp" does not record TEXT_SPAM/);
  });
});
