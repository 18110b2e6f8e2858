// Lookups of every kind inside a real program run by the engine: the same results as outside Pulumi, secrets
// kept secret in the state file, the run's snapshot catalog under the engine's monitor, dependsOn honoured.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import {
  CreateConfigurationSetCommand,
  CreateProtectConfigurationCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import {
  getConfigurationSet,
  getConfigurationSets,
  getKeywords,
  getOptOutList,
  getOptOutLists,
  getPhoneNumber,
  getPhoneNumbers,
  getPool,
  getPoolOriginationIdentities,
  getPools,
  getProtectConfiguration,
  getProtectConfigurations,
  getSenderId,
  getSenderIds,
} from "../..";
import { sdkClient, seedPools, withEmulator } from "../support/emulator";
import { EngineStack, emulatorConfig } from "./harness";

const programs = path.join(__dirname, "programs");
/** Pulumi's marker of a secret value in state (sdk/go/common/resource/sig). */
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("engine: every lookup kind in a real program", () => {
  const pools = seedPools(8);
  const [memberPool, , , , secretPool] = [pools[1], pools[2], pools[3], pools[0], pools[4]];
  const phoneNumberId = `phone-${"1".repeat(32)}`;
  const holder = withEmulator({
    seed: {
      pools,
      phoneNumbers: [
        { phoneNumberId, poolId: memberPool.poolId, messageType: "TRANSACTIONAL", numberType: "TOLL_FREE" },
        { phoneNumberId: `phone-${"2".repeat(32)}`, messageType: "PROMOTIONAL" },
      ],
      senderIds: [{ senderId: "ACME", isoCountryCode: "GB" }],
      optOutLists: [{ name: "Marketing", optedOutNumbers: ["+12065550100"] }],
    },
  });
  let stack: EngineStack;
  let protectConfigurationId: string;
  const connection = () => ({ endpoint: holder.emulator.endpoint, region: holder.emulator.region });

  before(async () => {
    const client = sdkClient(holder.emulator);
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: "alerts" }));
    const protect = await client.send(new CreateProtectConfigurationCommand({}));
    protectConfigurationId = protect.ProtectConfigurationId!;
    stack = await EngineStack.create({
      projectDir: path.join(programs, "every-kind"),
      program: "./index.ts",
      config: emulatorConfig(holder.emulator),
    });
    await stack.setConfig({
      "lane:poolId": memberPool.poolId!,
      "lane:phoneNumberId": phoneNumberId,
      "lane:senderId": "ACME",
      "lane:optOutListName": "Marketing",
      "lane:configurationSetName": "alerts",
      "lane:protectConfigurationId": protectConfigurationId,
    });
    await stack.setConfig({ "lane:secretPoolId": secretPool.poolId! }, { secret: true });
    await stack.expectOk(["up", "--yes"]);
  });
  after(() => stack?.dispose());

  it("exports what the same lookups answer outside Pulumi, whole items and all", async () => {
    const opts = connection();
    const expected = {
      activePools: await getPools({ filters: [{ name: "status", values: ["ACTIVE"] }] }, opts),
      pool: await getPool({ poolId: memberPool.poolId!, includeOriginationIdentities: true }, opts),
      poolByPromise: await getPool({ poolId: memberPool.poolId! }, opts),
      members: await getPoolOriginationIdentities({ poolId: memberPool.poolId! }, opts),
      phoneNumbers: await getPhoneNumbers({}, opts),
      phoneNumber: await getPhoneNumber({ phoneNumberId }, opts),
      keywords: await getKeywords({ originationIdentity: phoneNumberId }, opts),
      senderIds: await getSenderIds({}, opts),
      senderId: await getSenderId({ senderId: "ACME", isoCountryCode: "GB" }, opts),
      optOutLists: await getOptOutLists({}, opts),
      optOutList: await getOptOutList({ optOutListName: "Marketing" }, opts),
      configurationSets: await getConfigurationSets({}, opts),
      configurationSet: await getConfigurationSet({ configurationSetName: "alerts" }, opts),
      protectConfigurations: await getProtectConfigurations({}, opts),
      protectConfiguration: await getProtectConfiguration({ protectConfigurationId }, opts),
      secretPool: await getPool({ poolId: secretPool.poolId! }, opts),
    };
    // Every lookup found something, so an empty answer on both sides can't pass for agreement.
    const listings = ["activePools", "members", "phoneNumbers", "keywords", "senderIds", "optOutLists"];
    const moreListings = ["configurationSets", "protectConfigurations"];
    for (const [name, value] of Object.entries(plain(expected) as Record<string, Record<string, unknown>>)) {
      const found = [...listings, ...moreListings].includes(name)
        ? (Object.values(value).find(Array.isArray) as unknown[]).length > 0
        : Object.keys(value).length >= 3;
      assert.ok(found, `${name} found nothing: ${JSON.stringify(value)}`);
    }
    assert.deepEqual(await stack.outputs(), plain(expected));
  });

  it("keeps a lookup with a secret argument secret in the state file", async () => {
    const state = await stack.exportedState();
    const outputs = (state.deployment.resources ?? []).find((r) => r.type === "pulumi:pulumi:Stack")?.outputs;
    assert.equal(
      (outputs?.secretPool as Record<string, unknown>)?.["4dabf18193072939515e22adb298388d"],
      SECRET_SIG,
    );
    assert.equal(
      typeof (outputs?.pool as Record<string, unknown>)?.poolId,
      "string",
      "the plain lookup is plain",
    );
    assert.ok(
      !stack.backendFiles().includes(secretPool.poolId!),
      "the secret pool's ID is in the backend's files",
    );
  });
});

