// Where a lookup connects: explicit settings, then stack config, then the AWS SDK's own chain.
import { createHash } from "node:crypto";
import { type QueryProblem, REGION, show } from "../engine/query";

/** Connection settings a user can give per call or in stack config. */
export interface ConnectionSettings {
  /** AWS region, e.g. "eu-west-1". */
  readonly region?: string;
  /** Named profile from the shared AWS config/credentials files. */
  readonly profile?: string;
  /** Endpoint URL override, e.g. the local emulator "http://127.0.0.1:4599". */
  readonly endpoint?: string;
}

/** How hard a lookup tries: retries, timeouts and parallelism. */
export interface RetrySettings {
  /** Attempts per request, including the first (throttling is retried with backoff and jitter). Default 8. */
  readonly maxAttempts?: number;
  /** Per-request timeout in milliseconds. Default 15000. */
  readonly timeoutMs?: number;
  /** Requests in flight at once for ID lookups (one per chunk of IDs) and per-pool listings. Default 4. */
  readonly concurrency?: number;
}

/** Whether lookups of a run may be answered from its snapshot catalog. */
export interface SnapshotSettings {
  /** false: every lookup of this call goes to AWS, never to the run's snapshot catalog. Default true. */
  readonly snapshot?: boolean;
}

/** Stack configuration as read from `sms-pools:*` and `aws:*`. */
export interface StackConnectionConfig {
  readonly smsPools?: ConnectionSettings & { readonly snapshot?: string };
  readonly aws?: Pick<ConnectionSettings, "region" | "profile">;
}

/** Everything needed to build (or reuse) an SDK client; unset fields fall to the AWS SDK's chain. */
export interface Connection extends ConnectionSettings {
  /** Whether the run's snapshot catalog may answer (not part of the client's identity). */
  readonly snapshot: boolean;
  readonly maxAttempts: number;
  readonly timeoutMs: number;
  readonly concurrency: number;
}

/**
 * The stack's `sms-pools:region|profile|endpoint` and `aws:region|profile`, read through `get` (full keys):
 * the one reader for both the program (Pulumi's runtime config) and the dynamic provider (`configure`).
 */
export function stackConfigFrom(config: { get(key: string): string | undefined }): StackConnectionConfig {
  return {
    smsPools: {
      region: config.get("sms-pools:region"),
      profile: config.get("sms-pools:profile"),
      endpoint: config.get("sms-pools:endpoint"),
      snapshot: config.get("sms-pools:snapshot"),
    },
    aws: { region: config.get("aws:region"), profile: config.get("aws:profile") },
  };
}

const DEFAULT_MAX_ATTEMPTS = 8;
const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest delay a Node.js timer holds (2^31 - 1 ms); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const DEFAULT_CONCURRENCY = 4;

/** The settings that are text, with an example of each for error messages. */
const TEXT_SETTINGS = [
  ["region", "us-east-1"],
  ["profile", "my-profile"],
  ["endpoint", "http://127.0.0.1:4599"],
] as const;

/** First defined, non-empty value. */
function pick(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v !== "");
}

/**
 * Resolves the connection for one lookup. Precedence per setting: the call's own value, then
 * `sms-pools:<setting>`, then `aws:<setting>`; anything still unset is left to the AWS SDK
 * (AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL[_PINPOINT_SMS_VOICE_V2], shared config, SSO, IMDS).
 * Returns the problems found instead of throwing, so callers can report them with the query's.
 */
