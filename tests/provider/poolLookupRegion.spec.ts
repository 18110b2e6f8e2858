import * as assert from "node:assert/strict";
import { createPoolLookup, diffPoolLookup } from "../../provider/dynamicProvider/lifecycle";

const TRANSACTIONAL = [{ name: "message-type", values: ["TRANSACTIONAL"] }];

// tests/setup.ts leaves no AWS_REGION, profile or config file: nothing names a region here.
describe("provider: PoolLookup with no region anywhere", () => {
  const olds = { filters: TRANSACTIONAL, region: "us-east-1" };

  it("a diff says how to set a region instead of the SDK's 'Region is missing'", async () => {
    await assert.rejects(diffPoolLookup(olds, { filters: TRANSACTIONAL }, {}), (err: Error) => {
      assert.match(err.message, /^No AWS region for the SMS pool lookup/);
      assert.match(err.message, /sms-pools:region/);
      return true;
    });
  });

  it("a diff and a lookup report a missing region in the same words", async () => {
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => assert.fail("expected a missing-region error"),
        (err: Error) => err.message,
      );
    const [diffMessage, createMessage] = await Promise.all([
      failure(diffPoolLookup(olds, { filters: TRANSACTIONAL }, {})),
      failure(createPoolLookup({ filters: TRANSACTIONAL }, {})),
    ]);
    assert.ok(
      createMessage.includes(diffMessage),
      `lookup said: ${createMessage}\ndiff said: ${diffMessage}`,
    );
  });
});
