// Paging of the new listings while records are created and deleted between pages: DescribePhoneNumbers,
// DescribeSenderIds, DescribeOptOutLists, DescribeOptedOutNumbers and ListPoolOriginationIdentities never skip
// a record that stayed and never repeat one (keyset cursors), for any interleaving of creates and deletes
// (property).

import assert from "node:assert/strict";
import {
  DescribeOptedOutNumbersCommand,
  DescribeOptOutListsCommand,
  DescribePhoneNumbersCommand,
  DescribeSenderIdsCommand,
  ListPoolOriginationIdentitiesCommand,
  type PinpointSMSVoiceV2Client,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import fc from "fast-check";
import { type Emulator, type Seed, startEmulator } from "../../emulator";
import { alice } from "./accounts";
import { authorizationFor, rawCall } from "./wire";

interface Listing {
  name: string;
  seed(n: number): Seed;
  /** The request that creates one more record (it sorts after every seeded one). */
  create(i: number): { target: string; body: unknown };
  page(
    client: PinpointSMSVoiceV2Client,
    token: string | undefined,
  ): Promise<{ keys: string[]; next?: string }>;
}

const T0 = 1_700_000_000;
const LISTINGS: Listing[] = [
  {
    name: "DescribePhoneNumbers",
    seed: (n) => ({
      phoneNumbers: Array.from({ length: n }, (_, i) => ({
        phoneNumberId: `phone-${i}`,
        createdTimestamp: T0 + i,
      })),
    }),
    create: () => ({
      target: "RequestPhoneNumber",
      body: {
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "SIMULATOR",
      },
    }),
    async page(client, NextToken) {
      const page = await client.send(new DescribePhoneNumbersCommand({ NextToken, MaxResults: 3 }));
      return { keys: page.PhoneNumbers!.map((n) => n.PhoneNumberId!), next: page.NextToken };
    },
  },
  {
    name: "DescribeSenderIds",
    seed: (n) => ({
      senderIds: Array.from({ length: n }, (_, i) => ({
        senderId: `S${i}`,
        isoCountryCode: "GB",
        createdTimestamp: T0 + i,
      })),
    }),
    create: (i) => ({ target: "RequestSenderId", body: { SenderId: `N${i}`, IsoCountryCode: "GB" } }),
    async page(client, NextToken) {
      const page = await client.send(new DescribeSenderIdsCommand({ NextToken, MaxResults: 3 }));
      return { keys: page.SenderIds!.map((s) => s.SenderId!), next: page.NextToken };
    },
  },
  {
    name: "DescribeOptOutLists",
    seed: (n) => ({
      optOutLists: Array.from({ length: n }, (_, i) => ({ name: `list-${i}`, createdTimestamp: T0 + i })),
    }),
    create: (i) => ({ target: "CreateOptOutList", body: { OptOutListName: `list-new-${i}` } }),
    async page(client, NextToken) {
      const page = await client.send(new DescribeOptOutListsCommand({ NextToken, MaxResults: 3 }));
      return {
        keys: page.OptOutLists!.map((l) => l.OptOutListName!).filter((n) => n !== "Default"),
        next: page.NextToken,
      };
    },
  },
  {
    name: "DescribeOptedOutNumbers",
    seed: (n) => ({
      optOutLists: [
        {
          name: "Numbers",
          optedOutNumbers: Array.from({ length: n }, (_, i) => ({
            number: `+1206555${1000 + i}`,
            optedOutTimestamp: T0 + i,
          })),
        },
      ],
    }),
    create: (i) => ({
      target: "PutOptedOutNumber",
      body: { OptOutListName: "Numbers", OptedOutNumber: `+1425555${1000 + i}` },
    }),
    async page(client, NextToken) {
      const page = await client.send(
        new DescribeOptedOutNumbersCommand({ OptOutListName: "Numbers", NextToken, MaxResults: 3 }),
      );
      return { keys: page.OptedOutNumbers!.map((n) => n.OptedOutNumber!), next: page.NextToken };
    },
  },
  {
    name: "ListPoolOriginationIdentities",
    seed: (n) => ({
      pools: [{ poolId: "pool-members" }],
      phoneNumbers: Array.from({ length: n }, (_, i) => ({
        phoneNumberId: `phone-${i}`,
        poolId: "pool-members",
        createdTimestamp: T0 + i,
      })),
    }),
    create: () => ({
      target: "RequestPhoneNumber",
      body: {
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "SIMULATOR",
        PoolId: "pool-members",
      },
    }),
    async page(client, NextToken) {
      const page = await client.send(
        new ListPoolOriginationIdentitiesCommand({ PoolId: "pool-members", NextToken, MaxResults: 3 }),
      );
      return { keys: page.OriginationIdentities!.map((o) => o.OriginationIdentity!), next: page.NextToken };
    },
  },
];

function call(emulator: Emulator, target: string, body: unknown) {
  return rawCall(emulator.endpoint, {
    target: `PinpointSMSVoiceV2.${target}`,
    body,
    authorization: authorizationFor(),
  });
}

/** Removes a record through the API (a fresh emulator per run keeps runs independent). */
async function removeThrough(emulator: Emulator, listing: Listing, key: string): Promise<void> {
  const response = await {
    DescribePhoneNumbers: () => call(emulator, "ReleasePhoneNumber", { PhoneNumberId: key }),
    DescribeSenderIds: () => call(emulator, "ReleaseSenderId", { SenderId: key, IsoCountryCode: "GB" }),
    DescribeOptOutLists: () => call(emulator, "DeleteOptOutList", { OptOutListName: key }),
    DescribeOptedOutNumbers: () =>
      call(emulator, "DeleteOptedOutNumber", { OptOutListName: "Numbers", OptedOutNumber: key }),
    ListPoolOriginationIdentities: () =>
      call(emulator, "DisassociateOriginationIdentity", { PoolId: "pool-members", OriginationIdentity: key }),
  }[listing.name]!();
  assert.equal(response.status, 200, response.text);
}

describe("emulator: paging every listing while records come and go", () => {
  for (const listing of LISTINGS) {
    it(`${listing.name} skips no record that stayed and repeats none (property)`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 4, max: 14 }),
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.array(fc.boolean(), { maxLength: 6 }),
          async (count, deletions, creations) => {
            const emulator = await startEmulator({ seed: listing.seed(count) });
            try {
              const client = alice(emulator);
              const all = (await collect(listing, client)).keys;
              assert.equal(all.length, count);
              const seen: string[] = [];
              const removed = new Set<string>();
              let token: string | undefined;
              let step = 0;
              do {
                const page = await listing.page(client, token);
                seen.push(...page.keys);
                token = page.next;
                if (creations[step] && token) {
                  const { target, body } = listing.create(step);
                  const created = await call(emulator, target, body);
                  assert.equal(created.status, 200, created.text);
                }
                const victim = deletions[step++];
                if (victim !== undefined && token) {
                  const key = all[victim % all.length];
                  // A pool keeps its last identity: leave one.
                  if (!removed.has(key) && removed.size < all.length - 1) {
                    await removeThrough(emulator, listing, key);
                    removed.add(key);
                  }
                }
              } while (token);
              assert.equal(new Set(seen).size, seen.length, `repeated: ${seen}`);
              for (const key of all) {
                if (!removed.has(key)) assert.ok(seen.includes(key), `skipped ${key}`);
              }
              const seeded = seen.filter((key) => all.includes(key));
              assert.deepEqual(
                seeded,
                all.filter((key) => seeded.includes(key)),
                "in listing order",
              );
            } finally {
              await emulator.stop();
            }
          },
        ),
        { numRuns: 12, seed: 4242 },
      );
    });
  }
});

async function collect(listing: Listing, client: PinpointSMSVoiceV2Client): Promise<{ keys: string[] }> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await listing.page(client, token);
    keys.push(...page.keys);
    token = page.next;
  } while (token);
  return { keys };
}
