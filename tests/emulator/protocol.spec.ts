// The AWS JSON 1.0 wire: SigV4 refusals, malformed JSON, wrong types, wrong content type, unknown and
// unemulated operations, oversized bodies, and the request log - over raw HTTP where the SDK can't go.

import assert from "node:assert/strict";
import { connect } from "node:net";
import { DescribePoolsCommand, DescribeRcsAgentsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { authorizationFor, rawCall } from "./wire";

describe("emulator: AWS JSON 1.0 protocol", () => {
  const holder = withEmulator({ seed: { pools: [{ poolId: "pool-a" }] }, maxBodyBytes: 64 * 1024 });
  const call = (options: Parameters<typeof rawCall>[1]) => rawCall(holder.emulator.endpoint, options);

  function assertError(
    response: Awaited<ReturnType<typeof rawCall>>,
    status: number,
    type: string,
    message: RegExp,
  ): void {
    assert.equal(response.status, status, response.text);
    assert.equal(response.headers["content-type"], "application/x-amz-json-1.0");
    assert.ok(response.headers["x-amzn-requestid"]);
    const body = response.json!;
    assert.equal(String(body.__type).split("#").pop(), type);
    assert.match(String(body.message ?? body.Message), message);
  }

  describe("SigV4", () => {
    const cases: Array<[string, string | null, number, string, RegExp]> = [
      [
        "no Authorization header",
        null,
        400,
        "MissingAuthenticationTokenException",
        /missing Authentication Token/,
      ],
      [
        "an empty Authorization header",
        "",
        400,
        "MissingAuthenticationTokenException",
        /missing Authentication Token/,
      ],
      ["another scheme", "Bearer abc", 400, "IncompleteSignatureException", /AWS4-HMAC-SHA256/],
      [
        "SigV2-style credentials",
        "AWS AKIDEXAMPLE:c2lnbmF0dXJl",
        400,
        "IncompleteSignatureException",
        /Signature Version 4/,
      ],
      [
        "no Credential, Signature or SignedHeaders",
        "AWS4-HMAC-SHA256 foo=bar",
        400,
        "IncompleteSignatureException",
        /requires 'Credential' parameter.*requires 'Signature' parameter.*requires 'SignedHeaders' parameter/,
      ],
      [
        "a short credential scope",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/aws4_request, SignedHeaders=host, Signature=00",
        400,
        "IncompleteSignatureException",
        /exactly 5 slash-delimited elements/,
      ],
      [
        "another service",
        authorizationFor("us-east-1", "sms"),
        400,
        "InvalidSignatureException",
        /scoped to correct service: 'sms-voice'/,
      ],
      [
        "a bad region",
        authorizationFor("Mars"),
        400,
        "InvalidSignatureException",
        /valid region, not 'Mars'/,
      ],
      [
        "a bad terminator",
        authorizationFor("us-east-1", "sms-voice", "aws5_request"),
        400,
        "InvalidSignatureException",
        /terminator: 'aws4_request'/,
      ],
    ];
    for (const [what, authorization, status, type, message] of cases) {
      it(`refuses ${what} with ${type}`, async () => {
        assertError(await call({ authorization }), status, type, message);
      });
    }

    it("requires an X-Amz-Date or Date header", async () => {
      const response = await call({ headers: { "X-Amz-Date": null } });
      assertError(response, 400, "IncompleteSignatureException", /'X-Amz-Date' or a 'Date' header/);
      const withDate = await call({ headers: { "X-Amz-Date": null, Date: new Date().toUTCString() } });
      assert.equal(withDate.status, 200);
    });

    it("never records or echoes the credentials", async () => {
      holder.emulator.clearRequests();
      const secretish =
        "AWS4-HMAC-SHA256 Credential=AKIASECRETKEYID/20240101/us-east-1/sms/aws4_request, SignedHeaders=host, Signature=feedface";
      const refused = await call({ authorization: secretish });
      await call({});
      assert.ok(!refused.text.includes("AKIASECRETKEYID") && !refused.text.includes("feedface"));
      const logged = JSON.stringify(holder.emulator.requests);
      assert.ok(!logged.includes("AKIA") && !logged.includes("feedface") && !logged.includes("AKIDEXAMPLE"));
      assert.equal(holder.emulator.requests.length, 2);
    });

    it("surfaces as a named error in the SDK when the client signs for another service", async () => {
      const client = sdkClient(holder.emulator, { maxAttempts: 1, signingName: "sms" } as never);
      const error = await rejectsWith(client.send(new DescribePoolsCommand({})), "InvalidSignatureException");
      assert.equal(error.$metadata.httpStatusCode, 400);
    });
  });

  describe("body and framing", () => {
    it("answers malformed JSON with SerializationException", async () => {
      assertError(await call({ body: '{"MaxResults": 5,' }), 400, "SerializationException", /not valid JSON/);
    });

    it("answers JSON that is not an object with SerializationException", async () => {
      assertError(
        await call({ body: "[1,2]" }),
        400,
        "SerializationException",
        /Expected a JSON object at 'request body' but found array/,
      );
    });

    const typeCases: Array<[string, unknown, RegExp]> = [
      ["a string for an integer", { MaxResults: "10" }, /integer at 'MaxResults' but found string/],
      ["a fraction for an integer", { MaxResults: 1.5 }, /integer at 'MaxResults'/],
      ["an object for a list", { PoolIds: { a: 1 } }, /array at 'PoolIds' but found object/],
      ["a number in a string list", { PoolIds: [5] }, /string at 'PoolIds\[0\]' but found number/],
      ["a string for a structure", { Filters: ["status"] }, /object at 'Filters\[0\]' but found string/],
      ["a number for an enum string", { Owner: 1 }, /string at 'Owner'/],
    ];
    for (const [what, body, message] of typeCases) {
      it(`answers ${what} with SerializationException`, async () => {
        assertError(await call({ body }), 400, "SerializationException", message);
      });
    }

    // JSON numbers that a JavaScript number cannot print as sent (out of range, beyond 2^53, extra digits).
    const numberCases: Array<[string, string, string, string]> = [
      ["an integer too large for a double", "MaxResults", "1e400", "SerializationException"],
      ["a negative integer too large for a double", "MaxResults", "-1e400", "SerializationException"],
      ["a number too large for a double in a string list", "PoolIds", "[1e400]", "SerializationException"],
      ["an integer beyond 2^53", "MaxResults", "12345678901234567890", "ValidationException"],
      ["a number too small for a double", "MaxResults", "1e-400", "ValidationException"],
      ["an integer written with a fraction", "MaxResults", "101.0", "ValidationException"],
    ];
    for (const [what, member, json, type] of numberCases) {
      const sent = json.replace(/^\[|\]$/g, "");
      it(`names ${what} (${json}) as sent in its ${type}`, async () => {
        const response = await call({ body: `{"${member}": ${json}}` });
        assert.equal(String(response.json?.__type).split("#").pop(), type, response.text);
        const message = String(response.json!.message ?? response.json!.Message);
        assert.ok(message.includes(` ${sent}.`) || message.includes(`'${sent}'`), message);
      });
    }

    it("answers a string for a boolean with SerializationException", async () => {
      assertError(
        await call({
          target: "PinpointSMSVoiceV2.UpdatePool",
          body: { PoolId: "pool-a", DeletionProtectionEnabled: "yes" },
        }),
        400,
        "SerializationException",
        /boolean at 'DeletionProtectionEnabled'/,
      );
    });

    it("treats an empty body as an empty request", async () => {
      const response = await call({ body: "" });
      assert.equal(response.status, 200);
      assert.equal((response.json!.Pools as unknown[]).length, 1);
    });

    it("answers a wrong content type as AWS does when it cannot pick a protocol (404, not JSON)", async () => {
      for (const contentType of ["application/json", "text/plain", null]) {
        const response = await call({ contentType });
        assert.equal(response.status, 404, `${contentType}`);
        assert.equal(response.json, undefined);
        assert.match(response.text, /<UnknownOperationException>.*application\/x-amz-json-1\.0/);
      }
      const withCharset = await call({ contentType: "application/x-amz-json-1.0; charset=utf-8" });
      assert.equal(withCharset.status, 200);
      const json11 = await call({ contentType: "application/x-amz-json-1.1" });
      assert.equal(json11.status, 200);
    });

    it("answers an oversized body with 413 and keeps serving", async () => {
      const response = await call({ body: JSON.stringify({ PoolIds: ["x".repeat(70 * 1024)] }) });
      assert.equal(response.status, 413);
      assert.match(String(response.json?.message), /exceeds the limit of 65536 bytes/);
      assert.equal((await call({})).status, 200);
    });

    it("answers an oversized chunked body (no Content-Length) with 413", async () => {
      const { request } = await import("node:http");
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = request(
          `${holder.emulator.endpoint}/`,
          {
            method: "POST",
            agent: false,
            headers: {
              "Content-Type": "application/x-amz-json-1.0",
              "X-Amz-Target": "PinpointSMSVoiceV2.DescribePools",
              "X-Amz-Date": "20240101T000000Z",
              Authorization: authorizationFor(),
              "Transfer-Encoding": "chunked",
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode);
          },
        );
        req.on("error", (error: NodeJS.ErrnoException) =>
          error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(413) : reject(error),
        );
        for (let i = 0; i < 100; i++) req.write("x".repeat(1024));
        req.end();
      });
      assert.equal(status, 413);
      assert.equal((await call({})).status, 200);
    });

    it("answers other methods than POST with 404", async () => {
      const response = await call({ method: "GET", body: "" });
      assert.equal(response.status, 404);
      assert.match(String(response.json?.message), /POST/);
    });

    it("survives garbage on the socket", async () => {
      await new Promise<void>((resolve) => {
        const socket = connect(holder.emulator.port, "127.0.0.1", () =>
          socket.end("NOT HTTP AT ALL\r\n\r\n"),
        );
        socket.on("data", () => undefined);
        socket.on("close", () => resolve());
        socket.on("error", () => resolve());
      });
      assert.equal((await call({})).status, 200);
    });
  });

  describe("operations", () => {
    it("answers a target the service does not have with UnknownOperationException", async () => {
      assertError(
        await call({ target: "PinpointSMSVoiceV2.DescribeUnicorns" }),
        400,
        "UnknownOperationException",
        /DescribeUnicorns' is not an operation/,
      );
      assertError(
        await call({ target: "DynamoDB_20120810.ListTables" }),
        400,
        "UnknownOperationException",
        /not an operation/,
      );
      assertError(await call({ target: null }), 400, "UnknownOperationException", /Missing X-Amz-Target/);
    });

    it("answers a real operation it does not emulate with UnknownOperationException saying so", async () => {
      const client = sdkClient(holder.emulator, { maxAttempts: 1 });
      const error = await rejectsWith(
        client.send(new DescribeRcsAgentsCommand({})),
        "UnknownOperationException",
      );
      assert.equal(error.$metadata.httpStatusCode, 400);
      assert.match(
        error.message,
        /DescribeRcsAgents is an operation of PinpointSMSVoiceV2 that this emulator does not implement/,
      );
    });

    it("answers InternalServerException with a RequestId member matching the header", async () => {
      holder.emulator.setFaults([{ internalError: { first: 1 } }]);
      const response = await call({});
      assertError(response, 500, "InternalServerException", /internal error/);
      assert.equal(response.json!.RequestId, response.headers["x-amzn-requestid"]);
    });

    it("logs every request in arrival order: operation, input, status, error type, request ID", async () => {
      holder.emulator.clearRequests();
      const t0 = Date.now();
      const ok = await call({ body: { MaxResults: 5 } });
      await call({ body: { MaxResults: 500 } });
      await call({ target: "PinpointSMSVoiceV2.Nope" });
      await call({ body: "{" });
      await call({ authorization: null });
      const log = holder.emulator.requests;
      assert.deepEqual(
        log.map((e) => [e.operation, e.status, e.errorType]),
        [
          ["DescribePools", 200, undefined],
          ["DescribePools", 400, "ValidationException"],
          ["PinpointSMSVoiceV2.Nope", 400, "UnknownOperationException"],
          ["DescribePools", 400, "SerializationException"],
          ["DescribePools", 400, "MissingAuthenticationTokenException"],
        ],
      );
      assert.deepEqual(log[0].input, { MaxResults: 5 });
      assert.equal(log[0].requestId, ok.headers["x-amzn-requestid"]);
      assert.ok(log.every((e) => e.at >= t0 && e.at <= Date.now()));
      assert.equal(new Set(log.map((e) => e.requestId)).size, log.length);
      holder.emulator.clearRequests();
      assert.equal(holder.emulator.requests.length, 0);
    });
  });
});
