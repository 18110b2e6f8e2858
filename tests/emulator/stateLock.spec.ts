// One emulator per state file: a second start on a file in use is refused, naming the file and the process
// holding it (in this process or another), so no acknowledged change is overwritten; a stopped emulator frees
// the file, and one killed without a chance to free it (kill -9) does not leave it locked for good.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, startEmulator } from "../../emulator";
import { createPoolFromNewSenderId, sdkClient } from "../support/emulator";
import { runCli, startCli } from "./cliProcess";

function stateFile(): string {
  return join(mkdtempSync(join(tmpdir(), "sms-state-")), "state.json");
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const inUse = (state: string, pid: number) =>
  new RegExp(
    `^state file ${escaped(state)} is in use by another emulator \\(process ${pid} on this machine, started [0-9T:.-]+Z\\): two emulators on one state file would overwrite each other's changes; stop that one, or give this one another --state file$`,
  );

async function createPool(emulator: { endpoint: string; region?: string }, token: string): Promise<string> {
  const client = sdkClient({ endpoint: emulator.endpoint, region: emulator.region ?? "us-east-1" });
  const created = await createPoolFromNewSenderId(client, {
    MessageType: "TRANSACTIONAL",
    ClientToken: token,
  });
  return created.PoolId ?? "";
}

async function poolIds(emulator: Emulator): Promise<string[]> {
  const { Pools } = await sdkClient(emulator).send(new DescribePoolsCommand({}));
  return (Pools ?? []).map((p) => p.PoolId ?? "").sort();
}

describe("emulator: the state file's lock", function () {
  this.timeout(30_000);

  it("refuses a second emulator in this process, keeps the first one's changes, and frees the file on stop", async () => {
    const state = stateFile();
    const first = await startEmulator({ state });
    let second: Emulator | undefined;
    let made: string[];
    try {
      made = [await createPool(first, "a")];
      const refusal = await startEmulator({ state }).then(
        (emulator) => {
          second = emulator;
          return "started";
        },
        (err: Error) => err.message,
      );
      assert.match(refusal, inUse(state, process.pid));
      made.push(await createPool(first, "b"));
      assert.deepEqual(await poolIds(first), made.sort());
    } finally {
      await second?.stop();
      await first.stop();
    }
    const again = await startEmulator({ state });
    try {
      assert.deepEqual(await poolIds(again), made.sort(), "every acknowledged change is in the file");
    } finally {
      await again.stop();
    }
  });

  it("refuses a second sms-voice-emulator process on the file, naming the first one's process ID", async () => {
    const state = stateFile();
    const first = await startCli(["--state", state]);
    try {
      await createPool(first, "a");
      const second = runCli(["--state", state]);
      // A second emulator that starts serving is the defect: stop it rather than wait for an exit.
      if (
        await second.firstLine.then(
          () => true,
          () => false,
        )
      ) {
        second.child.kill("SIGKILL");
        assert.fail("a second emulator started on a state file in use");
      }
      const exit = await second.exited;
      assert.equal(exit.code, 1, exit.stderr);
      assert.match(
        exit.stderr.trim().split("\n").at(-1) ?? "",
        new RegExp(inUse(state, first.child.pid!).source.slice(1)),
      );
      // The first one still serves and saves.
      await createPool(first, "b");
    } finally {
      first.child.kill("SIGTERM");
      await first.exited;
    }
    const after = await startEmulator({ state });
    try {
      assert.equal((await poolIds(after)).length, 2);
    } finally {
      await after.stop();
    }
  });

  it("is not left stuck by an emulator killed with SIGKILL: the next start takes the file within seconds", async () => {
    const state = stateFile();
    const crashed = await startCli(["--state", state]);
    let made: string;
    try {
      made = await createPool(crashed, "a");
    } finally {
      // Also when the request fails: a child left running would keep mocha from exiting.
      crashed.child.kill("SIGKILL");
      await crashed.exited;
    }
    assert.ok(existsSync(`${state}.lock`), "the killed emulator could not release its lock");
    const started = Date.now();
    const next = await startEmulator({ state });
    try {
      assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
      assert.deepEqual(await poolIds(next), [made]);
      // It holds the file now: a third start is refused, naming this process.
      await assert.rejects(startEmulator({ state }), (err: Error) =>
        inUse(state, process.pid).test(err.message),
      );
    } finally {
      await next.stop();
    }
    assert.ok(!existsSync(`${state}.lock`), "released on stop");
  });
});
