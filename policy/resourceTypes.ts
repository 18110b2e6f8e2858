// The resource types the pack inspects, and where each of them keeps the properties the rules read.
import type { PropertyPath } from "./properties";

/** The PoolLookup dynamic resource (`new dynamic.Resource(provider, name, props, opts, "sms-pools", "PoolLookup")`). */
export const POOL_LOOKUP_TYPE = "pulumi-nodejs:dynamic/sms-pools:PoolLookup";

/** AWS Cloud Control (`@pulumi/aws-native`) SMS resources. */
export const NATIVE_POOL_TYPE = "aws-native:smsvoice:Pool";
export const NATIVE_PHONE_NUMBER_TYPE = "aws-native:smsvoice:PhoneNumber";
export const NATIVE_SENDER_ID_TYPE = "aws-native:smsvoice:SenderId";
export const NATIVE_CONFIGURATION_SET_TYPE = "aws-native:smsvoice:ConfigurationSet";
export const NATIVE_OPT_OUT_LIST_TYPE = "aws-native:smsvoice:OptOutList";
export const NATIVE_PROTECT_CONFIGURATION_TYPE = "aws-native:smsvoice:ProtectConfiguration";
export const NATIVE_RESOURCE_POLICY_TYPE = "aws-native:smsvoice:ResourcePolicy";

/** AWS classic (`@pulumi/aws`) SMS resources. */
export const CLASSIC_POOL_TYPE = "aws:pinpoint/smsvoicev2Pool:Smsvoicev2Pool";
export const CLASSIC_PHONE_NUMBER_TYPE = "aws:pinpoint/smsvoicev2PhoneNumber:Smsvoicev2PhoneNumber";
export const CLASSIC_SENDER_ID_TYPE = "aws:pinpoint/smsvoicev2SenderId:Smsvoicev2SenderId";
export const CLASSIC_CONFIGURATION_SET_TYPE =
  "aws:pinpoint/smsvoicev2ConfigurationSet:Smsvoicev2ConfigurationSet";
export const CLASSIC_EVENT_DESTINATION_TYPE =
  "aws:pinpoint/smsvoicev2EventDestination:Smsvoicev2EventDestination";
export const CLASSIC_KEYWORD_TYPE = "aws:pinpoint/smsvoicev2Keyword:Smsvoicev2Keyword";
export const CLASSIC_OPT_OUT_LIST_TYPE = "aws:pinpoint/smsvoicev2OptOutList:Smsvoicev2OptOutList";
export const CLASSIC_RESOURCE_POLICY_TYPE = "aws:pinpoint/smsvoicev2ResourcePolicy:Smsvoicev2ResourcePolicy";

export const POOL_TYPES: readonly string[] = [NATIVE_POOL_TYPE, CLASSIC_POOL_TYPE];
const PHONE_NUMBER_TYPES: readonly string[] = [NATIVE_PHONE_NUMBER_TYPE, CLASSIC_PHONE_NUMBER_TYPE];
const SENDER_ID_TYPES: readonly string[] = [NATIVE_SENDER_ID_TYPE, CLASSIC_SENDER_ID_TYPE];
export const ORIGINATION_IDENTITY_TYPES: readonly string[] = [...PHONE_NUMBER_TYPES, ...SENDER_ID_TYPES];
/** Pools and origination identities: the resources that send. */
export const SMS_RESOURCE_TYPES: readonly string[] = [...POOL_TYPES, ...ORIGINATION_IDENTITY_TYPES];
const CONFIGURATION_SET_TYPES: readonly string[] = [
  NATIVE_CONFIGURATION_SET_TYPE,
  CLASSIC_CONFIGURATION_SET_TYPE,
];
const OPT_OUT_LIST_TYPES: readonly string[] = [NATIVE_OPT_OUT_LIST_TYPE, CLASSIC_OPT_OUT_LIST_TYPE];
export const RESOURCE_POLICY_TYPES: readonly string[] = [
  NATIVE_RESOURCE_POLICY_TYPE,
  CLASSIC_RESOURCE_POLICY_TYPE,
];
/** Protect configurations exist only in aws-native: @pulumi/aws 7.48.0 has no such resource. */
export const PROTECT_CONFIGURATION_TYPES: readonly string[] = [NATIVE_PROTECT_CONFIGURATION_TYPE];
/** Resources that carry keywords: aws classic declares each as its own resource, aws-native nests them. */
export const KEYWORD_TYPES: readonly string[] = [
  CLASSIC_KEYWORD_TYPE,
  NATIVE_POOL_TYPE,
  NATIVE_PHONE_NUMBER_TYPE,
];

