// The request log: a ring of the newest requests with large bodies summarised, read and cleared from code
// and over the emulator's own HTTP paths under /_emulator/.

import assert from "node:assert/strict";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../emulator";
import { DEFAULT_REQUEST_LOG_BODY_BYTES, DEFAULT_REQUEST_LOG_SIZE } from "../../emulator/requestLog";
import { type RawRequest, rawCall } from "./wire";

describe("emulator: request log", () => {
  let emulator: Emulator | undefined;
  const start = async (options: EmulatorOptions = {}) => {
    emulator = await startEmulator({ seed: { pools: [{ poolId: "pool-a" }] }, ...options });
    return emulator;
  };
  afterEach(async () => {
    await emulator?.stop();
    emulator = undefined;
  });

  /** Sends `count` DescribePools requests, `parallel` at a time; returns their request IDs in sending order. */
  async function describeMany(running: Emulator, count: number, options: RawRequest = {}, parallel = 25) {
    const ids: string[] = [];
    for (let sent = 0; sent < count; sent += parallel) {
      const batch = Array.from({ length: Math.min(parallel, count - sent) }, () =>
        rawCall(running.endpoint, options),
      );
      for (const response of await Promise.all(batch)) {
        assert.equal(response.status, 200, response.text);
        ids.push(String(response.headers["x-amzn-requestid"]));
      }
    }
    return ids;
  }

  it("keeps only the newest requestLogSize requests, oldest first", async () => {
    const running = await start({ requestLogSize: 3 });
    const ids = await describeMany(running, 7, {}, 1);
    assert.deepEqual(
      running.requests.map((r) => r.requestId),
      ids.slice(-3),
    );
  });

  it("keeps the documented default number of requests when no size is given", async () => {
    const running = await start();
    // The five to be dropped go first, one at a time: concurrent requests may be logged in any order.
    await describeMany(running, 5, {}, 1);
    const kept = await describeMany(running, DEFAULT_REQUEST_LOG_SIZE);
    assert.equal(running.requests.length, DEFAULT_REQUEST_LOG_SIZE);
    assert.deepEqual(new Set(running.requests.map((r) => r.requestId)), new Set(kept));
  });

  it("logs nothing with requestLogSize 0", async () => {
    const running = await start({ requestLogSize: 0 });
    await describeMany(running, 2, {}, 1);
    assert.equal(running.requests.length, 0);
  });

  it("refuses a requestLogSize or requestLogBodyBytes that is not a whole number", async () => {
    for (const options of [{ requestLogSize: -1 }, { requestLogSize: 1.5 }, { requestLogBodyBytes: -2 }]) {
      const started = startEmulator(options);
      await assert.rejects(started, new RegExp(Object.keys(options)[0]));
      await started.then((unexpected) => unexpected.stop()).catch(() => undefined);
    }
  });

  it("keeps a body up to requestLogBodyBytes as parsed JSON", async () => {
    const running = await start({ requestLogBodyBytes: 128 });
    const input = { MaxResults: 5, Filters: [{ Name: "status", Values: ["ACTIVE"] }] };
    assert.ok(JSON.stringify(input).length <= 128);
    await rawCall(running.endpoint, { body: input });
    assert.deepEqual(running.requests[0].input, input);
    assert.equal(running.requests[0].inputSummary, undefined);
  });

  it("summarises a larger body: its first requestLogBodyBytes bytes and its full size", async () => {
    const running = await start({ requestLogBodyBytes: 100 });
    const body = JSON.stringify({ MaxResults: 5, Unknown: "x".repeat(50_000) });
    const response = await rawCall(running.endpoint, { body });
    assert.equal(response.status, 200, response.text);
    const [entry] = running.requests;
    assert.equal(entry.input, undefined);
    assert.ok(entry.inputSummary?.startsWith(body.slice(0, 100)), entry.inputSummary);
    assert.ok(!entry.inputSummary?.includes(body.slice(0, 101)), "no more than the limit is kept");
    assert.match(entry.inputSummary!, new RegExp(`\\b${Buffer.byteLength(body)} bytes\\b`));
  });

  it("stays small for 300 requests with 1 MB of unknown members each", async function () {
    this.timeout(120_000);
    const running = await start();
    const body = JSON.stringify({ MaxResults: 1, Unknown: "x".repeat(1_000_000) });
    await describeMany(running, 300, { body }, 10);
    const logged = running.requests.reduce((sum, entry) => sum + JSON.stringify(entry).length, 0);
    assert.equal(running.requests.length, 300);
    assert.ok(
      logged <= 300 * (DEFAULT_REQUEST_LOG_BODY_BYTES + 1024),
      `${logged} characters logged for ${300 * body.length} sent`,
    );
  });

  it("empties the log on clearRequests()", async () => {
    const running = await start();
    await describeMany(running, 2, {}, 1);
    running.clearRequests();
    assert.equal(running.requests.length, 0);
  });

  it("serves the log at GET /_emulator/requests", async () => {
    const running = await start();
    await describeMany(running, 2, {}, 1);
    const response = await rawCall(running.endpoint, { method: "GET", path: "/_emulator/requests" });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.json?.requests, JSON.parse(JSON.stringify(running.requests)));
  });

  it("serves the log after a request nested thousands deep: that body is kept as text, the others as parsed", async () => {
    const running = await start();
    const nested = (depth: number) => `{"Filters":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    await describeMany(running, 1, {}, 1);
    // 64 levels (the object and 63 arrays) is kept parsed; one more, or 7,000, as text.
    for (const depth of [63, 64, 7_000]) {
      const response = await rawCall(running.endpoint, { body: nested(depth) });
      assert.equal(response.status, 400, response.text);
    }
    await describeMany(running, 1, {}, 1);
    const response = await rawCall(running.endpoint, { method: "GET", path: "/_emulator/requests" });
    assert.equal(response.status, 200, response.text);
    const served = response.json?.requests as Array<{ input?: unknown; inputSummary?: string }>;
    assert.equal(served.length, 5);
    assert.deepEqual(served[0].input, {});
    assert.deepEqual(served[1].input, JSON.parse(nested(63)));
    for (const [entry, depth] of [
      [served[2], 64],
      [served[3], 7_000],
    ] as const) {
      assert.equal(entry.input, undefined);
      assert.equal(
        entry.inputSummary,
        `${nested(depth)} [nested deeper than 64 levels; the request log keeps its text only]`,
      );
    }
    assert.deepEqual(served[4].input, {});
  });

  it("empties the log on DELETE /_emulator/requests", async () => {
    const running = await start();
    await describeMany(running, 2, {}, 1);
    const response = await rawCall(running.endpoint, { method: "DELETE", path: "/_emulator/requests" });
    assert.equal(response.status, 200, response.text);
    assert.equal(running.requests.length, 0);
  });

  it("never logs a request to /_emulator/ nor serves it as an AWS operation", async () => {
    const running = await start();
    const response = await rawCall(running.endpoint, { path: "/_emulator/requests" });
    assert.equal(response.status, 405, response.text);
    assert.equal(response.json?.__type, undefined);
    assert.equal(running.requests.length, 0);
  });

  it("answers a /_emulator/ path it does not serve with 404 naming the ones it does", async () => {
    const running = await start();
    const response = await rawCall(running.endpoint, { method: "GET", path: "/_emulator/pools" });
    assert.equal(response.status, 404, response.text);
    assert.match(String(response.json?.message), /\/_emulator\/requests/);
    assert.equal(running.requests.length, 0);
  });
});
