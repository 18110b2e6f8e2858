// Lookups given no region, profile or endpoint: stack config and the environment decide where they go.
import { getPoolsOutput, PoolLookup } from "pulumi-sms-pools";

const listed = getPoolsOutput({});
const recorded = new PoolLookup("recorded", {});

export const listedRegion = listed.region;
export const listedIds = listed.ids;
export const recordedRegion = recorded.region;
export const recordedIds = recorded.ids;
