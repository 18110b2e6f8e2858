import * as assert from "node:assert/strict";
import { UnknownValueError } from "@pulumi/policy";
import * as fc from "fast-check";
import { poolDeletionProtection, poolSharedRoutes } from "../../policy/poolRules";
import {
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  resourceArgs,
  runRemediation,
  runResourcePolicy,
  UNKNOWN,
} from "./util";

const NATIVE_POOL = "aws-native:smsvoice:Pool";
const CLASSIC_POOL = "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool";

describe("policy sms-pool-deletion-protection", () => {
  it("is mandatory by default and offers a remediation", () => {
    assert.equal(poolDeletionProtection.name, "sms-pool-deletion-protection");
    assert.equal(poolDeletionProtection.enforcementLevel, "mandatory");
    assert.equal(typeof poolDeletionProtection.remediateResource, "function");
  });

  for (const type of [NATIVE_POOL, CLASSIC_POOL]) {
    describe(type, () => {
      it("passes a protected pool", async () => {
        assertNoViolations(
          await runResourcePolicy(
            poolDeletionProtection,
            resourceArgs(type, { deletionProtectionEnabled: true }),
          ),
        );
      });

      it("flags deletionProtectionEnabled: false", async () => {
        const outcome = await runResourcePolicy(
          poolDeletionProtection,
          resourceArgs(type, { deletionProtectionEnabled: false }),
        );
        assertViolation(outcome, /deletionProtectionEnabled is false.*set deletionProtectionEnabled: true/);
        assert.equal(outcome.violations.length, 1);
      });

      it("flags a pool that leaves deletion protection unset (AWS's default is off)", async () => {
        const outcome = await runResourcePolicy(poolDeletionProtection, resourceArgs(type, {}));
        assertViolation(outcome, /deletionProtectionEnabled is not set/);
      });

      it("remediates by setting deletionProtectionEnabled: true and keeps the other inputs", async () => {
        const fixed = await runRemediation(
          poolDeletionProtection,
          resourceArgs(type, { deletionProtectionEnabled: false, optOutListName: "team-list" }),
        );
        assert.deepEqual(fixed, { deletionProtectionEnabled: true, optOutListName: "team-list" });
      });

      it("changes nothing on a protected pool", async () => {
        assert.equal(
          await runRemediation(
            poolDeletionProtection,
            resourceArgs(type, { deletionProtectionEnabled: true }),
          ),
          undefined,
        );
      });
    });
  }

  it("reports a mistyped deletionProtectionEnabled as unchecked (advisory), not as a violation", async () => {
    const outcome = await runResourcePolicy(
      poolDeletionProtection,
      resourceArgs(NATIVE_POOL, { deletionProtectionEnabled: "yes" }),
    );
    assertUncheckedOnly(
      outcome,
      /could not check deletionProtectionEnabled: expected a boolean, found a string \("yes"\)/,
    );
  });

  it("lets an unknown value reach the server, which reports 'can't run during preview'", async () => {
    await assert.rejects(
      runResourcePolicy(
        poolDeletionProtection,
        resourceArgs(NATIVE_POOL, { deletionProtectionEnabled: UNKNOWN }),
      ),
      (e: unknown) =>
        e instanceof UnknownValueError && /deletionProtectionEnabled/.test((e as Error).message),
    );
  });

  it("skips resources of other types, saying why", async () => {
    const outcome = await runResourcePolicy(
      poolDeletionProtection,
      resourceArgs("aws-native:smsvoice:PhoneNumber", { deletionProtectionEnabled: false }),
    );
    assertNotApplicable(outcome, /applies only to aws-native:smsvoice:Pool/);
  });

  it("honours exemptResourceNames for validation and remediation", async () => {
    const config = { exemptResourceNames: ["sandbox-pool"] };
    const exempt = resourceArgs(
      CLASSIC_POOL,
      { deletionProtectionEnabled: false },
      { name: "sandbox-pool", config },
    );
    assertNotApplicable(await runResourcePolicy(poolDeletionProtection, exempt), /"sandbox-pool" is listed/);
    await assert.rejects(runRemediation(poolDeletionProtection, exempt), /"sandbox-pool" is listed/);

    const other = resourceArgs(
      CLASSIC_POOL,
      { deletionProtectionEnabled: false },
      { name: "prod-pool", config },
    );
    assertViolation(
      await runResourcePolicy(poolDeletionProtection, other),
      /deletionProtectionEnabled is false/,
    );
  });

  it("rejects a config setting of the wrong type instead of guessing", async () => {
    const args = resourceArgs(NATIVE_POOL, {}, { config: { exemptResourceNames: "sandbox-pool" } });
    await assert.rejects(
      runResourcePolicy(poolDeletionProtection, args),
      /exemptResourceNames must be a list/,
    );
  });

  it("judges any value of deletionProtectionEnabled: true passes, false/unset violate, others are unchecked", async () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.boolean(),
      fc.string(),
      fc.integer(),
      fc.array(fc.boolean()),
      fc.dictionary(fc.string(), fc.boolean()),
    );
    const extras = fc.dictionary(
      fc.string().filter((k) => k !== "deletionProtectionEnabled"),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(value, extras, fc.constantFrom(NATIVE_POOL, CLASSIC_POOL), async (v, other, type) => {
        const props = v === undefined ? { ...other } : { ...other, deletionProtectionEnabled: v };
        const outcome = await runResourcePolicy(poolDeletionProtection, resourceArgs(type, props));
        const fixed = await runRemediation(
          poolDeletionProtection,
          resourceArgs(type, structuredClone(props)),
        );
        if (v === true) {
          assert.deepEqual(outcome, { violations: [], unchecked: [] });
          assert.equal(fixed, undefined);
        } else {
          if (typeof v === "boolean" || v === undefined) {
            assert.equal(outcome.violations.length, 1);
            assert.equal(outcome.unchecked.length, 0);
          } else {
            assert.equal(outcome.violations.length, 0);
            assert.equal(outcome.unchecked.length, 1);
          }
          assert.deepEqual(fixed, JSON.parse(JSON.stringify({ ...props, deletionProtectionEnabled: true })));
        }
      }),
    );
  });
});

