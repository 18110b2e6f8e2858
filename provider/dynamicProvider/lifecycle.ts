// The PoolLookup resource's lifecycle (check, diff, create, update, read): a lookup recorded in state.
import { createHash } from "node:crypto";
import { clientFor } from "../aws/client";
import { resolveConnection, type StackConnectionConfig } from "../aws/connection";
import { resolveRegion } from "../aws/region";
import { SnapshotCatalog } from "../engine/catalog";
import { runPoolLookup } from "../engine/plan";
import { PoolQueryError, PROBLEMS_SHOWN, withoutValues } from "../engine/query";
import { SmsLookupError, withoutQuery } from "../errors";
import {
  canonicalQuery,
  type Pool,
  type PoolFilter,
  type PoolLookupResult,
  validatePoolQuery,
} from "../resources/pools";

/** PoolLookup's inputs as they reach the provider (plain values). */
export interface PoolLookupInputs {
  readonly poolIds?: string[];
  readonly filters?: PoolFilter[];
  readonly owner?: "SELF" | "SHARED";
  readonly region?: string;
  /** Set by PoolLookup when any query input is secret: the results are then stored as secrets too. */
  readonly resultsSecret?: boolean;
}

/**
 * Where a lookup looked besides its region: the endpoint and profile it was given (stack config) or the
 * environment named. Never credentials: temporary ones change every session and would make every preview show
 * an update.
 */
export interface PoolLookupSource {
  /** Unset: AWS's own endpoint for the region. */
  readonly endpoint?: string;
  /** Unset: the AWS SDK's default credential chain. */
  readonly profile?: string;
}

/** What PoolLookup keeps in state: the query it ran (to diff against), where it ran, and what it found. */
export interface PoolLookupOutputs extends PoolLookupInputs {
  readonly region: string;
  readonly source: PoolLookupSource;
  readonly pools: Pool[];
  readonly ids: string[];
  readonly arns: string[];
  readonly count: number;
}

const CONTEXT = "PoolLookup inputs";
const INPUT_KEYS = ["poolIds", "filters", "owner", "region", "resultsSecret"] as const;

/**
 * The engine's wire markers, loaded where the provider runs (the dynamic-provider server has already
 * loaded @pulumi/pulumi, so this costs nothing there) rather than when the package is imported.
 */
function wire() {
  const { runtime }: typeof import("@pulumi/pulumi") = require("@pulumi/pulumi");
  return runtime;
}

/** Whether the engine sent a value not known until apply (preview), anywhere inside `value`. */
function containsUnknown(value: unknown, unknown = wire().unknownValue): boolean {
  if (value === unknown) return true;
  if (Array.isArray(value)) return value.some((v) => containsUnknown(v, unknown));
  if (value && typeof value === "object")
    return Object.values(value).some((v) => containsUnknown(v, unknown));
  return false;
}

/**
 * Pulumi's wire form of a secret. The engine keeps a provider's secret-marked outputs secret in state,
 * even for a provider (like every dynamic one) that is not sent secrets itself; without it only outputs
 * named like a secret input would stay secret, and `pools`, `ids`, `arns` would be stored in plain text.
 */
function secret<T>(value: T): T {
  const { specialSigKey, specialSecretSig } = wire();
  return { [specialSigKey]: specialSecretSig, value } as unknown as T;
}

