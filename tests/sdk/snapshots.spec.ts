import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { getOptOutListsOutput, getPools, getPoolsOutput, PoolQueryError } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { seedPools, withEmulator } from "../support/emulator";
import { settle, useMocks } from "../support/pulumi";

const active = [{ name: "status" as const, values: ["ACTIVE"] }];
const promotional = [{ name: "message-type" as const, values: ["PROMOTIONAL"] }];
const transactional = [{ name: "message-type" as const, values: ["TRANSACTIONAL"] }];

describe("sdk: a Pulumi run's lookups share one snapshot per listing scope", () => {
  const holder = withEmulator({ seed: { pools: seedPools(150) } });
  const opts = (extra: object = {}) => ({
    endpoint: holder.emulator.endpoint,
    region: "us-east-1",
    ...extra,
  });
  const requests = () => holder.emulator.requests.filter((r) => r.operation === "DescribePools").length;
  after(resetClients);

  describe("in a run (setMocks)", () => {
    useMocks(() => ({}));
    const saved = pulumi.runtime.allConfig();
    afterEach(() => pulumi.runtime.setAllConfig(saved, []));

    it("serves the third different listing without a request", async () => {
      await getPools({ filters: active }, opts());
      await getPools({ filters: promotional }, opts());
      const before = requests();
      const result = await getPools({ filters: transactional }, opts());
      assert.equal(requests(), before);
      assert.ok(result.pools.length > 0 && result.pools.every((p) => p.messageType === "TRANSACTIONAL"));
    });

    it("opts.snapshot false sends the lookup to AWS", async () => {
      await getPools({ filters: active }, opts());
      await getPools({ filters: promotional }, opts());
      const before = requests();
      await getPools({ filters: transactional }, opts({ snapshot: false }));
      assert.ok(requests() > before);
    });

    it("sms-pools:snapshot false sends every lookup of the stack to AWS", async () => {
      pulumi.runtime.setAllConfig({ ...saved, "sms-pools:snapshot": "false" }, []);
      await getPools({ filters: active }, opts());
      await getPools({ filters: promotional }, opts());
      const before = requests();
      await getPools({ filters: transactional }, opts());
      assert.ok(requests() > before);
    });

    it("an Output form that waits on dependsOn goes to AWS, unless snapshot true says otherwise", async () => {
      // A resource of the program that could have created pools after the run's snapshot was taken.
      const made = new (class extends pulumi.CustomResource {})("test:index:Pool", "made", {});
      await getPools({ filters: active }, opts());
      await getPools({ filters: promotional }, opts());
      let before = requests();
      await settle(getPoolsOutput({ filters: transactional }, opts({ dependsOn: [made] })));
      assert.ok(requests() > before, "after its dependencies, AWS as it is now");
      before = requests();
      await settle(getPoolsOutput({ filters: transactional }, opts({ dependsOn: made, snapshot: true })));
      assert.equal(requests(), before, "snapshot: true keeps the run's snapshot");
      before = requests();
      await settle(getPoolsOutput({ filters: transactional }, opts({ dependsOn: [] })));
      assert.equal(requests(), before, "no dependencies, the snapshot");
      const listsBefore = holder.emulator.requests.length;
      await settle(getOptOutListsOutput({}, opts({ dependsOn: [made] })));
      await settle(getOptOutListsOutput({}, opts({ dependsOn: [made] })));
      assert.equal(holder.emulator.requests.length - listsBefore, 2, "every kind's Output form");
    });

    it("a snapshot option that is no boolean is refused by name", async () => {
      await assert.rejects(
        getPools({}, opts({ snapshot: "no" })),
        (err: unknown) =>
          err instanceof PoolQueryError && /snapshot "no" must be true or false/.test(err.message),
      );
      pulumi.runtime.setAllConfig({ ...saved, "sms-pools:snapshot": "off" }, []);
      await assert.rejects(getPools({}, opts()), /snapshot "off" must be "true" or "false"/);
    });
  });

  describe("outside a Pulumi run (plain Node)", () => {
    it("every listing goes to AWS", async () => {
      await getPools({ filters: active }, opts());
      await getPools({ filters: promotional }, opts());
      const before = requests();
      await getPools({ filters: transactional }, opts());
      assert.ok(requests() > before);
    });
  });
});