export function resolveConnection(
  settings: ConnectionSettings & RetrySettings & SnapshotSettings,
  stack: StackConnectionConfig = {},
): { connection: Connection; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, property: field, message });
  // Options arrive from JavaScript too: a profile of 5 must be named here, not surface as a credentials error.
  const explicit: {
    -readonly [K in keyof (ConnectionSettings & RetrySettings)]: (ConnectionSettings & RetrySettings)[K];
  } = { ...settings };
  for (const [field, example] of TEXT_SETTINGS) {
    const value: unknown = explicit[field];
    if (value !== undefined && typeof value !== "string") {
      add(field, `${field} ${show(value)} must be a string such as ${JSON.stringify(example)}`);
      explicit[field] = undefined;
    }
  }
  const region = pick(explicit.region, stack.smsPools?.region, stack.aws?.region);
  if (region !== undefined && !REGION.test(region)) {
    const where =
      explicit.region !== undefined && explicit.region !== ""
        ? "the region option"
        : stack.smsPools?.region
          ? "`pulumi config set sms-pools:region`"
          : "`pulumi config set aws:region`";
    add("region", `region ${show(region)} must be an AWS region code such as "us-east-1"; fix ${where}`);
  }
  const endpoint = pick(explicit.endpoint, stack.smsPools?.endpoint);
  if (endpoint !== undefined && !isHttpUrl(endpoint)) {
    add(
      "endpoint",
      `endpoint ${JSON.stringify(endpoint)} must be an http(s) URL such as "http://127.0.0.1:4599"; ` +
        "fix the endpoint option or `pulumi config set sms-pools:endpoint`",
    );
  }
  const snapshot = resolveSnapshot(settings.snapshot, stack.smsPools?.snapshot, add);
  const maxAttempts = explicit.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 20) {
    add(
      "maxAttempts",
      `maxAttempts ${show(maxAttempts)} must be a whole number from 1 to 20 (default ${DEFAULT_MAX_ATTEMPTS})`,
    );
  }
  const timeoutMs = explicit.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0) || !Number.isFinite(timeoutMs)) {
    add(
      "timeoutMs",
      `timeoutMs ${show(timeoutMs)} must be a positive number of milliseconds (default ${DEFAULT_TIMEOUT_MS})`,
    );
  } else if (timeoutMs > MAX_TIMER_MS) {
    // Node's timers fire at once beyond this (with a warning), so every attempt would time out immediately.
    add(
      "timeoutMs",
      `timeoutMs ${show(timeoutMs)} is longer than ${MAX_TIMER_MS} ms (about 24.8 days), the longest a Node.js timer can wait; give at most ${MAX_TIMER_MS}`,
    );
  }
  const concurrency = explicit.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    add(
      "concurrency",
      `concurrency ${show(concurrency)} must be a whole number from 1 to 32 (default ${DEFAULT_CONCURRENCY})`,
    );
  }
  return {
    connection: {
      region,
      profile: pick(explicit.profile, stack.smsPools?.profile, stack.aws?.profile),
      endpoint,
      snapshot,
      maxAttempts,
      timeoutMs,
      concurrency,
    },
    problems,
  };
}

function resolveSnapshot(
  given: unknown,
  configured: string | undefined,
  add: (field: string, message: string) => void,
): boolean {
  if (given !== undefined) {
    if (typeof given === "boolean") return given;
    add("snapshot", `snapshot ${show(given)} must be true or false (default true)`);
    return false;
  }
  if (configured === undefined || configured === "" || configured === "true") return true;
  if (configured === "false") return false;
  add(
    "snapshot",
    `snapshot ${show(configured)} must be "true" or "false"; fix \`pulumi config set sms-pools:snapshot false\``,
  );
  return false;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The environment the AWS SDK reads when it builds a client for settings we leave to it (region, profile,
 * endpoint, credentials). A client keeps what it read, so a process whose environment changes between runs
 * (Automation API's inline programs, a long-lived script) would otherwise keep asking the old region,
 * endpoint or account.
 */
const SDK_ENVIRONMENT = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
  "AWS_USE_FIPS_ENDPOINT",
  "AWS_USE_DUALSTACK_ENDPOINT",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_ROLE_ARN",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
] as const;

/** A digest of SDK_ENVIRONMENT's values: part of every key, never the values themselves (some are secret). */
function sdkEnvironment(): string {
  const values = SDK_ENVIRONMENT.map((name) => process.env[name] ?? null);
  return createHash("sha256").update(JSON.stringify(values)).digest("hex").slice(0, 16);
}

/**
 * What AWS's quotas and answers depend on: the account (profile), region and endpoint, and the environment
 * that fills the ones left unset. Lookups that differ only in retries or timeouts share its pace and its
 * snapshots.
 */
export function quotaKey(c: ConnectionSettings): string {
  return JSON.stringify([c.region ?? null, c.profile ?? null, c.endpoint ?? null, sdkEnvironment()]);
}

/** The key under which one SDK client serves every lookup with the same connection (retries included). */
export function connectionKey(c: Connection): string {
  return JSON.stringify([quotaKey(c), c.maxAttempts, c.timeoutMs]);
}
