import * as assert from "node:assert/strict";
import { requiredTags } from "../../policy/tagRules";
import {
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  resourceArgs,
  runResourcePolicy,
  UNKNOWN,
} from "./util";

const NATIVE_TYPES = [
  "aws-native:smsvoice:Pool",
  "aws-native:smsvoice:PhoneNumber",
  "aws-native:smsvoice:SenderId",
  "aws-native:smsvoice:ConfigurationSet",
  "aws-native:smsvoice:OptOutList",
  "aws-native:smsvoice:ProtectConfiguration",
];
const CLASSIC_TYPES = [
  "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool",
  "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber",
  "aws:pinpoint/smsvoicev2SenderId:Smsvoicev2SenderId",
  "aws:pinpoint/smsvoicev2ConfigurationSet:Smsvoicev2ConfigurationSet",
  "aws:pinpoint/smsvoicev2OptOutList:Smsvoicev2OptOutList",
];
/** Types that take no tags in their provider. */
const UNTAGGED_TYPES = [
  "aws:pinpoint/smsvoicev2Keyword:Smsvoicev2Keyword",
  "aws:pinpoint/smsvoicev2EventDestination:Smsvoicev2EventDestination",
  "aws:pinpoint/smsvoicev2ResourcePolicy:Smsvoicev2ResourcePolicy",
  "aws-native:smsvoice:ResourcePolicy",
];

describe("policy sms-required-tags", () => {
  it("is advisory by default and requires owner and cost-center", () => {
    assert.equal(requiredTags.enforcementLevel, "advisory");
    assert.deepEqual(requiredTags.configSchema?.properties["requiredTagKeys"]?.default, [
      "owner",
      "cost-center",
    ]);
  });

  for (const type of NATIVE_TYPES) {
    it(`${type}: reads tags as a list of { key, value }`, async () => {
      assertNoViolations(
        await runResourcePolicy(
          requiredTags,
          resourceArgs(type, {
            tags: [
              { key: "owner", value: "messaging" },
              { key: "cost-center", value: "cc-42" },
            ],
          }),
        ),
      );
      const outcome = await runResourcePolicy(
        requiredTags,
        resourceArgs(type, { tags: [{ key: "owner", value: "messaging" }] }),
      );
      assertViolation(outcome, /missing required tag "cost-center"/);
      assert.doesNotMatch(outcome.violations[0].message, /missing required tag "owner"/);
    });
  }

  for (const type of CLASSIC_TYPES) {
    it(`${type}: reads tags as a map, counting the provider's defaultTags in tagsAll`, async () => {
      assertNoViolations(
        await runResourcePolicy(
          requiredTags,
          resourceArgs(type, { tags: { owner: "messaging", "cost-center": "cc" } }),
        ),
      );
      assertNoViolations(
        await runResourcePolicy(
          requiredTags,
          resourceArgs(type, {
            tags: { owner: "messaging" },
            tagsAll: { owner: "messaging", "cost-center": "cc" },
          }),
        ),
      );
      assertViolation(
        await runResourcePolicy(requiredTags, resourceArgs(type, {})),
        /missing required tags "owner", "cost-center"/,
      );
    });
  }

  it("treats an empty value as missing, and keys as case-sensitive", async () => {
    assertViolation(
      await runResourcePolicy(
        requiredTags,
        resourceArgs(CLASSIC_TYPES[0], { tags: { owner: " ", "Cost-Center": "cc" } }),
      ),
      /missing required tags "owner", "cost-center"/,
    );
  });

  it("honours requiredTagKeys, and requires nothing when it is empty", async () => {
    const args = (config: Record<string, unknown>) =>
      resourceArgs(NATIVE_TYPES[0], { tags: [{ key: "owner", value: "x" }] }, { config });
    assertViolation(
      await runResourcePolicy(requiredTags, args({ requiredTagKeys: ["owner", "environment"] })),
      /missing required tag "environment"/,
    );
    assertNoViolations(await runResourcePolicy(requiredTags, args({ requiredTagKeys: ["owner"] })));
    assertNoViolations(await runResourcePolicy(requiredTags, args({ requiredTagKeys: [] })));
  });

  it("does not read tagsAll when tags already settle it, so an unknown tagsAll at preview is no obstacle", async () => {
    assertNoViolations(
      await runResourcePolicy(
        requiredTags,
        resourceArgs(CLASSIC_TYPES[1], { tags: { owner: "a", "cost-center": "b" }, tagsAll: UNKNOWN }),
      ),
    );
  });

  it("reports mistyped tags as unchecked, naming the element", async () => {
    assertUncheckedOnly(
      await runResourcePolicy(requiredTags, resourceArgs(NATIVE_TYPES[1], { tags: { owner: "a" } })),
      /could not check tags: expected a list, found an object/,
    );
    assertUncheckedOnly(
      await runResourcePolicy(
        requiredTags,
        resourceArgs(NATIVE_TYPES[1], { tags: [{ key: "owner", value: 3 }] }),
      ),
      /could not check tags\[0\]\.value: expected a string, found a number \(3\)/,
    );
    assertUncheckedOnly(
      await runResourcePolicy(requiredTags, resourceArgs(CLASSIC_TYPES[2], { tags: [{ key: "owner" }] })),
      /could not check tags: expected a map of tag keys to values, found an array/,
    );
    assertUncheckedOnly(
      await runResourcePolicy(requiredTags, resourceArgs(CLASSIC_TYPES[2], { tags: {}, tagsAll: "owner=a" })),
      /could not check tagsAll/,
    );
  });

  it("skips keywords, event destinations and resource policies, which take no tags", async () => {
    for (const type of UNTAGGED_TYPES) {
      assertNotApplicable(await runResourcePolicy(requiredTags, resourceArgs(type, {})), /applies only to/);
    }
  });
});
