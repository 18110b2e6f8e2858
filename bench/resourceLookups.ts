// Item 10: the lookups of other kinds through the one engine: a pool with 250 origination identities, and
// 1,000 phone numbers by ID, against the latency floor and the AWS SDK's own paginator.
import {
  AssociateOriginationIdentityCommand,
  CreatePoolCommand,
  paginateDescribePhoneNumbers,
  paginateListPoolOriginationIdentities,
  RequestPhoneNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, startEmulator } from "../emulator";
import { getPhoneNumbers, getPoolOriginationIdentities } from "../index";
import { resetClients } from "../provider/aws/client";
import { sdkClient } from "../tests/support/emulator";
import type { Figure } from "./figures";
import { DEFAULT_LATENCY_MS } from "./slowEmulator";
import { median, timed } from "./timing";

export interface ResourceLookupsOptions {
  readonly members?: number;
  readonly numbers?: number;
  readonly latencyMs?: number;
  readonly runs?: number;
}

/** The emulator with `numbers` phone numbers, the first `members` of them in one pool; latency switched on after. */
async function seededEmulator(members: number, numbers: number, latencyMs: number) {
  const emulator = await startEmulator();
  const client = sdkClient(emulator);
  const ids: string[] = [];
  for (let i = 0; i < numbers; i++) {
    const n = await client.send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "SIMULATOR",
      }),
    );
    ids.push(n.PhoneNumberId!);
  }
  const pool = await client.send(
    new CreatePoolCommand({
      OriginationIdentity: ids[0],
      IsoCountryCode: "US",
      MessageType: "TRANSACTIONAL",
    }),
  );
  for (const id of ids.slice(1, members)) {
    await client.send(
      new AssociateOriginationIdentityCommand({
        PoolId: pool.PoolId!,
        OriginationIdentity: id,
        IsoCountryCode: "US",
      }),
    );
  }
  emulator.setFaults([
    { operation: "ListPoolOriginationIdentities", latencyMs },
    { operation: "DescribePhoneNumbers", latencyMs },
  ]);
  return { emulator, client, poolId: pool.PoolId!, ids };
}

/** Alternates the two contenders over `runs` runs after one warm-up each; returns each one's times. */
async function race(runs: number, ours: () => Promise<void>, sdk: () => Promise<void>) {
  await ours();
  await sdk();
  const oursMs: number[] = [];
  const sdkMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [ours, sdk] : [sdk, ours];
    for (const contender of order) {
      const { ms } = await timed(contender);
      (contender === ours ? oursMs : sdkMs).push(ms);
    }
  }
  return { oursMs, sdkMs };
}

export async function benchResourceLookups(options: ResourceLookupsOptions = {}): Promise<Figure[]> {
  const { members = 250, numbers = 1_000, latencyMs = DEFAULT_LATENCY_MS, runs = 7 } = options;
  let emulator: Emulator | undefined;
  try {
    const seeded = await seededEmulator(members, numbers, latencyMs);
    emulator = seeded.emulator;
    const { client, poolId, ids } = seeded;
    const opts = { endpoint: emulator.endpoint, region: emulator.region };
    const concurrency = 4;

    const membership = await race(
      runs,
      async () => {
        const r = await getPoolOriginationIdentities({ poolId }, opts);
        if (r.originationIdentities.length !== members)
          throw new Error(`listed ${r.originationIdentities.length}`);
      },
      async () => {
        let count = 0;
        for await (const page of paginateListPoolOriginationIdentities(
          { client, pageSize: 100 },
          { PoolId: poolId },
        )) {
          count += page.OriginationIdentities?.length ?? 0;
        }
        if (count !== members) throw new Error(`paginator listed ${count}`);
      },
    );
    const membershipFloor = Math.ceil(members / 100) * latencyMs;

    const byIds = await race(
      runs,
      async () => {
        const r = await getPhoneNumbers({ phoneNumberIds: ids }, { ...opts, concurrency });
        if (r.phoneNumbers.length !== numbers) throw new Error(`found ${r.phoneNumbers.length}`);
      },
      async () => {
        // What a program does with the SDK alone: the paginator for each chunk of 5 IDs, one after another.
        let count = 0;
        for (let i = 0; i < ids.length; i += 5) {
          const input = { PhoneNumberIds: ids.slice(i, i + 5) };
          for await (const page of paginateDescribePhoneNumbers({ client, pageSize: 100 }, input)) {
            count += page.PhoneNumbers?.length ?? 0;
          }
        }
        if (count !== numbers) throw new Error(`paginator found ${count}`);
      },
    );
    const requests = Math.ceil(numbers / 5);
    const byIdsFloor = Math.ceil(requests / concurrency) * latencyMs;

    const count = (n: number) => n.toLocaleString("en-US");
    const detail = (ms: number[]) => `median of ${ms.map((v) => v.toFixed(0)).join(", ")} ms`;
    return [
      {
        item: 10,
        name: `a pool's ${count(members)} origination identities ÷ floor ceil(N/100) × latency`,
        value: median(membership.oursMs) / membershipFloor,
        unit: "×",
        detail: `${detail(membership.oursMs)}; floor ${membershipFloor} ms`,
      },
      {
        item: 10,
        name: `the same ÷ the AWS SDK's paginateListPoolOriginationIdentities`,
        value: median(membership.oursMs) / median(membership.sdkMs),
        unit: "×",
        target: { atMost: 1.05 },
        detail: `paginator ${detail(membership.sdkMs)}`,
      },
      {
        item: 10,
        name: `${count(numbers)} phone numbers by ID (${requests} requests, ${concurrency} at once) ÷ floor`,
        value: median(byIds.oursMs) / byIdsFloor,
        unit: "×",
        detail: `${detail(byIds.oursMs)}; floor ceil(${requests}/${concurrency}) × ${latencyMs} = ${byIdsFloor} ms`,
      },
      {
        item: 10,
        name: `the same ÷ the SDK's paginator chunk after chunk`,
        value: median(byIds.oursMs) / median(byIds.sdkMs),
        unit: "×",
        target: { atMost: 0.35 },
        detail: `paginator ${detail(byIds.sdkMs)}`,
      },
    ];
  } finally {
    resetClients();
    await emulator?.stop();
  }
}