/** Only the input fields, without undefined ones (the engine stores no undefined). */
function inputsOf(props: object): PoolLookupInputs {
  const source = props as Record<string, unknown>;
  return Object.fromEntries(INPUT_KEYS.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

/** The DescribePools query of the inputs (what getPools would be given). */
function queryOf(inputs: PoolLookupInputs) {
  const { resultsSecret: _secret, ...query } = inputs;
  return query;
}

/** Validates inputs with getPools' rules; unknown values (preview) are left for later. */
export function checkPoolLookup(news: Record<string, unknown>) {
  const inputs = inputsOf(news);
  const known = Object.fromEntries(Object.entries(queryOf(inputs)).filter(([, v]) => !containsUnknown(v)));
  try {
    validatePoolQuery(known, CONTEXT);
    return { inputs, failures: [] };
  } catch (err) {
    if (!(err instanceof PoolQueryError)) throw err;
    return { inputs, failures: checkFailures(inputs.resultsSecret ? withoutValues(err) : err) };
  }
}

/**
 * Runs one step of the lifecycle; when the inputs are secret (`resultsSecret`), a failure is reported
 * without the values or the query, as the lookups' Output forms do: the engine prints a provider's errors,
 * and a dynamic provider is sent the secret values in plain form.
 */
async function guardingSecrets<T>(inputs: PoolLookupInputs, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (!inputs.resultsSecret) throw err;
    if (err instanceof PoolQueryError) throw withoutValues(err);
    if (err instanceof SmsLookupError) throw withoutQuery(err);
    throw err;
  }
}

/** The engine prints every failure of `check`: the first few, and the count of the rest on the last one. */
function checkFailures(err: PoolQueryError) {
  const shown = err.problems
    .slice(0, PROBLEMS_SHOWN)
    .map((p) => ({ property: p.property, reason: p.message }));
  const hidden = err.problems.length - shown.length;
  if (hidden > 0) {
    const last = err.problems[PROBLEMS_SHOWN];
    shown.push({
      property: last.property,
      reason: `and ${hidden} more problem${hidden === 1 ? "" : "s"} like these; fix them and preview again to see the rest`,
    });
  }
  return shown;
}

/** The region a lookup would run in: the input, or whatever stack config and the AWS SDK chain resolve. */
async function effectiveRegion(inputs: PoolLookupInputs, stack: StackConnectionConfig): Promise<string> {
  if (inputs.region) return inputs.region;
  return resolveRegion(clientFor(resolveConnection({}, stack).connection));
}

/**
 * The endpoint and profile a lookup would use now: stack config first, then the variables the AWS SDK reads
 * for them (the AWS SDKs and Tools reference's names).
 */
function currentSource(stack: StackConnectionConfig): PoolLookupSource {
  const { connection } = resolveConnection({}, stack);
  const env = (name: string) => process.env[name] || undefined;
  const endpoint =
    connection.endpoint ?? env("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2") ?? env("AWS_ENDPOINT_URL");
  const profile = connection.profile ?? env("AWS_PROFILE");
  return { ...(endpoint ? { endpoint } : {}), ...(profile ? { profile } : {}) };
}

/**
 * Whether the endpoint or profile changed since the lookup ran. Lookups stored before their source was
 * recorded count as unchanged, so an upgrade shows no change.
 */
function sourceChanged(olds: Record<string, unknown>, stack: StackConnectionConfig): boolean {
  const recorded = olds.source as PoolLookupSource | undefined;
  if (typeof recorded !== "object" || recorded === null) return false;
  const now = currentSource(stack);
  return recorded.endpoint !== now.endpoint || recorded.profile !== now.profile;
}

/**
 * A change when the query, the region, the endpoint or profile, or the secrecy of the inputs changes; never a
 * replacement (the lookup owns nothing in AWS). Unknown when an input is not known yet (preview): the engine
 * then shows the inputs' own difference.
 */
export async function diffPoolLookup(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  stack: StackConnectionConfig,
) {
  const before = inputsOf(olds);
  const after = inputsOf(news);
  return guardingSecrets(after.resultsSecret ? after : before, () => diffInputs(olds, before, after, stack));
}

async function diffInputs(
  olds: Record<string, unknown>,
  before: PoolLookupInputs,
  after: PoolLookupInputs,
  stack: StackConnectionConfig,
) {
  // At preview an input may come from a resource not yet created: whether it changes is not known yet.
  if (containsUnknown(after))
    return { changes: undefined, replaces: [] as string[], deleteBeforeReplace: false };
  const queryChanged =
    canonicalQuery(validatePoolQuery({ ...queryOf(before), region: undefined })) !==
    canonicalQuery(validatePoolQuery({ ...queryOf(after), region: undefined }));
  const regionChanged = olds.region !== (await effectiveRegion(after, stack));
  const secrecyChanged = Boolean(before.resultsSecret) !== Boolean(after.resultsSecret);
  return {
    changes: queryChanged || regionChanged || sourceChanged(olds, stack) || secrecyChanged,
    replaces: [] as string[],
    deleteBeforeReplace: false,
  };
}

/**
 * The state to store: the inputs (to diff against later), where the lookup ran, and the results, sealed as
 * secrets when asked.
 */
function outputsOf(
  inputs: PoolLookupInputs,
  result: PoolLookupResult,
  source: PoolLookupSource,
): PoolLookupOutputs {
  const seal = <T>(value: T): T => (inputs.resultsSecret ? secret(value) : value);
  return {
    ...inputs,
    region: result.region,
    source,
    pools: seal(result.pools),
    ids: seal(result.ids),
    arns: seal(result.arns),
    count: seal(result.pools.length),
  };
}

/** `<region>/<hash of the query>`: the same query in the same region always gets the same ID. */
function poolLookupId(inputs: PoolLookupInputs, region: string): string {
  const query = validatePoolQuery({ ...queryOf(inputs), region: undefined });
  return `${region}/${createHash("sha256").update(canonicalQuery(query)).digest("hex").slice(0, 16)}`;
}

/**
 * The dynamic-provider server lives for one run: creates and updates of that run share its snapshots.
 * A refresh (`read`) never uses them: it must see AWS as it is at that moment.
 */
const runCatalog = new SnapshotCatalog();

async function lookup(props: object, stack: StackConnectionConfig, fresh = false) {
  const inputs = inputsOf(props);
  const result = await guardingSecrets(inputs, () =>
    runPoolLookup(queryOf(inputs), {}, stack, CONTEXT, fresh ? undefined : runCatalog),
  );
  return { inputs, result };
}

export async function createPoolLookup(news: object, stack: StackConnectionConfig) {
  const { inputs, result } = await lookup(news, stack);
  return { id: poolLookupId(inputs, result.region), outs: outputsOf(inputs, result, currentSource(stack)) };
}

export async function updatePoolLookup(news: object, stack: StackConnectionConfig) {
  const { inputs, result } = await lookup(news, stack);
  return { outs: outputsOf(inputs, result, currentSource(stack)) };
}

/** Refresh: run the stored query again in its stored region, so drift shows up. */
export async function readPoolLookup(
  id: string,
  props: Record<string, unknown>,
  stack: StackConnectionConfig,
) {
  const { inputs, result } = await lookup(props, stack, true);
  return { id, props: outputsOf(inputs, result, currentSource(stack)) };
}
