// Seeding: seed files and objects, defaults, shared and other-region pools, addPools/removePool, and errors
// that name the pool, the field and the rule.

import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type SeedPool, startEmulator } from "../../emulator";
import { sdkClient } from "../support/emulator";

const EXAMPLE = join(__dirname, "..", "..", "emulator", "seed.example.json");

describe("emulator: seed data", () => {
  it("loads the example seed file: own, shared and other-region pools", async () => {
    const emulator = await startEmulator({ seed: EXAMPLE });
    try {
      const client = sdkClient(emulator, { maxAttempts: 1 });
      const own = await client.send(new DescribePoolsCommand({}));
      assert.deepEqual(
        own.Pools?.map((p) => [p.PoolId, p.Status, p.MessageType, p.DeletionProtectionEnabled]),
        [
          ["pool-0123456789abcdef0123456789abcdef", "ACTIVE", "TRANSACTIONAL", true],
          ["pool-fedcba9876543210fedcba9876543210", "CREATING", "PROMOTIONAL", false],
        ],
      );
      assert.equal(own.Pools?.[0].CreatedTimestamp?.toISOString(), "2024-05-01T12:00:00.000Z");
      assert.equal(own.Pools?.[1].CreatedTimestamp?.getTime(), 1714564800 * 1000);
      assert.equal(own.Pools?.[1].OptOutListName, "Marketing");
      const shared = await client.send(new DescribePoolsCommand({ Owner: "SHARED" }));
      assert.deepEqual(
        shared.Pools?.map((p) => p.PoolArn),
        ["arn:aws:sms-voice:us-east-1:210987654321:pool/pool-5ba4ed0000000000000000000000000a"],
      );
      const eu = await sdkClient(emulator, { region: "eu-west-1" }).send(new DescribePoolsCommand({}));
      assert.equal(eu.Pools?.[0].SharedRoutesEnabled, true);
    } finally {
      await emulator.stop();
    }
  });

  it("fills defaults like AWS: generated IDs, ACTIVE, TRANSACTIONAL, Default list, flags off", async () => {
    const emulator = await startEmulator({
      seed: { pools: [{}] },
      region: "ap-southeast-2",
      accountId: "111122223333",
    });
    try {
      const { Pools } = await sdkClient(emulator).send(new DescribePoolsCommand({}));
      const pool = Pools![0];
      assert.match(pool.PoolId!, /^pool-[0-9a-f]{32}$/);
      assert.equal(pool.PoolArn, `arn:aws:sms-voice:ap-southeast-2:111122223333:pool/${pool.PoolId}`);
      assert.deepEqual(
        [
          pool.Status,
          pool.MessageType,
          pool.OptOutListName,
          pool.TwoWayEnabled,
          pool.SelfManagedOptOutsEnabled,
        ],
        ["ACTIVE", "TRANSACTIONAL", "Default", false, false],
      );
      assert.deepEqual([pool.SharedRoutesEnabled, pool.DeletionProtectionEnabled], [false, false]);
      assert.ok(Math.abs(pool.CreatedTimestamp!.getTime() - Date.now()) < 5000);
      assert.equal(emulator.accountId, "111122223333");
      assert.equal(emulator.region, "ap-southeast-2");
    } finally {
      await emulator.stop();
    }
  });

  it("generates the same pool IDs for the same randomSeed", async () => {
    const ids = async () => {
      const emulator = await startEmulator({ randomSeed: 3, seed: { pools: [{}, {}] } });
      try {
        return emulator.addPools([{}]).map((p) => p.poolId);
      } finally {
        await emulator.stop();
      }
    };
    assert.deepEqual(await ids(), await ids());
  });

  it("adds and removes pools directly, by ID or ARN", async () => {
    const emulator = await startEmulator();
    try {
      const added = emulator.addPools([
        { poolId: "pool-x" },
        { poolId: "pool-y", accountId: "210987654321" },
      ]);
      assert.deepEqual(added, [
        { poolId: "pool-x", poolArn: "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-x" },
        { poolId: "pool-y", poolArn: "arn:aws:sms-voice:us-east-1:210987654321:pool/pool-y" },
      ]);
      assert.equal(emulator.removePool("pool-y"), false, "a bare ID names the emulator account's pools");
      assert.equal(emulator.removePool(added[1].poolArn), true);
      assert.equal(emulator.removePool("pool-x"), true);
      assert.equal(emulator.removePool("pool-x"), false);
      const { Pools } = await sdkClient(emulator).send(new DescribePoolsCommand({}));
      assert.deepEqual(Pools, []);
    } finally {
      await emulator.stop();
    }
  });

  const badPools: Array<[SeedPool, RegExp]> = [
    [
      { status: "LIVE" as never },
      /pools\[0\]\.status "LIVE" is not a pool status; use one of: CREATING, ACTIVE, DELETING$/,
    ],
    [{ messageType: "BULK" as never }, /pools\[0\]\.messageType "BULK" is not a message type/],
    [{ poolId: "pool with space" }, /pools\[0\]\.poolId "pool with space" must be 1-64 characters/],
    [{ accountId: "12" }, /pools\[0\]\.accountId "12" must be 12 digits/],
    [{ region: "Europe" }, /pools\[0\]\.region "Europe" is not a region name/],
    [{ twoWayEnabled: "yes" as never }, /pools\[0\]\.twoWayEnabled "yes" must be true or false/],
    [{ twoWayChannelArn: "short" }, /pools\[0\]\.twoWayChannelArn "short" must be 20-2048 characters/],
    [{ twoWayChannelRole: "role/not-an-arn-at-all-really" }, /twoWayChannelRole .* matching arn:\\S\+/],
    [{ optOutListName: "has space" }, /pools\[0\]\.optOutListName "has space"/],
    [{ createdTimestamp: "yesterday" }, /pools\[0\]\.createdTimestamp "yesterday" must be epoch seconds/],
    [{ tags: { team: 5 as never } }, /pools\[0\]\.tags\.team 5 must be a string/],
    [{ stauts: "ACTIVE" } as never, /pools\[0\]\.stauts is not a pool field; use one of: poolId, /],
  ];
  for (const [pool, message] of badPools) {
    it(`refuses a bad seed pool: ${message.source.slice(0, 60)}`, async () => {
      const emulator = await startEmulator();
      try {
        assert.throws(() => emulator.addPools([pool]), message);
      } finally {
        await emulator.stop();
      }
    });
  }

  it("refuses duplicate pools and leaves the store untouched", async () => {
    const emulator = await startEmulator({ seed: { pools: [{ poolId: "pool-a" }] } });
    try {
      assert.throws(
        () => emulator.addPools([{ poolId: "pool-b" }, { poolId: "pool-a" }]),
        /pools\[1\]\.poolId "pool-a" already exists/,
      );
      assert.throws(
        () => emulator.addPools([{ poolId: "pool-c" }, { poolId: "pool-c" }]),
        /pools\[1\]\.poolId "pool-c" already exists/,
      );
      const { Pools } = await sdkClient(emulator).send(new DescribePoolsCommand({}));
      assert.deepEqual(
        Pools?.map((p) => p.PoolId),
        ["pool-a"],
      );
      emulator.addPools([
        { poolId: "pool-a", region: "eu-west-1" },
        { poolId: "pool-a", accountId: "210987654321" },
      ]);
    } finally {
      await emulator.stop();
    }
  });

  it("refuses unreadable seed files and bad options with a clear message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sms-seed-"));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    const shapeless = join(dir, "shapeless.json");
    writeFileSync(shapeless, JSON.stringify([{ poolId: "pool-a" }]));
    const badPool = join(dir, "bad.json");
    writeFileSync(badPool, JSON.stringify({ pools: [{}, { status: "GONE" }] }));
    await assert.rejects(
      startEmulator({ seed: join(dir, "missing.json") }),
      /seed file .*missing\.json cannot be read/,
    );
    await assert.rejects(startEmulator({ seed: broken }), /seed file .*broken\.json is not valid JSON/);
    await assert.rejects(startEmulator({ seed: shapeless }), /must hold an object with a "pools" array/);
    await assert.rejects(
      startEmulator({ seed: badPool }),
      /seed\.pools\[1\]\.status "GONE" is not a pool status/,
    );
    await assert.rejects(startEmulator({ port: 70000 }), /port 70000 must be an integer from 0 to 65535/);
    await assert.rejects(startEmulator({ accountId: "abc" }), /accountId "abc" must be 12 digits/);
    await assert.rejects(startEmulator({ region: "moon" }), /region "moon" is not a region name/);
    await assert.rejects(startEmulator({ activationDelayMs: -1 }), /activationDelayMs -1/);
  });

  it("refuses a randomSeed that is not an integer from 0 to 4294967295, instead of silently rounding it", async () => {
    for (const bad of [1.5, Number.NaN, -1, 2 ** 32, "7" as unknown as number]) {
      await assert.rejects(
        startEmulator({ randomSeed: bad }).then(async (started) => {
          await started.stop();
          return started;
        }),
        (error: Error) =>
          error.message ===
          `randomSeed ${JSON.stringify(bad)} must be an integer from 0 to 4294967295 (the 32-bit seed of the generator)`,
      );
    }
    for (const good of [0, 4294967295]) {
      const emulator = await startEmulator({ randomSeed: good });
      await emulator.stop();
    }
  });
});
