// Reads what the audit judges, per account (profile) and region: listings through the lookup engine, then
// the per-resource calls the enabled rules need (keywords, resource policies, tags, country rules, members).
import { clientFor, smsVoiceSdk } from "../provider/aws/client";
import type { Connection } from "../provider/aws/connection";
import type { ResourceKind } from "../provider/engine/kind";
import { lookup } from "../provider/engine/lookup";
import { validateQuery } from "../provider/engine/query";
import { errorsOf, SmsLookupError } from "../provider/errors";
import { CONFIGURATION_SETS, type ConfigurationSet } from "../provider/resources/configurationSets";
import { KEYWORDS, type Keyword } from "../provider/resources/keywords";
import { OPT_OUT_LISTS, type OptOutList } from "../provider/resources/optOutLists";
import { ORIGINATION_IDENTITIES } from "../provider/resources/originationIdentities";
import { PHONE_NUMBERS, type PhoneNumber } from "../provider/resources/phoneNumbers";
import { POOLS, type Pool } from "../provider/resources/pools";
import {
  PROTECT_CONFIGURATIONS,
  type ProtectConfiguration,
} from "../provider/resources/protectConfigurations";
import { SENDER_IDS, type SenderId } from "../provider/resources/senderIds";

/** One account and region to read: the profile names the account (undefined: the SDK's default chain). */
export interface Target {
  readonly profile?: string;
  readonly region: string;
  readonly connection: Connection;
}

/** Which per-resource reads the enabled rules need. */
export interface ReadPlan {
  readonly keywords: boolean;
  readonly resourcePolicies: boolean;
  readonly tags: boolean;
  readonly countryRules: boolean;
  readonly poolMembers: boolean;
}

/** Everything read in one account and region. */
export interface AccountRegionState {
  readonly target: Target;
  /** The account ID, from the ARNs read (undefined when the region holds nothing). */
  readonly account?: string;
  readonly pools: Pool[];
  readonly phoneNumbers: PhoneNumber[];
  readonly senderIds: SenderId[];
  readonly optOutLists: OptOutList[];
  readonly configurationSets: ConfigurationSet[];
  readonly protectConfigurations: ProtectConfiguration[];
  /** Keywords by the ARN of the pool or phone number they belong to. */
  readonly keywords: Map<string, Keyword[]>;
  /** Resource policies by resource ARN (undefined: none attached). */
  readonly resourcePolicies: Map<string, string | undefined>;
  /** Tags by resource ARN. */
  readonly tags: Map<string, { key: string; value: string }[]>;
  /** SMS country rules by protect configuration ID, `{ US: "ALLOW", ... }`. */
  readonly countryRules: Map<string, Record<string, string>>;
  /** Origination identities per pool ID; a pool a phone number names is known to hold at least that many. */
  readonly poolMembers: Map<string, number>;
  /** The listings that failed (their kinds are empty here, and not judged), by operation. */
  readonly unlisted: ReadonlySet<string>;
  /**
   * The reads that failed, one per operation: each is reported as an error beside the findings of what was
   * read. A resource that vanished during the audit (ResourceNotFoundException) is no failure.
   */
  readonly failures: readonly AuditReadError[];
}

/** A read that failed: which account, region and call, with AWS's request ID. */
export class AuditReadError extends Error {
  override readonly name = "AuditReadError";
  constructor(
    readonly profile: string | undefined,
    readonly account: string | undefined,
    readonly region: string,
    readonly operation: string,
    readonly requestId: string | undefined,
    override readonly cause: unknown,
  ) {
    super(
      `${profile ? `profile ${profile}` : "the default credentials"}${account ? ` (account ${account})` : ""}, ` +
        `${region}: ${cause instanceof SmsLookupError ? "" : `${operation} failed: `}${(cause as Error)?.message ?? String(cause)}` +
        (requestId && !String((cause as Error)?.message).includes(requestId)
          ? ` (request ID ${requestId})`
          : ""),
    );
  }
}

/** Progress of one target's reads: `done` of `total` requests or items of `what`. */
export type ProgressListener = (event: {
  readonly target: Target;
  readonly what: string;
  readonly add?: number;
  readonly done?: number;
}) => void;

const PAGE = 100;

/** What an interrupted read gives instead of its answer. */
const INTERRUPTED = Symbol("interrupted");

