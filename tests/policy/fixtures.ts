// SMS resources as each provider sends them to the policy pack: the shapes the specs rely on.
//
// aws classic: the Args of node_modules/@pulumi/aws/pinpoint/smsvoicev2*.d.ts (@pulumi/aws 7.48.0) — flat
// properties, tags as a map (tagsAll with the provider's defaultTags), `policy` as a JSON string, event
// destinations and keywords as resources of their own.
// aws-native: pulumi/pulumi-aws-native sdk/nodejs/smsvoice/*.ts, i.e. CloudFormation's AWS::SMSVOICE schema
// camelCased — `tags: [{ key, value }]`, `policyDocument` an object, `optionalKeywords: [{ keyword, message,
// action }]`, `mandatoryKeywords: { help: { message }, stop: { message } }`, `eventDestinations: [{
// eventDestinationName, enabled, matchingEventTypes, snsDestination | cloudWatchLogsDestination |
// kinesisFirehoseDestination }]`, `countryRuleSet: { sms: [{ countryCode, protectStatus }] }`.
import { countryRulesAllowing } from "../../index";
import {
  CLASSIC_CONFIGURATION_SET_TYPE,
  CLASSIC_EVENT_DESTINATION_TYPE,
  CLASSIC_KEYWORD_TYPE,
  CLASSIC_OPT_OUT_LIST_TYPE,
  CLASSIC_PHONE_NUMBER_TYPE,
  CLASSIC_POOL_TYPE,
  CLASSIC_RESOURCE_POLICY_TYPE,
  CLASSIC_SENDER_ID_TYPE,
  NATIVE_CONFIGURATION_SET_TYPE,
  NATIVE_OPT_OUT_LIST_TYPE,
  NATIVE_PHONE_NUMBER_TYPE,
  NATIVE_POOL_TYPE,
  NATIVE_PROTECT_CONFIGURATION_TYPE,
  NATIVE_RESOURCE_POLICY_TYPE,
  NATIVE_SENDER_ID_TYPE,
} from "../../policy/resourceTypes";
import type { StackResource } from "./util";

