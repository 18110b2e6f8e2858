import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as pulumi from "@pulumi/pulumi";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { seedPools, withEmulator } from "../support/emulator";
import { makeInstalledProject } from "../support/installedPackage";
import { type PluginProcess, pulumiCommand, rpc, spawnPluginServer } from "../support/pluginServer";
import { serializedPoolLookupProvider } from "../support/poolLookupServer";

const requireFromString: (code: string) => {
  handler(): pulumi.dynamic.ResourceProvider;
} = require("require-from-string");

const SENTINEL = "sentinel-9f2c1e7a-do-not-store";
const UNKNOWN = pulumi.runtime.unknownValue;
const TRANSACTIONAL = [{ name: "message-type", values: ["TRANSACTIONAL"] }];

describe("provider: PoolLookup's serialized provider", () => {
  const seeded = seedPools(30);
  const holder = withEmulator({ seed: { pools: seeded } });
  let project: ReturnType<typeof makeInstalledProject>;
  let text: string;
  const savedEnv = { ...process.env };
  let savedConfig: Record<string, string>;

  before(async () => {
    savedConfig = pulumi.runtime.allConfig();
    project = makeInstalledProject();
    process.env.AWS_SECRET_ACCESS_KEY = SENTINEL;
    process.env.SMS_POOLS_SENTINEL = SENTINEL;
    await pulumi.runtime.setConfig("sms-pools:endpoint", "http://127.0.0.1:1/config-never-captured");
    text = await serializedPoolLookupProvider();
  });
  after(() => {
    project.remove();
    process.env = savedEnv;
    pulumi.runtime.setAllConfig(savedConfig, []);
  });

  it(`is small (${8 * 1024} bytes at most) and captures no secrets, config or client`, () => {
    assert.ok(text.length <= 8 * 1024, `serialized provider is ${text.length} bytes`);
    for (const forbidden of [SENTINEL, "config-never-captured", "AKIDEXAMPLE", "PinpointSMSVoiceV2Client"]) {
      assert.ok(!text.includes(forbidden), `__provider contains ${forbidden}`);
    }
    assert.match(text, /\("pulumi-sms-pools\/provider"\)/, "loads the package by name at run time");
  });

  it("loads back as the dynamic-provider server loads it and runs every method against the emulator", async () => {
    const cwd = process.cwd();
    process.chdir(project.dir);
    try {
      const provider = requireFromString(text).handler();
      const config = { "sms-pools:endpoint": holder.emulator.endpoint, "aws:region": "us-east-1" };
      await provider.configure?.({
        config: { get: (k: string) => config[k as keyof typeof config] },
      } as never);

      const checked = await provider.check!({}, { filters: TRANSACTIONAL });
      assert.deepEqual(checked.failures, []);
      const created = await provider.create(checked.inputs);
      const expected = seeded.filter((p) => p.messageType === "TRANSACTIONAL").map((p) => p.poolId);
      assert.deepEqual([...created.outs.ids].sort(), [...expected].sort());
      assert.equal(created.outs.count, expected.length);
      assert.equal(created.outs.region, "us-east-1");
      assert.match(created.id, /^us-east-1\/[0-9a-f]{16}$/);

      const bad = await provider.check!({}, { owner: "ALL" });
      assert.deepEqual(bad.failures, [
        {
          property: "owner",
          reason: 'owner "ALL" must be "SELF" or "SHARED" (uppercase), or left out for your own pools',
        },
      ]);

      const same = await provider.diff!(created.id, created.outs, { filters: TRANSACTIONAL });
      assert.deepEqual(same, { changes: false, replaces: [], deleteBeforeReplace: false });
      const changed = await provider.diff!(created.id, created.outs, {
        filters: TRANSACTIONAL,
        owner: "SELF",
      });
      assert.equal(changed.changes, true);
      assert.deepEqual(changed.replaces, []);
      const moved = await provider.diff!(created.id, created.outs, {
        filters: TRANSACTIONAL,
        region: "eu-west-1",
      });
      assert.equal(moved.changes, true, "a region change is a change");

      const sealed = await provider.create({ filters: TRANSACTIONAL, resultsSecret: true });
      for (const name of ["pools", "ids", "arns", "count"]) {
        assert.deepEqual(
          Object.keys(sealed.outs[name]),
          [pulumi.runtime.specialSigKey, "value"],
          `${name} is stored as a secret when the inputs were secret`,
        );
      }
      assert.deepEqual(sealed.outs.ids.value, created.outs.ids);
      assert.deepEqual(
        sealed.outs.filters,
        TRANSACTIONAL,
        "inputs stay as they are (the engine keeps their own marks)",
      );
      const resealed = await provider.diff!(created.id, created.outs, {
        filters: TRANSACTIONAL,
        resultsSecret: true,
      });
      assert.equal(resealed.changes, true, "inputs turning secret re-runs the lookup to seal its results");

      holder.emulator.removePool(expected[0]!);
      const read = await provider.read!(created.id, created.outs);
      assert.equal(read.id, created.id);
      assert.equal(read.props.count, expected.length - 1, "refresh shows drift");

      const updated = await provider.update!(created.id, created.outs, { poolIds: [expected[1]!] });
      assert.deepEqual(updated.outs.ids, [expected[1]]);
      await provider.delete!(created.id, updated.outs);
      assert.ok(
        holder.emulator.requests.every((r) => r.operation === "DescribePools"),
        "delete touches nothing in AWS",
      );
      assert.ok(!JSON.stringify(updated.outs).includes(SENTINEL));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("provider: PoolLookup's wire sentinels", () => {
  it("come from pulumi.runtime, never typed out in provider/", () => {
    const dir = path.join(__dirname, "../../provider");
    const sentinels = [
      pulumi.runtime.unknownValue,
      pulumi.runtime.specialSigKey,
      pulumi.runtime.specialSecretSig,
    ];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      for (const sentinel of sentinels) {
        assert.ok(!source.includes(sentinel), `provider/${file} types out ${sentinel}`);
      }
    }
  });
});

describe("provider: PoolLookup through @pulumi/pulumi's dynamic-provider server (gRPC)", function () {
  this.timeout(60_000);
  const seeded = seedPools(40);
  const holder = withEmulator({ seed: { pools: seeded } });
  let project: ReturnType<typeof makeInstalledProject>;
  let server: PluginProcess;
  let client: provrpc.ResourceProviderClient;
  let providerText: string;
  const urn = "urn:pulumi:stack::project::pulumi-nodejs:dynamic/sms-pools:PoolLookup::lookup";

  before(async () => {
    project = makeInstalledProject();
    providerText = await serializedPoolLookupProvider();
    server = await spawnPluginServer(pulumiCommand("dynamic-provider"), [], project.dir, {
      ...process.env,
      AWS_SECRET_ACCESS_KEY: SENTINEL,
      SMS_POOLS_SENTINEL: SENTINEL,
    });
    client = new provrpc.ResourceProviderClient(server.address, grpc.credentials.createInsecure());
    const configure = new provproto.ConfigureRequest();
    configure.setArgs(
      Struct.fromJavaScript({
        "sms-pools:endpoint": holder.emulator.endpoint,
        "sms-pools:region": "us-east-1",
      }),
    );
    await rpc(client, "configure", configure);
  });
  after(async () => {
    client?.close();
    await server?.stop();
    project?.remove();
  });

  const withProvider = (props: Record<string, unknown>) =>
    Struct.fromJavaScript({ ...props, __provider: providerText } as never);

  it("runs Check, Diff, Create, Read, Update and Delete against the emulator", async () => {
    const check = new provproto.CheckRequest();
    check.setUrn(urn);
    check.setOlds(Struct.fromJavaScript({}));
    check.setNews(withProvider({ filters: TRANSACTIONAL }));
    const checked = await rpc<provproto.CheckRequest, provproto.CheckResponse>(client, "check", check);
    assert.deepEqual(checked.getFailuresList(), []);

    const create = new provproto.CreateRequest();
    create.setUrn(urn);
    create.setProperties(checked.getInputs());
    const created = await rpc<provproto.CreateRequest, provproto.CreateResponse>(client, "create", create);
    const outs = created.getProperties()!.toJavaScript() as Record<string, unknown>;
    const expected = seeded.filter((p) => p.messageType === "TRANSACTIONAL").map((p) => p.poolId);
    assert.deepEqual([...(outs.ids as string[])].sort(), [...expected].sort());
    assert.equal(outs.count, expected.length);
    assert.equal(outs.region, "us-east-1");
    assert.equal(outs.__provider, providerText);
    assert.match(created.getId(), /^us-east-1\/[0-9a-f]{16}$/);
    assert.ok(!JSON.stringify(outs).includes(SENTINEL), "no credentials in outputs");

    const diff = new provproto.DiffRequest();
    diff.setId(created.getId());
    diff.setUrn(urn);
    diff.setOlds(created.getProperties());
    diff.setNews(withProvider({ filters: TRANSACTIONAL }));
    const same = await rpc<provproto.DiffRequest, provproto.DiffResponse>(client, "diff", diff);
    assert.equal(same.getChanges(), provproto.DiffResponse.DiffChanges.DIFF_NONE);
    diff.setNews(withProvider({ filters: [{ name: "message-type", values: ["PROMOTIONAL"] }] }));
    const changed = await rpc<provproto.DiffRequest, provproto.DiffResponse>(client, "diff", diff);
    assert.equal(changed.getChanges(), provproto.DiffResponse.DiffChanges.DIFF_SOME);
    assert.deepEqual(changed.getReplacesList(), [], "never a replacement");

    holder.emulator.addPools([
      { poolId: "pool-new0000000000000000000000000000", messageType: "TRANSACTIONAL" },
    ]);
    const read = new provproto.ReadRequest();
    read.setId(created.getId());
    read.setUrn(urn);
    read.setProperties(created.getProperties());
    const refreshed = await rpc<provproto.ReadRequest, provproto.ReadResponse>(client, "read", read);
    const refreshedOuts = refreshed.getProperties()!.toJavaScript() as Record<string, unknown>;
    assert.equal(refreshedOuts.count, expected.length + 1, "refresh sees the new pool");
    assert.ok((refreshedOuts.ids as string[]).includes("pool-new0000000000000000000000000000"));
    assert.equal(refreshed.getId(), created.getId());

    const update = new provproto.UpdateRequest();
    update.setId(created.getId());
    update.setUrn(urn);
    update.setOlds(created.getProperties());
    update.setNews(withProvider({ poolIds: [expected[2]!, expected[0]!] }));
    const updated = await rpc<provproto.UpdateRequest, provproto.UpdateResponse>(client, "update", update);
    assert.deepEqual((updated.getProperties()!.toJavaScript() as { ids: string[] }).ids, [
      expected[2],
      expected[0],
    ]);

    holder.emulator.clearRequests();
    const del = new provproto.DeleteRequest();
    del.setId(created.getId());
    del.setUrn(urn);
    del.setProperties(updated.getProperties());
    await rpc(client, "delete", del);
    assert.equal(holder.emulator.requests.length, 0, "delete sends nothing to AWS");
  });

  it("Check reports per-property failures and leaves preview's unknowns alone", async () => {
    const check = new provproto.CheckRequest();
    check.setUrn(urn);
    check.setOlds(Struct.fromJavaScript({}));
    check.setNews(
      withProvider({ owner: "SHARED", poolIds: ["pool-a"], filters: [{ name: "state", values: ["x"] }] }),
    );
    const bad = await rpc<provproto.CheckRequest, provproto.CheckResponse>(client, "check", check);
    const failures = bad.getFailuresList().map((f) => [f.getProperty(), f.getReason()]);
    assert.deepEqual(
      failures.map(([p]) => p),
      ["filters", "owner"],
    );
    assert.match(failures[0][1], /filters\[0\]\.name "state" is not a pool filter/);
    assert.match(failures[1][1], /can't be used together with poolIds/);

    check.setNews(withProvider({ filters: UNKNOWN, owner: "SELF" }));
    const unknown = await rpc<provproto.CheckRequest, provproto.CheckResponse>(client, "check", check);
    assert.deepEqual(unknown.getFailuresList(), []);
  });

  it("reports a failing lookup as an error naming the pool, not as empty results", async () => {
    const create = new provproto.CreateRequest();
    create.setUrn(urn);
    create.setProperties(withProvider({ poolIds: [seeded[0].poolId!, "pool-gone"] }));
    await assert.rejects(
      rpc(client, "create", create),
      (err: grpc.ServiceError) =>
        /Pool pool-gone was not found in us-east-1/.test(err.details) && !err.details.includes(SENTINEL),
    );
    assert.ok(!server.output().includes(SENTINEL), "the server logged no credentials");
  });
});
