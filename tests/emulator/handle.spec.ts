// The running handle: endpoint and identity, stop() with open keep-alive connections and requests in flight.

import assert from "node:assert/strict";
import { request } from "node:http";
import { DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { sdkClient } from "../support/emulator";
import { authorizationFor, rawCall } from "./wire";

describe("emulator: the running handle", () => {
  it("reports its endpoint, port, region and account", async () => {
    const emulator = await startEmulator({ region: "eu-central-1", accountId: "999988887777" });
    try {
      assert.equal(emulator.endpoint, `http://127.0.0.1:${emulator.port}`);
      assert.ok(emulator.port > 0);
      assert.equal(emulator.region, "eu-central-1");
      assert.equal(emulator.accountId, "999988887777");
    } finally {
      await emulator.stop();
    }
  });

  it("listens on a chosen port", async () => {
    const probe = await startEmulator();
    const port = probe.port;
    await probe.stop();
    const emulator = await startEmulator({ port });
    try {
      assert.equal(emulator.port, port);
      await assert.rejects(startEmulator({ port }), /EADDRINUSE/);
    } finally {
      await emulator.stop();
    }
  });

  it("stops promptly with the SDK's keep-alive connections open, and stop() can be called twice", async () => {
    const emulator = await startEmulator();
    const client = sdkClient(emulator, { maxAttempts: 1 });
    await client.send(new DescribePoolsCommand({}));
    const started = Date.now();
    await Promise.all([emulator.stop(), emulator.stop()]);
    assert.ok(Date.now() - started < 1000, `stop took ${Date.now() - started} ms`);
    await assert.rejects(rawCall(emulator.endpoint, {}), /ECONNREFUSED/);
    client.destroy();
  });

  it("stops while a request waits on injected latency; the caller sees the connection close", async () => {
    const emulator = await startEmulator({ faults: [{ latencyMs: 10_000 }] });
    const pending = new Promise<string>((resolve) => {
      const req = request(
        `${emulator.endpoint}/`,
        {
          method: "POST",
          agent: false,
          headers: {
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": "PinpointSMSVoiceV2.DescribePools",
            "X-Amz-Date": "20240101T000000Z",
            Authorization: authorizationFor(),
          },
        },
        (res) => resolve(`answered ${res.statusCode}`),
      );
      req.on("error", (error) => resolve(error.message));
      req.end("{}");
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await emulator.stop();
    assert.ok(Date.now() - started < 1000);
    assert.match(await pending, /socket hang up|ECONNRESET/);
  });
});
