// Record a lookup in stack state: policy packs see its pools and `pulumi refresh` shows when they change.
import { PoolLookup } from "pulumi-sms-pools";

const transactional = new PoolLookup("transactional-pools", {
  filters: [{ name: "message-type", values: ["TRANSACTIONAL"] }],
  owner: "SELF",
});

// Pools shared with this account by the platform team, named by ARN.
const shared = new PoolLookup("shared-pools", { owner: "SHARED" });

export const transactionalCount = transactional.count;
export const transactionalIds = transactional.ids;
export const sharedArns = shared.arns;
