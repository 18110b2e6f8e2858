// The state file: everything survives a restart (records, policies, ClientTokens, the Default list), the file is
// replaced atomically, ClientTokens are bounded, a bad file stops the start and is left untouched; the CLI's
// --state and --account.

import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreatePoolCommand,
  DescribePhoneNumbersCommand,
  DescribePoolsCommand,
  ListTagsForResourceCommand,
  PutResourcePolicyCommand,
  RequestPhoneNumberCommand,
  TagResourceCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { RESOURCE_KINDS } from "../../emulator/resources/kind";
import { MAX_CLIENT_TOKENS, Store } from "../../emulator/store";
import { createPoolFromNewSenderId } from "../support/emulator";
import { ACCOUNTS, alice, BOB, bob } from "./accounts";
import { startCli } from "./cliProcess";

function stateFile(): string {
  return join(mkdtempSync(join(tmpdir(), "sms-state-")), "state.json");
}

describe("emulator: state file", () => {
  it("keeps every change across a restart: a stack deployed, the emulator restarted, the stack updated", async () => {
    const state = stateFile();
    const first = await startEmulator({
      state,
      accounts: ACCOUNTS,
      seed: { pools: [{ poolId: "pool-seeded" }] },
    });
    let numberArn: string;
    let poolId: string;
    try {
      const number = await alice(first).send(
        new RequestPhoneNumberCommand({
          IsoCountryCode: "US",
          MessageType: "TRANSACTIONAL",
          NumberCapabilities: ["SMS"],
          NumberType: "SIMULATOR",
        }),
      );
      numberArn = number.PhoneNumberArn!;
      await alice(first).send(
        new TagResourceCommand({ ResourceArn: numberArn, Tags: [{ Key: "k", Value: "v" }] }),
      );
      const pool = await alice(first).send(
        new CreatePoolCommand({
          OriginationIdentity: number.PhoneNumberId!,
          MessageType: "TRANSACTIONAL",
          ClientToken: "t1",
        }),
      );
      poolId = pool.PoolId!;
      await alice(first).send(
        new PutResourcePolicyCommand({
          ResourceArn: pool.PoolArn,
          Policy: JSON.stringify({ Statement: { Effect: "Allow", Principal: { AWS: BOB } } }),
        }),
      );
    } finally {
      await first.stop();
    }
    const second = await startEmulator({
      state,
      accounts: ACCOUNTS,
      seed: { pools: [{ poolId: "pool-only-in-seed" }] },
    });
    try {
      const pools = await alice(second).send(new DescribePoolsCommand({}));
      assert.deepEqual(
        pools.Pools?.map((p) => p.PoolId),
        ["pool-seeded", poolId],
        "the state wins; the seed applies only to a new state file",
      );
      const tags = await alice(second).send(new ListTagsForResourceCommand({ ResourceArn: numberArn }));
      assert.deepEqual(tags.Tags, [{ Key: "k", Value: "v" }]);
      const { PhoneNumbers } = await alice(second).send(new DescribePhoneNumbersCommand({}));
      assert.equal(PhoneNumbers?.[0].PoolId, poolId);
      const shared = await bob(second).send(new DescribePoolsCommand({ Owner: "SHARED" }));
      assert.deepEqual(
        shared.Pools?.map((p) => p.PoolId),
        [poolId],
      );
      const repeated = await alice(second).send(
        new CreatePoolCommand({
          OriginationIdentity: "phone-x",
          MessageType: "TRANSACTIONAL",
          ClientToken: "t1",
        }),
      );
      assert.equal(repeated.PoolId, poolId, "ClientTokens survive too");
      assert.deepEqual(
        readdirSync(join(state, "..")).sort(),
        ["state.json", "state.json.lock", "state.json.owner.json"],
        "no temporary file is left behind (only the running emulator's lock)",
      );
    } finally {
      await second.stop();
    }
  });

  it("keeps only the newest ClientTokens, so a long-lived state file stays bounded", () => {
    const store = new Store(RESOURCE_KINDS);
    for (let i = 0; i <= MAX_CLIENT_TOKENS; i++) store.rememberClientToken(`token-${i}`, `arn-${i}`);
    assert.equal(store.clientTokens.size, MAX_CLIENT_TOKENS);
    assert.equal(store.clientTokens.has("token-0"), false, "the oldest is forgotten");
    assert.equal(store.clientTokens.get("token-1"), "arn-1");
    assert.equal(store.clientTokens.get(`token-${MAX_CLIENT_TOKENS}`), `arn-${MAX_CLIENT_TOKENS}`);
  });

  it("refuses a corrupt or foreign state file at start and leaves it untouched", async () => {
    for (const [text, message] of [
      ["{ half", /state file .*state\.json is not valid JSON.*left as it is/s],
      ['{"pools": []}', /is not an sms-voice-emulator state file/],
      [
        '{"format":"sms-voice-emulator-state","version":1,"collections":{"pools":[{"arn":"x"}],"unicorns":[]},"policies":[],"clientTokens":[]}',
        /has 15 problems; it was left as it is .*\n {2}- collections\.pools\[0\] \(x\)\.id is missing; it must be a non-empty string\n.*\n {2}- collections\.unicorns is not a resource kind of this emulator/s,
      ],
    ] as const) {
      const state = stateFile();
      writeFileSync(state, text);
      await assert.rejects(startEmulator({ state }), message);
      assert.equal(readFileSync(state, "utf8"), text);
    }
  });

  it("keeps the seed file's accounts on a restart that restores the state (configuration, not state)", async () => {
    const state = stateFile();
    const seed = join(mkdtempSync(join(tmpdir(), "sms-seed-")), "seed.json");
    writeFileSync(seed, JSON.stringify({ accounts: ACCOUNTS, pools: [{ poolId: "pool-seeded" }] }));
    const first = await startEmulator({ state, seed });
    let bobsPool: string;
    try {
      const created = await createPoolFromNewSenderId(bob(first), { MessageType: "PROMOTIONAL" });
      assert.match(created.PoolArn!, new RegExp(`:${BOB}:pool/`));
      bobsPool = created.PoolId!;
    } finally {
      await first.stop();
    }
    const second = await startEmulator({ state, seed });
    try {
      const { Pools } = await bob(second).send(new DescribePoolsCommand({}));
      assert.deepEqual(
        Pools?.map((p) => p.PoolId),
        [bobsPool],
        "AKIDBOB still acts as its seeded account after the restart",
      );
      const mine = await alice(second).send(new DescribePoolsCommand({}));
      assert.deepEqual(
        mine.Pools?.map((p) => p.PoolId),
        ["pool-seeded"],
        "the seed's pools are not applied again over the restored state",
      );
    } finally {
      await second.stop();
    }
  });

  it("serves --state and --account KEY=ID from the CLI", async function () {
    this.timeout(60_000);
    const state = stateFile();
    const run = async () => {
      const cli = await startCli([
        "--state",
        state,
        "--account",
        "111122223333",
        "--account",
        `AKIDBOB=${BOB}`,
      ]);
      return { ...cli, emulator: { endpoint: cli.endpoint, region: "us-east-1" } as never };
    };
    const first = await run();
    try {
      await createPoolFromNewSenderId(bob(first.emulator), { MessageType: "PROMOTIONAL" });
      const mine = await createPoolFromNewSenderId(alice(first.emulator), { MessageType: "TRANSACTIONAL" });
      assert.match(mine.PoolArn!, /:111122223333:pool\//);
    } finally {
      first.child.kill("SIGTERM");
      await first.exited;
    }
    const second = await run();
    try {
      const { Pools } = await bob(second.emulator).send(new DescribePoolsCommand({}));
      assert.deepEqual(
        Pools?.map((p) => p.MessageType),
        ["PROMOTIONAL"],
      );
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });
});
