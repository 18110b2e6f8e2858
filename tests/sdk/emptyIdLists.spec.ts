// An ID list given empty means every resource, as AWS takes a request without one; the lookup says so with a
// warning, since a list computed to nothing would otherwise widen what a stack grants without a word.
import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { getPhoneNumbers, getPools, PoolLookup } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { seedPools, withEmulator } from "../support/emulator";
import { settle, useMocks } from "../support/pulumi";

/** What `pulumi.log.warn` printed (outside the engine it writes to console.warn) while `body` ran. */
async function warnings(body: () => Promise<unknown>): Promise<string[]> {
  const printed: string[] = [];
  const original = console.warn;
  console.warn = (...parts: unknown[]) => {
    printed.push(parts.join(" "));
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return printed;
}

const POOLS_WARNING =
  "warning: [runtime] getPools: poolIds is an empty list, so every pool is looked up, as DescribePools does without PoolIds; leave poolIds out to mean every pool without this warning, or check what computed the list";

describe("sdk: an empty ID list", () => {
  const holder = withEmulator({ seed: { pools: seedPools(3) } });
  const opts = () => ({ endpoint: holder.emulator.endpoint, region: "us-east-1" });
  after(resetClients);

  it("looks up every pool, as AWS does, and warns once; no list or a non-empty one warns nothing", async () => {
    let all: Awaited<ReturnType<typeof getPools>> | undefined;
    assert.deepEqual(
      await warnings(async () => {
        all = await getPools({ poolIds: [] }, opts());
      }),
      [POOLS_WARNING],
    );
    assert.deepEqual(all, await getPools({}, opts()));
    assert.equal(all?.pools.length, 3);
    assert.deepEqual(await warnings(() => getPools({}, opts())), []);
    assert.deepEqual(await warnings(() => getPools({ poolIds: [all!.ids[0]] }, opts())), []);
  });

  it("warns for every kind's ID list (phoneNumberIds)", async () => {
    assert.deepEqual(await warnings(() => getPhoneNumbers({ phoneNumberIds: [] }, opts())), [
      "warning: [runtime] getPhoneNumbers: phoneNumberIds is an empty list, so every phone number is looked up, as DescribePhoneNumbers does without PhoneNumberIds; leave phoneNumberIds out to mean every phone number without this warning, or check what computed the list",
    ]);
  });

  describe("PoolLookup (under mocks)", () => {
    useMocks(() => ({}));

    it("warns when its poolIds resolve to an empty list, also from an Output", async () => {
      const printed = await warnings(async () => {
        const lookup = new PoolLookup("computed", { poolIds: pulumi.output([] as string[]) });
        await settle(lookup.urn);
        await settle(pulumi.output(lookup.id));
      });
      assert.deepEqual(printed, [
        "warning: [runtime] PoolLookup computed: poolIds is an empty list, so every pool is looked up, as DescribePools does without PoolIds; leave poolIds out to mean every pool without this warning, or check what computed the list",
      ]);
      const quiet = await warnings(async () => {
        const lookup = new PoolLookup("listing", {});
        await settle(pulumi.output(lookup.id));
      });
      assert.deepEqual(quiet, []);
    });
  });
});
