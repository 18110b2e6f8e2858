// Look up the account's active transactional pools and let an application send SMS through them only.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { getPoolsOutput } from "pulumi-sms-pools";

const config = new pulumi.Config();
const roleName = config.get("appRoleName") ?? "notifications-app";

const pools = getPoolsOutput({
  filters: [
    { name: "message-type", values: ["TRANSACTIONAL"] },
    { name: "status", values: ["ACTIVE"] },
  ],
});

const role = new aws.iam.Role("notifications-app", {
  name: roleName,
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
  }),
});

const sendPolicy = new aws.iam.RolePolicy("send-through-transactional-pools", {
  role: role.id,
  policy: pools.arns.apply((arns) => {
    if (arns.length === 0) {
      throw new Error(
        "no ACTIVE TRANSACTIONAL pool in this account and region: create one, or widen the filters",
      );
    }
    return JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: ["sms-voice:SendTextMessage"], Resource: arns }],
    });
  }),
});

export const sendPolicyName = sendPolicy.name;
export const poolIds = pools.ids;
export const poolArns = pools.arns;
export const region = pools.region;
