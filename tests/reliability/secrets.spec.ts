// Secrets: sentinel credentials in the environment, in a profile file and in stack config (secret values
// included) never reach PoolLookup's serialized `__provider`, lookup results, error messages or anything
// written to the console; secret inputs give secret outputs where Pulumi lets them.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as util from "node:util";
import * as grpc from "@grpc/grpc-js";
import * as pulumi from "@pulumi/pulumi";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { getPool, getPoolOutput, getPools, getPoolsOutput, PoolLookup } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { createPoolLookup } from "../../provider/dynamicProvider/lifecycle";
import { poolLookupProvider } from "../../provider/dynamicProvider/serialized";
import { seedPools, withEmulator } from "../support/emulator";
import { makeInstalledProject } from "../support/installedPackage";
import { type PluginProcess, pulumiCommand, rpc, spawnPluginServer } from "../support/pluginServer";
import { settle, useMocks } from "../support/pulumi";

const SENTINEL = {
  envKeyId: "AKIDSENTINELENV00001",
  envSecret: "sentinel-env-secret-2c9a41",
  envToken: "sentinel-env-session-token-77e0b3",
  profileKeyId: "AKIDSENTINELPROFILE1",
  profileSecret: "sentinel-profile-secret-d41f08",
  profileToken: "sentinel-profile-session-token-9a3c",
  configSecret: "sentinel-config-secret-key-5e6f",
  configToken: "sentinel-config-secret-token-0b1d",
};
/** Values that are secret: key IDs may appear in the Authorization header AWS receives, never here either. */
const FORBIDDEN = Object.values(SENTINEL);
const PROFILE = "sentinel-profile";
const POOLS = seedPools(6);
const OWN_ID = POOLS[0].poolId!;

function leaked(text: string): string[] {
  return FORBIDDEN.filter((s) => text.includes(s));
}

/** Everything written to the console and to stdout/stderr while `run` runs. */
async function captured<T>(run: () => Promise<T>): Promise<{ value?: T; error?: unknown; output: string }> {
  let output = "";
  const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
  const savedConsole = methods.map((m) => console[m]);
  const savedWrites = [process.stdout.write, process.stderr.write];
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      output += `${util.format(...args)}\n`;
    };
  }
  const tap = (chunk: unknown) => {
    output += String(chunk);
    return true;
  };
  process.stdout.write = tap as typeof process.stdout.write;
  process.stderr.write = tap as typeof process.stderr.write;
  try {
    return { value: await run(), output };
  } catch (error) {
    return { error, output };
  } finally {
    methods.forEach((m, i) => {
      console[m] = savedConsole[i] as never;
    });
    [process.stdout.write, process.stderr.write] = savedWrites;
  }
}

/** The ways an error reaches a person: message, stack, Node's default rendering, JSON. */
function renderings(error: unknown): string {
  const e = error as Error & { cause?: Error };
  return [
    e?.message,
    e?.stack,
    e?.cause?.message,
    util.inspect(error),
    util.inspect(error, { depth: 8 }),
    JSON.stringify(error),
  ].join("\n");
}

