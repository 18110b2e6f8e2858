import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import {
  GET_POOL_TOKEN,
  GET_POOLS_TOKEN,
  getPool,
  getPoolOutput,
  getPools,
  getPoolsOutput,
  POOL_LOOKUP_TOKEN,
  PoolLookup,
  type PoolLookupArgs,
  PoolQueryError,
} from "../../index";
import { resetClients } from "../../provider/aws/client";
import { poolFixture } from "../support/pools";
import { settle, useMocks } from "../support/pulumi";

const arn = (id: string) => `arn:aws:sms-voice:eu-west-1:123456789012:pool/${id}`;
const pool = (id: string) => poolFixture(id, { poolArn: arn(id) });

describe("sdk: lookups under pulumi.runtime.setMocks", () => {
  const recorded = useMocks((args) => {
    if (args.token === "sms-pools:index:getPools") {
      const ids = (args.inputs.poolIds as string[] | undefined) ?? ["pool-listed"];
      return ids[0] === "pool-useless" ? {} : { pools: ids.map(pool), region: "eu-west-1" };
    }
    if (args.token === "sms-pools:index:getPool") {
      return args.inputs.poolId === "pool-useless" ? undefined : pool(args.inputs.poolId as string);
    }
    return undefined;
  });

  it("routes getPools to mocks.call with the token and camelCase args", async () => {
    const filters = [{ name: "status" as const, values: ["ACTIVE"] }];
    const result = await getPools({ poolIds: ["pool-a", "pool-b"], filters });
    assert.deepEqual(recorded.calls, [
      { token: "sms-pools:index:getPools", inputs: { poolIds: ["pool-a", "pool-b"], filters } },
    ]);
    assert.deepEqual(result.ids, ["pool-a", "pool-b"], "ids derived from the mocked pools");
    assert.deepEqual(result.arns, [arn("pool-a"), arn("pool-b")]);
    assert.equal(result.region, "eu-west-1");
  });

  it("exports from the package root the tokens mocks are called with", async () => {
    await getPools({});
    await getPool({ poolId: "pool-one" });
    assert.deepEqual(
      recorded.calls.map((c) => c.token),
      [GET_POOLS_TOKEN, GET_POOL_TOKEN],
    );
    assert.deepEqual(
      [GET_POOLS_TOKEN, GET_POOL_TOKEN],
      ["sms-pools:index:getPools", "sms-pools:index:getPool"],
    );
  });

  it("routes getPool with its own token", async () => {
    const found = await getPool({ poolId: "pool-one" });
    assert.deepEqual(recorded.calls, [{ token: "sms-pools:index:getPool", inputs: { poolId: "pool-one" } }]);
    assert.equal(found.poolArn, arn("pool-one"));
  });

  it("validates before calling the mock", async () => {
    await assert.rejects(getPools({ owner: "ALL" as "SELF" }), PoolQueryError);
    await assert.rejects(getPool({ poolId: "" }), /poolId "" must be a pool ID/);
    assert.equal(recorded.calls.length, 0);
  });

  it("explains a mock that returns nothing useful", async () => {
    await assert.rejects(
      getPools({ poolIds: ["pool-useless"] }),
      /mocks\.call for sms-pools:index:getPools returned \{\}; under pulumi\.runtime\.setMocks it must return \{ pools: /,
    );
    await assert.rejects(
      getPool({ poolId: "pool-useless" }),
      /mocks\.call for sms-pools:index:getPool returned/,
    );
  });

  it("getPoolsOutput resolves through the mock and keeps secret inputs secret", async () => {
    const plain = await settle(getPoolsOutput({ poolIds: ["pool-a"] }));
    assert.deepEqual(plain.value.ids, ["pool-a"]);
    assert.equal(plain.secret, false);
    const secret = await settle(getPoolsOutput({ poolIds: pulumi.secret(["pool-s"]) }));
    assert.deepEqual(secret.value.ids, ["pool-s"]);
    assert.equal(secret.secret, true);
    const one = await settle(getPoolOutput({ poolId: pulumi.secret("pool-t") }));
    assert.equal(one.value.poolId, "pool-t");
    assert.equal(one.secret, true);
  });

  it("getPoolsOutput waits for Output inputs", async () => {
    const ids = pulumi.output(
      new Promise<string[]>((resolve) => setTimeout(() => resolve(["pool-late"]), 20)),
    );
    const { value } = await settle(getPoolsOutput({ poolIds: ids }));
    assert.deepEqual(value.ids, ["pool-late"]);
  });

  it("registers PoolLookup with its type token and query inputs", async () => {
    const lookup = new PoolLookup("transactional", {
      filters: [{ name: "message-type", values: ["TRANSACTIONAL"] }],
      region: "eu-west-1",
    });
    await settle(lookup.urn);
    assert.equal(recorded.resources.length, 1);
    const [res] = recorded.resources;
    assert.equal(res.type, POOL_LOOKUP_TOKEN);
    assert.equal(res.type, "pulumi-nodejs:dynamic/sms-pools:PoolLookup");
    assert.equal(res.name, "transactional");
    assert.deepEqual(res.inputs.filters, [{ name: "message-type", values: ["TRANSACTIONAL"] }]);
    assert.equal(res.inputs.region, "eu-west-1");
    assert.equal(typeof res.inputs.__provider, "string");
    assert.match(res.inputs.__provider as string, /\("pulumi-sms-pools\/provider"\)/);
  });

  it("refuses arguments PoolLookup would not record, naming each, and registers nothing", () => {
    const args = { poolId: "pool-a", pageSize: 5, includeOriginationIdentities: true, owner: "SELF" };
    assert.throws(
      () => new PoolLookup("typo", args as PoolLookupArgs),
      (err: unknown) =>
        err instanceof PoolQueryError &&
        err.problems.map((p) => p.field).join() === "poolId,pageSize,includeOriginationIdentities" &&
        /poolId is not a PoolLookup argument; did you mean poolIds\?/.test(err.message) &&
        /pageSize .*reads every page/.test(err.message),
    );
    assert.equal(recorded.resources.length, 0);
  });
});

describe("sdk: lookups during preview (setMocks with preview)", () => {
  const recorded = useMocks(
    (args) => ({ pools: ((args.inputs.poolIds as string[]) ?? []).map(pool), region: "eu-west-1" }),
    // A resource still to be created has no ID yet at preview.
    (args) => ({ id: undefined as unknown as string, state: args.inputs }),
    true,
  );

  it("runs lookups whose inputs are known, as Pulumi runs invokes at preview", async () => {
    const { value, known } = await settle(getPoolsOutput({ poolIds: ["pool-a"] }));
    assert.equal(known, true);
    assert.deepEqual(value.ids, ["pool-a"]);
    assert.equal(recorded.calls.length, 1);
  });

  it("leaves the result unknown, without looking up, when it depends on a resource not created yet", async () => {
    class Pending extends pulumi.CustomResource {
      constructor(name: string) {
        super("test:index:Pending", name, {});
      }
    }
    const pending = new Pending("pending");
    const { known } = await settle(getPoolsOutput({ poolIds: ["pool-a"] }, { dependsOn: [pending] }));
    assert.equal(known, false);
    assert.equal(recorded.calls.length, 0);
  });
});

describe("sdk: the region a mocked lookup reports follows the documented order", () => {
  useMocks(() => ({ pools: [pool("pool-a")] }));
  const saved = pulumi.runtime.allConfig();
  afterEach(() => {
    pulumi.runtime.setAllConfig(saved, []);
    delete process.env.AWS_REGION;
    // A cached client remembers the region its chain resolved.
    resetClients();
  });
  const withConfig = (config: Record<string, string>) =>
    pulumi.runtime.setAllConfig({ ...saved, ...config }, []);

  it("args.region first", async () => {
    withConfig({ "sms-pools:region": "eu-central-1" });
    const result = await getPools({ region: "eu-west-2" }, { region: "ap-south-1" });
    assert.equal(result.region, "eu-west-2");
  });

  it("then opts.region, over stack config", async () => {
    withConfig({ "sms-pools:region": "eu-central-1", "aws:region": "us-west-2" });
    assert.equal((await getPools({}, { region: "ap-south-1" })).region, "ap-south-1");
  });

  it("then sms-pools:region, over aws:region", async () => {
    withConfig({ "sms-pools:region": "eu-central-1", "aws:region": "us-west-2" });
    assert.equal((await getPools({})).region, "eu-central-1");
  });

  it("then aws:region, over AWS_REGION", async () => {
    withConfig({ "aws:region": "us-west-2" });
    process.env.AWS_REGION = "ca-central-1";
    assert.equal((await getPools({})).region, "us-west-2");
  });

  it("then the AWS SDK's chain (AWS_REGION)", async () => {
    process.env.AWS_REGION = "ca-central-1";
    assert.equal((await getPools({})).region, "ca-central-1");
  });

  it("and no region at all is the same error as without mocks, not a made-up default", async () => {
    await assert.rejects(
      getPools({}),
      /No AWS region for the SMS pool lookup.*the mock may also return region/,
    );
  });

  it("getPool refuses opts.provider under mocks too, before calling the mock", async () => {
    await assert.rejects(
      getPool({ poolId: "pool-a" }, { provider: {} as never }),
      /opts\.provider is not supported/,
    );
  });
});
