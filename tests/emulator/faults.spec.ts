// Fault injection through the real SDK: throttling (first N, seeded fraction, rate), internal errors,
// dropped connections, latency, per operation, and resets on setFaults.

import assert from "node:assert/strict";
import { CreatePoolCommand, DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type FaultRule, startEmulator } from "../../emulator";
import { FaultInjector } from "../../emulator/faults";
import { OPERATIONS } from "../../emulator/operations";
import { randomSource } from "../../emulator/random";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { rawCall } from "./wire";

describe("emulator: fault injection", () => {
  const holder = withEmulator({ seed: { pools: [{ poolId: "pool-a" }] }, randomSeed: 42 });
  const client = (maxAttempts = 1) => sdkClient(holder.emulator, { maxAttempts });
  const describe1 = (attempts = 1) => client(attempts).send(new DescribePoolsCommand({}));
  const statuses = () => holder.emulator.requests.map((r) => r.status);

  it("throttles the first N matching requests with ThrottlingException (400), then serves", async () => {
    holder.emulator.setFaults([{ operation: "DescribePools", throttle: { first: 2 } }]);
    const error = await rejectsWith(describe1(), "ThrottlingException");
    assert.equal(error.$metadata.httpStatusCode, 400);
    await rejectsWith(describe1(), "ThrottlingException");
    assert.equal((await describe1()).Pools?.length, 1);
    assert.deepEqual(statuses(), [400, 400, 200]);
    assert.deepEqual(
      holder.emulator.requests.map((r) => r.errorType),
      ["ThrottlingException", "ThrottlingException", undefined],
    );
  });

  it("throttles the nth matching requests", async () => {
    holder.emulator.setFaults([{ operation: "DescribePools", throttle: { nth: [2, 4] } }]);
    for (let i = 0; i < 5; i++) await describe1().catch(() => undefined);
    assert.deepEqual(statuses(), [200, 400, 200, 400, 200]);
  });

  it("lets the SDK's retries ride over throttling", async () => {
    holder.emulator.setFaults([{ throttle: { first: 1 } }]);
    const result = await describe1(3);
    assert.equal(result.$metadata.attempts, 2);
    assert.deepEqual(statuses(), [400, 200]);
  });

  it("applies a rule to its operation only", async () => {
    holder.emulator.setFaults([{ operation: "CreatePool", throttle: { first: 5 } }]);
    await describe1();
    await rejectsWith(
      client().send(new CreatePoolCommand({ OriginationIdentity: "phone-1", MessageType: "TRANSACTIONAL" })),
      "ThrottlingException",
    );
    assert.deepEqual(statuses(), [200, 400]);
  });

  it("throttles a seeded fraction, the same way for the same randomSeed", async () => {
    const outcomes = async (): Promise<number[]> => {
      const emulator = await startEmulator({
        randomSeed: 9,
        faults: [{ operation: "DescribePools", throttle: { fraction: 0.3 } }],
      });
      try {
        for (let i = 0; i < 200; i++) await rawCall(emulator.endpoint, {});
        return emulator.requests.map((r) => r.status);
      } finally {
        await emulator.stop();
      }
    };
    const first = await outcomes();
    const throttledShare = first.filter((s) => s === 400).length / first.length;
    assert.ok(throttledShare > 0.2 && throttledShare < 0.4, `share ${throttledShare}`);
    assert.deepEqual(await outcomes(), first);
  });

  it("throttles above a request rate with a token bucket per operation and region", async () => {
    // A token every 500 ms: each burst below must arrive well within that, even on a loaded machine.
    holder.emulator.setFaults([{ operation: "DescribePools", throttle: { ratePerSecond: 2, burst: 2 } }]);
    const burst = await Promise.all(Array.from({ length: 6 }, () => rawCall(holder.emulator.endpoint, {})));
    assert.deepEqual(burst.map((r) => r.status).sort(), [200, 200, 400, 400, 400, 400]);
    const euBurst = await rawCall(holder.emulator.endpoint, {
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/eu-west-1/sms-voice/aws4_request, SignedHeaders=host, Signature=00",
    });
    assert.equal(euBurst.status, 200, "another region has its own bucket");
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const refilled = await Promise.all(
      Array.from({ length: 3 }, () => rawCall(holder.emulator.endpoint, {})),
    );
    assert.deepEqual(refilled.map((r) => r.status).sort(), [200, 200, 400]);
  });

  it("models AWS's 1 request/s DescribePools quota: a paced client is never throttled", async () => {
    holder.emulator.setFaults([{ operation: "DescribePools", throttle: { ratePerSecond: 1 } }]);
    assert.equal((await rawCall(holder.emulator.endpoint, {})).status, 200);
    assert.equal((await rawCall(holder.emulator.endpoint, {})).status, 400);
    await new Promise((resolve) => setTimeout(resolve, 1050));
    assert.equal((await rawCall(holder.emulator.endpoint, {})).status, 200);
  });

  it("fails chosen requests with InternalServerException (500): first, nth and fraction", async () => {
    holder.emulator.setFaults([{ operation: "DescribePools", internalError: { first: 1, nth: [3, 5] } }]);
    for (let i = 0; i < 6; i++) await describe1().catch(() => undefined);
    assert.deepEqual(statuses(), [500, 200, 500, 200, 500, 200]);
    const error = await (async () => {
      holder.emulator.setFaults([{ internalError: { fraction: 1 } }]);
      return rejectsWith(describe1(), "InternalServerException");
    })();
    assert.equal(error.$metadata.httpStatusCode, 500);
    assert.equal((error as unknown as { RequestId: string }).RequestId, error.$metadata.requestId);
  });

  it("drops connections without an answer: the SDK sees a network error and can retry", async () => {
    holder.emulator.setFaults([{ operation: "DescribePools", drop: { first: 1 } }]);
    const failure = await describe1().then(
      () => assert.fail("a dropped connection must not succeed"),
      (error: Error & { $metadata?: { httpStatusCode?: number } }) => error,
    );
    assert.equal(failure.$metadata?.httpStatusCode, undefined, "no HTTP answer at all");
    assert.match(`${failure.name} ${failure.message}`, /socket hang up|ECONNRESET|closed/i);
    assert.deepEqual(
      holder.emulator.requests.map((r) => [r.status, r.errorType]),
      [[0, "ConnectionDropped"]],
    );
    holder.emulator.setFaults([{ operation: "DescribePools", drop: { nth: [1] } }]);
    const retried = await describe1(2);
    assert.equal(retried.$metadata.attempts, 2);
  });

  it("adds latency before answering", async () => {
    // Far apart, so that a pause of a loaded machine can't turn one into the other.
    holder.emulator.setFaults([{ operation: "DescribePools", latencyMs: 1_000 }]);
    const started = Date.now();
    await describe1();
    assert.ok(Date.now() - started >= 990, `took ${Date.now() - started} ms`);
    holder.emulator.setFaults([]);
    const quick = Date.now();
    await describe1();
    assert.ok(Date.now() - quick < 500, `took ${Date.now() - quick} ms`);
  });

  it("holds latencies that add up beyond what one timer can wait, instead of answering at once", async () => {
    // Two rules of the longest latency allowed: 2^32 - 2 ms in all, which one Node timer would fire at once.
    holder.emulator.setFaults([
      { operation: "DescribePools", latencyMs: 2 ** 31 - 1 },
      { operation: "DescribePools", latencyMs: 2 ** 31 - 1 },
    ]);
    const abort = AbortSignal.timeout(300);
    const outcome = await client()
      .send(new DescribePoolsCommand({}), { abortSignal: abort })
      .then(
        () => "answered",
        (error: Error) => error.name,
      );
    assert.equal(outcome, "AbortError", "still waiting after 300 ms");
  });

  it("resets counters when faults are set again", async () => {
    const rules: FaultRule[] = [{ throttle: { first: 1 } }];
    holder.emulator.setFaults(rules);
    await rejectsWith(describe1(), "ThrottlingException");
    await describe1();
    holder.emulator.setFaults(rules);
    await rejectsWith(describe1(), "ThrottlingException");
  });

  it("refuses malformed fault rules, naming the field, the value and the rule", () => {
    const bad: Array<[FaultRule[], RegExp]> = [
      [
        [{ throttle: { fraction: 1.5 } }],
        /faults\[0\]\.throttle\.fraction 1\.5 must be a number from 0 to 1/,
      ],
      [[{ throttle: { first: -1 } }], /faults\[0\]\.throttle\.first -1 must be a whole number >= 0/],
      [
        [{}, { internalError: { nth: [0] } }],
        /faults\[1\]\.internalError\.nth \[0\] must be a list of 1-based request numbers/,
      ],
      [[{ throttle: { ratePerSecond: 0 } }], /ratePerSecond 0 must be a number > 0/],
      [[{ latencyMs: -5 }], /latencyMs -5/],
      [
        [{ latencyMs: 1e10 }],
        /faults\[0\]\.latencyMs 10000000000 is longer than 2147483647 ms \(about 24\.8 days\), the longest a Node\.js timer can wait; give at most 2147483647/,
      ],
      [[{ latencyMs: 2 ** 31 }], /latencyMs 2147483648 is longer than 2147483647 ms/],
      [[{ operation: "" }], /operation "" must be an operation name/],
      [
        [{ operation: "DescribePools" }, { operation: "DescribePool", throttle: { first: 1 } }],
        /^Error: faults\[1\]\.operation "DescribePool" is not an operation of PinpointSMSVoiceV2; did you mean DescribePools\? name an operation the emulator serves \(emulator\/README\.md lists them\), or leave operation out for every one$/,
      ],
      [
        [{ operation: "describepools" }],
        /"describepools" is not an operation of PinpointSMSVoiceV2; did you mean DescribePools\?/,
      ],
      [[{ operation: "SendTextMesage" }], /did you mean SendTextMessage\?/],
      [
        [{ operation: "Frobnicate", drop: { first: 1 } }],
        /"Frobnicate" is not an operation of PinpointSMSVoiceV2; name an operation/,
      ],
      [
        [{ operation: "CreateRcsAgent", internalError: { first: 1 } }],
        /"CreateRcsAgent" is an operation of PinpointSMSVoiceV2 this emulator does not implement, so the rule would never fire; name an operation/,
      ],
    ];
    for (const [rules, message] of bad) {
      assert.throws(() => holder.emulator.setFaults(rules), message);
      assert.throws(() => new FaultInjector(rules, randomSource(1)), message);
    }
  });

  it("refuses a rule for an operation that doesn't exist at start too, and starts nothing", async () => {
    const outcome = await startEmulator({ faults: [{ operation: "DescribePool", latencyMs: 10 }] }).then(
      async (started) => {
        await started.stop();
        return "started";
      },
      (err: Error) => err.message,
    );
    assert.match(
      outcome,
      /^faults\[0\]\.operation "DescribePool" is not an operation of PinpointSMSVoiceV2; did you mean DescribePools\?/,
    );
  });

  it("takes a rule for every operation the emulator serves", () => {
    for (const operation of OPERATIONS.keys()) {
      holder.emulator.setFaults([{ operation, throttle: { first: 1 } }]);
    }
    holder.emulator.setFaults([]);
  });

  it("takes faults from the start options too", async () => {
    const emulator = await startEmulator({ faults: [{ throttle: { first: 1 } }] });
    try {
      const error = await rejectsWith(
        sdkClient(emulator, { maxAttempts: 1 }).send(new DescribePoolsCommand({})),
        "ThrottlingException",
      );
      assert.ok(error.$metadata.requestId);
    } finally {
      await emulator.stop();
    }
  });
});
