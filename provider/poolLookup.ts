// The PoolLookup resource's lifecycle (check, diff, create, update, read): a lookup recorded in state.
import { createHash } from "node:crypto";
import { clientFor } from "./client";
import { resolveConnection, type StackConnectionConfig } from "./connection";
import type { PoolLookupResult } from "./describePools";
import { runPoolLookup } from "./lookup";
import type { Pool, PoolFilter } from "./pool";
import { canonicalQuery, PoolQueryError, validatePoolQuery } from "./query";

/** PoolLookup's inputs as they reach the provider (plain values). */
export interface PoolLookupInputs {
  readonly poolIds?: string[];
  readonly filters?: PoolFilter[];
  readonly owner?: "SELF" | "SHARED";
  readonly region?: string;
  /** Set by PoolLookup when any query input is secret: the results are then stored as secrets too. */
  readonly resultsSecret?: boolean;
}

/** What PoolLookup keeps in state: the query it ran (to diff against) and what it found. */
export interface PoolLookupOutputs extends PoolLookupInputs {
  readonly region: string;
  readonly pools: Pool[];
  readonly ids: string[];
  readonly arns: string[];
  readonly count: number;
}

const CONTEXT = "PoolLookup inputs";
const INPUT_KEYS = ["poolIds", "filters", "owner", "region", "resultsSecret"] as const;
/**
 * Pulumi's wire form of a secret. The engine keeps a provider's secret-marked outputs secret in state,
 * even for a provider (like every dynamic one) that is not sent secrets itself; without it only outputs
 * named like a secret input would stay secret, and `pools`, `ids`, `arns` would be stored in plain text.
 */
const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** The engine's marker for a value not known until apply (sent to check during preview). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value && typeof value === "object") return Object.values(value).some(containsUnknown);
  return false;
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
    return { inputs, failures: err.problems.map((p) => ({ property: p.property, reason: p.message })) };
  }
}

/** The region a lookup would run in: the input, or whatever stack config and the AWS SDK chain resolve. */
async function effectiveRegion(inputs: PoolLookupInputs, stack: StackConnectionConfig): Promise<string> {
  if (inputs.region) return inputs.region;
  return clientFor(resolveConnection({}, stack).connection).config.region();
}

/**
 * A change when the query, the region or the secrecy of the inputs changes; never a replacement (the
 * lookup owns nothing in AWS).
 */
export async function diffPoolLookup(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  stack: StackConnectionConfig,
) {
  const before = inputsOf(olds);
  const after = inputsOf(news);
  const queryChanged =
    canonicalQuery(validatePoolQuery({ ...queryOf(before), region: undefined })) !==
    canonicalQuery(validatePoolQuery({ ...queryOf(after), region: undefined }));
  const regionChanged = olds.region !== (await effectiveRegion(after, stack));
  const secrecyChanged = Boolean(before.resultsSecret) !== Boolean(after.resultsSecret);
  return {
    changes: queryChanged || regionChanged || secrecyChanged,
    replaces: [] as string[],
    deleteBeforeReplace: false,
  };
}

/** The state to store: the inputs (to diff against later) and the results, sealed as secrets when asked. */
function outputsOf(inputs: PoolLookupInputs, result: PoolLookupResult): PoolLookupOutputs {
  const seal = <T>(value: T): T =>
    inputs.resultsSecret ? ({ [SECRET_SIG_KEY]: SECRET_SIG, value } as unknown as T) : value;
  return {
    ...inputs,
    region: result.region,
    pools: seal(result.pools),
    ids: seal(result.ids),
    arns: seal(result.arns),
    count: seal(result.pools.length),
  };
}

/** `<region>/<hash of the query>`: the same query in the same region always gets the same ID. */
export function poolLookupId(inputs: PoolLookupInputs, region: string): string {
  const query = validatePoolQuery({ ...queryOf(inputs), region: undefined });
  return `${region}/${createHash("sha256").update(canonicalQuery(query)).digest("hex").slice(0, 16)}`;
}

async function lookup(props: object, stack: StackConnectionConfig) {
  const inputs = inputsOf(props);
  return { inputs, result: await runPoolLookup(queryOf(inputs), {}, stack, CONTEXT) };
}

export async function createPoolLookup(news: object, stack: StackConnectionConfig) {
  const { inputs, result } = await lookup(news, stack);
  return { id: poolLookupId(inputs, result.region), outs: outputsOf(inputs, result) };
}

export async function updatePoolLookup(news: object, stack: StackConnectionConfig) {
  const { inputs, result } = await lookup(news, stack);
  return { outs: outputsOf(inputs, result) };
}

/** Refresh: run the stored query again in its stored region, so drift shows up. */
export async function readPoolLookup(
  id: string,
  props: Record<string, unknown>,
  stack: StackConnectionConfig,
) {
  const { inputs, result } = await lookup(props, stack);
  return { id, props: outputsOf(inputs, result) };
}

/** Stack config as the dynamic-provider server hands it to `configure`. */
export function stackConfigFrom(config: { get(key: string): string | undefined }): StackConnectionConfig {
  return {
    smsPools: {
      region: config.get("sms-pools:region"),
      profile: config.get("sms-pools:profile"),
      endpoint: config.get("sms-pools:endpoint"),
    },
    aws: { region: config.get("aws:region"), profile: config.get("aws:profile") },
  };
}
