// A compliant SMS stack with every @pulumi/aws SMS resource type; sms-pools-guard passes it.
//
//   pulumi up --policy-pack node_modules/pulumi-sms-pools/policy --policy-pack-config policy-config.json
//
// At preview the resource policy's JSON holds the pool's ARN, which is not known yet, so the engine reports
// sms-resource-policy-scope as "can't run ... during preview" (advisory) and judges it during the update.
//
// (@pulumi/aws has no protect configuration resource; with @pulumi/aws-native, declare
// aws-native.smsvoice.ProtectConfiguration with deletionProtectionEnabled and
// countryRuleSet: { sms: countryRulesAllowing(["US"]) } from pulumi-sms-pools, which blocks every other country.)
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const tags = {
  owner: config.get("team") ?? "messaging-platform",
  "cost-center": config.get("costCenter") ?? "cc-0000",
};
/** The partner account the pool is shared with; listed in policy-config.json's allowedPrincipals. */
const partnerAccount = config.get("partnerAccount") ?? "210987654321";

// Opt-outs go to a list of our own (sms-self-managed-opt-outs), tagged like everything else (sms-required-tags).
const optOuts = new aws.pinpoint.Smsvoicev2OptOutList("otp-opt-outs", { name: "otp-opt-outs", tags });

const number = new aws.pinpoint.Smsvoicev2PhoneNumber("otp-number", {
  isoCountryCode: "US",
  messageType: "TRANSACTIONAL",
  numberCapabilities: ["SMS"],
  numberType: "TOLL_FREE",
  optOutListName: optOuts.name,
  deletionProtectionEnabled: true,
  tags,
});

const senderId = new aws.pinpoint.Smsvoicev2SenderId("otp-sender", {
  isoCountryCode: "GB",
  senderId: "ACMEOTP",
  deletionProtectionEnabled: true,
  tags,
});

export const pool = new aws.pinpoint.Smsvoicev2Pool("otp-pool", {
  messageType: "TRANSACTIONAL",
  originationIdentities: [number.arn],
  optOutListName: optOuts.name,
  deletionProtectionEnabled: true,
  sharedRoutesEnabled: false,
  tags,
});

// STOP keeps the action AWS manages (an opt-out); only its reply is ours. UNSUBSCRIBE opts out too.
new aws.pinpoint.Smsvoicev2Keyword("otp-stop", {
  originationIdentityArn: pool.arn,
  keyword: "STOP",
  keywordMessage: "You will no longer receive Acme codes. Reply START to resubscribe.",
});
new aws.pinpoint.Smsvoicev2Keyword("otp-unsubscribe", {
  originationIdentityArn: pool.arn,
  keyword: "UNSUBSCRIBE",
  keywordMessage: "You will no longer receive Acme codes.",
  keywordAction: "OPT_OUT",
});

// Delivery and failure events of every message sent through the configuration set go to SNS.
const configurationSet = new aws.pinpoint.Smsvoicev2ConfigurationSet("otp-config", {
  name: "otp",
  defaultMessageType: "TRANSACTIONAL",
  defaultSenderId: senderId.senderId,
  tags,
});
const events = new aws.sns.Topic("otp-sms-events", { tags });
new aws.pinpoint.Smsvoicev2EventDestination("otp-events", {
  configurationSetName: configurationSet.name,
  eventDestinationName: "to-sns",
  matchingEventTypes: ["TEXT_ALL"],
  snsDestination: { topicArn: events.arn },
});

// The pool is shared with one partner account, listed in allowedPrincipals (sms-resource-policy-scope).
new aws.pinpoint.Smsvoicev2ResourcePolicy("otp-pool-sharing", {
  resourceArn: pool.arn,
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "PartnerSends",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${partnerAccount}:root` },
        Action: ["sms-voice:SendTextMessage", "sms-voice:DescribePools"],
        Resource: pool.arn,
      },
    ],
  }),
});

export const configurationSetName = configurationSet.name;
