// The sms-voice-emulator command as a child process, for the specs that drive it (cli, state): its first line
// or its exit, whichever comes first, so that a command that fails to start fails the spec instead of hanging it.

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const ROOT = join(__dirname, "..", "..");

export interface CliExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcess;
  endpoint: string;
  exited: Promise<CliExit>;
}

export function runCli(args: string[]): {
  child: ChildProcess;
  firstLine: Promise<string>;
  exited: Promise<CliExit>;
} {
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
  // "close", not "exit": only then has all of stderr been read.
  const exited = new Promise<CliExit>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  const firstLine = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", resolve);
    child.once("exit", () => reject(new Error(`exited before printing a line: ${stderr}`)));
  });
  return { child, firstLine, exited };
}

/** Starts the command and waits for its `listening on <endpoint>` line. */
export async function startCli(args: string[]): Promise<RunningCli> {
  const { child, firstLine, exited } = runCli(args);
  const line = await firstLine;
  const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
  assert.ok(match, `first line: ${line}`);
  assert.notEqual(match[2], "0");
  return { child, endpoint: match[1], exited };
}