describe("policy sms-pool-shared-routes", () => {
  it("is advisory by default", () => {
    assert.equal(poolSharedRoutes.enforcementLevel, "advisory");
  });

  it("passes pools with shared routes off or unset", async () => {
    for (const props of [{ sharedRoutesEnabled: false }, {}]) {
      assertNoViolations(await runResourcePolicy(poolSharedRoutes, resourceArgs(NATIVE_POOL, props)));
      assertNoViolations(await runResourcePolicy(poolSharedRoutes, resourceArgs(CLASSIC_POOL, props)));
    }
  });

  it("flags sharedRoutesEnabled: true", async () => {
    assertViolation(
      await runResourcePolicy(poolSharedRoutes, resourceArgs(CLASSIC_POOL, { sharedRoutesEnabled: true })),
      /sharedRoutesEnabled is true/,
    );
  });

  it("remediates by turning shared routes off, and only when they are on", async () => {
    assert.deepEqual(
      await runRemediation(poolSharedRoutes, resourceArgs(NATIVE_POOL, { sharedRoutesEnabled: true })),
      { sharedRoutesEnabled: false },
    );
    assert.equal(await runRemediation(poolSharedRoutes, resourceArgs(NATIVE_POOL, {})), undefined);
  });

  it("reports a mistyped value as unchecked", async () => {
    assertUncheckedOnly(
      await runResourcePolicy(poolSharedRoutes, resourceArgs(NATIVE_POOL, { sharedRoutesEnabled: 1 })),
      /could not check sharedRoutesEnabled: expected a boolean, found a number \(1\)/,
    );
  });

  it("honours exemptResourceNames", async () => {
    const args = resourceArgs(
      NATIVE_POOL,
      { sharedRoutesEnabled: true },
      { name: "intl-pool", config: { exemptResourceNames: ["intl-pool"] } },
    );
    assertNotApplicable(await runResourcePolicy(poolSharedRoutes, args), /"intl-pool"/);
  });
});
