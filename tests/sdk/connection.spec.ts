import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import * as pulumi from "@pulumi/pulumi";
import { getPools } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { seedPools, withEmulator } from "../support/emulator";
import { makeInstalledProject } from "../support/installedPackage";
import { useMocks } from "../support/pulumi";

/** Sets (or, for undefined, removes) environment variables. */
function setEnv(vars: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

/** Sets environment variables for one test and restores them after. */
function withEnv(vars: Record<string, string | undefined>, body: () => Promise<void>) {
  return async () => {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    setEnv(vars);
    resetClients();
    try {
      await body();
    } finally {
      setEnv(saved);
      resetClients();
    }
  };
}

describe("sdk: where a lookup connects (args, options, stack config, AWS SDK chain)", () => {
  const holder = withEmulator({
    seed: {
      pools: [
        ...seedPools(3),
        ...seedPools(2, { region: "eu-west-1" }).map((p, i) => ({ ...p, poolId: `pool-eu${i}` })),
      ],
    },
  });
  afterEach(async () => {
    await pulumi.runtime.setConfig("sms-pools:region", "");
    await pulumi.runtime.setConfig("sms-pools:endpoint", "");
    await pulumi.runtime.setConfig("aws:region", "");
  });

  it("takes the longest timeoutMs a timer holds (2^31 - 1 ms) and looks up with it", async () => {
    const result = await getPools(
      {},
      { endpoint: holder.emulator.endpoint, region: "eu-west-1", timeoutMs: 2 ** 31 - 1 },
    );
    assert.deepEqual(result.ids, ["pool-eu0", "pool-eu1"]);
  });

  it("uses stack config sms-pools:endpoint and sms-pools:region when the call gives none", async () => {
    await pulumi.runtime.setConfig("sms-pools:endpoint", holder.emulator.endpoint);
    await pulumi.runtime.setConfig("sms-pools:region", "eu-west-1");
    await pulumi.runtime.setConfig("aws:region", "us-east-1");
    const result = await getPools();
    assert.equal(result.region, "eu-west-1");
    assert.deepEqual(result.ids, ["pool-eu0", "pool-eu1"]);
  });

  it("falls back to aws:region, and args.region beats everything", async () => {
    await pulumi.runtime.setConfig("aws:region", "eu-west-1");
    const fromAws = await getPools({}, { endpoint: holder.emulator.endpoint });
    assert.equal(fromAws.region, "eu-west-1");
    const fromArgs = await getPools(
      { region: "us-east-1" },
      { endpoint: holder.emulator.endpoint, region: "eu-west-1" },
    );
    assert.equal(fromArgs.region, "us-east-1");
    assert.equal(fromArgs.pools.length, 3);
  });

  it(
    "falls back to AWS_REGION and AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 from the AWS SDK's chain",
    withEnv(
      { AWS_REGION: "eu-west-1", AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: "http://127.0.0.1:9" },
      async () => {
        process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 = holder.emulator.endpoint;
        const result = await getPools();
        assert.equal(result.region, "eu-west-1");
        assert.equal(result.pools.length, 2);
        assert.equal(holder.emulator.requests.length, 1);
      },
    ),
  );

  it("reads region and credentials from a named profile", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-aws-"));
    fs.writeFileSync(path.join(dir, "config"), "[profile sms]\nregion = eu-west-1\n");
    fs.writeFileSync(
      path.join(dir, "credentials"),
      "[sms]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\n",
    );
    await withEnv(
      {
        AWS_CONFIG_FILE: path.join(dir, "config"),
        AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
      },
      async () => {
        const result = await getPools({}, { endpoint: holder.emulator.endpoint, profile: "sms" });
        // No keys in the environment: the signed request could only use the profile's.
        assert.equal(result.region, "eu-west-1");
        assert.equal(result.pools.length, 2);
      },
    )();
    fs.rmSync(dir, { recursive: true });
  });

  it(
    "says how to set a region when none is found, before sending anything",
    withEnv({ AWS_REGION: undefined }, async () => {
      await assert.rejects(
        getPools({}, { endpoint: holder.emulator.endpoint }),
        /No AWS region for the SMS pool lookup: pass region, or `pulumi config set sms-pools:region/,
      );
      assert.equal(holder.emulator.requests.length, 0);
    }),
  );

  describe("under setMocks with an explicit endpoint", () => {
    const recorded = useMocks(() => ({ pools: [] }));
    it("goes to the endpoint, not to mocks.call", async () => {
      const result = await getPools({ region: "us-east-1" }, { endpoint: holder.emulator.endpoint });
      assert.equal(result.pools.length, 3);
      assert.equal(recorded.calls.length, 0);
    });
    it("goes to the endpoint set in stack config (sms-pools:endpoint), as a stack's own tests do", async () => {
      await pulumi.runtime.setConfig("sms-pools:endpoint", holder.emulator.endpoint);
      const result = await getPools({ region: "us-east-1", owner: "SELF" });
      assert.equal(result.pools.length, 3);
      assert.equal(recorded.calls.length, 0);
    });
  });
});

describe("sdk: in a plain Node script with no engine, from an installed package", () => {
  const holder = withEmulator({ seed: { pools: seedPools(120) } });
  it("looks up pools with only environment settings", async () => {
    const project = makeInstalledProject();
    try {
      const script = `require("pulumi-sms-pools").getPools({ filters: [{ name: "status", values: ["ACTIVE"] }] })
        .then((r) => console.log(JSON.stringify({ n: r.pools.length, region: r.region })))`;
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], {
        cwd: project.dir,
        env: { ...process.env, AWS_REGION: "us-east-1", AWS_ENDPOINT_URL: holder.emulator.endpoint },
      });
      const expected = seedPools(120).filter((p) => p.status === "ACTIVE").length;
      assert.deepEqual(JSON.parse(stdout), { n: expected, region: "us-east-1" });
    } finally {
      project.remove();
    }
  });
});