/** Every string reachable from `root` through own properties, enumerable or not (symbols too). */
function reachableWith(root: unknown, needles: readonly string[]): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, where: string, depth: number) => {
    if (typeof value === "string") {
      for (const n of needles) if (value.includes(n)) found.push(`${where} holds ${n}`);
      return;
    }
    if (depth > 16 || value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      let child: unknown;
      try {
        child = (value as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      walk(child, `${where}.${String(key)}`, depth + 1);
    }
  };
  walk(root, "error", 0);
  return found;
}

describe("reliability: secrets stay out of state, results, errors and logs", function () {
  this.timeout(60_000);
  const holder = withEmulator({ seed: { pools: POOLS } });
  const savedEnv = { ...process.env };
  let savedConfig: Record<string, string>;
  let awsDir: string;

  before(() => {
    awsDir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-secrets-"));
    fs.writeFileSync(
      path.join(awsDir, "credentials"),
      `[${PROFILE}]\naws_access_key_id = ${SENTINEL.profileKeyId}\n` +
        `aws_secret_access_key = ${SENTINEL.profileSecret}\naws_session_token = ${SENTINEL.profileToken}\n`,
    );
    fs.writeFileSync(path.join(awsDir, "config"), `[profile ${PROFILE}]\nregion = us-east-1\n`);
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: SENTINEL.envKeyId,
      AWS_SECRET_ACCESS_KEY: SENTINEL.envSecret,
      AWS_SESSION_TOKEN: SENTINEL.envToken,
      AWS_SHARED_CREDENTIALS_FILE: path.join(awsDir, "credentials"),
      AWS_CONFIG_FILE: path.join(awsDir, "config"),
    });
    savedConfig = pulumi.runtime.allConfig();
    pulumi.runtime.setAllConfig(
      {
        "aws:secretKey": SENTINEL.configSecret,
        "aws:token": SENTINEL.configToken,
        "aws:region": "us-east-1",
      },
      ["aws:secretKey", "aws:token"],
    );
    resetClients();
  });
  after(() => {
    process.env = savedEnv;
    pulumi.runtime.setAllConfig(savedConfig, []);
    fs.rmSync(awsDir, { recursive: true, force: true });
    resetClients();
  });
  const opts = () => ({ endpoint: holder.emulator.endpoint });

  it("the serialized provider (__provider) captures no credential and no config", async () => {
    const sf = await pulumi.runtime.serializeFunction(() => poolLookupProvider, { allowSecrets: true });
    assert.equal(sf.containsSecrets, false);
    assert.deepEqual(leaked(sf.text), []);
    assert.ok(!sf.text.includes("us-east-1") && !sf.text.includes(PROFILE), "no config values either");
  });

  it("(the console capture sees console calls and direct writes)", async () => {
    const { output } = await captured(async () => {
      console.warn("via console");
      process.stderr.write("via stderr");
    });
    assert.match(output, /via console\n[\s\S]*via stderr/);
  });

  const lookups: Array<[string, () => Promise<unknown>]> = [
    ["getPools with environment credentials", () => getPools({}, opts())],
    ["getPools with the profile's credentials", () => getPools({}, { ...opts(), profile: PROFILE })],
    [
      "getPool by ARN",
      () => getPool({ poolId: `arn:aws:sms-voice:us-east-1:123456789012:pool/${OWN_ID}` }, opts()),
    ],
    [
      "PoolLookup's provider, configured with the stack's secrets",
      async () => {
        const config: Record<string, string> = {
          "sms-pools:endpoint": holder.emulator.endpoint,
          "sms-pools:profile": PROFILE,
          "aws:secretKey": SENTINEL.configSecret,
          "aws:token": SENTINEL.configToken,
        };
        const provider = { ...poolLookupProvider };
        await provider.configure!({ config: { get: (k: string) => config[k] } } as never);
        const created = await provider.create({ poolIds: [OWN_ID] });
        assert.ok(
          !JSON.stringify(provider).includes(SENTINEL.configSecret),
          "configure kept only what it needs",
        );
        return created;
      },
    ],
  ];
  for (const [name, run] of lookups) {
    it(`${name}: the result and the console hold no secret`, async () => {
      const { value, error, output } = await captured(run);
      assert.equal(error, undefined, `lookup failed: ${error}`);
      assert.ok(JSON.stringify(value).includes(OWN_ID), "the lookup found the pools");
      assert.deepEqual(leaked(JSON.stringify(value)), [], "result");
      assert.deepEqual(leaked(output), [], `console: ${output}`);
    });
  }

  const failures: Array<[string, () => Promise<unknown>, RegExp]> = [
    ["a missing pool", () => getPools({ poolIds: ["pool-missing"] }, opts()), /ResourceNotFoundException/],
    [
      "a missing pool, with the profile's credentials",
      () => getPool({ poolId: "pool-missing" }, { ...opts(), profile: PROFILE }),
      /ResourceNotFoundException/,
    ],
    [
      "a profile that does not exist",
      () => getPools({}, { ...opts(), profile: "no-such-profile" }),
      /CredentialsProviderError/,
    ],
    [
      "throttling to the end",
      async () => {
        holder.emulator.setFaults([{ operation: "DescribePools", throttle: { first: 10 } }]);
        return getPools({ owner: "SELF" }, { ...opts(), maxAttempts: 2 });
      },
      /ThrottlingException/,
    ],
    [
      "a dropped connection",
      async () => {
        holder.emulator.setFaults([{ operation: "DescribePools", drop: { first: 10 } }]);
        return getPools({ owner: "SHARED" }, { ...opts(), maxAttempts: 1 });
      },
      /socket hang up/,
    ],
    [
      "PoolLookup's provider, for a missing pool",
      async () => {
        const provider = { ...poolLookupProvider };
        const config: Record<string, string> = {
          "sms-pools:endpoint": holder.emulator.endpoint,
          "sms-pools:region": "us-east-1",
          "aws:token": SENTINEL.configToken,
        };
        await provider.configure!({ config: { get: (k: string) => config[k] } } as never);
        return provider.create({ poolIds: ["pool-missing"] });
      },
      /Pool pool-missing was not found/,
    ],
  ];
  for (const [name, run, says] of failures) {
    it(`${name}: the error, however it is shown, and the console hold no secret`, async () => {
      resetClients();
      const { error, output } = await captured(run);
      assert.ok(error instanceof Error, "the lookup failed");
      assert.match(error.message, says);
      assert.deepEqual(leaked(renderings(error)), [], renderings(error));
      assert.deepEqual(leaked(output), [], `console: ${output}`);
    });
  }

  it("a failing lookup's error object holds no credential anywhere (the SDK's raw request is not kept as its cause)", async () => {
    const error = await getPools({ poolIds: ["pool-missing"] }, opts()).catch((e: unknown) => e);
    assert.ok(error instanceof Error);
    assert.deepEqual(reachableWith(error, FORBIDDEN), []);
  });

  /** The inputs as the engine sends them to a provider that does not accept secrets: markers removed. */
  const withoutSecretMarkers = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutSecretMarkers);
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    if (record[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig) {
      return withoutSecretMarkers(record.value);
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutSecretMarkers(v)]));
  };

  describe("PoolLookup under mocks, created by its real provider against the emulator", () => {
    const recorded = useMocks(
      () => undefined,
      async (args) => {
        // What the engine does: the provider's create, sent the inputs without secret markers.
        const { id, outs } = await createPoolLookup(withoutSecretMarkers(args.inputs) as object, {
          smsPools: { endpoint: holder.emulator.endpoint, region: "us-east-1" },
        });
        return { id, state: outs as unknown as Record<string, unknown> };
      },
    );

    it("registers inputs and a __provider without any secret", async () => {
      const lookup = new PoolLookup("secrets", { poolIds: [OWN_ID] });
      await settle(lookup.urn);
      const registered = JSON.stringify(recorded.resources[0].inputs);
      assert.match(registered, /__provider/);
      assert.deepEqual(leaked(registered), []);
      assert.equal(recorded.resources[0].inputs.resultsSecret, false);
      assert.equal((await settle(lookup.ids)).secret, false, "plain inputs, plain results");
    });

    it("a secret input makes every result secret, in the program and in what the provider stores", async () => {
      const lookup = new PoolLookup("secret-input", { poolIds: pulumi.secret([OWN_ID]) });
      const outputs = lookup as unknown as Record<string, pulumi.Output<unknown>>;
      for (const name of ["pools", "ids", "arns", "count"]) {
        const { value, secret } = await settle(outputs[name]);
        assert.equal(secret, true, name);
        assert.ok(value !== undefined, name);
      }
      assert.deepEqual((await settle(lookup.ids)).value, [OWN_ID]);
      assert.equal(recorded.resources[0].inputs.resultsSecret, true);
    });
  });

  describe("secret inputs give secret outputs (getPoolsOutput, getPoolOutput)", () => {
    const cases: Array<[string, () => pulumi.Output<unknown>]> = [
      [
        "secret poolIds",
        () => getPoolsOutput({ poolIds: pulumi.secret([OWN_ID]) }, { ...opts(), region: "us-east-1" }),
      ],
      ["one secret pool ID in the list", () => getPoolsOutput({ poolIds: [pulumi.secret(OWN_ID)] }, opts())],
      [
        "secret filter values",
        () =>
          getPoolsOutput(
            { filters: [{ name: "status", values: pulumi.secret(["ACTIVE", "CREATING", "DELETING"]) }] },
            opts(),
          ),
      ],
      ["secret region", () => getPoolsOutput({ region: pulumi.secret("us-east-1") }, opts())],
      ["secret poolId for getPoolOutput", () => getPoolOutput({ poolId: pulumi.secret(OWN_ID) }, opts())],
    ];
    for (const [name, output] of cases) {
      it(name, async () => {
        const { value, secret, known } = await settle(output());
        assert.ok(JSON.stringify(value).includes(OWN_ID));
        assert.equal(known, true);
        assert.equal(secret, true);
      });
    }

    it("plain inputs give a plain output", async () => {
      assert.equal((await settle(getPoolsOutput({ poolIds: [OWN_ID] }, opts()))).secret, false);
    });
  });
});

