// Builds the Pulumi-facing functions of a lookup kind (getX, getXOutput, and the one-resource getY) from a
// declarative entry: every kind gets the same validation, options, mocks, secrets and Output behaviour.
import type * as pulumi from "@pulumi/pulumi";
import type { Connection } from "../provider/aws/connection";
import type { ResourceKind } from "../provider/engine/kind";
import { lookup } from "../provider/engine/lookup";
import { describeQuery, PoolQueryError, type Query, type QueryProblem, show } from "../provider/engine/query";
import { errorsOf, notFoundError } from "../provider/errors";
import { mockedRegion, prepareLookup } from "./invocation";
import { invokeMock, mockResultError } from "./mocks";
import { argsOutput, type LookupOptions, type LookupOutputOptions, outputOptions } from "./options";
import { guardSecretArgs } from "./secrets";
import { runCatalog } from "./snapshots";
import { lookupToken } from "./tokens";

/** Arguments whose values may each be Outputs, as Pulumi's generated Output functions take them. */
export type OutputArgs<T> = {
  readonly [K in keyof T]: NonNullable<T[K]> extends readonly (infer E)[]
    ? pulumi.Input<pulumi.Input<E extends object ? OutputArgs<E> : E>[]>
    : pulumi.Input<T[K]>;
};

/** The declarative entry of a listing function such as getPhoneNumbers. */
export interface ListLookupEntry<Item, Result> {
  /** The function's name: its mock token is `sms-pools:index:<name>`, its errors say "<name> arguments". */
  readonly name: string;
  readonly kind: ResourceKind<Item>;
  /** AWS's resource type for not-found errors, e.g. "phone-number". */
  readonly resourceType: string;
  /** The result field holding the items, e.g. "phoneNumbers": what a mock must return. */
  readonly itemsField: string;
  /** The result from the items (in order) and the region searched. */
  readonly result: (items: Item[], region: string) => Result;
}

/** True when `item` carries the key the engine needs (its ARN, or for keywords the keyword). */
export function isItemLike<Item>(kind: ResourceKind<Item>, item: unknown): item is Item {
  if (typeof item !== "object" || item === null) return false;
  try {
    return typeof kind.arnOf(item as Item) === "string" && typeof kind.idOf(item as Item) === "string";
  } catch {
    return false;
  }
}

/** The real lookup of an entry's query: its operation's errors, the run's snapshots unless opted out. */
function lookUpInAws<Item>(
  entry: { readonly kind: ResourceKind<Item>; readonly resourceType: string },
  query: Query,
  connection: Connection,
) {
  const toError = errorsOf(entry.kind.operation, entry.resourceType);
  return lookup(entry.kind, query, connection, toError, runCatalog(connection.snapshot));
}

/** The listing function of an entry: validated, throttle-aware, mockable, every page collected. */
export function listLookup<Args extends object, Item, Result>(entry: ListLookupEntry<Item, Result>) {
  const token = lookupToken(entry.name);
  const expected = `{ ${entry.itemsField}: [...] } (region optional)`;
  return async (args: Args = {} as Args, opts: LookupOptions = {}): Promise<Result> => {
    const context = `${entry.name} arguments`;
    const { query, connection, invoke, mocked } = prepareLookup(args, opts, context, entry.kind);
    if (mocked) {
      const answer = (await invokeMock(token, args, invoke, expected)) as Record<string, unknown> | undefined;
      const items = answer?.[entry.itemsField];
      if (!Array.isArray(items) || !items.every((i) => isItemLike(entry.kind, i))) {
        throw mockResultError(token, answer, expected);
      }
      return entry.result(items as Item[], await mockedRegion(answer?.region, connection));
    }
    const { items, region } = await lookUpInAws(entry, query, connection);
    return entry.result(items, region);
  };
}

