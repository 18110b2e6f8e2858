// The sms-voice-emulator command: first line, flags, seed file, fault flags, clean exit on SIGTERM/SIGINT.

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient } from "../support/emulator";
import { rawCall } from "./wire";

const ROOT = join(__dirname, "..", "..");

interface Running {
  child: ChildProcess;
  endpoint: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function run(args: string[]): { child: ChildProcess; firstLine: Promise<string>; exited: Running["exited"] } {
  const child = spawn(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "emulator/cli.ts", ...args],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  const firstLine = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", resolve);
    child.once("exit", () => reject(new Error(`exited before printing a line: ${stderr}`)));
  });
  return { child, firstLine, exited };
}

async function start(args: string[]): Promise<Running> {
  const { child, firstLine, exited } = run(args);
  const line = await firstLine;
  const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
  assert.ok(match, `first line: ${line}`);
  assert.notEqual(match[2], "0");
  return { child, endpoint: match[1], exited };
}

describe("emulator: sms-voice-emulator CLI", function () {
  this.timeout(60_000);
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  it("prints its endpoint first, serves the seed file, and exits 0 on SIGTERM", async () => {
    const running = await start([
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
    const running = await start([
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

  it("keeps --request-log-size requests and summarises bodies over --request-log-body-bytes", async () => {
    const running = await start(["--port", "0", "--request-log-size", "2", "--request-log-body-bytes", "4"]);
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
    const running = await start(["--port", "0"]);
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
      const { exited } = run(args);
      const { code, stderr } = await exited;
      assert.equal(code, 2, args.join(" "));
      assert.match(stderr, /^sms-voice-emulator: /);
      assert.match(stderr, /usage: sms-voice-emulator/);
    }
  });

  it("exits 1 naming the problem when the seed file is bad", async () => {
    const { exited } = run(["--port", "0", "--seed", "does/not/exist.json"]);
    const { code, stderr } = await exited;
    assert.equal(code, 1);
    assert.match(stderr, /seed file does\/not\/exist\.json cannot be read/);
  });
});
