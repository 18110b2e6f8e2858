// Options shared by the lookup functions: Pulumi's invoke options plus how to reach AWS.
import * as pulumi from "@pulumi/pulumi";
import type { ConnectionSettings, RetrySettings, SnapshotSettings } from "../provider/aws/connection";
import { closest, type QueryProblem, show } from "../provider/engine/query";

/**
 * Invoke options for the lookups: Pulumi's `parent`, plus the connection settings and retry budget.
 * `args.region` wins over `region` here; anything not given comes from stack config `sms-pools:*`, then
 * `aws:*`, then the AWS SDK's chain.
 *
 * `provider`, `version` and `pluginDownloadURL` are refused: the lookups call AWS directly, not through a
 * Pulumi provider plugin, so an `aws.Provider`'s region, profile, credentials and assumed role could not
 * be honoured. Pass `region` and `profile` (a profile can assume a role in another account) instead.
 */
export interface LookupOptions
  extends pulumi.InvokeOptions,
    ConnectionSettings,
    RetrySettings,
    SnapshotSettings {}

/** Options for the Output forms: also wait for `dependsOn` resources before looking up. */
export interface LookupOutputOptions
  extends pulumi.InvokeOutputOptions,
    ConnectionSettings,
    RetrySettings,
    SnapshotSettings {}

const CONNECTION_KEYS = [
  "region",
  "profile",
  "endpoint",
  "maxAttempts",
  "timeoutMs",
  "concurrency",
  "snapshot",
] as const;
const OPTION_KEYS = ["parent", "async", ...CONNECTION_KEYS] as const;
const INSTEAD_OF_PROVIDER =
  "pass region and profile in the options (a profile can assume a role in another account), or set " +
  "`pulumi config set sms-pools:region` / `sms-pools:profile`";

/** Why an invoke option can't be honoured by a lookup, or undefined when it can. */
function refusal(key: string, value: unknown): string | undefined {
  switch (key) {
    case "provider":
      return (
        "opts.provider is not supported: the lookups call AWS directly, not through a Pulumi provider, so " +
        `the provider's region, profile, credentials and assumed role would be ignored; ${INSTEAD_OF_PROVIDER}`
      );
    case "version":
    case "pluginDownloadURL":
      return `opts.${key} ${show(value)} has no effect: the lookups use no provider plugin; remove it`;
    case "async":
      return value === false
        ? "opts.async false is not supported: the lookups are always asynchronous; remove it"
        : undefined;
    case "dependsOn":
      // The Output forms take dependsOn out of the options before they get here.
      return "opts.dependsOn only works with the Output forms (getPoolsOutput, getPoolOutput); use one of those";
    default:
      if ((OPTION_KEYS as readonly string[]).includes(key)) return undefined;
      {
        const hint = closest(key, OPTION_KEYS);
        return (
          `opts.${key} is not a lookup option; ${hint ? `did you mean ${hint}? ` : ""}` +
          `use one of: ${OPTION_KEYS.join(", ")}`
        );
      }
  }
}

/**
 * Splits our options into the connection part and the part Pulumi's invoke understands, with a problem
 * for every option that can't be honoured (reported with the arguments' problems, before any request).
 */
export function splitOptions(opts: unknown) {
  const problems: QueryProblem[] = [];
  const given = opts ?? {};
  if (typeof given !== "object" || Array.isArray(given)) {
    problems.push({
      field: "opts",
      property: "opts",
      message: `opts ${show(opts)} must be an object such as { region: "us-east-1" }`,
    });
    return { settings: {}, invoke: {}, problems };
  }
  const all = given as Record<string, unknown>;
  for (const [key, value] of Object.entries(all)) {
    const reason = value === undefined ? undefined : refusal(key, value);
    if (reason) problems.push({ field: `opts.${key}`, property: key, message: reason });
  }
  const settings: ConnectionSettings & RetrySettings & SnapshotSettings = Object.fromEntries(
    CONNECTION_KEYS.map((k) => [k, all[k]]),
  );
  const invoke: pulumi.InvokeOptions = { parent: all.parent as pulumi.Resource | undefined };
  return { settings, invoke, problems };
}

/**
 * An Output form's lookup options and its `dependsOn`. A lookup that waits for resources goes to AWS unless
 * `snapshot: true` says otherwise: the run's snapshot may have been taken before those resources existed.
 */
export function outputOptions(opts: LookupOutputOptions): {
  dependsOn: LookupOutputOptions["dependsOn"];
  lookupOpts: LookupOptions;
} {
  const { dependsOn, ...lookupOpts } = opts;
  const waits = dependsOn !== undefined && !(Array.isArray(dependsOn) && dependsOn.length === 0);
  return {
    dependsOn,
    lookupOpts: waits && lookupOpts.snapshot === undefined ? { ...lookupOpts, snapshot: false } : lookupOpts,
  };
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
