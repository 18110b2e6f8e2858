import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { getPool, getPoolOutput, getPools, getPoolsOutput, PoolLookup, PoolQueryError } from "../../index";
import { POOL_LOOKUP_TOKEN } from "../../sdk/tokens";
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
});

describe("sdk: lookups during preview (setMocks with preview)", () => {
  const recorded = useMocks(
    (args) => ({ pools: ((args.inputs.poolIds as string[]) ?? []).map(pool) }),
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
