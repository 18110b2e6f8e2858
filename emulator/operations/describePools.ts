// DescribePools: own pools by ID or ARN, shared pools by ARN or Owner=SHARED, filtered and keyset-paginated.

import { poolNotFound, validationError } from "../errors";
import { checkFilterValues, type PoolFilter, poolMatcher } from "../filters";
import { NextTokens } from "../nextToken";
import { type PoolRecord, parsePoolArn, poolInformation } from "../poolRecord";
import { DescribePoolsRequest } from "../shapes";
import { validateInput } from "../validation";
import type { OperationContext } from "./context";

interface DescribePoolsInput {
  PoolIds?: string[];
  Filters?: PoolFilter[];
  NextToken?: string;
  MaxResults?: number;
  Owner?: "SELF" | "SHARED";
}

export function describePools(input: unknown, context: OperationContext): Record<string, unknown> {
  const request = validateInput<DescribePoolsInput>(DescribePoolsRequest, input, context.numberAsSent);
  const poolIds = request.PoolIds ?? [];
  const filters = request.Filters ?? [];
  if (poolIds.length > 0 && request.Owner !== undefined) {
    throw validationError(
      "PARAMETERS_CANNOT_BE_USED_TOGETHER",
      [
        { Name: "Owner", Message: `Owner '${request.Owner}' cannot be used together with PoolIds.` },
        { Name: "PoolIds", Message: "PoolIds cannot be used together with Owner." },
      ],
      "Owner and PoolIds cannot be used together: PoolIds already name the pools (shared ones by ARN); drop Owner or PoolIds.",
    );
  }
  const badArns = poolIds.flatMap((id, i) =>
    id.startsWith("arn:") && !parsePoolArn(id)
      ? [
          {
            Name: `PoolIds[${i}]`,
            Message: `Value '${id}' at 'PoolIds[${i}]' is not a pool ARN (arn:aws:sms-voice:<region>:<account>:pool/<id>)`,
          },
        ]
      : [],
  );
  if (badArns.length > 0) throw validationError("INVALID_ARN", badArns);
  checkFilterValues(filters);

  const digest = NextTokens.queryDigest({
    region: context.region,
    account: context.accountId,
    poolIds,
    filters: filters.map((f) => [f.Name, [...f.Values].sort()]).sort(),
    owner: request.Owner ?? "SELF",
  });
  const cursor = request.NextToken === undefined ? undefined : context.tokens.read(request.NextToken, digest);
  const pageSize = request.MaxResults ?? context.defaultMaxResults;
  const matches = poolMatcher(filters);

  if (poolIds.length > 0) {
    // Keyset over the request: the cursor is the PoolIds position of the last pool served, so a pool
    // that stops (or starts) matching before the cursor never shifts what comes after it.
    const after = cursor && "requested" in cursor ? cursor.requested : -1;
    const seen = new Set<string>();
    const page: PoolRecord[] = [];
    let last = after;
    let more = false;
    for (const [position, id] of poolIds.entries()) {
      const pool = context.store.resolve(context.region, context.accountId, id);
      if (!pool) throw poolNotFound(id);
      if (seen.has(pool.poolArn)) continue;
      seen.add(pool.poolArn);
      if (position <= after || more || !matches(pool)) continue;
      if (page.length === pageSize) {
        more = true;
        continue;
      }
      page.push(pool);
      last = position;
    }
    const result: Record<string, unknown> = { Pools: page.map(poolInformation) };
    if (more) result.NextToken = context.tokens.issue(digest, { requested: last });
    return result;
  }

  const shared = request.Owner === "SHARED";
  const owners = shared
    ? context.store.owners(context.region).filter((owner) => owner !== context.accountId)
    : [context.accountId];
  const conditions = [
    { name: "owner", values: owners },
    ...filters.map((f) => ({ name: f.Name, values: f.Values })),
  ];
  const afterKey = cursor && "key" in cursor ? cursor.key : undefined;
  const page: PoolRecord[] = [];
  let more = false;
  for (const pool of context.store.scan(context.region, conditions, afterKey)) {
    if ((pool.accountId !== context.accountId) !== shared || !matches(pool)) continue;
    if (page.length === pageSize) {
      more = true;
      break;
    }
    page.push(pool);
  }
  const result: Record<string, unknown> = { Pools: page.map(poolInformation) };
  if (more) result.NextToken = context.tokens.issue(digest, { key: page[page.length - 1].sortKey });
  return result;
}
