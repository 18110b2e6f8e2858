// Served regions through the real SDK: the regions where AWS offers the service answer; any other region is
// refused naming it, as an AWS endpoint refuses a credential scope it does not serve; `regions` overrides the list.

import assert from "node:assert/strict";
import { DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

describe("emulator: served regions", () => {
  const aws = withEmulator({ seed: { pools: [{ poolId: "pool-eu", region: "eu-west-1" }] } });
  const only = withEmulator({ regions: ["us-east-1", "eu-central-1"] });
  const describe = (emulator: typeof aws.emulator, region: string) =>
    sdkClient(emulator, { region, maxAttempts: 1 }).send(new DescribePoolsCommand({}));

  it("serves the regions where AWS offers the service", async () => {
    for (const region of ["us-east-1", "us-gov-west-1", "ap-southeast-4", "il-central-1"]) {
      const { Pools } = await describe(aws.emulator, region);
      assert.deepEqual(Pools, []);
    }
    const { Pools } = await describe(aws.emulator, "eu-west-1");
    assert.deepEqual(
      Pools?.map((p) => p.PoolId),
      ["pool-eu"],
    );
  });

  it("refuses other regions, well-formed ones too, naming the region", async () => {
    for (const region of ["us-east-9", "ap-east-1", "cn-north-1", "eu-west-4"]) {
      const error = await rejectsWith(describe(aws.emulator, region), "InvalidSignatureException");
      assert.equal(error.$metadata.httpStatusCode, 400);
      assert.match(error.message, new RegExp(`not '${region}'`));
    }
    assert.deepEqual(
      aws.emulator.requests.map((r) => [r.operation, r.status, r.errorType]),
      Array(4).fill(["DescribePools", 400, "InvalidSignatureException"]),
    );
  });

  it("serves the regions option instead, and refuses a default region outside it", async () => {
    assert.deepEqual((await describe(only.emulator, "eu-central-1")).Pools, []);
    const error = await rejectsWith(describe(only.emulator, "eu-west-1"), "InvalidSignatureException");
    assert.match(error.message, /not 'eu-west-1'/);
    await assert.rejects(
      startEmulator({ region: "us-east-9" }).then((e) => e.stop()),
      /region "us-east-9" is not served \(End User Messaging SMS is not offered there\)/,
    );
    await assert.rejects(
      startEmulator({ regions: ["eu-west-1"] }).then((e) => e.stop()),
      /region "us-east-1" is not served \(regions\); name one of: eu-west-1/,
    );
    await assert.rejects(
      startEmulator({ regions: [] }).then((e) => e.stop()),
      /regions \[\] must be a non-empty list of region names/,
    );
  });
});
