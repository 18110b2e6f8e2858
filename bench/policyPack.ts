// Item 7: validating whole stacks through every policy of the pack, as its Analyzer server would.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { policies } from "../policy/policies";
import {
  CLASSIC_PHONE_NUMBER_TYPE,
  CLASSIC_POOL_TYPE,
  CLASSIC_SENDER_ID_TYPE,
  NATIVE_PHONE_NUMBER_TYPE,
  NATIVE_POOL_TYPE,
  NATIVE_SENDER_ID_TYPE,
  POOL_LOOKUP_TYPE,
} from "../policy/resourceTypes";
import type { Pool } from "../provider/resources/pools";
import {
  resourceArgs,
  runResourcePolicy,
  runStackPolicy,
  type StackResource,
  stackArgs,
} from "../tests/policy/util";
import type { Figure } from "./figures";
import { median, timed } from "./timing";

const resourcePolicies = policies.filter((p): p is ResourceValidationPolicy => "validateResource" in p);
const stackPolicies = policies.filter((p): p is StackValidationPolicy => "validateStack" in p);

const ACCOUNT = "123456789012";
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:sms-inbound`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/sms-two-way`;

/** Every 5th resource is unprotected and every 7th lacks its cost-center tag, so violations get reported too. */
const protectedAt = (i: number) => i % 5 !== 0;
const nativeTags = (i: number) => [
  { key: "owner", value: `team-${i % 9}` },
  ...(i % 7 === 0 ? [] : [{ key: "cost-center", value: `cc-${i % 13}` }]),
];
const classicTags = (i: number) => ({ owner: `team-${i % 9}` });
const classicTagsAll = (i: number) => ({
  owner: `team-${i % 9}`,
  ...(i % 7 === 0 ? {} : { "cost-center": `cc-${i % 13}` }),
});

function lookedUpPool(i: number, j: number): Pool {
  const poolId = `pool-${(i * 8 + j).toString(16).padStart(32, "0")}`;
  return {
    poolArn: `arn:aws:sms-voice:us-east-1:${ACCOUNT}:pool/${poolId}`,
    poolId,
    status: j === 4 && i % 3 === 0 ? "CREATING" : "ACTIVE",
    messageType: j % 2 === 0 ? "TRANSACTIONAL" : "PROMOTIONAL",
    twoWayEnabled: j === 1,
    ...(j === 1 ? { twoWayChannelArn: TOPIC, twoWayChannelRole: ROLE } : {}),
    selfManagedOptOutsEnabled: false,
    optOutListName: "Default",
    sharedRoutesEnabled: false,
    deletionProtectionEnabled: protectedAt(i + j),
    createdTimestamp: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
  };
}

/** One resource of each kind a stack declares, in the proportions of a stack that sends SMS at scale. */
const KINDS: Array<(i: number) => StackResource> = [
  (i) => ({
    type: NATIVE_POOL_TYPE,
    name: `pool-${i}`,
    props: {
      originationIdentities: [`arn:aws:sms-voice:us-east-1:${ACCOUNT}:phone-number/phone-${i}`],
      mandatoryKeywords: { help: { message: "Reply STOP to opt out" }, stop: { message: "Unsubscribed" } },
      deletionProtectionEnabled: protectedAt(i),
      sharedRoutesEnabled: false,
      selfManagedOptOutsEnabled: false,
      optOutListName: "Default",
      twoWay: i % 3 === 0 ? { enabled: true, channelArn: TOPIC, channelRole: ROLE } : { enabled: false },
      tags: nativeTags(i),
    },
  }),
  (i) => ({
    type: CLASSIC_POOL_TYPE,
    name: `classic-pool-${i}`,
    props: {
      originationIdentities: [`arn:aws:sms-voice:us-east-1:${ACCOUNT}:phone-number/phone-${i}`],
      isoCountryCode: "US",
      messageType: "TRANSACTIONAL",
      deletionProtectionEnabled: protectedAt(i),
      sharedRoutesEnabled: false,
      selfManagedOptOutsEnabled: false,
      optOutListName: "Default",
      twoWayEnabled: i % 3 === 0,
      ...(i % 3 === 0 ? { twoWayChannelArn: TOPIC, twoWayChannelRole: ROLE } : {}),
      tags: classicTags(i),
      tagsAll: classicTagsAll(i),
    },
  }),
  (i) => ({
    type: NATIVE_PHONE_NUMBER_TYPE,
    name: `number-${i}`,
    props: {
      isoCountryCode: "US",
      numberType: "TOLL_FREE",
      numberCapabilities: ["SMS"],
      mandatoryKeywords: { help: { message: "Reply STOP to opt out" }, stop: { message: "Unsubscribed" } },
      deletionProtectionEnabled: protectedAt(i),
      selfManagedOptOutsEnabled: false,
      optOutListName: "Default",
      twoWay: { enabled: false },
      tags: nativeTags(i),
    },
  }),
  (i) => ({
    type: CLASSIC_PHONE_NUMBER_TYPE,
    name: `classic-number-${i}`,
    props: {
      isoCountryCode: "US",
      numberType: "TEN_DLC",
      numberCapabilities: ["SMS"],
      messageType: "TRANSACTIONAL",
      deletionProtectionEnabled: protectedAt(i),
      selfManagedOptOutsEnabled: false,
      optOutListName: "Default",
      twoWayChannelEnabled: i % 4 === 0,
      ...(i % 4 === 0 ? { twoWayChannelArn: TOPIC, twoWayChannelRole: ROLE } : {}),
      tags: classicTags(i),
      tagsAll: classicTagsAll(i),
    },
  }),
  (i) => ({
    type: NATIVE_SENDER_ID_TYPE,
    name: `sender-${i}`,
    props: {
      isoCountryCode: "GB",
      senderId: `ACME${i % 100}`,
      deletionProtectionEnabled: protectedAt(i),
      tags: nativeTags(i),
    },
  }),
  (i) => ({
    type: CLASSIC_SENDER_ID_TYPE,
    name: `classic-sender-${i}`,
    props: {
      isoCountryCode: "DE",
      senderId: `ACME${i % 100}`,
      deletionProtectionEnabled: protectedAt(i),
      tags: classicTags(i),
      tagsAll: classicTagsAll(i),
    },
  }),
  (i) => {
    const pools = Array.from({ length: 5 }, (_, j) => lookedUpPool(i, j));
    return {
      type: POOL_LOOKUP_TYPE,
      name: `lookup-${i}`,
      props: {
        filters: [{ name: "message-type", values: ["TRANSACTIONAL", "PROMOTIONAL"] }],
        region: "us-east-1",
        pools,
        ids: pools.map((p) => p.poolId),
        arns: pools.map((p) => p.poolArn),
        count: pools.length,
      },
    };
  },
  // The rest of a real stack: resources no policy of this pack inspects.
  (i) => ({
    type: "aws:sns/topic:Topic",
    name: `inbound-${i}`,
    props: { name: `sms-inbound-${i}`, tags: classicTags(i) },
  }),
  (i) => ({
    type: "aws:iam/role:Role",
    name: `sms-role-${i}`,
    props: { assumeRolePolicy: '{"Version":"2012-10-17","Statement":[]}', tags: classicTags(i) },
  }),
];