/** The Output form of a lookup function: Output arguments, `dependsOn`, secrecy of the inputs kept. */
export function outputForm<Args, Result>(fn: (args: Args, opts: LookupOptions) => Promise<Result>) {
  return (
    args: OutputArgs<Args> = {} as OutputArgs<Args>,
    opts: LookupOutputOptions = {},
  ): pulumi.Output<Result> => {
    const { dependsOn, lookupOpts } = outputOptions(opts);
    return argsOutput(args, dependsOn).apply((a) => guardSecretArgs(args, () => fn(a as Args, lookupOpts)));
  };
}

/** The declarative entry of a one-resource function such as getPhoneNumber. */
export interface SingleLookupEntry<Item> {
  readonly name: string;
  readonly kind: ResourceKind<Item>;
  readonly resourceType: string;
  /** The argument naming the resource, e.g. "phoneNumberId" (for pairs: the first member's name). */
  readonly argument: string;
  /** The listing function to use instead, for the error naming an argument this function doesn't take. */
  readonly listing: string;
}

/** The one-resource function of an entry: a missing resource is the kind's not-found error, naming it. */
export function singleLookup<Args extends { readonly region?: string }, Item>(
  entry: SingleLookupEntry<Item>,
) {
  const ids = entry.kind.ids!;
  const pair = ids.pair?.argument;
  const allowed = [entry.argument, ...(pair ? [pair] : []), "region"];
  const context = `${entry.name} arguments`;
  return async (args: Args, opts: LookupOptions = {}): Promise<Item> => {
    const given = (args ?? {}) as Record<string, unknown>;
    const problems: QueryProblem[] = [];
    const id = given[entry.argument];
    if (typeof id !== "string" || id === "") {
      problems.push({
        field: entry.argument,
        property: entry.argument,
        message: `${entry.argument} ${show(id)} must be ${ids.described}; to list, use ${entry.listing}`,
      });
    }
    for (const key of Object.keys(given).filter((k) => given[k] !== undefined && !allowed.includes(k))) {
      problems.push({
        field: key,
        property: key,
        message: `${key} is not a ${entry.name} argument; ${entry.name} takes ${allowed.join(", ")} (for ${key}, use ${entry.listing})`,
      });
    }
    if (problems.length > 0) throw new PoolQueryError(problems, context);
    const asked = pair ? { [entry.argument]: id, [pair]: given[pair] } : id;
    const listArgs = { [ids.argument]: [asked], region: given.region };
    try {
      const { query, connection, invoke, mocked } = prepareLookup(listArgs, opts, context, entry.kind);
      if (mocked) {
        const inputs = Object.fromEntries(allowed.map((k) => [k, given[k]]));
        const expected = `one ${entry.kind.noun}`;
        const result = await invokeMock(lookupToken(entry.name), inputs, invoke, expected);
        if (!isItemLike(entry.kind, result)) throw mockResultError(lookupToken(entry.name), result, expected);
        return result;
      }
      const { items, region } = await lookUpInAws(entry, query, connection);
      if (items.length === 0) {
        const cause = new Error(`${entry.kind.operation} answered without ${entry.kind.noun} ${String(id)}`);
        throw notFoundError(
          entry.kind.operation,
          describeQuery(entry.kind, query),
          region,
          cause,
          entry.resourceType,
          pair ? `${String(id)} (${String(given[pair])})` : String(id),
        );
      }
      return items[0];
    } catch (err) {
      throw asArgumentProblems(err, `${ids.argument}[0]`, entry.argument);
    }
  };
}

/**
 * The one-resource function's query is `<list>: [id]`: name its problems after the arguments the caller
 * wrote (`phoneNumberIds[0]` is `phoneNumberId`; a pair's `senderIds[0].isoCountryCode` is `isoCountryCode`).
 */
function asArgumentProblems(err: unknown, listed: string, argument: string): unknown {
  if (!(err instanceof PoolQueryError)) return err;
  const problems = err.problems.map((p) => {
    if (!p.field.startsWith(listed)) return p;
    const rest = p.field.slice(listed.length);
    const field = rest.startsWith(".") ? rest.slice(1) : argument + rest;
    return { field, property: field.split(/[.[]/)[0], message: p.message.replace(p.field, field) };
  });
  return new PoolQueryError(problems, err.context);
}
