import * as assert from "node:assert/strict";
import { twoWayChannelConfigured } from "../../policy/twoWayRules";
import {
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  resourceArgs,
  runResourcePolicy,
} from "./util";

const TOPIC = "arn:aws:sns:us-east-1:111122223333:sms-replies";
const ROLE = "arn:aws:iam::111122223333:role/sms-two-way";

/** Each resource spells its two-way settings its own way; the rule must read each one's. */
const SHAPES = [
  {
    type: "aws-native:smsvoice:Pool",
    on: (arn?: string, role?: string) => ({ twoWay: { enabled: true, channelArn: arn, channelRole: role } }),
    off: { twoWay: { enabled: false } },
    arn: "twoWay.channelArn",
    role: "twoWay.channelRole",
  },
  {
    type: "aws-native:smsvoice:PhoneNumber",
    on: (arn?: string, role?: string) => ({ twoWay: { enabled: true, channelArn: arn, channelRole: role } }),
    off: {},
    arn: "twoWay.channelArn",
    role: "twoWay.channelRole",
  },
  {
    type: "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool",
    on: (arn?: string, role?: string) => ({
      twoWayEnabled: true,
      twoWayChannelArn: arn,
      twoWayChannelRole: role,
    }),
    off: { twoWayEnabled: false, twoWayChannelArn: TOPIC },
    arn: "twoWayChannelArn",
    role: "twoWayChannelRole",
  },
  {
    type: "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber",
    on: (arn?: string, role?: string) => ({
      twoWayChannelEnabled: true,
      twoWayChannelArn: arn,
      twoWayChannelRole: role,
    }),
    off: { twoWayChannelEnabled: false },
    arn: "twoWayChannelArn",
    role: "twoWayChannelRole",
  },
];

describe("policy sms-two-way-channel-configured", () => {
  it("is mandatory by default and does not require a role unless configured", () => {
    assert.equal(twoWayChannelConfigured.enforcementLevel, "mandatory");
    assert.equal(twoWayChannelConfigured.configSchema?.properties["requireChannelRole"]?.default, false);
  });

  for (const shape of SHAPES) {
    describe(shape.type, () => {
      it("passes two-way off, and two-way on with a channel", async () => {
        assertNoViolations(
          await runResourcePolicy(twoWayChannelConfigured, resourceArgs(shape.type, shape.off)),
        );
        assertNoViolations(
          await runResourcePolicy(twoWayChannelConfigured, resourceArgs(shape.type, shape.on(TOPIC))),
        );
      });

      it("flags two-way on without a channel ARN, naming the property", async () => {
        const outcome = await runResourcePolicy(
          twoWayChannelConfigured,
          resourceArgs(shape.type, shape.on()),
        );
        assertViolation(outcome, new RegExp(`${shape.arn.replace(".", "\\.")} is not set`));
        assert.equal(outcome.violations.length, 1);
        assertViolation(
          await runResourcePolicy(twoWayChannelConfigured, resourceArgs(shape.type, shape.on("  "))),
          /is not set/,
        );
      });

      it("with requireChannelRole, also flags a missing role", async () => {
        const config = { requireChannelRole: true };
        assertViolation(
          await runResourcePolicy(
            twoWayChannelConfigured,
            resourceArgs(shape.type, shape.on(TOPIC), { config }),
          ),
          new RegExp(`${shape.role.replace(".", "\\.")} is not set`),
        );
        assertNoViolations(
          await runResourcePolicy(
            twoWayChannelConfigured,
            resourceArgs(shape.type, shape.on(TOPIC, ROLE), { config }),
          ),
        );
      });
    });
  }

  it("reports mistyped settings as unchecked, naming the path", async () => {
    assertUncheckedOnly(
      await runResourcePolicy(
        twoWayChannelConfigured,
        resourceArgs("aws-native:smsvoice:Pool", { twoWay: { enabled: "on" } }),
      ),
      /could not check twoWay\.enabled: expected a boolean, found a string \("on"\)/,
    );
    assertUncheckedOnly(
      await runResourcePolicy(
        twoWayChannelConfigured,
        resourceArgs("aws-native:smsvoice:Pool", { twoWay: "on" }),
      ),
      /could not check twoWay: expected an object/,
    );
    assertUncheckedOnly(
      await runResourcePolicy(
        twoWayChannelConfigured,
        resourceArgs("aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool", {
          twoWayEnabled: true,
          twoWayChannelArn: 7,
        }),
      ),
      /could not check twoWayChannelArn: expected a string, found a number \(7\)/,
    );
  });

  it("skips sender IDs, which have no two-way messaging", async () => {
    assertNotApplicable(
      await runResourcePolicy(twoWayChannelConfigured, resourceArgs("aws-native:smsvoice:SenderId", {})),
      /applies only to/,
    );
  });
});
