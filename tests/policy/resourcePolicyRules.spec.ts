import * as assert from "node:assert/strict";
import { judgeResourcePolicy, resourcePolicyScope } from "../../policy/resourcePolicyRules";
import {
  ACCOUNT,
  classicResourcePolicy,
  grant,
  nativeResourcePolicy,
  ORG,
  PARTNER,
  POOL_ARN,
} from "./fixtures";
import {
  argsFor,
  assertNotApplicable,
  assertNoViolations,
  assertUncheckedOnly,
  assertViolation,
  type Outcome,
  runResourcePolicy,
  type StackResource,
  UNKNOWN,
} from "./util";

const SHAPES = { classic: classicResourcePolicy, native: nativeResourcePolicy };

function run(r: StackResource, config: Record<string, unknown> = {}): Promise<Outcome> {
  return runResourcePolicy(resourcePolicyScope, argsFor(r, config));
}

describe("policy sms-resource-policy-scope", () => {
  it("is mandatory by default and allows no principal beyond the owner", () => {
    assert.equal(resourcePolicyScope.enforcementLevel, "mandatory");
    assert.deepEqual(resourcePolicyScope.configSchema?.properties["allowedPrincipals"]?.default, []);
  });

  for (const [shape, policy] of Object.entries(SHAPES)) {
    describe(`${shape} (${shape === "classic" ? "policy as a JSON string" : "policyDocument as an object"})`, () => {
      it("passes grants to the owning account, by ID, root ARN or a role in it", async () => {
        for (const principal of [
          { AWS: ACCOUNT },
          { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          { AWS: [ACCOUNT, `arn:aws:iam::${ACCOUNT}:role/sender`] },
        ]) {
          assertNoViolations(await run(policy(grant(principal))));
        }
      });

      it("flags another account, naming principal, owner and fix", async () => {
        assertViolation(
          await run(policy(grant({ AWS: `arn:aws:iam::${PARTNER}:root` }))),
          new RegExp(
            `policy\\w*\\.Statement\\[0\\] \\(Share\\) grants to "arn:aws:iam::${PARTNER}:root" \\(account ${PARTNER}\\), ` +
              `which does not own ${POOL_ARN} \\(account ${ACCOUNT}\\).*add ${PARTNER} to allowedPrincipals`,
          ),
        );
      });

      it("passes accounts in allowedPrincipals, given as IDs or root ARNs", async () => {
        const document = grant({ AWS: [`arn:aws:iam::${PARTNER}:role/x`, "777788889999"] });
        assertNoViolations(
          await run(policy(document), { allowedPrincipals: [PARTNER, "arn:aws:iam::777788889999:root"] }),
        );
      });

      it('flags "*" without an organization condition, whatever allowedPrincipals says', async () => {
        for (const principal of ["*", { AWS: "*" }]) {
          assertViolation(
            await run(policy(grant(principal)), { allowedPrincipals: [ORG, PARTNER] }),
            /grants to every AWS principal \("\*"\) with no aws:PrincipalOrgID condition/,
          );
        }
        assertViolation(
          await run(policy(grant("*", { StringEquals: { "aws:SourceAccount": ACCOUNT } }))),
          /no aws:PrincipalOrgID condition/,
        );
      });

      it('passes "*" conditioned on an allowed organization, and flags any other organization', async () => {
        const inOrg = grant("*", { StringEquals: { "aws:PrincipalOrgID": ORG } });
        assertNoViolations(await run(policy(inOrg), { allowedPrincipals: [ORG] }));
        assertViolation(
          await run(policy(inOrg)),
          new RegExp(`grants "\\*" within organization ${ORG}, which is not in allowedPrincipals`),
        );
      });

      it("ignores Deny statements, which grant nothing", async () => {
        const document = { Statement: [{ Effect: "Deny", Principal: "*", Action: "*" }] };
        assertNoViolations(await run(policy(document)));
      });

      it("checks a '*' grant at preview while resourceArn is unknown, and defers account checks", async () => {
        assertViolation(await run(policy(grant("*"), UNKNOWN)), /no aws:PrincipalOrgID condition/);
        assertUncheckedOnly(
          await run(policy(grant({ AWS: PARTNER }), UNKNOWN)),
          /could not check policy\w*\.Statement\[0\] \(Share\)\.Principal\.AWS "444455556666" during preview/,
        );
        assertNoViolations(
          await run(policy(grant({ AWS: PARTNER }), UNKNOWN), { allowedPrincipals: [PARTNER] }),
        );
      });

      it("judges the AWS entries of a principal that also names a Service", async () => {
        const outcome = await run(policy(grant({ AWS: "*", Service: "sns.amazonaws.com" })));
        assertViolation(
          outcome,
          /grants to every AWS principal \("\*"\) with no aws:PrincipalOrgID condition/,
        );
        assertViolation(
          await run(policy(grant({ AWS: PARTNER, Service: "sns.amazonaws.com" }))),
          /444455556666/,
        );
        assertUncheckedOnly(
          await run(policy(grant({ AWS: ACCOUNT, Service: "sns.amazonaws.com" }))),
          /grants to Service principals, which this policy does not judge/,
        );
      });

      it("reports principals it can't judge as unchecked, never as violations", async () => {
        assertUncheckedOnly(
          await run(policy(grant({ Service: "sns.amazonaws.com" }))),
          /grants to Service principals, which this policy does not judge/,
        );
        assertUncheckedOnly(await run(policy(grant({ AWS: "AIDAEXAMPLE" }))), /it names no account/);
        assertUncheckedOnly(
          await run(policy({ Statement: "all" })),
          /Statement: expected a statement or a list/,
        );
      });
    });
  }

  it("classic: reports a policy that is not JSON as unchecked", async () => {
    const r = classicResourcePolicy({});
    assertUncheckedOnly(
      await run({ ...r, props: { ...r.props, policy: "{not json" } }),
      /policy: it is not valid JSON/,
    );
  });

  it("native: accepts policyDocument given as JSON text too", async () => {
    assertViolation(await run(nativeResourcePolicy(JSON.stringify(grant("*")))), /no aws:PrincipalOrgID/);
  });

  it("an unknown policy document at preview is left to the server's 'can't run during preview'", async () => {
    const r = classicResourcePolicy({});
    await assert.rejects(
      run({ ...r, props: { ...r.props, policy: UNKNOWN } }),
      /can't be known during preview/,
    );
  });

  it("rejects an allowedPrincipals entry that is no account, root ARN or organization", async () => {
    await assert.rejects(
      run(classicResourcePolicy(grant({ AWS: ACCOUNT })), {
        allowedPrincipals: ["arn:aws:iam::444455556666:role/x"],
      }),
      /allowedPrincipals entry "arn:aws:iam::444455556666:role\/x" is not an account ID/,
    );
  });

  it("skips other resources", async () => {
    assertNotApplicable(
      await run({ type: "aws-native:smsvoice:Pool", name: "p", props: {} }),
      /applies only to/,
    );
  });

  it("judges a record built from the API's GetResourcePolicy answer the same way (the audit's path)", () => {
    const findings = judgeResourcePolicy(
      { resourceArn: POOL_ARN, document: JSON.parse(JSON.stringify(grant("*"))), documentField: "Policy" },
      { allowedPrincipals: [] },
    );
    assert.deepEqual(
      findings.map((f) => f.kind),
      ["violation"],
    );
    assert.match(findings[0].message, /^Policy\.Statement\[0\] \(Share\) grants to every AWS principal/);
  });
});
