// A state file that can't be written: found at start with a clear error; during a run, a change that could
// not be saved is not made (the store stays as the file holds it), so a retry makes it once the file can be
// written, and a restart finds exactly what was acknowledged.

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreatePoolCommand, DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, startEmulator } from "../../emulator";
import { FROM_POOL_SENDER, POOL_SENDER, sdkClient } from "../support/emulator";

function stateFile(): string {
  return join(mkdtempSync(join(tmpdir(), "sms-state-")), "state.json");
}

/** Makes the next save fail whoever runs the tests (root ignores permissions): its temporary file is a folder. */
const blockSaves = (state: string) => mkdirSync(`${state}.${process.pid}.tmp`);
const unblockSaves = (state: string) => rmdirSync(`${state}.${process.pid}.tmp`);

describe("emulator: a state file that can't be written", () => {
  it("stops the start, naming the file, when a restored file can't be written again", async () => {
    const state = stateFile();
    await (await startEmulator({ state, seed: { pools: [{ poolId: "pool-a" }] } })).stop();
    const text = readFileSync(state, "utf8");
    blockSaves(state);
    try {
      const outcome = await startEmulator({ state }).then(
        async (emulator) => {
          await emulator.stop();
          return "started";
        },
        (err: Error) => err.message,
      );
      assert.match(
        outcome,
        new RegExp(
          `^state file ${state.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} can't be written \\(EISDIR: .*\\); the emulator writes it after every change: make the file and its folder writable, or give another --state file$`,
        ),
      );
      assert.equal(readFileSync(state, "utf8"), text, "the file is left as it was");
    } finally {
      unblockSaves(state);
    }
  });

  it("stops the start when a new file's folder doesn't exist", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-state-")), "missing", "state.json");
    await assert.rejects(
      startEmulator({ state }),
      /^Error: state file .*missing\/state\.json can't be written \(ENOENT: .*\); the emulator writes it after every change/,
    );
  });

  describe("during a run", () => {
    let state = "";
    let emulator: Emulator;
    const client = () => sdkClient(emulator, { maxAttempts: 1 });
    const poolIds = async () =>
      ((await client().send(new DescribePoolsCommand({}))).Pools ?? []).map((p) => p.PoolId).sort();
    const create = (token: string) =>
      client().send(
        new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL", ClientToken: token }),
      );

    beforeEach(async () => {
      state = stateFile();
      emulator = await startEmulator({
        state,
        seed: { pools: [{ poolId: "pool-a" }], senderIds: [POOL_SENDER] },
      });
    });
    afterEach(async () => {
      await emulator.stop();
    });

    it("answers 500 naming the file, doesn't make the change, and a retry makes it once the file can be written", async () => {
      blockSaves(state);
      const failure = await create("token-1").then(
        () => assert.fail("the change was acknowledged"),
        (err: Error & { $metadata: { httpStatusCode?: number } }) => err,
      );
      assert.equal(failure.name, "InternalServerException");
      assert.equal(failure.$metadata.httpStatusCode, 500);
      assert.match(
        failure.message,
        /^the emulator could not write its state file .*state\.json \(EISDIR: .*\), so the change was not made; make the file and its folder writable, then retry$/,
      );
      assert.deepEqual(await poolIds(), ["pool-a"], "not made in memory either");
      unblockSaves(state);
      // The same ClientToken: a retry makes the pool now (no ConflictException, no pool from the failed call).
      const made = await create("token-1");
      assert.deepEqual(await poolIds(), ["pool-a", made.PoolId].sort());
      await emulator.stop();
      emulator = await startEmulator({ state });
      assert.deepEqual(
        await poolIds(),
        ["pool-a", made.PoolId].sort(),
        "the restart finds what was acknowledged",
      );
    });

    it("addPools throws the same error and adds nothing", async () => {
      blockSaves(state);
      assert.throws(
        () => emulator.addPools([{ poolId: "pool-b" }]),
        /could not write its state file .*so the change was not made/,
      );
      assert.deepEqual(await poolIds(), ["pool-a"]);
      unblockSaves(state);
      emulator.addPools([{ poolId: "pool-b" }]);
      assert.deepEqual(await poolIds(), ["pool-a", "pool-b"]);
    });

    it("removePool throws the same error and keeps the pool", async () => {
      blockSaves(state);
      assert.throws(() => emulator.removePool("pool-a"), /could not write its state file/);
      assert.deepEqual(await poolIds(), ["pool-a"]);
      unblockSaves(state);
      assert.equal(emulator.removePool("pool-a"), true);
      assert.deepEqual(await poolIds(), []);
    });
  });
});
