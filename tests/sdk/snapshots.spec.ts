import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { getPools, PoolQueryError } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { seedPools, withEmulator } from "../support/emulator";
import { useMocks } from "../support/pulumi";

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