describe("engine: the run's snapshot catalog lives under the engine's own monitor", () => {
  const pools = seedPools(250);
  const holder = withEmulator({ seed: { pools } });
  let stack: EngineStack;
  before(async () => {
    stack = await EngineStack.create({
      projectDir: path.join(programs, "ten-lookups"),
      program: "./index.ts",
      config: emulatorConfig(holder.emulator),
    });
  });
  after(() => stack?.dispose());

  /** One `up` (no preview run) and the DescribePools requests it made. */
  async function upCountingListings(): Promise<{ ids: string[][]; requests: number }> {
    holder.emulator.clearRequests();
    await stack.expectOk(["up", "--yes", "--skip-preview", "--refresh=false"]);
    const requests = holder.emulator.requests.filter((r) => r.operation === "DescribePools").length;
    return { ids: (await stack.outputs()).idsByFilter as string[][], requests };
  }

  it("answers ten differently filtered getPools from one complete listing, with AWS's answers", async () => {
    const full = Math.ceil(pools.length / 100);
    const cached = await upCountingListings();
    await stack.setConfig({ "sms-pools:snapshot": "false" });
    const uncached = await upCountingListings();
    await stack.expectOk(["config", "rm", "sms-pools:snapshot"]);

    assert.deepEqual(cached.ids, uncached.ids, "the catalog's answers differ from AWS's");
    assert.equal(cached.ids.length, 10);
    assert.ok(cached.ids.every((ids) => ids.length > 0) && new Set(cached.ids.map(String)).size === 10);
    // The first listing goes to AWS filtered; the second fetches the complete listing that answers the rest.
    assert.ok(cached.requests <= 2 * full, `${cached.requests} DescribePools with the catalog`);
    assert.ok(uncached.requests >= 10, `${uncached.requests} DescribePools without the catalog`);
  });
});

describe("engine: lookups and a pool created in the same update", () => {
  const phoneNumberId = `phone-${"3".repeat(32)}`;
  const holder = withEmulator({
    seed: {
      pools: seedPools(4),
      phoneNumbers: [{ phoneNumberId, messageType: "PROMOTIONAL", numberType: "TOLL_FREE" }],
    },
  });
  let stack: EngineStack;
  before(async () => {
    stack = await EngineStack.create({
      projectDir: path.join(programs, "same-update"),
      program: "./index.ts",
      config: emulatorConfig(holder.emulator),
    });
    await stack.setConfig({
      "lane:endpoint": holder.emulator.endpoint,
      "lane:phoneNumberId": phoneNumberId,
    });
  });
  after(() => stack?.dispose());

  it("previews a PoolLookup whose query is not known yet, without running it", async () => {
    holder.emulator.clearRequests();
    const preview = await stack.expectOk(["preview", "--diff"]);
    assert.match(preview.stdout, /\+ pulumi-nodejs:dynamic\/sms-pools:PoolLookup: \(create\)/);
    assert.match(preview.stdout, /recordedIds\s*: output<string>|recordedIds\s*: \[unknown\]/);
    assert.deepEqual(
      holder.emulator.requests.filter((r) => r.operation === "CreatePool"),
      [],
      "a preview created a pool",
    );
  });

  it("runs dependsOn lookups and unknown-query PoolLookups after the pool exists", async () => {
    holder.emulator.clearRequests();
    await stack.expectOk(["up", "--yes"]);
    const outputs = await stack.outputs();
    const fresh = outputs.freshPoolId as string;
    assert.match(fresh, /^pool-[0-9a-f]{32}$/);
    assert.ok((outputs.promotionalAfterCreate as string[]).includes(fresh), JSON.stringify(outputs));
    assert.deepEqual(outputs.recordedIds, [fresh]);
    const log = holder.emulator.requests;
    const created = log.findIndex((r) => r.operation === "CreatePool");
    const listed = log.findIndex(
      (r) => r.operation === "DescribePools" && JSON.stringify(r.input).includes("PROMOTIONAL"),
    );
    assert.ok(
      created >= 0 && listed > created,
      `CreatePool at ${created}, the dependent listing at ${listed}`,
    );
  });

  it("destroys the pool and forgets the lookup", async () => {
    const before = await stack.outputs();
    await stack.expectOk(["destroy", "--yes"]);
    assert.deepEqual(await stack.outputs(), {});
    const deleted = holder.emulator.requests.filter((r) => r.operation === "DeletePool");
    assert.deepEqual(
      deleted.map((r) => (r.input as { PoolId: string }).PoolId),
      [before.freshPoolId],
    );
  });
});