/** The account in an SMS ARN (`arn:aws:sms-voice:<region>:<account>:...`). */
const accountOfArn = (arn: string): string | undefined => {
  const account = arn.split(":")[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
};

/** Whether a read failed because its resource is gone (deleted while the audit ran): nothing to judge. */
function vanished(err: unknown): boolean {
  const e = err as { name?: string; awsErrorName?: string } | undefined;
  return e?.name === "ResourceNotFoundException" || e?.awsErrorName === "ResourceNotFoundException";
}

/**
 * Reads one account and region: everything that can be read, with the reads that failed in `failures`.
 * Throws an AuditReadError only when every listing failed (nothing at all was read).
 */
export async function readAccountRegion(
  target: Target,
  plan: ReadPlan,
  onProgress: ProgressListener = () => {},
  /** Once aborted, no read is started and those in flight are abandoned (a read changes nothing). */
  interrupt?: AbortSignal,
): Promise<AccountRegionState> {
  const abandoned = new Promise<typeof INTERRUPTED>((resolve) => {
    if (interrupt?.aborted) resolve(INTERRUPTED);
    interrupt?.addEventListener("abort", () => resolve(INTERRUPTED), { once: true });
  });
  /** `read`, or INTERRUPTED as soon as the run is interrupted. */
  const unlessInterrupted = <T>(read: () => Promise<T>): Promise<T | typeof INTERRUPTED> =>
    interrupt?.aborted ? Promise.resolve(INTERRUPTED) : Promise.race([read(), abandoned]);
  let account: string | undefined;
  /** A failed call as the audit reports it: the account, region, call and request ID. */
  const readError = (operation: string, err: unknown): AuditReadError => {
    const requestId =
      err instanceof SmsLookupError
        ? err.requestId
        : (err as { $metadata?: { requestId?: string } })?.$metadata?.requestId;
    const op = err instanceof SmsLookupError ? err.operation : operation;
    return new AuditReadError(target.profile, account, target.region, op, requestId, err);
  };
  const list = async <Item>(kind: ResourceKind<Item>, resourceType: string): Promise<Item[]> => {
    onProgress({ target, what: kind.operation, add: 1 });
    try {
      const query = validateQuery(kind, { pageSize: PAGE }, "audit listing");
      const listed = await unlessInterrupted(() =>
        lookup(kind, query, target.connection, errorsOf(kind.operation, resourceType)),
      );
      if (listed === INTERRUPTED) {
        interruptedListings.add(kind.operation);
        return [];
      }
      return listed.items;
    } catch (err) {
      throw readError(kind.operation, err);
    } finally {
      onProgress({ target, what: kind.operation, done: 1 });
    }
  };
  const interruptedListings = new Set<string>();
  // Settled together: a failure then names the account the other listings found.
  const listed = await Promise.allSettled([
    list(POOLS, "pool"),
    list(PHONE_NUMBERS, "phone-number"),
    list(SENDER_IDS, "sender-id"),
    list(OPT_OUT_LISTS, "opt-out-list"),
    list(CONFIGURATION_SETS, "configuration-set"),
    list(PROTECT_CONFIGURATIONS, "protect-configuration"),
  ]);
  account = listed
    .flatMap((r) => (r.status === "fulfilled" ? (r.value as object[]) : []))
    .flatMap((item) => Object.entries(item))
    .filter(([key, value]) => key.endsWith("Arn") && typeof value === "string")
    .map(([, value]) => accountOfArn(value as string))
    .find((a) => a !== undefined);
  const rejected = listed.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  // Named with the account the other listings found.
  const named = (err: AuditReadError) =>
    new AuditReadError(target.profile, account, target.region, err.operation, err.requestId, err.cause);
  if (rejected.length === listed.length) throw named(rejected[0].reason as AuditReadError);
  const failures: AuditReadError[] = rejected.map((r) => named(r.reason as AuditReadError));
  const unlisted = new Set([...failures.map((f) => f.operation), ...interruptedListings]);
  const [pools, phoneNumbers, senderIds, optOutLists, configurationSets, protectConfigurations] = listed.map(
    (r) => (r.status === "fulfilled" ? r.value : []),
  ) as [Pool[], PhoneNumber[], SenderId[], OptOutList[], ConfigurationSet[], ProtectConfiguration[]];

  // Set by the first failed read: every worker then stops taking items (an endpoint that failed after every
  // retry is not asked hundreds of times more, and at 1 request/s per operation the rest of a large account
  // would keep the process busy); what was read so far is still judged.
  let failed = false;
  /** Each item through `call`, a bounded number at once (the client paces each operation). */
  const each = async <T>(operation: string, items: readonly T[], call: (item: T) => Promise<void>) => {
    if (items.length === 0) return;
    onProgress({ target, what: operation, add: items.length });
    let next = 0;
    let done = 0;
    let first: AuditReadError | undefined;
    const worker = async () => {
      while (!failed && !interrupt?.aborted && next < items.length) {
        const item = items[next++];
        try {
          // An abandoned read counts as not done; the interruption, not an error, is why.
          if ((await unlessInterrupted(() => call(item))) !== INTERRUPTED) done += 1;
        } catch (err) {
          if (vanished(err)) {
            done += 1;
          } else {
            failed = true;
            first ??= readError(operation, err);
          }
        }
        onProgress({ target, what: operation, done: 1 });
      }
    };
    await Promise.all(Array.from({ length: Math.min(target.connection.concurrency, items.length) }, worker));
    if (first) failures.push(withUnread(first, items.length - done, items.length));
  };
  const send = (operation: string, input: Record<string, unknown>) =>
    sendCommand(target.connection, operation, input);

  const keywords = new Map<string, Keyword[]>();
  const resourcePolicies = new Map<string, string | undefined>();
  const tags = new Map<string, { key: string; value: string }[]>();
  const countryRules = new Map<string, Record<string, string>>();
  const poolMembers = new Map<string, number>();
  for (const n of phoneNumbers) {
    if (n.poolId) poolMembers.set(n.poolId, (poolMembers.get(n.poolId) ?? 0) + 1);
  }
  const shareable = [...pools.map((p) => p.poolArn), ...phoneNumbers.map((n) => n.phoneNumberArn)]
    .concat(senderIds.map((s) => s.senderIdArn))
    .concat(optOutLists.map((l) => l.optOutListArn));
  const tagged = shareable.concat(
    configurationSets.map((c) => c.configurationSetArn),
    protectConfigurations.map((p) => p.protectConfigurationArn),
  );
  await Promise.all([
    plan.keywords
      ? each(
          KEYWORDS.operation,
          [...pools.map((p) => p.poolArn), ...phoneNumbers.map((n) => n.phoneNumberArn)],
          async (arn) => {
            const query = validateQuery(KEYWORDS, { originationIdentity: arn, pageSize: PAGE }, "audit");
            const { items } = await lookup(
              KEYWORDS,
              query,
              target.connection,
              errorsOf("DescribeKeywords", "keyword"),
            );
            keywords.set(arn, items);
          },
        )
      : undefined,
    plan.poolMembers
      ? // Only pools no phone number names need asking: the rule wants at least one member.
        each(
          ORIGINATION_IDENTITIES.operation,
          pools.filter((p) => !poolMembers.has(p.poolId)),
          async (pool) => {
            const query = validateQuery(
              ORIGINATION_IDENTITIES,
              { poolId: pool.poolArn, pageSize: PAGE },
              "audit",
            );
            const { items } = await lookup(
              ORIGINATION_IDENTITIES,
              query,
              target.connection,
              errorsOf("ListPoolOriginationIdentities", "pool"),
            );
            poolMembers.set(pool.poolId, items.length);
          },
        )
      : undefined,
    plan.resourcePolicies
      ? each("GetResourcePolicy", shareable, async (arn) => {
          const out = (await send("GetResourcePolicy", { ResourceArn: arn })) as { Policy?: string };
          resourcePolicies.set(arn, out.Policy || undefined);
        })
      : undefined,
    plan.tags
      ? each("ListTagsForResource", tagged, async (arn) => {
          const out = (await send("ListTagsForResource", { ResourceArn: arn })) as {
            Tags?: { Key?: string; Value?: string }[];
          };
          tags.set(
            arn,
            (out.Tags ?? []).map((t) => ({ key: t.Key ?? "", value: t.Value ?? "" })),
          );
        })
      : undefined,
    plan.countryRules
      ? each("GetProtectConfigurationCountryRuleSet", protectConfigurations, async (p) => {
          const out = (await send("GetProtectConfigurationCountryRuleSet", {
            ProtectConfigurationId: p.protectConfigurationId,
            NumberCapability: "SMS",
          })) as { CountryRuleSet?: Record<string, { ProtectStatus?: string }> };
          countryRules.set(
            p.protectConfigurationId,
            Object.fromEntries(
              Object.entries(out.CountryRuleSet ?? {}).map(([country, rule]) => [
                country,
                rule.ProtectStatus ?? "",
              ]),
            ),
          );
        })
      : undefined,
  ]);
  return {
    target,
    account,
    pools,
    phoneNumbers,
    senderIds,
    optOutLists,
    configurationSets,
    protectConfigurations,
    keywords,
    resourcePolicies,
    tags,
    countryRules,
    poolMembers,
    unlisted,
    failures,
  };
}

/** A failed read's error, saying how many reads of its operation did not complete and what that leaves out. */
function withUnread(err: AuditReadError, unread: number, total: number): AuditReadError {
  const noted = new AuditReadError(
    err.profile,
    err.account,
    err.region,
    err.operation,
    err.requestId,
    err.cause,
  );
  noted.message +=
    `; ${unread} of ${total} ${err.operation} reads did not complete (the audit stopped reading here after ` +
    "this failure), so the rules that need them did not judge those resources";
  return noted;
}

type Command = new (input: Record<string, unknown>) => unknown;

/**
 * One call with the package's paced client (the pacer keeps each operation within its quota); a failure
 * becomes the package's error, with the request ID.
 */
export async function sendCommand(
  connection: Connection,
  operation: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const Ctor = (smsVoiceSdk() as unknown as Record<string, Command>)[`${operation}Command`];
  const client = clientFor(connection) as unknown as {
    send(command: unknown): Promise<Record<string, unknown>>;
  };
  try {
    return await client.send(new Ctor(input));
  } catch (err) {
    if ((err as Error)?.name === "ResourceNotFoundException") throw err;
    throw errorsOf(operation, "resource")(
      String(input.ResourceArn ?? Object.values(input)[0]),
      connection.region ?? "",
      err,
    );
  }
}
