// Reads the connection settings a stack configures: `sms-pools:*` first, then `aws:*`.
import * as pulumi from "@pulumi/pulumi";
import type { StackConnectionConfig } from "../provider/connection";

/** The stack's `sms-pools:region|profile|endpoint` and `aws:region|profile` (empty outside a Pulumi program). */
export function stackConnectionConfig(): StackConnectionConfig {
  const sms = new pulumi.Config("sms-pools");
  const aws = new pulumi.Config("aws");
  return {
    smsPools: { region: sms.get("region"), profile: sms.get("profile"), endpoint: sms.get("endpoint") },
    aws: { region: aws.get("region"), profile: aws.get("profile") },
  };
}
