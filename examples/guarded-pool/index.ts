// A marketing pool as teams often first write it: sms-pools-guard flags it, and `remediate` fixes it.
import * as aws from "@pulumi/aws";

const number = new aws.pinpoint.Smsvoicev2PhoneNumber("marketing-number", {
  isoCountryCode: "US",
  messageType: "PROMOTIONAL",
  numberCapabilities: ["SMS"],
  numberType: "TOLL_FREE",
  tags: { owner: "growth-team", "cost-center": "cc-1234" },
});

// No deletionProtectionEnabled: `sms-pool-deletion-protection` (mandatory) stops the preview;
// run the pack with that policy at `remediate` and it sets deletionProtectionEnabled: true instead.
// sharedRoutesEnabled: true is flagged by `sms-pool-shared-routes` (advisory).
export const pool = new aws.pinpoint.Smsvoicev2Pool("marketing-pool", {
  messageType: "PROMOTIONAL",
  originationIdentities: [number.arn],
  sharedRoutesEnabled: true,
  tags: { owner: "growth-team" },
});

export const poolArn = pool.arn;
