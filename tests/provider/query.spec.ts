import * as assert from "node:assert/strict";
import { resolveConnection } from "../../provider/aws/connection";
import { planPoolLookup } from "../../provider/engine/plan";
import { PoolQueryError } from "../../provider/engine/query";
import { canonicalQuery, validatePoolQuery } from "../../provider/resources/pools";

/** The problem messages a bad query produces (fails the test if it validates). */
function problemsOf(input: unknown): string[] {
  try {
    validatePoolQuery(input);
  } catch (err) {
    assert.ok(err instanceof PoolQueryError, `expected PoolQueryError, got ${err}`);
    return err.problems.map((p) => p.message);
  }
  assert.fail(`expected ${JSON.stringify(input)} to be rejected`);
}

describe("provider/query: validatePoolQuery", () => {
  it("normalizes a valid query: defaults, copies, exact duplicate IDs dropped", () => {
    const ids = ["pool-a", "pool-b", "pool-a"];
    const q = validatePoolQuery({ poolIds: ids, filters: [{ name: "status", values: ["ACTIVE"] }] });
    assert.deepEqual(q.ids, ["pool-a", "pool-b"]);
    assert.equal(q.pageSize, 100);
    assert.equal(q.owner, undefined);
    assert.notEqual(q.ids, ids);
  });

  it("accepts IDs and ARNs beyond five (the planner chunks them)", () => {
    const ids = Array.from({ length: 23 }, (_, i) => `pool-${i}`);
    ids.push("arn:aws:sms-voice:us-east-1:123456789012:pool/pool-x");
    assert.equal(validatePoolQuery({ poolIds: ids }).ids.length, 24);
  });

  it("accepts the region codes of every partition, and their ARNs", () => {
    for (const [region, partition] of [
      ["us-east-1", "aws"],
      ["us-gov-west-1", "aws-us-gov"],
      ["cn-north-1", "aws-cn"],
      ["us-isob-east-1", "aws-iso-b"],
      ["eusc-de-east-1", "aws-eusc"],
    ]) {
      const arn = `arn:${partition}:sms-voice:${region}:123456789012:pool/pool-a`;
      assert.equal(validatePoolQuery({ region, poolIds: [arn] }).region, region);
    }
  });

  it("accepts boolean filter values given as booleans and sends them as text", () => {
    const q = validatePoolQuery({
      filters: [{ name: "deletion-protection-enabled", values: [true as unknown as string] }],
    });
    assert.deepEqual(q.filters[0].values, ["true"]);
  });

  const cases: [string, unknown, RegExp][] = [
    [
      "unknown filter name, with its fix",
      { filters: [{ name: "state", values: ["ACTIVE"] }] },
      /filters\[0\]\.name "state" is not a pool filter; use one of: status, message-type, two-way-enabled/,
    ],
    [
      "filter name in another case",
      { filters: [{ name: "Message_Type", values: ["PROMOTIONAL"] }] },
      /did you mean "message-type"\?/,
    ],
    [
      "empty values",
      { filters: [{ name: "status", values: [] }] },
      /filters\[0\]\.values has 0 entries; a filter takes 1 to 20 values \(remove the filter/,
    ],
    [
      "21 values",
      { filters: [{ name: "opt-out-list-name", values: Array.from({ length: 21 }, (_, i) => `l${i}`) }] },
      /has 21 entries; a filter takes 1 to 20 values/,
    ],
    [
      "21 filters",
      { filters: Array.from({ length: 21 }, () => ({ name: "status", values: ["ACTIVE"] })) },
      /filters has 21 entries; DescribePools accepts at most 20/,
    ],
    [
      "value with a space",
      { filters: [{ name: "opt-out-list-name", values: ["my list"] }] },
      /filters\[0\]\.values\[0\] "my list" must be a string of 1 to 128 letters/,
    ],
    [
      "value of 129 chars",
      { filters: [{ name: "opt-out-list-name", values: ["x".repeat(129)] }] },
      /values\[0\] "x{61}\.\.\." must be a string of 1 to 128/,
    ],
    [
      "lowercase status",
      { filters: [{ name: "status", values: ["active"] }] },
      /values\[0\] "active" never matches a pool's status; use one of: CREATING, ACTIVE, DELETING/,
    ],
    [
      "boolean filter with yes",
      { filters: [{ name: "two-way-enabled", values: ["yes"] }] },
      /"yes" never matches a pool's two-way-enabled; use one of: true, false/,
    ],
    [
      "values not an array",
      { filters: [{ name: "status", values: "ACTIVE" }] },
      /filters\[0\]\.values "ACTIVE" must be an array/,
    ],
    [
      "filter key typo",
      { filters: [{ Name: "status", values: ["ACTIVE"] }] },
      /filters\[0\]\.Name is not a filter field; did you mean name\?/,
    ],
    [
      "filters not an array",
      { filters: { name: "status" } },
      /filters an object must be an array of \{ name, values \}/,
    ],
    ["owner lowercase", { owner: "self" }, /owner "self" must be "SELF" or "SHARED"/],
    [
      "owner with poolIds",
      { owner: "SHARED", poolIds: ["pool-a"] },
      /owner "SHARED" can't be used together with poolIds/,
    ],
    ["pageSize 0", { pageSize: 0 }, /pageSize 0 must be a whole number from 1 to 100/],
    ["pageSize 101", { pageSize: 101 }, /pageSize 101 must be a whole number from 1 to 100/],
    ["pageSize 2.5", { pageSize: 2.5 }, /pageSize 2\.5 must be a whole number/],
    ["pageSize as text", { pageSize: "50" }, /pageSize "50" must be a whole number/],
    ["empty pool ID", { poolIds: [""] }, /poolIds\[0\] is empty/],
    ["pool ID with a space", { poolIds: ["pool a"] }, /poolIds\[0\] "pool a" is not a pool ID or ARN/],
    [
      "pool ID of 257 chars",
      { poolIds: ["p".repeat(257)] },
      /poolIds\[0\] .* is not a pool ID or ARN: at most 256 characters/,
    ],
    [
      "ARN of another resource",
      { poolIds: ["arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1"] },
      /is not a pool ARN; expected arn:aws:sms-voice:<region>:<account-id>:pool\/<pool-id>/,
    ],
    ["pool ID not a string", { poolIds: [42] }, /poolIds\[0\] 42 must be a string/],
    ["poolIds not an array", { poolIds: "pool-a" }, /poolIds "pool-a" must be an array/],
    [
      "unknown argument poolId",
      { poolId: "pool-a" },
      /poolId is not a lookup argument; did you mean poolIds\?/,
    ],
    ["bad region", { region: "US East" }, /region "US East" must be an AWS region code such as "us-east-1"/],
    [
      "unicode value",
      { filters: [{ name: "opt-out-list-name", values: ["listé"] }] },
      /"listé" must be a string of 1 to 128/,
    ],
  ];
  for (const [title, input, expected] of cases) {
    it(`rejects ${title}`, () => {
      const messages = problemsOf(input);
      assert.ok(
        messages.some((m) => expected.test(m)),
        `no message matched ${expected}:\n${messages.join("\n")}`,
      );
    });
  }

  it("reports every problem at once, each with its field", () => {
    try {
      validatePoolQuery({
        poolIds: ["pool a"],
        owner: "ALL",
        pageSize: 0,
        filters: [{ name: "x", values: [] }],
      });
      assert.fail("should throw");
    } catch (err) {
      assert.ok(err instanceof PoolQueryError);
      assert.deepEqual(
        err.problems.map((p) => p.field),
        ["poolIds[0]", "filters[0].name", "filters[0].values", "owner", "owner", "pageSize"],
      );
      assert.match(err.message, /^Invalid pool lookup \(6 problems; no request was sent\):\n {2}- /);
      assert.deepEqual(
        [...new Set(err.problems.map((p) => p.property))],
        ["poolIds", "filters", "owner", "pageSize"],
      );
    }
  });

  it("gives the same canonical form to equal queries and different forms to different ones", () => {
    const a = validatePoolQuery({ filters: [{ name: "status", values: ["ACTIVE"] }] });
    const b = validatePoolQuery({ filters: [{ name: "status", values: ["ACTIVE"] }], pageSize: 100 });
    const c = validatePoolQuery({ filters: [{ name: "status", values: ["CREATING"] }] });
    assert.equal(canonicalQuery(a), canonicalQuery(b));
    assert.notEqual(canonicalQuery(a), canonicalQuery(c));
  });
});

describe("provider/connection: resolveConnection", () => {
  it("takes the call's value, then sms-pools:*, then aws:*", () => {
    const stack = {
      smsPools: { region: "eu-west-1", profile: "sms" },
      aws: { region: "us-west-2", profile: "aws" },
    };
    assert.equal(resolveConnection({ region: "ap-south-1" }, stack).connection.region, "ap-south-1");
    assert.equal(resolveConnection({}, stack).connection.region, "eu-west-1");
    assert.equal(resolveConnection({}, { aws: stack.aws }).connection.region, "us-west-2");
    assert.equal(resolveConnection({}, { aws: stack.aws }).connection.profile, "aws");
    assert.equal(resolveConnection({ profile: "mine" }, stack).connection.profile, "mine");
    assert.equal(resolveConnection({}, {}).connection.region, undefined, "left to the AWS SDK's chain");
  });

  it("rejects a bad endpoint and retry settings, naming the fix", () => {
    const { problems } = resolveConnection({
      endpoint: "localhost:4599",
      maxAttempts: 0,
      timeoutMs: -1,
      concurrency: 100,
    });
    assert.deepEqual(
      problems.map((p) => p.field),
      ["endpoint", "maxAttempts", "timeoutMs", "concurrency"],
    );
    assert.match(problems[0].message, /endpoint "localhost:4599" must be an http\(s\) URL/);
    assert.match(problems[1].message, /maxAttempts 0 must be a whole number from 1 to 20/);
    assert.match(problems[2].message, /timeoutMs -1 must be a positive number/);
    assert.match(problems[3].message, /concurrency 100 must be a whole number from 1 to 32/);
  });

  it("reports query and connection problems together", () => {
    assert.throws(
      () => planPoolLookup({ owner: "ME" }, { endpoint: "ftp://x" }, {}, "getPools arguments"),
      (err: unknown) =>
        err instanceof PoolQueryError &&
        err.problems.length === 2 &&
        /^Invalid getPools arguments \(2 problems/.test(err.message),
    );
  });
});
