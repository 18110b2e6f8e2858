// The program side of the one stack-config reader: Pulumi's runtime config by full key.
import * as pulumi from "@pulumi/pulumi";
import { type StackConnectionConfig, stackConfigFrom } from "../provider/aws/connection";

/** The stack's `sms-pools:*` and `aws:*` connection settings (empty outside a Pulumi program). */
export function stackConnectionConfig(): StackConnectionConfig {
  return stackConfigFrom({ get: (key) => pulumi.runtime.getConfig(key) });
}