describe("reliability: secrets through @pulumi/pulumi's dynamic-provider server (gRPC)", function () {
  this.timeout(60_000);
  const holder = withEmulator({ seed: { pools: POOLS } });
  let project: ReturnType<typeof makeInstalledProject>;
  let server: PluginProcess;
  let client: provrpc.ResourceProviderClient;
  let providerText: string;
  let awsDir: string;
  const urn = "urn:pulumi:stack::project::pulumi-nodejs:dynamic/sms-pools:PoolLookup::lookup";

  before(async () => {
    project = makeInstalledProject();
    awsDir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-secrets-"));
    fs.writeFileSync(
      path.join(awsDir, "credentials"),
      `[${PROFILE}]\naws_access_key_id = ${SENTINEL.profileKeyId}\n` +
        `aws_secret_access_key = ${SENTINEL.profileSecret}\naws_session_token = ${SENTINEL.profileToken}\n`,
    );
    providerText = (await pulumi.runtime.serializeFunction(() => poolLookupProvider)).text;
    server = await spawnPluginServer(pulumiCommand("dynamic-provider"), [], project.dir, {
      ...process.env,
      AWS_ACCESS_KEY_ID: SENTINEL.envKeyId,
      AWS_SECRET_ACCESS_KEY: SENTINEL.envSecret,
      AWS_SESSION_TOKEN: SENTINEL.envToken,
      AWS_SHARED_CREDENTIALS_FILE: path.join(awsDir, "credentials"),
    });
    client = new provrpc.ResourceProviderClient(server.address, grpc.credentials.createInsecure());
    // The engine hands a dynamic provider the whole stack config, secrets in plain text (it does not accept secrets).
    const configure = new provproto.ConfigureRequest();
    configure.setArgs(
      Struct.fromJavaScript({
        "sms-pools:endpoint": holder.emulator.endpoint,
        "sms-pools:region": "us-east-1",
        "sms-pools:profile": PROFILE,
        "aws:secretKey": SENTINEL.configSecret,
        "aws:token": SENTINEL.configToken,
      }),
    );
    await rpc(client, "configure", configure);
  });
  after(async () => {
    client?.close();
    await server?.stop();
    project?.remove();
    fs.rmSync(awsDir, { recursive: true, force: true });
  });

  const create = (props: Record<string, unknown>) => {
    const req = new provproto.CreateRequest();
    req.setUrn(urn);
    req.setProperties(Struct.fromJavaScript({ ...props, __provider: providerText } as never));
    return rpc<provproto.CreateRequest, provproto.CreateResponse>(client, "create", req);
  };

  it("Create's outputs, a failing Create's error and the server's output hold no secret", async () => {
    const created = await create({ poolIds: [OWN_ID] });
    const outs = JSON.stringify(created.getProperties()!.toJavaScript());
    assert.match(outs, new RegExp(OWN_ID));
    assert.deepEqual(leaked(outs), []);

    const failure = await create({ poolIds: ["pool-missing"] }).then(
      () => assert.fail("a missing pool must fail Create"),
      (err: grpc.ServiceError) => err,
    );
    assert.match(failure.details, /Pool pool-missing was not found in us-east-1/);
    assert.deepEqual(leaked(failure.details), []);
    assert.deepEqual(leaked(server.output()), [], server.output());
    assert.ok(
      holder.emulator.requests.every((r) => !leaked(JSON.stringify(r)).length),
      "the lookups used the profile; nothing secret was sent in a request body",
    );
  });
});
