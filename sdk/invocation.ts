// The start of every lookup function: validate arguments, options and connection together, then pick the path.
import * as pulumi from "@pulumi/pulumi";
import { clientFor } from "../provider/aws/client";
import { resolveRegion } from "../provider/aws/region";
import type { ResourceKind } from "../provider/engine/kind";
import { planLookup } from "../provider/engine/plan";
import { type QueryProblem, show } from "../provider/engine/query";
import { POOLS, type Pool } from "../provider/resources/pools";
import { mocksActive } from "./mocks";
import { splitOptions } from "./options";
import { stackConnectionConfig } from "./stackConfig";

/**
 * Everything a lookup needs, checked before anything is sent: the query, the connection (resolved in the
 * one documented order: the call, `sms-pools:*`, `aws:*`, the AWS SDK's chain), the options for Pulumi's
 * invoke, and whether mocks answer it (mocks in force and no endpoint set on the call or in stack config).
 */
export function prepareLookup<Item = Pool>(
  args: unknown,
  opts: unknown,
  context: string,
  kind: ResourceKind<Item> = POOLS as unknown as ResourceKind<Item>,
  /** Problems the caller found in arguments the engine doesn't know (e.g. includeOriginationIdentities). */
  extraProblems: readonly QueryProblem[] = [],
) {
  const { settings, invoke, problems } = splitOptions(opts);
  const { query, connection } = planLookup(kind, args, settings, stackConnectionConfig(), context, [
    ...extraProblems,
    ...problems,
  ]);
  const empty = emptyIdListWarning(kind, args, context.replace(/ arguments$/, ""));
  if (empty) void pulumi.log.warn(empty);
  return { query, connection, invoke, mocked: mocksActive() && !connection.endpoint };
}

/**
 * An ID list given empty means every resource, as in AWS (DescribePools without PoolIds lists them all): kept,
 * but said, since a list computed to nothing (an IAM policy's pool ARNs) would otherwise widen silently.
 */
export function emptyIdListWarning(
  kind: ResourceKind<unknown>,
  args: unknown,
  caller: string,
): string | undefined {
  const argument = kind.ids?.argument;
  const given = argument ? (args as Record<string, unknown> | undefined)?.[argument] : undefined;
  if (!argument || !Array.isArray(given) || given.length > 0) return undefined;
  return (
    `${caller}: ${argument} is an empty list, so every ${kind.noun} is looked up, as ${kind.operation} does ` +
    `without ${kind.ids?.member}; leave ${argument} out to mean every ${kind.noun} without this warning, or ` +
    "check what computed the list"
  );
}

/** The region a mocked lookup reports: the mock's own answer, else the region a real lookup would use. */
export async function mockedRegion(
  answered: unknown,
  connection: ReturnType<typeof prepareLookup>["connection"],
): Promise<string> {
  if (typeof answered === "string" && answered !== "") return answered;
  try {
    return await resolveRegion(clientFor(connection));
  } catch (err) {
    throw new Error(`${(err as Error).message}; under mocks, the mock may also return region`);
  }
}

/** The problem of an optional boolean argument that is something else, if it is. */
export function booleanProblem(name: string, value: unknown): QueryProblem[] {
  if (value === undefined || typeof value === "boolean") return [];
  return [{ field: name, property: name, message: `${name} ${show(value)} must be true or false` }];
}
