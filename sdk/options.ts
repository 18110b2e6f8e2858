// Options shared by the lookup functions: Pulumi's invoke options plus how to reach AWS.
import * as pulumi from "@pulumi/pulumi";
import type { ConnectionSettings, RetrySettings } from "../provider/connection";

/**
 * Invoke options for getPools/getPool: Pulumi's usual ones, plus the connection settings and retry
 * budget. `args.region` wins over `region` here; anything not given comes from stack config
 * `sms-pools:*`, then `aws:*`, then the AWS SDK's chain.
 */
export interface LookupOptions extends pulumi.InvokeOptions, ConnectionSettings, RetrySettings {}

/** Options for the Output forms: also wait for these resources before looking up. */
export interface LookupOutputOptions extends LookupOptions {
  readonly dependsOn?: pulumi.Input<pulumi.Input<pulumi.Resource>[]> | pulumi.Input<pulumi.Resource>;
}

/** Splits our options into the connection part and the part Pulumi's invoke understands. */
export function splitOptions(opts: LookupOptions = {}) {
  const { region, endpoint, profile, maxAttempts, timeoutMs, concurrency, ...invoke } = opts;
  return { settings: { region, endpoint, profile, maxAttempts, timeoutMs, concurrency }, invoke };
}

/**
 * An Output of the arguments that also waits for `dependsOn` resources (their IDs, so a preview with a
 * resource still to be created leaves the lookup unknown, as Pulumi's own invokes do).
 */
export function argsOutput<T>(
  args: pulumi.Input<T> | undefined,
  dependsOn: LookupOutputOptions["dependsOn"],
) {
  const deps = pulumi.output(dependsOn ?? []).apply((d) => {
    const list = (Array.isArray(d) ? d : [d]) as pulumi.Resource[];
    return pulumi.all(list.map((r) => (pulumi.CustomResource.isInstance(r) ? r.id : r.urn)));
  });
  return pulumi.all([pulumi.output(args ?? ({} as T)), deps]).apply(([a]) => a as pulumi.Unwrap<T>);
}
