// Every policy of the sms-pools-guard pack, in the order the engine runs them.
import type { Policies } from "@pulumi/policy";
import { configurationSetEventLogging } from "./eventLoggingRules";
import { optOutKeywords } from "./keywordRules";
import { accountDefaultProtectConfiguration, poolHasOriginationIdentity } from "./liveRules";
import { lookedUpPoolsProtected } from "./lookupRules";
import { selfManagedOptOuts } from "./optOutRules";
import { originationIdentityDeletionProtection } from "./originationIdentityRules";
import { poolDeletionProtection, poolSharedRoutes } from "./poolRules";
import {
  protectConfigurationCountries,
  protectConfigurationDeletionProtection,
} from "./protectConfigurationRules";
import { resourcePolicyScope } from "./resourcePolicyRules";
import { requiredTags } from "./tagRules";
import { twoWayChannelConfigured } from "./twoWayRules";

export const POLICY_PACK_NAME = "sms-pools-guard";

export const POLICY_PACK_DESCRIPTION =
  "Guards AWS End User Messaging SMS infrastructure: deletion protection for pools, phone numbers, sender IDs " +
  "and protect configurations (declared or looked up with PoolLookup), resource policies that share them, " +
  "protect configuration countries, event logging, opt-out keywords and lists, shared routes, two-way " +
  "channels and tags.";

export const policies: Policies = [
  poolDeletionProtection,
  originationIdentityDeletionProtection,
  poolSharedRoutes,
  selfManagedOptOuts,
  twoWayChannelConfigured,
  protectConfigurationDeletionProtection,
  resourcePolicyScope,
  protectConfigurationCountries,
  optOutKeywords,
  requiredTags,
  lookedUpPoolsProtected,
  configurationSetEventLogging,
  accountDefaultProtectConfiguration,
  poolHasOriginationIdentity,
];
