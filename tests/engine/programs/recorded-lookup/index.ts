// One PoolLookup whose query comes from stack config, so a spec can change it between updates.
import * as pulumi from "@pulumi/pulumi";
import { PoolLookup } from "pulumi-sms-pools";

const lane = new pulumi.Config("lane");
const lookup = new PoolLookup("recorded", {
  filters: [{ name: "message-type", values: [lane.get("messageType") ?? "TRANSACTIONAL"] }],
});

// A second lookup only when asked, so a spec can see whether a failed update created it.
if (lane.getBoolean("second")) {
  new PoolLookup("second", { filters: [{ name: "message-type", values: ["PROMOTIONAL"] }] });
}

export const ids = lookup.ids;
export const pools = lookup.pools;
export const region = lookup.region;
