// Every policy of the sms-pools-guard pack, in the order the engine runs them.
import type { Policies } from "@pulumi/policy";
import { lookedUpPoolsProtected } from "./lookupRules";
import { selfManagedOptOuts } from "./optOutRules";
import { originationIdentityDeletionProtection } from "./originationIdentityRules";
import { poolDeletionProtection, poolSharedRoutes } from "./poolRules";
import { requiredTags } from "./tagRules";
import { twoWayChannelConfigured } from "./twoWayRules";

export const POLICY_PACK_NAME = "sms-pools-guard";

export const POLICY_PACK_DESCRIPTION =
  "Guards AWS End User Messaging SMS infrastructure: deletion protection for pools, phone numbers and " +
  "sender IDs (declared or looked up with PoolLookup), shared routes, opt-out lists, two-way channels and tags.";

export const policies: Policies = [
  poolDeletionProtection,
  originationIdentityDeletionProtection,
  poolSharedRoutes,
  selfManagedOptOuts,
  twoWayChannelConfigured,
  requiredTags,
  lookedUpPoolsProtected,
];
