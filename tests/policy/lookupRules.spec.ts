import * as assert from "node:assert/strict";
import * as fc from "fast-check";
import { lookedUpPoolsProtected } from "../../policy/lookupRules";
import type { Pool } from "../../provider/resources/pools";
import { POOL_LOOKUP_TOKEN } from "../../sdk/tokens";
import { poolFixture } from "../support/pools";
import { assertNoViolations, runStackPolicy, type StackResource, stackArgs, UNKNOWN, urnOf } from "./util";

const LOOKUP = "pulumi-nodejs:dynamic/sms-pools:PoolLookup";

const pool = poolFixture;

function lookup(name: string, pools: unknown): StackResource {
  const ids = Array.isArray(pools) ? pools.map((p) => (p as Pool).poolId) : [];
  return { type: LOOKUP, name, props: { pools, ids, count: ids.length, region: "us-east-1" } };
}

describe("policy sms-looked-up-pools-protected", () => {
  it("is an advisory stack policy", () => {
    assert.equal(lookedUpPoolsProtected.name, "sms-looked-up-pools-protected");
    assert.equal(lookedUpPoolsProtected.enforcementLevel, "advisory");
    assert.equal(typeof lookedUpPoolsProtected.validateStack, "function");
  });

  it("matches the type token the sdk registers PoolLookup under", () => {
    assert.equal(LOOKUP, POOL_LOOKUP_TOKEN);
  });

  it("passes lookups whose pools are all ACTIVE and protected, and ignores other resources", async () => {
    const outcome = await runStackPolicy(
      lookedUpPoolsProtected,
      stackArgs([
        lookup("senders", [pool("pool-a"), pool("pool-b")]),
        { type: "aws-native:smsvoice:Pool", name: "declared", props: { deletionProtectionEnabled: false } },
        lookup("none", []),
      ]),
    );
    assertNoViolations(outcome);
  });

  it("flags an unprotected pool, naming its ID and ARN, on the lookup's URN", async () => {
    const outcome = await runStackPolicy(
      lookedUpPoolsProtected,
      stackArgs([lookup("senders", [pool("pool-a"), pool("pool-b", { deletionProtectionEnabled: false })])]),
    );
    assert.equal(outcome.violations.length, 1);
    const [v] = outcome.violations;
    assert.match(v.message, /pool pool-b \(arn:aws:sms-voice:us-east-1:111122223333:pool\/pool-b\)/);
    assert.match(v.message, /PoolLookup "senders"/);
    assert.match(v.message, /is not deletion-protected/);
    assert.equal(v.urn, urnOf(LOOKUP, "senders"));
  });

  it("flags a pool that is not ACTIVE, and says both problems at once", async () => {
    const outcome = await runStackPolicy(
      lookedUpPoolsProtected,
      stackArgs([
        lookup("senders", [pool("pool-c", { status: "DELETING", deletionProtectionEnabled: false })]),
      ]),
    );
    assert.equal(outcome.violations.length, 1);
    assert.match(
      outcome.violations[0].message,
      /pool pool-c .* is DELETING, not ACTIVE and is not deletion-protected/,
    );
  });

  it("honours exemptPools by ID or ARN", async () => {
    const resources = [
      lookup("shared", [
        pool("pool-x", { deletionProtectionEnabled: false }),
        pool("pool-y", { deletionProtectionEnabled: false }),
        pool("pool-z", { deletionProtectionEnabled: false }),
      ]),
    ];
    const outcome = await runStackPolicy(
      lookedUpPoolsProtected,
      stackArgs(resources, {
        exemptPools: ["pool-x", "arn:aws:sms-voice:us-east-1:111122223333:pool/pool-y"],
      }),
    );
    assert.deepEqual(
      outcome.violations.map((v) => /pool (\S+)/.exec(v.message)?.[1]),
      ["pool-z"],
    );
  });

  it("reports what it could not check (advisory) without hiding other lookups' violations", async () => {
    const outcome = await runStackPolicy(
      lookedUpPoolsProtected,
      stackArgs([
        lookup("at-preview", UNKNOWN),
        lookup("not-run-yet", undefined),
        lookup("garbled", "pool-a"),
        lookup("odd-pools", [pool("pool-ok"), 42, { ...pool("pool-q"), deletionProtectionEnabled: "yes" }]),
        lookup("one-unknown-pool", [
          { ...pool("pool-u"), status: UNKNOWN },
          pool("pool-v", { status: "CREATING" }),
        ]),
        lookup("real", [pool("pool-bad", { deletionProtectionEnabled: false })]),
      ]),
    );
    assert.deepEqual(
      outcome.violations.map((v) => /pool (\S+)/.exec(v.message)?.[1]),
      ["pool-v", "pool-bad"],
    );
    const unchecked = outcome.unchecked.map((u) => `${u.urn?.split("::").pop()}: ${u.message}`);
    assert.equal(unchecked.length, 6, unchecked.join("\n"));
    assert.match(
      unchecked[0],
      /^at-preview: could not check PoolLookup "at-preview" during preview: .*pools/,
    );
    assert.match(
      unchecked[1],
      /^not-run-yet: could not check PoolLookup "not-run-yet": it has no pools output yet/,
    );
    assert.match(unchecked[2], /^garbled: could not check pools: expected a list, found a string/);
    assert.match(
      unchecked[3],
      /^odd-pools: could not check pools\[1\] of PoolLookup "odd-pools": expected a pool, found a number/,
    );
    assert.match(
      outcome.unchecked.at(-1)?.message ?? "",
      /could not check pools\[0\] of PoolLookup "one-unknown-pool" during preview/,
    );
    assert.ok(
      outcome.unchecked.every((u) => !/pool-ok/.test(u.message)),
      "a well-formed pool in the same lookup is still checked and passes",
    );
    assert.match(
      unchecked[4],
      /^odd-pools: could not check pools\[2\]\.deletionProtectionEnabled: expected a boolean, found a string \("yes"\); pool pool-q .* in PoolLookup "odd-pools"/,
    );
  });

  it("flags exactly the pools that are not ACTIVE-and-protected and not exempt", async () => {
    const poolArb = fc.record({
      id: fc.stringMatching(/^pool-[a-f0-9]{4}$/),
      status: fc.constantFrom<Pool["status"]>("ACTIVE", "CREATING", "DELETING"),
      protectedPool: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(poolArb, { maxLength: 6 }), { maxLength: 4 }),
        fc.array(fc.stringMatching(/^pool-[a-f0-9]{4}$/), { maxLength: 3 }),
        async (lookups, exemptPools) => {
          const resources = lookups.map((pools, i) =>
            lookup(
              `lookup-${i}`,
              pools.map((p) => pool(p.id, { status: p.status, deletionProtectionEnabled: p.protectedPool })),
            ),
          );
          const outcome = await runStackPolicy(lookedUpPoolsProtected, stackArgs(resources, { exemptPools }));
          const expected = lookups.flatMap((pools) =>
            pools
              .filter((p) => !exemptPools.includes(p.id) && (p.status !== "ACTIVE" || !p.protectedPool))
              .map((p) => p.id),
          );
          assert.deepEqual(
            outcome.violations.map((v) => /^pool (\S+)/.exec(v.message)?.[1]),
            expected,
          );
          assert.deepEqual(outcome.unchecked, []);
        },
      ),
    );
  });
});