/** Every SMS resource type a stack can declare with @pulumi/aws or @pulumi/aws-native. */
export const DECLARED_SMS_TYPES: readonly string[] = [
  ...SMS_RESOURCE_TYPES,
  ...CONFIGURATION_SET_TYPES,
  CLASSIC_EVENT_DESTINATION_TYPE,
  CLASSIC_KEYWORD_TYPE,
  ...OPT_OUT_LIST_TYPES,
  ...PROTECT_CONFIGURATION_TYPES,
  ...RESOURCE_POLICY_TYPES,
];

/** Where a resource keeps its two-way settings: aws-native nests them, aws classic flattens them. */
export interface TwoWayFields {
  readonly enabled: PropertyPath;
  readonly channelArn: PropertyPath;
  readonly channelRole: PropertyPath;
}

const NATIVE_TWO_WAY: TwoWayFields = {
  enabled: ["twoWay", "enabled"],
  channelArn: ["twoWay", "channelArn"],
  channelRole: ["twoWay", "channelRole"],
};

/** Resources with two-way messaging; sender IDs have none. */
export const TWO_WAY_FIELDS: Readonly<Record<string, TwoWayFields>> = {
  [NATIVE_POOL_TYPE]: NATIVE_TWO_WAY,
  [NATIVE_PHONE_NUMBER_TYPE]: NATIVE_TWO_WAY,
  [CLASSIC_POOL_TYPE]: {
    enabled: ["twoWayEnabled"],
    channelArn: ["twoWayChannelArn"],
    channelRole: ["twoWayChannelRole"],
  },
  // The classic phone number spells the switch differently from the classic pool.
  [CLASSIC_PHONE_NUMBER_TYPE]: {
    enabled: ["twoWayChannelEnabled"],
    channelArn: ["twoWayChannelArn"],
    channelRole: ["twoWayChannelRole"],
  },
};

/** Resources with opt-out handling (`selfManagedOptOutsEnabled`, `optOutListName`): pools and phone numbers. */
export const OPT_OUT_TYPES: readonly string[] = [...POOL_TYPES, ...PHONE_NUMBER_TYPES];

/**
 * How a resource carries tags: aws-native as a list of `{ key, value }`; aws classic as a map in `tags`,
 * with the provider's `defaultTags` merged into `tagsAll`.
 */
export type TagShape = "key-value-list" | "map-with-tags-all";

export const TAG_SHAPES: Readonly<Record<string, TagShape>> = {
  [NATIVE_POOL_TYPE]: "key-value-list",
  [NATIVE_PHONE_NUMBER_TYPE]: "key-value-list",
  [NATIVE_SENDER_ID_TYPE]: "key-value-list",
  [CLASSIC_POOL_TYPE]: "map-with-tags-all",
  [CLASSIC_PHONE_NUMBER_TYPE]: "map-with-tags-all",
  [CLASSIC_SENDER_ID_TYPE]: "map-with-tags-all",
  [NATIVE_CONFIGURATION_SET_TYPE]: "key-value-list",
  [NATIVE_OPT_OUT_LIST_TYPE]: "key-value-list",
  [NATIVE_PROTECT_CONFIGURATION_TYPE]: "key-value-list",
  [CLASSIC_CONFIGURATION_SET_TYPE]: "map-with-tags-all",
  [CLASSIC_OPT_OUT_LIST_TYPE]: "map-with-tags-all",
  // Keywords, event destinations and resource policies take no tags in either provider.
};
