import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { seedPools, withEmulator } from "../support/emulator";
import { makeInstalledProject, repoRoot } from "../support/installedPackage";
import { serializedPoolLookupProvider, startPoolLookupServer } from "../support/poolLookupServer";

const TRANSACTIONAL = [{ name: "message-type", values: ["TRANSACTIONAL"] }];

describe("provider: PoolLookup's serialized provider loads the package in every layout", function () {
  this.timeout(60_000);
  const seeded = seedPools(10);
  const holder = withEmulator({ seed: { pools: seeded } });
  let installed: ReturnType<typeof makeInstalledProject>;
  before(() => {
    installed = makeInstalledProject();
  });
  after(() => installed?.remove());

  /** Creates a lookup through the dynamic-provider server started in `cwd`, as the engine starts it. */
  async function lookUpFrom(cwd: string): Promise<string[]> {
    const server = await startPoolLookupServer(cwd, {
      "sms-pools:endpoint": holder.emulator.endpoint,
      "sms-pools:region": "us-east-1",
    });
    try {
      const created = await server.create(server.props({ filters: TRANSACTIONAL }));
      return (created.getProperties()!.toJavaScript() as { ids: string[] }).ids;
    } finally {
      await server.stop();
    }
  }
  const transactionalIds = () =>
    seeded
      .filter((p) => p.messageType === "TRANSACTIONAL")
      .map((p) => p.poolId!)
      .sort();

  it("runs from a user's project with pulumi-sms-pools installed in node_modules", async () => {
    assert.deepEqual((await lookUpFrom(installed.dir)).sort(), transactionalIds());
  });

  it("runs from this repository's root, where its own example stack (Pulumi.yaml) lives", async () => {
    assert.deepEqual((await lookUpFrom(repoRoot)).sort(), transactionalIds());
  });

  it("runs from the example stack's main folder (examples/platform) inside this repository", async () => {
    assert.deepEqual(
      (await lookUpFrom(path.join(repoRoot, "examples", "platform"))).sort(),
      transactionalIds(),
    );
  });

  it("stores no path of this machine in state", async () => {
    const text = await serializedPoolLookupProvider();
    for (const machinePath of [repoRoot, process.cwd(), os.tmpdir(), os.homedir()]) {
      assert.ok(!text.includes(machinePath), `__provider contains ${machinePath}`);
    }
  });

  it("says how to install the package when a project lacks it", async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-bare-"));
    try {
      await assert.rejects(lookUpFrom(bare), (err: { details: string }) =>
        /npm install pulumi-sms-pools/.test(err.details),
      );
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
