import * as assert from "node:assert/strict";
import { originationIdentityDeletionProtection } from "../../policy/originationIdentityRules";
import {
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  resourceArgs,
  runRemediation,
  runResourcePolicy,
} from "./util";

const IDENTITY_TYPES = [
  "aws-native:smsvoice:PhoneNumber",
  "aws-native:smsvoice:SenderId",
  "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber",
  "aws:pinpoint/smsvoicev2SenderId:Smsvoicev2SenderId",
];

describe("policy sms-origination-identity-deletion-protection", () => {
  it("is advisory by default and remediable", () => {
    assert.equal(originationIdentityDeletionProtection.name, "sms-origination-identity-deletion-protection");
    assert.equal(originationIdentityDeletionProtection.enforcementLevel, "advisory");
    assert.equal(typeof originationIdentityDeletionProtection.remediateResource, "function");
  });

  for (const type of IDENTITY_TYPES) {
    describe(type, () => {
      it("passes a protected identity", async () => {
        assertNoViolations(
          await runResourcePolicy(
            originationIdentityDeletionProtection,
            resourceArgs(type, { deletionProtectionEnabled: true, isoCountryCode: "US" }),
          ),
        );
      });

      it("flags an unprotected or unset identity", async () => {
        assertViolation(
          await runResourcePolicy(
            originationIdentityDeletionProtection,
            resourceArgs(type, { deletionProtectionEnabled: false }),
          ),
          /deletionProtectionEnabled is false, so the origination identity can be deleted/,
        );
        assertViolation(
          await runResourcePolicy(
            originationIdentityDeletionProtection,
            resourceArgs(type, { isoCountryCode: "GB" }),
          ),
          /deletionProtectionEnabled is not set/,
        );
      });

      it("remediates by turning deletion protection on", async () => {
        assert.deepEqual(
          await runRemediation(
            originationIdentityDeletionProtection,
            resourceArgs(type, { isoCountryCode: "GB", senderId: "ACME" }),
          ),
          { isoCountryCode: "GB", senderId: "ACME", deletionProtectionEnabled: true },
        );
      });
    });
  }

  it("does not judge pools (they have their own policy)", async () => {
    assertNotApplicable(
      await runResourcePolicy(
        originationIdentityDeletionProtection,
        resourceArgs("aws-native:smsvoice:Pool", { deletionProtectionEnabled: false }),
      ),
      /applies only to/,
    );
  });

  it("reports a mistyped value as unchecked", async () => {
    assertUncheckedOnly(
      await runResourcePolicy(
        originationIdentityDeletionProtection,
        resourceArgs(IDENTITY_TYPES[0], { deletionProtectionEnabled: { enabled: true } }),
      ),
      /could not check deletionProtectionEnabled: expected a boolean, found an object/,
    );
  });

  it("honours exemptResourceNames", async () => {
    const config = { exemptResourceNames: ["simulator-number"] };
    assertNotApplicable(
      await runResourcePolicy(
        originationIdentityDeletionProtection,
        resourceArgs(IDENTITY_TYPES[2], {}, { name: "simulator-number", config }),
      ),
      /"simulator-number" is listed in exemptResourceNames/,
    );
  });
});
