// The project's own example stack (the root Pulumi.yaml): a compliant SMS setup that sms-pools-guard passes.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { getPoolsOutput, PoolLookup } from "pulumi-sms-pools";

const config = new pulumi.Config();
const team = config.get("team") ?? "messaging-platform";
const costCenter = config.get("costCenter") ?? "cc-0000";
const tags = { owner: team, "cost-center": costCenter };

// A dedicated toll-free number and a pool around it, both protected from accidental deletion.
const number = new aws.pinpoint.Smsvoicev2PhoneNumber("alerts-number", {
  isoCountryCode: "US",
  messageType: "TRANSACTIONAL",
  numberCapabilities: ["SMS"],
  numberType: "TOLL_FREE",
  deletionProtectionEnabled: true,
  tags,
});

const alertsPool = new aws.pinpoint.Smsvoicev2Pool("alerts", {
  messageType: "TRANSACTIONAL",
  originationIdentities: [number.arn],
  deletionProtectionEnabled: true,
  sharedRoutesEnabled: false,
  tags,
});

// Every active transactional pool, ours or not, read at deploy time...
const active = getPoolsOutput(
  {
    filters: [
      { name: "message-type", values: ["TRANSACTIONAL"] },
      { name: "status", values: ["ACTIVE"] },
    ],
  },
  { dependsOn: [alertsPool] },
);

// ...and the same lookup recorded in state, so sms-looked-up-pools-protected checks each pool it found.
const recorded = new PoolLookup("transactional-pools", {
  filters: [{ name: "message-type", values: ["TRANSACTIONAL"] }],
});

const sender = new aws.iam.Role("alerts-sender", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
  }),
  tags,
});

new aws.iam.RolePolicy("alerts-sender-sms", {
  role: sender.id,
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: ["sms-voice:SendTextMessage"], Resource: active.arns }],
  }),
});

export const alertsPoolArn = alertsPool.arn;
export const activeTransactionalPoolIds = active.ids;
export const recordedPoolCount = recorded.count;