/** How many of every 20 resources are of each kind in KINDS (same order). */
const SHARE = [3, 3, 3, 2, 2, 1, 2, 2, 2];

/** A deterministic stack of `size` resources in the proportions of SHARE. */
export function stackOf(size: number): StackResource[] {
  const pattern = SHARE.flatMap((count, kind) => Array<number>(count).fill(kind));
  return Array.from({ length: size }, (_, i) => KINDS[pattern[i % pattern.length]](i));
}

/**
 * Validates a stack: every resource through every resource policy (one argument object per resource, as
 * the server builds one per Analyze request), then every stack policy over all resources.
 * Returns the violations reported.
 */
export async function validateStack(resources: readonly StackResource[]): Promise<number> {
  let violations = 0;
  for (const resource of resources) {
    const args = resourceArgs(resource.type, resource.props, { name: resource.name });
    for (const policy of resourcePolicies) {
      violations += (await runResourcePolicy(policy, args)).violations.length;
    }
  }
  const args = stackArgs(resources);
  for (const policy of stackPolicies) {
    violations += (await runStackPolicy(policy, args)).violations.length;
  }
  return violations;
}

export interface PolicyPackOptions {
  /** Stack sizes; the last ÷ the first is the growth figure. Default 1,000 and 10,000. */
  readonly sizes?: readonly [number, number];
  /** Timed runs per size, after one warm-up. Default 5. */
  readonly runs?: number;
}

export async function benchPolicyPack(options: PolicyPackOptions = {}): Promise<Figure[]> {
  const { sizes = [1_000, 10_000], runs = 5 } = options;
  const [small, large] = sizes;
  const stacks = [stackOf(small), stackOf(large)];
  await validateStack(stacks[0]);
  const times: number[][] = [[], []];
  const violations: number[] = [0, 0];
  for (let run = 0; run < runs; run++) {
    for (const s of [0, 1]) {
      const { ms, result } = await timed(() => validateStack(stacks[s]));
      times[s].push(ms);
      violations[s] = result;
    }
  }
  const [smallMs, largeMs] = times.map(median);
  const describe = (s: number, ms: number) =>
    `${ms.toFixed(1)} ms for ${sizes[s].toLocaleString("en-US")} resources × ${policies.length} policies, ` +
    `${violations[s].toLocaleString("en-US")} violations reported`;
  return [
    {
      item: 7,
      name: `policy pack, ${small.toLocaleString("en-US")} resources: per resource`,
      value: (smallMs * 1000) / small,
      unit: "µs",
      detail: describe(0, smallMs),
    },
    {
      item: 7,
      name: `policy pack, ${large.toLocaleString("en-US")} resources: per resource`,
      value: (largeMs * 1000) / large,
      unit: "µs",
      detail: describe(1, largeMs),
    },
    {
      item: 7,
      name: `policy pack: time for ${large / small}× the resources ÷ time for 1×`,
      value: largeMs / smallMs,
      unit: "×",
      target: { atMost: (large / small) * 1.2, text: `≤ ${((large / small) * 1.2).toFixed(0)}×` },
      detail: `medians of ${runs} runs each`,
    },
  ];
}
