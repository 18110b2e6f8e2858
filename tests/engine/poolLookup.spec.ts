// PoolLookup through the real engine, from this repository and from an installed package: create, refresh
// with drift, a changed query, destroy; and no credential in the state it writes.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { UpdatePoolCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { sdkClient, seedPools, withEmulator } from "../support/emulator";
import { installPackedPackage, type PackedProject } from "../support/packedPackage";
import { EngineStack, emulatorConfig, resourcesOfType, toCommonJs } from "./harness";

const POOL_LOOKUP = "pulumi-nodejs:dynamic/sms-pools:PoolLookup";
const recordedLookup = path.join(__dirname, "programs", "recorded-lookup");
/** Credentials no request may need and no file may hold: the emulator accepts any well-formed key. */
const SENTINELS = {
  AWS_ACCESS_KEY_ID: "AKIASENTINELLANE0001",
  AWS_SECRET_ACCESS_KEY: "sentinel+secret/lane+0000000000000000000",
  AWS_SESSION_TOKEN: "sentinel-session-token-of-the-engine-lane",
};

/** The recorded-lookup program as a user's project would hold it (JavaScript, the package from node_modules). */
function writeUserProgram(dir: string): void {
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: user-stack\nruntime: nodejs\n");
  const source = fs.readFileSync(path.join(recordedLookup, "index.ts"), "utf8");
  fs.writeFileSync(path.join(dir, "index.js"), toCommonJs(source));
}

for (const layout of ["this repository", "an installed package"] as const) {
  describe(`engine: PoolLookup from ${layout}`, () => {
    const pools = seedPools(9);
    const holder = withEmulator({ seed: { pools } });
    let packed: PackedProject | undefined;
    let stack: EngineStack;
    const ofType = (type: string) => pools.filter((p) => p.messageType === type).map((p) => p.poolId!);

    before(async () => {
      let projectDir = recordedLookup;
      let program = "./index.ts";
      if (layout === "an installed package") {
        packed = installPackedPackage();
        writeUserProgram(packed.dir);
        projectDir = packed.dir;
        program = "./index.js";
      }
      stack = await EngineStack.create({
        projectDir,
        program,
        env: SENTINELS,
        config: emulatorConfig(holder.emulator),
      });
    });
    after(async () => {
      await stack?.dispose();
      packed?.remove();
    });

    it("creates the lookup with the pools AWS has", async () => {
      await stack.expectOk(["up", "--yes"]);
      const outputs = await stack.outputs();
      assert.deepEqual(outputs.ids, ofType("TRANSACTIONAL"));
      assert.equal(outputs.region, holder.emulator.region);
      assert.deepEqual(
        (outputs.pools as Array<{ poolId: string }>).map((p) => p.poolId),
        outputs.ids,
      );
      assert.deepEqual([...resourcesOfType(await stack.exportedState(), POOL_LOOKUP).keys()], ["recorded"]);
    });

    it("records on refresh that a pool changed and another went away; the next up passes it on", async () => {
      const [changed, removed] = ofType("TRANSACTIONAL");
      type Recorded = Array<{ poolId: string; deletionProtectionEnabled: boolean }>;
      const recordedPools = async () =>
        resourcesOfType(await stack.exportedState(), POOL_LOOKUP).get("recorded")?.outputs?.pools as Recorded;
      const wasProtected = (await recordedPools()).find(
        (p) => p.poolId === changed,
      )!.deletionProtectionEnabled;
      await sdkClient(holder.emulator).send(
        new UpdatePoolCommand({ PoolId: changed, DeletionProtectionEnabled: !wasProtected }),
      );
      assert.ok(holder.emulator.removePool(removed));
      const expectedIds = ofType("TRANSACTIONAL").filter((id) => id !== removed);

      // Pulumi's refresh shows what an update would change, and the query did not change: it reports the lookup
      // unchanged but stores what the lookup sees now. The legacy display shows the results' difference.
      const legacy = await stack.expectOk(["preview", "--refresh", "--diff"], {
        PULUMI_ENABLE_LEGACY_REFRESH_DIFF: "true",
      });
      assert.match(legacy.stdout, /~ count +: \d+ => \d+/);
      await stack.expectOk(["refresh", "--yes"]);
      const after = await recordedPools();
      assert.deepEqual(
        after.map((p) => p.poolId),
        expectedIds,
      );
      assert.equal(after.find((p) => p.poolId === changed)!.deletionProtectionEnabled, !wasProtected);
      // Its query did not change, so `up` runs no lookup, and the program gets the refreshed results.
      holder.emulator.clearRequests();
      await stack.expectOk(["up", "--yes"]);
      assert.deepEqual((await stack.outputs()).ids, expectedIds);
      assert.deepEqual(holder.emulator.requests, [], "up ran the lookup again");
    });

    it("updates the lookup in place when its query changes (never a replacement)", async () => {
      await stack.setConfig({ "lane:messageType": "PROMOTIONAL" });
      const preview = await stack.expectOk(["preview", "--diff"]);
      assert.match(preview.stdout, /~ pulumi-nodejs:dynamic\/sms-pools:PoolLookup: \(update\)/);
      assert.doesNotMatch(preview.stdout, /replace/);
      await stack.expectOk(["up", "--yes"]);
      assert.deepEqual((await stack.outputs()).ids, ofType("PROMOTIONAL"));
    });

    it("writes no credential into the state, its history or its backups", async () => {
      const { stdout } = await stack.expectOk(["stack", "export", "--show-secrets"]);
      const files = stack.backendFiles();
      assert.ok(files.includes("__provider"), "the backend holds no PoolLookup state to search");
      for (const [name, value] of Object.entries(SENTINELS)) {
        assert.ok(!files.includes(value), `${name} is in the backend's files`);
        assert.ok(!stdout.includes(value), `${name} is in the exported state`);
      }
    });

    it("destroys the lookup and leaves the pools alone", async () => {
      holder.emulator.clearRequests();
      await stack.expectOk(["destroy", "--yes"]);
      assert.equal(resourcesOfType(await stack.exportedState(), POOL_LOOKUP).size, 0);
      const changes = holder.emulator.requests.filter((r) => !/^(Describe|List|Get)/.test(r.operation));
      assert.deepEqual(changes, []);
    });
  });
}
