import * as assert from "node:assert/strict";
import { UnknownValueError } from "@pulumi/policy";
import { selfManagedOptOuts } from "../../policy/optOutRules";
import {
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  resourceArgs,
  runResourcePolicy,
  UNKNOWN,
} from "./util";

const TYPES = [
  "aws-native:smsvoice:Pool",
  "aws-native:smsvoice:PhoneNumber",
  "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool",
  "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber",
];

describe("policy sms-self-managed-opt-outs", () => {
  it("is advisory by default, with allowSelfManagedOptOuts defaulting to true", () => {
    assert.equal(selfManagedOptOuts.enforcementLevel, "advisory");
    assert.equal(selfManagedOptOuts.configSchema?.properties["allowSelfManagedOptOuts"]?.default, true);
  });

  for (const type of TYPES) {
    it(`${type}: passes AWS-managed opt-outs, and self-managed ones with a dedicated list`, async () => {
      for (const props of [
        {},
        { selfManagedOptOutsEnabled: false },
        { selfManagedOptOutsEnabled: true, optOutListName: "marketing-opt-outs" },
      ]) {
        assertNoViolations(await runResourcePolicy(selfManagedOptOuts, resourceArgs(type, props)));
      }
    });

    it(`${type}: flags self-managed opt-outs without a named list`, async () => {
      assertViolation(
        await runResourcePolicy(selfManagedOptOuts, resourceArgs(type, { selfManagedOptOutsEnabled: true })),
        /optOutListName is not set.*shared "Default" list/,
      );
    });
  }

  it("flags the account's Default list, by name or by ARN", async () => {
    for (const optOutListName of [
      "Default",
      "arn:aws:sms-voice:us-east-1:111122223333:opt-out-list/Default",
    ]) {
      assertViolation(
        await runResourcePolicy(
          selfManagedOptOuts,
          resourceArgs(TYPES[0], { selfManagedOptOutsEnabled: true, optOutListName }),
        ),
        /the account's shared list/,
      );
    }
    assertNoViolations(
      await runResourcePolicy(
        selfManagedOptOuts,
        resourceArgs(TYPES[0], {
          selfManagedOptOutsEnabled: true,
          optOutListName: "arn:aws:sms-voice:us-east-1:111122223333:opt-out-list/Defaults-team",
        }),
      ),
    );
  });

  it("with allowSelfManagedOptOuts: false, flags any self-managed opt-outs, named list or not", async () => {
    const config = { allowSelfManagedOptOuts: false };
    assertViolation(
      await runResourcePolicy(
        selfManagedOptOuts,
        resourceArgs(TYPES[2], { selfManagedOptOutsEnabled: true, optOutListName: "team" }, { config }),
      ),
      /allowSelfManagedOptOuts is false.*set selfManagedOptOutsEnabled: false/,
    );
    assertNoViolations(
      await runResourcePolicy(
        selfManagedOptOuts,
        resourceArgs(TYPES[2], { selfManagedOptOutsEnabled: false }, { config }),
      ),
    );
  });

  it("reports mistyped properties as unchecked", async () => {
    assertUncheckedOnly(
      await runResourcePolicy(
        selfManagedOptOuts,
        resourceArgs(TYPES[1], { selfManagedOptOutsEnabled: "true" }),
      ),
      /could not check selfManagedOptOutsEnabled: expected a boolean/,
    );
    assertUncheckedOnly(
      await runResourcePolicy(
        selfManagedOptOuts,
        resourceArgs(TYPES[1], { selfManagedOptOutsEnabled: true, optOutListName: ["a"] }),
      ),
      /could not check optOutListName: expected a string, found an array/,
    );
  });

  it("does not read the opt-out list when opt-outs are AWS-managed, so an unknown list name is no obstacle", async () => {
    assertNoViolations(
      await runResourcePolicy(
        selfManagedOptOuts,
        resourceArgs(TYPES[0], { selfManagedOptOutsEnabled: false, optOutListName: UNKNOWN }),
      ),
    );
    await assert.rejects(
      runResourcePolicy(
        selfManagedOptOuts,
        resourceArgs(TYPES[0], { selfManagedOptOutsEnabled: true, optOutListName: UNKNOWN }),
      ),
      UnknownValueError,
    );
  });

  it("skips sender IDs, which have no opt-out settings", async () => {
    assertNotApplicable(
      await runResourcePolicy(selfManagedOptOuts, resourceArgs("aws-native:smsvoice:SenderId", {})),
      /applies only to/,
    );
  });
});
