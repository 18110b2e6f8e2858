// Bad-input catalogue: malformed lookups (getPools, getPool, PoolLookup's check) and malformed policy pack
// config, each refused with its exact message before anything reaches the endpoint (the emulator's request
// log stays empty).
import * as assert from "node:assert/strict";
import type { PolicyConfigSchema, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import * as pulumi from "@pulumi/pulumi";
import { getPool, getPools, PoolLookup, PoolQueryError } from "../../index";
import { policies } from "../../policy/policies";
import {
  CLASSIC_KEYWORD_TYPE,
  CLASSIC_RESOURCE_POLICY_TYPE,
  NATIVE_PHONE_NUMBER_TYPE,
  NATIVE_POOL_TYPE,
  NATIVE_PROTECT_CONFIGURATION_TYPE,
  POOL_LOOKUP_TYPE,
} from "../../policy/resourceTypes";
import { resetClients } from "../../provider/aws/client";
import { checkPoolLookup } from "../../provider/dynamicProvider/lifecycle";
import { resourceArgs, runResourcePolicy, runStackPolicy, stackArgs } from "../policy/util";
import { seedPools, withEmulator } from "../support/emulator";
import { settle, useMocks } from "../support/pulumi";

const FILTER_NAMES =
  "status, message-type, two-way-enabled, self-managed-opt-outs-enabled, opt-out-list-name, " +
  "shared-routes-enabled, deletion-protection-enabled, two-way-channel-arn";
const LOOKUP_KEYS = "poolIds, filters, owner, pageSize, region";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const ARN_RULE = "expected arn:aws:sms-voice:<region>:<account-id>:pool/<pool-id>";
const ID_RULE = "at most 256 characters of letters, digits, _ : / -";
const VALUE_RULE = "must be a string of 1 to 128 letters, digits or / . : + _ -";

/** The full text of a PoolQueryError listing `lines`. */
function invalid(context: string, ...lines: string[]): string {
  const count = `${lines.length} problem${lines.length === 1 ? "" : "s"}`;
  return `Invalid ${context} (${count}; no request was sent):\n${lines.map((l) => `  - ${l}`).join("\n")}`;
}
const pools = (...lines: string[]) => invalid("getPools arguments", ...lines);
const pool = (...lines: string[]) => invalid("getPool arguments", ...lines);

/** A string as the error messages show it: JSON-quoted, cut to 61 characters and "..." past 64. */
const shown = (text: string) => JSON.stringify(text.length > 64 ? `${text.slice(0, 61)}...` : text);

interface LookupCase {
  readonly name: string;
  /** getPools or getPool with deliberately wrong arguments; `opts` points at the emulator. */
  readonly call: (opts: { endpoint: string; region: string }) => Promise<unknown>;
  readonly message: string;
}

const validIds = (n: number) => Array.from({ length: n }, (_, i) => `pool-${String(i).padStart(32, "0")}`);
const filter = (name: string, values: unknown) => ({ filters: [{ name, values }] });
const badPools = (args: unknown, ...lines: string[]): Omit<LookupCase, "name"> => ({
  call: (opts) => getPools(args as never, opts),
  message: pools(...lines),
});

const GET_POOLS_CASES: LookupCase[] = [
  {
    name: "arguments are a string",
    ...badPools("pool-a", `arguments "pool-a" must be an object such as { poolIds: ["pool-..."] }`),
  },
  {
    name: "arguments are an array",
    ...badPools(["pool-a"], `arguments an array of 1 must be an object such as { poolIds: ["pool-..."] }`),
  },
  {
    name: "arguments are a number",
    ...badPools(42, `arguments 42 must be an object such as { poolIds: ["pool-..."] }`),
  },
  {
    name: "poolId instead of poolIds",
    ...badPools(
      { poolId: "pool-a" },
      `poolId is not a lookup argument; did you mean poolIds? use one of: ${LOOKUP_KEYS}`,
    ),
  },
  {
    name: "PascalCase PoolIds (the API's spelling)",
    ...badPools(
      { PoolIds: ["pool-a"] },
      `PoolIds is not a lookup argument; did you mean poolIds? use one of: ${LOOKUP_KEYS}`,
    ),
  },
  {
    name: "unknown argument limit",
    ...badPools({ limit: 5 }, `limit is not a lookup argument; use one of: ${LOOKUP_KEYS}`),
  },
  {
    name: "poolIds is a string",
    ...badPools(
      { poolIds: "pool-a" },
      `poolIds "pool-a" must be an array of pool IDs or ARNs, e.g. ["pool-0123..."]`,
    ),
  },
  {
    name: "poolIds holds a number",
    ...badPools({ poolIds: [42] }, `poolIds[0] 42 must be a string: a pool ID ("pool-...") or pool ARN`),
  },
  {
    name: "poolIds holds null",
    ...badPools(
      { poolIds: ["pool-a", null] },
      `poolIds[1] null must be a string: a pool ID ("pool-...") or pool ARN`,
    ),
  },
  {
    name: "poolIds holds an empty string",
    ...badPools(
      { poolIds: [""] },
      `poolIds[0] is empty; give a pool ID ("pool-...") or pool ARN, or remove the entry`,
    ),
  },
  {
    name: "pool ID with a space",
    ...badPools({ poolIds: ["pool a"] }, `poolIds[0] "pool a" is not a pool ID or ARN: ${ID_RULE}`),
  },
  {
    name: "pool ID with non-ASCII letters",
    ...badPools({ poolIds: ["pööl-1"] }, `poolIds[0] "pööl-1" is not a pool ID or ARN: ${ID_RULE}`),
  },
  {
    name: "pool ID with an emoji",
    ...badPools({ poolIds: ["pool-📟"] }, `poolIds[0] "pool-📟" is not a pool ID or ARN: ${ID_RULE}`),
  },
  {
    name: "pool ID of 257 characters",
    ...badPools(
      { poolIds: ["p".repeat(257)] },
      `poolIds[0] ${shown("p".repeat(257))} is not a pool ID or ARN: ${ID_RULE}`,
    ),
  },
  {
    name: "ARN with an 11-digit account",
    ...badPools(
      { poolIds: ["arn:aws:sms-voice:us-east-1:12345678901:pool/pool-a"] },
      `poolIds[0] "arn:aws:sms-voice:us-east-1:12345678901:pool/pool-a" is not a pool ARN; ${ARN_RULE}`,
    ),
  },
  {
    name: "ARN of a phone number, not a pool",
    ...badPools(
      { poolIds: ["arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-a"] },
      `poolIds[0] "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-a" is not a pool ARN; ${ARN_RULE}`,
    ),
  },
  {
    name: "ARN of another service",
    ...badPools(
      { poolIds: ["arn:aws:sns:us-east-1:123456789012:pool/pool-a"] },
      `poolIds[0] "arn:aws:sns:us-east-1:123456789012:pool/pool-a" is not a pool ARN; ${ARN_RULE}`,
    ),
  },
  {
    name: "ARN without a pool ID",
    ...badPools(
      { poolIds: ["arn:aws:sms-voice:us-east-1:123456789012:pool/"] },
      `poolIds[0] "arn:aws:sms-voice:us-east-1:123456789012:pool/" is not a pool ARN; ${ARN_RULE}`,
    ),
  },
  {
    name: "1,000 pool IDs with three bad entries among them",
    ...badPools(
      { poolIds: validIds(1000).map((id, i) => (i === 10 ? "" : i === 500 ? "pool a" : i === 999 ? 7 : id)) },
      `poolIds[10] is empty; give a pool ID ("pool-...") or pool ARN, or remove the entry`,
      `poolIds[500] "pool a" is not a pool ID or ARN: ${ID_RULE}`,
      `poolIds[999] 7 must be a string: a pool ID ("pool-...") or pool ARN`,
    ),
  },
  {
    name: "owner together with poolIds",
    ...badPools(
      { owner: "SHARED", poolIds: ["pool-a"] },
      `owner "SHARED" can't be used together with poolIds (DescribePools rejects both at once); drop owner and pass shared pools by ARN, or drop poolIds to list by owner`,
    ),
  },
  {
    name: "owner in lowercase",
    ...badPools(
      { owner: "self" },
      `owner "self" must be "SELF" or "SHARED" (uppercase), or left out for your own pools`,
    ),
  },
  {
    name: "owner ALL",
    ...badPools(
      { owner: "ALL" },
      `owner "ALL" must be "SELF" or "SHARED" (uppercase), or left out for your own pools`,
    ),
  },
  {
    name: "owner is a number",
    ...badPools(
      { owner: 1 },
      `owner 1 must be "SELF" or "SHARED" (uppercase), or left out for your own pools`,
    ),
  },
  {
    name: "filters is one object, not a list",
    ...badPools(
      { filters: { name: "status", values: ["ACTIVE"] } },
      "filters an object must be an array of { name, values } objects",
    ),
  },
  {
    name: "21 filters",
    ...badPools(
      { filters: Array.from({ length: 21 }, () => ({ name: "status", values: ["ACTIVE"] })) },
      "filters has 21 entries; DescribePools accepts at most 20: merge values of the same name into one filter",
    ),
  },
  {
    name: "a filter is null",
    ...badPools({ filters: [null] }, "filters[0] null must be an object { name, values }"),
  },
  {
    name: "a filter is a string",
    ...badPools(
      { filters: ["status=ACTIVE"] },
      `filters[0] "status=ACTIVE" must be an object { name, values }`,
    ),
  },
  {
    name: "filter name that is no filter",
    ...badPools(
      filter("state", ["ACTIVE"]),
      `filters[0].name "state" is not a pool filter; use one of: ${FILTER_NAMES}`,
    ),
  },
  {
    name: "filter name in the wrong case",
    ...badPools(
      filter("Status", ["ACTIVE"]),
      `filters[0].name "Status" is not a pool filter; did you mean "status"? use one of: ${FILTER_NAMES}`,
    ),
  },
  {
    name: "filter name with underscores",
    ...badPools(
      filter("message_type", ["PROMOTIONAL"]),
      `filters[0].name "message_type" is not a pool filter; did you mean "message-type"? use one of: ${FILTER_NAMES}`,
    ),
  },
  {
    name: "filter name missing",
    ...badPools(
      { filters: [{ values: ["ACTIVE"] }] },
      `filters[0].name undefined is not a pool filter; use one of: ${FILTER_NAMES}`,
    ),
  },
  {
    name: "filter field value instead of values",
    ...badPools(
      { filters: [{ name: "status", value: ["ACTIVE"] }] },
      "filters[0].value is not a filter field; use name and values",
      "filters[0].values undefined must be an array of 1 to 20 strings",
    ),
  },
  {
    name: "filter values is a string",
    ...badPools(filter("status", "ACTIVE"), `filters[0].values "ACTIVE" must be an array of 1 to 20 strings`),
  },
  {
    name: "filter values empty",
    ...badPools(
      filter("status", []),
      "filters[0].values has 0 entries; a filter takes 1 to 20 values (remove the filter to match everything)",
    ),
  },
  {
    name: "21 filter values",
    ...badPools(
      filter(
        "opt-out-list-name",
        Array.from({ length: 21 }, (_, i) => `list-${i}`),
      ),
      "filters[0].values has 21 entries; a filter takes 1 to 20 values (split the lookup)",
    ),
  },
  {
    name: "empty filter value",
    ...badPools(filter("opt-out-list-name", [""]), `filters[0].values[0] "" ${VALUE_RULE}`),
  },
  {
    name: "filter value with non-ASCII letters",
    ...badPools(filter("opt-out-list-name", ["Défaut"]), `filters[0].values[0] "Défaut" ${VALUE_RULE}`),
  },
  {
    name: "filter value of 129 characters",
    ...badPools(
      filter("opt-out-list-name", ["a".repeat(129)]),
      `filters[0].values[0] ${shown("a".repeat(129))} ${VALUE_RULE}`,
    ),
  },
  {
    name: "filter value is a number",
    ...badPools(filter("two-way-enabled", [1]), `filters[0].values[0] 1 ${VALUE_RULE}`),
  },
  {
    name: "boolean filter value yes",
    ...badPools(
      filter("two-way-enabled", ["yes"]),
      `filters[0].values[0] "yes" never matches a pool's two-way-enabled; use one of: true, false`,
    ),
  },
  {
    name: "status value in lowercase",
    ...badPools(
      filter("status", ["ACTIVE", "active"]),
      `filters[0].values[1] "active" never matches a pool's status; use one of: CREATING, ACTIVE, DELETING`,
    ),
  },
  {
    name: "pageSize 0",
    ...badPools(
      { pageSize: 0 },
      "pageSize 0 must be a whole number from 1 to 100 (DescribePools MaxResults); leave it out for 100",
    ),
  },
  {
    name: "pageSize 101",
    ...badPools(
      { pageSize: 101 },
      "pageSize 101 must be a whole number from 1 to 100 (DescribePools MaxResults); leave it out for 100",
    ),
  },
  {
    name: "pageSize 2.5",
    ...badPools(
      { pageSize: 2.5 },
      "pageSize 2.5 must be a whole number from 1 to 100 (DescribePools MaxResults); leave it out for 100",
    ),
  },
  {
    name: "pageSize as a string",
    ...badPools(
      { pageSize: "10" },
      `pageSize "10" must be a whole number from 1 to 100 (DescribePools MaxResults); leave it out for 100`,
    ),
  },
  {
    name: "pageSize NaN",
    ...badPools(
      { pageSize: Number.NaN },
      "pageSize NaN must be a whole number from 1 to 100 (DescribePools MaxResults); leave it out for 100",
    ),
  },
  {
    name: "region in uppercase",
    ...badPools({ region: "US-EAST-1" }, `region "US-EAST-1" must be an AWS region code such as "us-east-1"`),
  },
  {
    name: "region empty",
    ...badPools({ region: "" }, `region "" must be an AWS region code such as "us-east-1"`),
  },
  {
    name: "region with non-breaking hyphens (U+2011)",
    ...badPools({ region: "us‑east‑1" }, `region "us‑east‑1" must be an AWS region code such as "us-east-1"`),
  },
  {
    name: "every problem at once",
    ...badPools(
      { owner: "SHARED", poolIds: ["pool-a"], pageSize: 0, filters: [{ name: "state", values: ["x"] }] },
      `filters[0].name "state" is not a pool filter; use one of: ${FILTER_NAMES}`,
      `owner "SHARED" can't be used together with poolIds (DescribePools rejects both at once); drop owner and pass shared pools by ARN, or drop poolIds to list by owner`,
      "pageSize 0 must be a whole number from 1 to 100 (DescribePools MaxResults); leave it out for 100",
    ),
  },
];

const OPTION_CASES: LookupCase[] = [
  {
    name: "maxAttempts 0",
    call: (opts) => getPools({}, { ...opts, maxAttempts: 0 }),
    message: pools("maxAttempts 0 must be a whole number from 1 to 20 (default 8)"),
  },
  {
    name: "maxAttempts as a string",
    call: (opts) => getPools({}, { ...opts, maxAttempts: "3" as never }),
    message: pools('maxAttempts "3" must be a whole number from 1 to 20 (default 8)'),
  },
  {
    name: "timeoutMs negative",
    call: (opts) => getPools({}, { ...opts, timeoutMs: -1 }),
    message: pools("timeoutMs -1 must be a positive number of milliseconds (default 15000)"),
  },
  {
    name: "timeoutMs beyond what a timer holds",
    call: (opts) => getPools({}, { ...opts, timeoutMs: 1e10 }),
    message: pools(
      "timeoutMs 10000000000 is longer than 2147483647 ms (about 24.8 days), the longest a Node.js timer can wait; give at most 2147483647",
    ),
  },
  {
    name: "timeoutMs one past what a timer holds",
    call: (opts) => getPools({}, { ...opts, timeoutMs: 2 ** 31 }),
    message: pools(
      "timeoutMs 2147483648 is longer than 2147483647 ms (about 24.8 days), the longest a Node.js timer can wait; give at most 2147483647",
    ),
  },
  {
    name: "concurrency 33",
    call: (opts) => getPools({ poolIds: ["pool-a"] }, { ...opts, concurrency: 33 }),
    message: pools("concurrency 33 must be a whole number from 1 to 32 (default 4)"),
  },
  {
    name: "endpoint that is no http(s) URL",
    call: (opts) => getPools({}, { ...opts, endpoint: "ftp://127.0.0.1:1" }),
    message: pools(
      'endpoint "ftp://127.0.0.1:1" must be an http(s) URL such as "http://127.0.0.1:4599"; fix the endpoint option or `pulumi config set sms-pools:endpoint`',
    ),
  },
  {
    name: "profile that is no string",
    call: (opts) => getPools({}, { ...opts, profile: 5 as never }),
    message: pools('profile 5 must be a string such as "my-profile"'),
  },
  {
    name: "region option that is no string",
    call: (opts) => getPools({}, { ...opts, region: ["eu-west-1"] as never }),
    message: pools('region an array of 1 must be a string such as "us-east-1"'),
  },
  {
    name: "an aws.Provider in opts.provider (refused, not ignored)",
    call: (opts) => getPools({}, { ...opts, provider: {} as never }),
    message: pools(
      "opts.provider is not supported: the lookups call AWS directly, not through a Pulumi provider, so the provider's region, profile, credentials and assumed role would be ignored; pass region and profile in the options (a profile can assume a role in another account), or set `pulumi config set sms-pools:region` / `sms-pools:profile`",
    ),
  },
  {
    name: "opts.version (no plugin to pick)",
    call: (opts) => getPools({}, { ...opts, version: "1.2.3" }),
    message: pools('opts.version "1.2.3" has no effect: the lookups use no provider plugin; remove it'),
  },
  {
    name: "a misspelt option",
    call: (opts) => getPools({}, { ...opts, time_out_ms: 5 } as never),
    message: pools(
      "opts.time_out_ms is not a lookup option; use one of: parent, async, region, profile, endpoint, maxAttempts, timeoutMs, concurrency, snapshot",
    ),
  },
  {
    name: "an option with the wrong case",
    call: (opts) => getPools({}, { ...opts, MaxAttempts: 3 } as never),
    message: pools(
      "opts.MaxAttempts is not a lookup option; did you mean maxAttempts? use one of: parent, async, region, profile, endpoint, maxAttempts, timeoutMs, concurrency, snapshot",
    ),
  },
  {
    name: "getPool with opts.provider",
    call: (opts) => getPool({ poolId: "pool-a" }, { ...opts, provider: {} as never }),
    message: pool(
      "opts.provider is not supported: the lookups call AWS directly, not through a Pulumi provider, so the provider's region, profile, credentials and assumed role would be ignored; pass region and profile in the options (a profile can assume a role in another account), or set `pulumi config set sms-pools:region` / `sms-pools:profile`",
    ),
  },
  {
    name: "bad arguments and bad options together",
    call: (opts) => getPools({ pageSize: 0 }, { ...opts, maxAttempts: 21 }),
    message: pools(
      "pageSize 0 must be a whole number from 1 to 100 (DescribePools MaxResults); leave it out for 100",
      "maxAttempts 21 must be a whole number from 1 to 20 (default 8)",
    ),
  },
];

const POOL_ID_RULE = `must be a pool ID ("pool-...") or pool ARN; to list pools use getPools`;
const badPool = (args: unknown, ...lines: string[]): Omit<LookupCase, "name"> => ({
  call: (opts) => getPool(args as never, opts),
  message: pool(...lines),
});

const GET_POOL_CASES: LookupCase[] = [
  { name: "getPool without poolId", ...badPool({}, `poolId undefined ${POOL_ID_RULE}`) },
  { name: "getPool(null)", ...badPool(null, `poolId undefined ${POOL_ID_RULE}`) },
  { name: "getPool with an empty poolId", ...badPool({ poolId: "" }, `poolId "" ${POOL_ID_RULE}`) },
  { name: "getPool with a numeric poolId", ...badPool({ poolId: 7 }, `poolId 7 ${POOL_ID_RULE}`) },
  {
    name: "getPool with a list as poolId",
    ...badPool({ poolId: ["pool-a"] }, `poolId an array of 1 ${POOL_ID_RULE}`),
  },
  {
    name: "getPool with a malformed ARN",
    ...badPool(
      { poolId: "arn:aws:sms-voice:us-east-1:123456789012:pool" },
      `poolId "arn:aws:sms-voice:us-east-1:123456789012:pool" is not a pool ARN; ${ARN_RULE}`,
    ),
  },
  {
    name: "getPool with a space in the ID",
    ...badPool({ poolId: "pool a" }, `poolId "pool a" is not a pool ID or ARN: ${ID_RULE}`),
  },
  {
    name: "getPool with a region name",
    ...badPool(
      { poolId: "pool-a", region: "Europe" },
      `region "Europe" must be an AWS region code such as "us-east-1"`,
    ),
  },
  {
    name: "getPool with owner",
    ...badPool(
      { poolId: "pool-a", owner: "SHARED" },
      "owner is not a getPool argument; getPool takes poolId, region and includeOriginationIdentities (for owner, use getPools)",
    ),
  },
];

/** Inputs that once got past local validation (a request went out, or the wrong pool came back). */
const ONCE_SENT_CASES: LookupCase[] = [
  {
    name: "getPool with poolIds as well as poolId (poolIds used to win)",
    ...badPool(
      { poolId: "pool-a", poolIds: ["pool-b"] },
      "poolIds is not a getPool argument; getPool takes poolId, region and includeOriginationIdentities (for poolIds, use getPools)",
    ),
  },
  {
    name: 'region option "mars-1" (used to be signed and sent)',
    call: (opts) => getPools({}, { ...opts, region: "mars-1" }),
    message: pools('region "mars-1" must be an AWS region code such as "us-east-1"; fix the region option'),
  },
  {
    name: 'region option "Not A Region" (used to say "No AWS region")',
    call: (opts) => getPools({}, { ...opts, region: "Not A Region" }),
    message: pools(
      'region "Not A Region" must be an AWS region code such as "us-east-1"; fix the region option',
    ),
  },
  {
    name: "region from stack config sms-pools:region",
    call: (opts) =>
      withStackConfig({ "sms-pools:region": "eu west 1" }, () => getPools({}, { endpoint: opts.endpoint })),
    message: pools(
      'region "eu west 1" must be an AWS region code such as "us-east-1"; fix `pulumi config set sms-pools:region`',
    ),
  },
  {
    name: "region from stack config aws:region",
    call: (opts) =>
      withStackConfig({ "aws:region": "EU-WEST-1" }, () => getPools({}, { endpoint: opts.endpoint })),
    message: pools(
      'region "EU-WEST-1" must be an AWS region code such as "us-east-1"; fix `pulumi config set aws:region`',
    ),
  },
  {
    name: "pool ARN whose partition is not its region's",
    ...badPools(
      { poolIds: ["arn:aws-cn:sms-voice:us-east-1:123456789012:pool/pool-a"] },
      'poolIds[0] "arn:aws-cn:sms-voice:us-east-1:123456789012:pool/pool-a" names partition "aws-cn", but region us-east-1 is in "aws"; use arn:aws:sms-voice:us-east-1:...',
    ),
  },
  {
    name: "pool ARN with a made-up partition",
    ...badPools(
      { poolIds: ["arn:awsfoo:sms-voice:us-east-1:123456789012:pool/pool-a"] },
      'poolIds[0] "arn:awsfoo:sms-voice:us-east-1:123456789012:pool/pool-a" names partition "awsfoo", but region us-east-1 is in "aws"; use arn:aws:sms-voice:us-east-1:...',
    ),
  },
];

/** Runs `lookup` with extra stack config set, then puts the config back. */
async function withStackConfig(
  extra: Record<string, string>,
  lookup: () => Promise<unknown>,
): Promise<unknown> {
  const saved = pulumi.runtime.allConfig();
  pulumi.runtime.setAllConfig({ ...saved, ...extra }, []);
  try {
    return await lookup();
  } finally {
    pulumi.runtime.setAllConfig(saved, []);
  }
}

describe("reliability: bad-input catalogue, lookups (nothing is sent)", () => {
  const holder = withEmulator({ seed: { pools: seedPools(3) } });
  const opts = () => ({ endpoint: holder.emulator.endpoint, region: "us-east-1" });
  after(resetClients);

  for (const c of [...GET_POOLS_CASES, ...OPTION_CASES, ...GET_POOL_CASES, ...ONCE_SENT_CASES]) {
    it(c.name, async () => {
      await assert.rejects(c.call(opts()), (err: unknown) => {
        assert.ok(err instanceof PoolQueryError, `not a PoolQueryError: ${err}`);
        assert.equal(err.message, c.message);
        return true;
      });
      assert.deepEqual(holder.emulator.requests, [], "no request reached the endpoint");
    });
  }
});

describe("reliability: bad-input catalogue, getPools under mocks (the mock is never called)", () => {
  const recorded = useMocks(() => ({ pools: [] }));
  const picked = ["poolId instead of poolIds", "owner together with poolIds", "every problem at once"];
  for (const c of GET_POOLS_CASES.filter((g) => picked.includes(g.name))) {
    it(`${c.name} (under mocks)`, async () => {
      // No endpoint: under mocks the lookup would go to mocks.call, after validation.
      await assert.rejects(c.call({} as never), { name: "PoolQueryError", message: c.message });
      assert.deepEqual(recorded.calls, []);
    });
  }
});

interface CheckCase {
  readonly name: string;
  readonly news: Record<string, unknown>;
  readonly failures: Array<{ property: string; reason: string }>;
}

const CHECK_CASES: CheckCase[] = [
  {
    name: "owner ALL together with poolIds",
    news: { owner: "ALL", poolIds: ["pool-a"] },
    failures: [
      {
        property: "owner",
        reason: 'owner "ALL" must be "SELF" or "SHARED" (uppercase), or left out for your own pools',
      },
      {
        property: "owner",
        reason: `owner "ALL" can't be used together with poolIds (DescribePools rejects both at once); drop owner and pass shared pools by ARN, or drop poolIds to list by owner`,
      },
    ],
  },
  {
    name: "a filter name that is no filter",
    news: filter("state", ["ACTIVE"]),
    failures: [
      {
        property: "filters",
        reason: `filters[0].name "state" is not a pool filter; use one of: ${FILTER_NAMES}`,
      },
    ],
  },
  {
    name: "poolIds as one string",
    news: { poolIds: "pool-a" },
    failures: [
      {
        property: "poolIds",
        reason: `poolIds "pool-a" must be an array of pool IDs or ARNs, e.g. ["pool-0123..."]`,
      },
    ],
  },
  {
    name: "a pool ID in Cyrillic letters",
    news: { poolIds: ["пул-1"] },
    failures: [{ property: "poolIds", reason: `poolIds[0] "пул-1" is not a pool ID or ARN: ${ID_RULE}` }],
  },
  {
    name: "a malformed pool ARN",
    news: { poolIds: ["arn:aws:sms-voice:us-east-1:123456789012:pool/pool a"] },
    failures: [
      {
        property: "poolIds",
        reason: `poolIds[0] "arn:aws:sms-voice:us-east-1:123456789012:pool/pool a" is not a pool ID or ARN: ${ID_RULE}`,
      },
    ],
  },
  {
    name: "a region that is no region",
    news: { region: "moon" },
    failures: [
      { property: "region", reason: 'region "moon" must be an AWS region code such as "us-east-1"' },
    ],
  },
  {
    name: "empty filter values",
    news: filter("status", []),
    failures: [
      {
        property: "filters",
        reason:
          "filters[0].values has 0 entries; a filter takes 1 to 20 values (remove the filter to match everything)",
      },
    ],
  },
  {
    name: "at preview: an unknown filter list, and a known bad owner",
    news: { filters: UNKNOWN, owner: "ALL" },
    failures: [
      {
        property: "owner",
        reason: 'owner "ALL" must be "SELF" or "SHARED" (uppercase), or left out for your own pools',
      },
    ],
  },
];

describe("reliability: bad-input catalogue, PoolLookup", () => {
  for (const c of CHECK_CASES) {
    it(`check refuses ${c.name}`, () => {
      const { failures } = checkPoolLookup(c.news);
      assert.deepEqual(failures, c.failures);
    });
  }

  describe("registration under mocks", () => {
    const recorded = useMocks(() => undefined);
    it("registers bad inputs as given (validation is the provider's check, run by the engine)", async () => {
      const lookup = new PoolLookup("bad", { owner: "ALL" as never, poolIds: ["pool-a"] });
      await settle(lookup.urn);
      assert.equal(recorded.resources.length, 1);
      const { __provider: _, ...inputs } = recorded.resources[0].inputs;
      assert.deepEqual(inputs, { owner: "ALL", poolIds: ["pool-a"], resultsSecret: false });
      assert.deepEqual(
        checkPoolLookup(inputs).failures.map((f) => f.property),
        ["owner", "owner"],
        "the engine's Check would refuse what the mock accepted",
      );
    });
  });
});

// ---- policy pack config ----

type JsonSchema = { type?: string; items?: JsonSchema };

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * The engine validates a pack's config with gojsonschema against `{ type: "object", properties, required }`
 * before any rule runs, so properties it does not declare pass. This reproduces that check, in
 * gojsonschema's wording, for the schema keywords the pack uses (type, items).
 */
function engineConfigErrors(policyName: string, schema: PolicyConfigSchema, config: Record<string, unknown>) {
  const errors: string[] = [];
  const check = (s: JsonSchema, value: unknown, field: string) => {
    const given = jsonType(value);
    if (s.type && !(s.type === given || (s.type === "number" && given === "integer"))) {
      errors.push(`Policy "${policyName}": ${field}: Invalid type. Expected: ${s.type}, given: ${given}`);
      return;
    }
    if (Array.isArray(value) && s.items) {
      for (const [i, item] of value.entries()) check(s.items, item, `${field}.${i}`);
    }
  };
  for (const [key, value] of Object.entries(config)) {
    const property = schema.properties[key] as JsonSchema | undefined;
    if (property) check(property, value, key);
  }
  return errors;
}

interface ConfigCase {
  readonly policy: string;
  readonly config: Record<string, unknown>;
  /** What the engine says when it validates the config file. */
  readonly engine: string[];
  /** What the pack's own code throws when the config reaches it unvalidated (direct calls, other clients). */
  readonly pack: string;
}

const CONFIG_CASES: ConfigCase[] = [
  {
    policy: "sms-pool-deletion-protection",
    config: { exemptResourceNames: "sandbox-pool" },
    engine: [
      'Policy "sms-pool-deletion-protection": exemptResourceNames: Invalid type. Expected: array, given: string',
    ],
    pack: 'policy config exemptResourceNames must be a list of strings; got "sandbox-pool"',
  },
  {
    policy: "sms-pool-deletion-protection",
    config: { exemptResourceNames: ["sandbox-pool", 7] },
    engine: [
      'Policy "sms-pool-deletion-protection": exemptResourceNames.1: Invalid type. Expected: string, given: integer',
    ],
    pack: 'policy config exemptResourceNames must be a list of strings; got ["sandbox-pool",7]',
  },
  {
    policy: "sms-origination-identity-deletion-protection",
    config: { exemptResourceNames: { "sandbox-pool": true } },
    engine: [
      'Policy "sms-origination-identity-deletion-protection": exemptResourceNames: Invalid type. Expected: array, given: object',
    ],
    pack: 'policy config exemptResourceNames must be a list of strings; got {"sandbox-pool":true}',
  },
  {
    policy: "sms-pool-shared-routes",
    config: { exemptResourceNames: true },
    engine: [
      'Policy "sms-pool-shared-routes": exemptResourceNames: Invalid type. Expected: array, given: boolean',
    ],
    pack: "policy config exemptResourceNames must be a list of strings; got true",
  },
  {
    policy: "sms-self-managed-opt-outs",
    config: { allowSelfManagedOptOuts: "false" },
    engine: [
      'Policy "sms-self-managed-opt-outs": allowSelfManagedOptOuts: Invalid type. Expected: boolean, given: string',
    ],
    pack: 'policy config allowSelfManagedOptOuts must be true or false; got "false"',
  },
  {
    policy: "sms-self-managed-opt-outs",
    config: { allowSelfManagedOptOuts: 0 },
    engine: [
      'Policy "sms-self-managed-opt-outs": allowSelfManagedOptOuts: Invalid type. Expected: boolean, given: integer',
    ],
    pack: "policy config allowSelfManagedOptOuts must be true or false; got 0",
  },
  {
    policy: "sms-two-way-channel-configured",
    config: { requireChannelRole: "yes" },
    engine: [
      'Policy "sms-two-way-channel-configured": requireChannelRole: Invalid type. Expected: boolean, given: string',
    ],
    pack: 'policy config requireChannelRole must be true or false; got "yes"',
  },
  {
    policy: "sms-required-tags",
    config: { requiredTagKeys: "owner,cost-center" },
    engine: ['Policy "sms-required-tags": requiredTagKeys: Invalid type. Expected: array, given: string'],
    pack: 'policy config requiredTagKeys must be a list of strings; got "owner,cost-center"',
  },
  {
    policy: "sms-required-tags",
    config: { requiredTagKeys: [["owner"], "ünïcode-kéy"] },
    engine: ['Policy "sms-required-tags": requiredTagKeys.0: Invalid type. Expected: string, given: array'],
    pack: 'policy config requiredTagKeys must be a list of strings; got [["owner"],"ünïcode-kéy"]',
  },
  {
    policy: "sms-looked-up-pools-protected",
    config: { exemptPools: "arn:aws:sms-voice:us-east-1:111122223333:pool/pool-a" },
    engine: [
      'Policy "sms-looked-up-pools-protected": exemptPools: Invalid type. Expected: array, given: string',
    ],
    pack: 'policy config exemptPools must be a list of strings; got "arn:aws:sms-voice:us-east-1:111122223333:pool/pool-a"',
  },
  {
    policy: "sms-looked-up-pools-protected",
    config: { exemptPools: [null] },
    engine: [
      'Policy "sms-looked-up-pools-protected": exemptPools.0: Invalid type. Expected: string, given: null',
    ],
    pack: "policy config exemptPools must be a list of strings; got [null]",
  },
  {
    policy: "sms-protect-configuration-deletion-protection",
    config: { exemptResourceNames: "sandbox" },
    engine: [
      'Policy "sms-protect-configuration-deletion-protection": exemptResourceNames: Invalid type. Expected: array, given: string',
    ],
    pack: 'policy config exemptResourceNames must be a list of strings; got "sandbox"',
  },
  {
    policy: "sms-resource-policy-scope",
    config: { allowedPrincipals: "444455556666" },
    engine: [
      'Policy "sms-resource-policy-scope": allowedPrincipals: Invalid type. Expected: array, given: string',
    ],
    pack: 'policy config allowedPrincipals must be a list of strings; got "444455556666"',
  },
  {
    policy: "sms-protect-configuration-countries",
    config: { allowedCountries: [1] },
    engine: [
      'Policy "sms-protect-configuration-countries": allowedCountries.0: Invalid type. Expected: string, given: integer',
    ],
    pack: "policy config allowedCountries must be a list of strings; got [1]",
  },
  {
    policy: "sms-opt-out-keywords",
    config: { optOutKeywords: "UNSUBSCRIBE" },
    engine: ['Policy "sms-opt-out-keywords": optOutKeywords: Invalid type. Expected: array, given: string'],
    pack: 'policy config optOutKeywords must be a list of strings; got "UNSUBSCRIBE"',
  },
  {
    policy: "sms-account-default-protect-configuration",
    config: { exemptAccounts: "123456789012" },
    engine: [
      'Policy "sms-account-default-protect-configuration": exemptAccounts: Invalid type. Expected: array, given: string',
    ],
    pack: 'policy config exemptAccounts must be a list of strings; got "123456789012"',
  },
  {
    policy: "sms-pool-has-origination-identity",
    config: { exemptResourceNames: [false] },
    engine: [
      'Policy "sms-pool-has-origination-identity": exemptResourceNames.0: Invalid type. Expected: string, given: boolean',
    ],
    pack: "policy config exemptResourceNames must be a list of strings; got [false]",
  },
  {
    policy: "sms-configuration-set-event-logging",
    config: { requiredEvents: true },
    engine: [
      'Policy "sms-configuration-set-event-logging": requiredEvents: Invalid type. Expected: array, given: boolean',
    ],
    pack: "policy config requiredEvents must be a list of strings; got true",
  },
];

/** A resource each resource policy applies to, so that it reads its config. */
const IN_SCOPE: Record<string, string> = {
  "sms-pool-deletion-protection": NATIVE_POOL_TYPE,
  "sms-origination-identity-deletion-protection": NATIVE_PHONE_NUMBER_TYPE,
  "sms-pool-shared-routes": NATIVE_POOL_TYPE,
  "sms-self-managed-opt-outs": NATIVE_POOL_TYPE,
  "sms-two-way-channel-configured": NATIVE_POOL_TYPE,
  "sms-required-tags": NATIVE_POOL_TYPE,
  "sms-protect-configuration-deletion-protection": NATIVE_PROTECT_CONFIGURATION_TYPE,
  "sms-resource-policy-scope": CLASSIC_RESOURCE_POLICY_TYPE,
  "sms-protect-configuration-countries": NATIVE_PROTECT_CONFIGURATION_TYPE,
  "sms-opt-out-keywords": CLASSIC_KEYWORD_TYPE,
};

function runWithConfig(name: string, config: Record<string, unknown>) {
  const policy = policies.find((p) => p.name === name)!;
  if ("validateStack" in policy) {
    const lookup = { type: POOL_LOOKUP_TYPE, name: "lookup", props: { pools: [], arns: [], ids: [] } };
    return runStackPolicy(policy as StackValidationPolicy, stackArgs([lookup], config));
  }
  const props = { deletionProtectionEnabled: true, tags: [] };
  return runResourcePolicy(
    policy as ResourceValidationPolicy,
    resourceArgs(IN_SCOPE[name], props, { name: "senders", config }),
  );
}

describe("reliability: bad-input catalogue, policy pack config", () => {
  it("every policy with settings is in the catalogue", () => {
    const configurable = policies.filter((p) => p.configSchema).map((p) => p.name);
    assert.deepEqual([...new Set(CONFIG_CASES.map((c) => c.policy))].sort(), [...configurable].sort());
  });

  for (const c of CONFIG_CASES) {
    it(`${c.policy}: ${JSON.stringify(c.config)}`, async () => {
      const policy = policies.find((p) => p.name === c.policy)!;
      assert.deepEqual(engineConfigErrors(c.policy, policy.configSchema!, c.config), c.engine);
      await assert.rejects(runWithConfig(c.policy, c.config), { message: c.pack });
    });
  }

  it("the pack's example config is valid", async () => {
    const example: Record<string, unknown> = require("../../policy/policy-config.example.json");
    for (const policy of policies) {
      const entry = example[policy.name];
      if (typeof entry !== "object" || entry === null || !policy.configSchema) continue;
      const { enforcementLevel: _, ...config } = entry as Record<string, unknown>;
      assert.deepEqual(engineConfigErrors(policy.name, policy.configSchema, config), [], policy.name);
    }
  });
});
