// PoolLookup's lifecycle functions as the dynamic-provider server calls them: what check and create report,
// bounded and, for secret inputs, without the values.
import * as assert from "node:assert/strict";
import { resetClients } from "../../provider/aws/client";
import {
  checkPoolLookup,
  createPoolLookup,
  diffPoolLookup,
  readPoolLookup,
  updatePoolLookup,
} from "../../provider/dynamicProvider/lifecycle";
import { seedPools, withEmulator } from "../support/emulator";

describe("provider: PoolLookup check", () => {
  it("reports the first 10 problems and, on an 11th failure, how many more there are", () => {
    const poolIds = Array.from({ length: 10_000 }, (_, i) => `bad id ${i}`);
    const { failures } = checkPoolLookup({ poolIds });
    assert.equal(failures.length, 11);
    assert.deepEqual(
      failures.slice(0, 10).map((f) => f.reason),
      poolIds
        .slice(0, 10)
        .map(
          (id, i) =>
            `poolIds[${i}] "${id}" is not a pool ID or ARN: at most 256 characters of letters, digits, _ : / -`,
        ),
    );
    assert.deepEqual(failures[10], {
      property: "poolIds",
      reason: "and 9990 more problems like these; fix them and preview again to see the rest",
    });
  });

  it("reports every problem of a query with 10 or fewer", () => {
    const { failures } = checkPoolLookup({ poolIds: ["bad id"], owner: "ALL" });
    assert.deepEqual(
      failures.map((f) => f.property),
      ["poolIds", "owner", "owner"],
    );
  });
});

describe("provider: PoolLookup with secret inputs (resultsSecret)", () => {
  const holder = withEmulator({ seed: { pools: seedPools(3) } });
  const stack = () => ({ smsPools: { endpoint: holder.emulator.endpoint, region: "us-east-1" } });
  after(resetClients);
  // IDs a user marked secret: well-formed but unknown to AWS, and malformed.
  const MISSING = "pool-secret0000000000000000000000001";
  const MALFORMED = "secret id with spaces";

  const failureOf = (step: () => Promise<unknown>) =>
    step().then(
      () => assert.fail("expected the step to fail"),
      (err: Error) => err,
    );
  const steps = (inputs: Record<string, unknown>) => ({
    create: () => createPoolLookup(inputs, stack()),
    update: () => updatePoolLookup(inputs, stack()),
    read: () => readPoolLookup("us-east-1/0123456789abcdef", inputs, stack()),
  });

  for (const resultsSecret of [true, false]) {
    const shown = resultsSecret ? "leaves the secret IDs out of" : "names the IDs in";
    it(`check ${shown} its failures (resultsSecret ${resultsSecret})`, () => {
      const { failures } = checkPoolLookup({ poolIds: [MALFORMED], resultsSecret });
      assert.equal(failures.length, 1);
      assert.equal(failures[0].property, "poolIds");
      assert.equal(failures[0].reason.includes(MALFORMED), !resultsSecret, failures[0].reason);
      if (resultsSecret) assert.match(failures[0].reason, /poolIds\[0\] is not valid .*secret/);
    });

    for (const [name, step] of Object.entries(steps({ poolIds: [MISSING], resultsSecret }))) {
      it(`${name} ${shown} a lookup's error, keeping its class and request ID (resultsSecret ${resultsSecret})`, async () => {
        const err = (await failureOf(step)) as Error & { requestId?: string };
        assert.equal(err.name, "PoolNotFoundError");
        assert.equal(`${err.message} ${err.stack}`.includes(MISSING), !resultsSecret, err.message);
        assert.match(err.requestId ?? "", /^[0-9a-f-]{36}$/);
      });
    }

    for (const [name, step] of Object.entries(steps({ poolIds: [MALFORMED], resultsSecret }))) {
      it(`${name} ${shown} a refused query's error (resultsSecret ${resultsSecret})`, async () => {
        const err = await failureOf(step);
        assert.equal(err.name, "PoolQueryError");
        assert.equal(err.message.includes(MALFORMED), !resultsSecret, err.message);
      });
    }

    it(`diff ${shown} a refused query's error (resultsSecret ${resultsSecret})`, async () => {
      const olds = { poolIds: ["pool-a"], region: "us-east-1", resultsSecret };
      const err = await failureOf(() =>
        diffPoolLookup(olds, { poolIds: [MALFORMED], resultsSecret }, stack()),
      );
      assert.equal(err.message.includes(MALFORMED), !resultsSecret, err.message);
    });
  }
});