export const ACCOUNT = "111122223333";
export const PARTNER = "444455556666";
export const ORG = "o-a1b2c3d4e5";
export const POOL_ARN = `arn:aws:sms-voice:us-east-1:${ACCOUNT}:pool/pool-0123456789abcdef0123456789abcdef`;
const NUMBER_ARN = `arn:aws:sms-voice:us-east-1:${ACCOUNT}:phone-number/phone-0123456789abcdef0123456789abcdef`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:sms-events`;

const CLASSIC_TAGS = { owner: "messaging", "cost-center": "cc-42" };
const NATIVE_TAGS = [
  { key: "owner", value: "messaging" },
  { key: "cost-center", value: "cc-42" },
];

/** A policy document granting SendTextMessage on the pool to `principal`. */
export function grant(principal: unknown, condition?: object): Record<string, unknown> {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "Share",
        Effect: "Allow",
        Principal: principal,
        Action: ["sms-voice:SendTextMessage"],
        Resource: POOL_ARN,
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  };
}

export const classicResourcePolicy = (document: unknown, resourceArn: string = POOL_ARN): StackResource => ({
  type: CLASSIC_RESOURCE_POLICY_TYPE,
  name: "share-pool",
  props: { resourceArn, policy: JSON.stringify(document) },
});

export const nativeResourcePolicy = (document: unknown, resourceArn: string = POOL_ARN): StackResource => ({
  type: NATIVE_RESOURCE_POLICY_TYPE,
  name: "share-pool",
  props: { resourceArn, policyDocument: document },
});

export const protectConfiguration = (
  sms: unknown,
  extra: Record<string, unknown> = { deletionProtectionEnabled: true, tags: NATIVE_TAGS },
): StackResource => ({
  type: NATIVE_PROTECT_CONFIGURATION_TYPE,
  name: "otp-protect",
  props: { ...(sms === undefined ? {} : { countryRuleSet: { sms } }), ...extra },
});

export const classicKeyword = (keyword: string, keywordAction?: string): StackResource => ({
  type: CLASSIC_KEYWORD_TYPE,
  name: `keyword-${keyword.toLowerCase()}`,
  props: {
    originationIdentityArn: NUMBER_ARN,
    keyword,
    keywordMessage: "You are unsubscribed.",
    ...(keywordAction ? { keywordAction } : {}),
  },
});

export const nativePool = (
  optionalKeywords?: unknown,
  extra: Record<string, unknown> = {},
): StackResource => ({
  type: NATIVE_POOL_TYPE,
  name: "otp-pool",
  props: {
    originationIdentities: [NUMBER_ARN],
    mandatoryKeywords: { help: { message: "Reply STOP to opt out." }, stop: { message: "Unsubscribed." } },
    deletionProtectionEnabled: true,
    tags: NATIVE_TAGS,
    ...(optionalKeywords === undefined ? {} : { optionalKeywords }),
    ...extra,
  },
});

export const nativeConfigurationSet = (eventDestinations?: unknown): StackResource => ({
  type: NATIVE_CONFIGURATION_SET_TYPE,
  name: "otp-config",
  props: {
    configurationSetName: "otp",
    tags: NATIVE_TAGS,
    ...(eventDestinations === undefined ? {} : { eventDestinations }),
  },
});

export const nativeDestination = (matchingEventTypes: unknown, enabled: unknown = true) => ({
  eventDestinationName: "to-sns",
  enabled,
  matchingEventTypes,
  snsDestination: { topicArn: TOPIC },
});

export const classicConfigurationSet = (
  name = "otp",
  props: Record<string, unknown> = {},
): StackResource => ({
  type: CLASSIC_CONFIGURATION_SET_TYPE,
  name: `config-${name}`,
  props: { name, tags: CLASSIC_TAGS, ...props },
});

export const classicDestination = (
  configurationSetName: unknown,
  extra: Record<string, unknown> = {},
): StackResource => ({
  type: CLASSIC_EVENT_DESTINATION_TYPE,
  name: `events-${typeof configurationSetName === "string" ? configurationSetName.slice(0, 12) : "x"}`,
  props: {
    configurationSetName,
    eventDestinationName: "to-sns",
    matchingEventTypes: ["TEXT_ALL"],
    snsDestination: { topicArn: TOPIC },
    ...extra,
  },
});

/** One compliant resource of every SMS type both providers declare, under the pack's default config. */
export function compliantStack(): StackResource[] {
  return [
    {
      type: CLASSIC_POOL_TYPE,
      name: "classic-pool",
      props: {
        messageType: "TRANSACTIONAL",
        originationIdentities: [NUMBER_ARN],
        deletionProtectionEnabled: true,
        tags: CLASSIC_TAGS,
      },
    },
    {
      type: CLASSIC_PHONE_NUMBER_TYPE,
      name: "classic-number",
      props: {
        isoCountryCode: "US",
        messageType: "TRANSACTIONAL",
        numberCapabilities: ["SMS"],
        numberType: "TOLL_FREE",
        deletionProtectionEnabled: true,
        tags: CLASSIC_TAGS,
      },
    },
    {
      type: CLASSIC_SENDER_ID_TYPE,
      name: "classic-sender",
      props: { isoCountryCode: "GB", senderId: "ACME", deletionProtectionEnabled: true, tags: CLASSIC_TAGS },
    },
    {
      type: CLASSIC_OPT_OUT_LIST_TYPE,
      name: "classic-opt-outs",
      props: { name: "otp-opt-outs", tags: CLASSIC_TAGS },
    },
    classicConfigurationSet("otp"),
    classicDestination("otp"),
    classicKeyword("STOP"),
    classicKeyword("UNSUBSCRIBE", "OPT_OUT"),
    classicResourcePolicy(grant({ AWS: `arn:aws:iam::${ACCOUNT}:root` })),
    nativePool([{ keyword: "INFO", message: "Acme OTP codes.", action: "AUTOMATIC_RESPONSE" }]),
    {
      type: NATIVE_PHONE_NUMBER_TYPE,
      name: "native-number",
      props: {
        isoCountryCode: "US",
        numberCapabilities: ["SMS"],
        numberType: "TOLL_FREE",
        mandatoryKeywords: { help: { message: "Help." }, stop: { message: "Stopped." } },
        optionalKeywords: [{ keyword: "QUIT", message: "Unsubscribed.", action: "OPT_OUT" }],
        deletionProtectionEnabled: true,
        tags: NATIVE_TAGS,
      },
    },
    {
      type: NATIVE_SENDER_ID_TYPE,
      name: "native-sender",
      props: { isoCountryCode: "GB", senderId: "ACME", deletionProtectionEnabled: true, tags: NATIVE_TAGS },
    },
    {
      type: NATIVE_OPT_OUT_LIST_TYPE,
      name: "native-opt-outs",
      props: { optOutListName: "otp", tags: NATIVE_TAGS },
    },
    nativeConfigurationSet([nativeDestination(["TEXT_ALL"])]),
    protectConfiguration(countryRulesAllowing(["US"])),
    nativeResourcePolicy(grant({ AWS: [ACCOUNT, `arn:aws:iam::${PARTNER}:role/sender`] })),
  ];
}

/** The config under which compliantStack() passes every policy. */
export const COMPLIANT_CONFIG = {
  "sms-resource-policy-scope": { allowedPrincipals: [PARTNER] },
  "sms-protect-configuration-countries": { allowedCountries: ["US"] },
};
