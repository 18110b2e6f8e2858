// A pool created in the same update as the lookups that depend on it: dependsOn on an Output form, and a
// PoolLookup whose query is unknown at preview.
import * as pulumi from "@pulumi/pulumi";
import { getPoolsOutput, PoolLookup } from "pulumi-sms-pools";

interface LanePoolInputs {
  readonly endpoint: string;
  readonly originationIdentity: string;
}

/** Creates a promotional pool in the emulator, as an AWS provider would (the lane has none it can build). */
const lanePoolProvider: pulumi.dynamic.ResourceProvider = {
  async create(inputs: LanePoolInputs) {
    const sms: typeof import("@aws-sdk/client-pinpoint-sms-voice-v2") = require("@aws-sdk/client-pinpoint-sms-voice-v2");
    const client = new sms.PinpointSMSVoiceV2Client({ endpoint: inputs.endpoint, region: "us-east-1" });
    const created = await client.send(
      new sms.CreatePoolCommand({
        OriginationIdentity: inputs.originationIdentity,
        IsoCountryCode: "US",
        MessageType: "PROMOTIONAL",
      }),
    );
    const poolId = created.PoolId as string;
    return { id: poolId, outs: { ...inputs, poolId, poolArn: created.PoolArn } };
  },
  async delete(id: string, props: LanePoolInputs) {
    const sms: typeof import("@aws-sdk/client-pinpoint-sms-voice-v2") = require("@aws-sdk/client-pinpoint-sms-voice-v2");
    const client = new sms.PinpointSMSVoiceV2Client({ endpoint: props.endpoint, region: "us-east-1" });
    await client.send(new sms.DeletePoolCommand({ PoolId: id }));
  },
};

class LanePool extends pulumi.dynamic.Resource {
  declare readonly poolId: pulumi.Output<string>;
  constructor(name: string, args: LanePoolInputs) {
    super(
      lanePoolProvider,
      name,
      { ...args, poolId: undefined, poolArn: undefined },
      undefined,
      "lane",
      "Pool",
    );
  }
}

const lane = new pulumi.Config("lane");
const fresh = new LanePool("fresh", {
  endpoint: lane.require("endpoint"),
  originationIdentity: lane.require("phoneNumberId"),
});
const promotional = [{ name: "message-type", values: ["PROMOTIONAL"] }];

export const freshPoolId = fresh.poolId;
export const promotionalAfterCreate = getPoolsOutput({ filters: promotional }, { dependsOn: [fresh] }).ids;
export const recordedIds = new PoolLookup("fresh-lookup", { poolIds: [fresh.poolId] }).ids;
