// The sms-voice-emulator command: first line, flags, seed file, fault flags, clean exit on SIGTERM/SIGINT.

import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import {
  DescribePhoneNumbersCommand,
  DescribePoolsCommand,
  DescribeRegistrationsCommand,
  SubmitRegistrationVersionCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient } from "../support/emulator";
import { runCli, startCli } from "./cliProcess";
import { filledRegistration, tollFreeNumber } from "./registrationForms";
import { rawCall } from "./wire";

describe("emulator: sms-voice-emulator CLI", function () {
  this.timeout(60_000);
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  it("prints its endpoint first, serves the seed file, and exits 0 on SIGTERM", async () => {
    const running = await startCli([
      "--port",
      "0",
      "--seed",
      "emulator/seed.example.json",
      "--account",
      "123456789012",
    ]);
    children.push(running.child);
    const { Pools } = await sdkClient({ endpoint: running.endpoint, region: "us-east-1" }).send(
      new DescribePoolsCommand({}),
    );
    assert.equal(Pools?.length, 2);
    running.child.kill("SIGTERM");
    const { code, signal } = await running.exited;
    assert.equal(code, 0);
    assert.equal(signal, null);
  });

  it("applies --region, --activation-delay and fault flags, and exits 0 on SIGINT", async () => {
    const running = await startCli([
      "--port",
      "0",
      "--region",
      "eu-west-1",
      "--activation-delay",
      "5000",
      "--operation",
      "DescribePools",
      "--throttle-first",
      "1",
    ]);
    children.push(running.child);
    const client = sdkClient({ endpoint: running.endpoint, region: "eu-west-1" }, { maxAttempts: 1 });
    await rejectsWith(client.send(new DescribePoolsCommand({})), "ThrottlingException");
    assert.deepEqual((await client.send(new DescribePoolsCommand({}))).Pools, []);
    running.child.kill("SIGINT");
    assert.equal((await running.exited).code, 0);
  });

  it("applies --review-delay and --lenient-registrations", async () => {
    const running = await startCli(["--port", "0", "--review-delay", "3600000", "--lenient-registrations"]);
    children.push(running.child);
    const client = sdkClient({ endpoint: running.endpoint, region: "us-east-1" }, { maxAttempts: 1 });
    const number = await tollFreeNumber(client);
    const { PhoneNumbers } = await client.send(
      new DescribePhoneNumbersCommand({ PhoneNumberIds: [number.id] }),
    );
    assert.equal(PhoneNumbers?.[0].Status, "ACTIVE", "no registration needed, as opted into");
    const registrationId = await filledRegistration(client, "GB_SENDER_ID_REGISTRATION");
    await client.send(new SubmitRegistrationVersionCommand({ RegistrationId: registrationId }));
    const { Registrations } = await client.send(
      new DescribeRegistrationsCommand({ RegistrationIds: [registrationId] }),
    );
    assert.equal(Registrations?.[0].RegistrationStatus, "SUBMITTED", "decided an hour later");
    running.child.kill("SIGTERM");
    assert.equal((await running.exited).code, 0);
  });

  it("keeps --request-log-size requests and summarises bodies over --request-log-body-bytes", async () => {
    const running = await startCli([
      "--port",
      "0",
      "--request-log-size",
      "2",
      "--request-log-body-bytes",
      "4",
    ]);
    children.push(running.child);
    const sent: string[] = [];
    for (const MaxResults of [1, 2, 3]) {
      const response = await rawCall(running.endpoint, { body: { MaxResults } });
      sent.push(String(response.headers["x-amzn-requestid"]));
    }
    const listed = await rawCall(running.endpoint, { method: "GET", path: "/_emulator/requests" });
    const entries = listed.json?.requests as Array<{
      requestId: string;
      input?: unknown;
      inputSummary?: string;
    }>;
    assert.deepEqual(
      entries.map((e) => [e.requestId, e.input, e.inputSummary?.slice(0, 4)]),
      sent.slice(-2).map((id) => [id, undefined, '{"Ma']),
    );
  });

  it("empties its request log on DELETE /_emulator/requests", async () => {
    const running = await startCli(["--port", "0"]);
    children.push(running.child);
    await rawCall(running.endpoint, { body: {} });
    await rawCall(running.endpoint, { method: "DELETE", path: "/_emulator/requests" });
    const listed = await rawCall(running.endpoint, { method: "GET", path: "/_emulator/requests" });
    assert.deepEqual(listed.json?.requests, []);
  });

  it("refuses unknown flags and bad values with exit code 2 and the usage", async () => {
    for (const args of [
      ["--bogus"],
      ["--port", "abc"],
      ["--operation", "DescribePools"],
      ["--request-log-size", "many"],
    ]) {
      const { exited } = runCli(args);
      const { code, stderr } = await exited;
      assert.equal(code, 2, args.join(" "));
      assert.match(stderr, /^sms-voice-emulator: /);
      assert.match(stderr, /usage: sms-voice-emulator/);
    }
  });

  it("exits 1 naming the problem when the seed file is bad", async () => {
    const { exited } = runCli(["--port", "0", "--seed", "does/not/exist.json"]);
    const { code, stderr } = await exited;
    assert.equal(code, 1);
    assert.match(stderr, /seed file does\/not\/exist\.json cannot be read/);
  });
});
