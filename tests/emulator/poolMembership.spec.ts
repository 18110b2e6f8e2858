// Pool membership through the real SDK: CreatePool with a phone number or sender ID, AssociateOriginationIdentity,
// DisassociateOriginationIdentity and ListPoolOriginationIdentities with its filters and paging.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AssociateOriginationIdentityCommand,
  CreatePoolCommand,
  DeletePoolCommand,
  DescribePhoneNumbersCommand,
  DescribeSenderIdsCommand,
  DisassociateOriginationIdentityCommand,
  ListPoolOriginationIdentitiesCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, startEmulator } from "../../emulator";
import { rejectsWith, withEmulator } from "../support/emulator";
import { alice, allPages } from "./accounts";

const at = (i: number) => 1_700_000_000 + i;

describe("emulator: pool membership", () => {
  const holder = withEmulator({
    seed: {
      optOutLists: [{ name: "Marketing" }],
      phoneNumbers: [
        {
          phoneNumberId: "phone-1",
          optOutListName: "Marketing",
          selfManagedOptOutsEnabled: true,
          createdTimestamp: at(1),
        },
        {
          phoneNumberId: "phone-2",
          isoCountryCode: "CA",
          numberCapabilities: ["SMS", "VOICE"],
          createdTimestamp: at(2),
        },
        { phoneNumberId: "phone-3", createdTimestamp: at(3) },
        { phoneNumberId: "phone-promo", messageType: "PROMOTIONAL", createdTimestamp: at(4) },
        { phoneNumberId: "phone-pending", status: "PENDING", createdTimestamp: at(5) },
        // Free for the filter spec, whatever the earlier specs did with phone-2.
        { phoneNumberId: "phone-voice", numberCapabilities: ["SMS", "VOICE"], createdTimestamp: at(7) },
      ],
      senderIds: [{ senderId: "Brand", isoCountryCode: "GB", createdTimestamp: at(6) }],
    },
  });
  const client = () => alice(holder.emulator);
  const members = async (PoolId: string) =>
    (await client().send(new ListPoolOriginationIdentitiesCommand({ PoolId }))).OriginationIdentities?.map(
      (o) => o.OriginationIdentity,
    );

  it("creates a pool from a phone number, inheriting its opt-out list and self-managed opt-outs", async () => {
    const pool = await client().send(
      new CreatePoolCommand({
        OriginationIdentity: "phone-1",
        MessageType: "TRANSACTIONAL",
        DeletionProtectionEnabled: true,
      }),
    );
    assert.deepEqual(
      [pool.OptOutListName, pool.SelfManagedOptOutsEnabled, pool.DeletionProtectionEnabled],
      ["Marketing", true, true],
    );
    assert.deepEqual(await members(pool.PoolId!), ["phone-1"]);
    const { PhoneNumbers } = await client().send(
      new DescribePhoneNumbersCommand({ PhoneNumberIds: ["phone-1"] }),
    );
    assert.equal(PhoneNumbers?.[0].PoolId, pool.PoolId);
    const again = await rejectsWith(
      client().send(new CreatePoolCommand({ OriginationIdentity: "phone-1", MessageType: "TRANSACTIONAL" })),
      "ConflictException",
    );
    assert.equal(again.Reason, "PHONE_NUMBER_ASSOCIATED_TO_POOL");
  });

  it("creates pools from one sender ID (it can be in several pools)", async () => {
    const input = {
      OriginationIdentity: "Brand",
      IsoCountryCode: "GB",
      MessageType: "TRANSACTIONAL" as const,
    };
    const first = await client().send(new CreatePoolCommand(input));
    const second = await client().send(new CreatePoolCommand(input));
    assert.deepEqual(await members(first.PoolId!), ["Brand"]);
    assert.deepEqual(await members(second.PoolId!), ["Brand"]);
    const noCountry = await rejectsWith(
      client().send(new CreatePoolCommand({ OriginationIdentity: "Brand", MessageType: "TRANSACTIONAL" })),
      "ValidationException",
    );
    assert.equal(noCountry.Reason, "MISSING_PARAMETER");
  });

  it("refuses identities that do not exist or are not ACTIVE", async () => {
    const missing = await rejectsWith(
      client().send(
        new CreatePoolCommand({ OriginationIdentity: "phone-nope", MessageType: "TRANSACTIONAL" }),
      ),
      "ResourceNotFoundException",
    );
    assert.deepEqual([missing.ResourceType, missing.ResourceId], ["phone-number", "phone-nope"]);
    const pending = await rejectsWith(
      client().send(
        new CreatePoolCommand({ OriginationIdentity: "phone-pending", MessageType: "TRANSACTIONAL" }),
      ),
      "ConflictException",
    );
    assert.equal(pending.Reason, "RESOURCE_NOT_ACTIVE");
  });

  it("associates and disassociates numbers and sender IDs, refusing mismatches and the last identity", async () => {
    const { PoolId, PoolArn } = await client().send(
      new CreatePoolCommand({ OriginationIdentity: "phone-2", MessageType: "TRANSACTIONAL" }),
    );
    const associated = await client().send(
      new AssociateOriginationIdentityCommand({ PoolId, OriginationIdentity: "phone-3" }),
    );
    assert.deepEqual(
      [associated.PoolArn, associated.OriginationIdentity, associated.IsoCountryCode],
      [PoolArn, "phone-3", "US"],
    );
    await client().send(
      new AssociateOriginationIdentityCommand({
        PoolId: PoolArn,
        OriginationIdentity: "arn:aws:sms-voice:us-east-1:123456789012:sender-id/Brand/GB",
      }),
    );
    const mismatch = await rejectsWith(
      client().send(new AssociateOriginationIdentityCommand({ PoolId, OriginationIdentity: "phone-promo" })),
      "ConflictException",
    );
    assert.equal(mismatch.Reason, "MESSAGE_TYPE_MISMATCH");
    const twice = await rejectsWith(
      client().send(new AssociateOriginationIdentityCommand({ PoolId, OriginationIdentity: "phone-3" })),
      "ConflictException",
    );
    assert.equal(twice.Reason, "RESOURCE_ALREADY_ASSOCIATED");
    assert.deepEqual(await members(PoolId!), ["phone-2", "phone-3", "Brand"]);

    await client().send(
      new DisassociateOriginationIdentityCommand({ PoolId, OriginationIdentity: "phone-3" }),
    );
    await client().send(
      new DisassociateOriginationIdentityCommand({
        PoolId,
        OriginationIdentity: "Brand",
        IsoCountryCode: "GB",
      }),
    );
    const notIn = await rejectsWith(
      client().send(new DisassociateOriginationIdentityCommand({ PoolId, OriginationIdentity: "phone-3" })),
      "ConflictException",
    );
    assert.equal(notIn.Reason, "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL");
    const last = await rejectsWith(
      client().send(new DisassociateOriginationIdentityCommand({ PoolId, OriginationIdentity: "phone-2" })),
      "ConflictException",
    );
    assert.equal(last.Reason, "LAST_PHONE_NUMBER");
  });

  it("lists a pool's identities with filters and pages, and frees them when the pool is deleted", async () => {
    const { PoolId } = await client().send(
      new CreatePoolCommand({
        OriginationIdentity: "Brand",
        IsoCountryCode: "GB",
        MessageType: "TRANSACTIONAL",
      }),
    );
    const list = (Filters?: Array<{ Name: "iso-country-code" | "number-capability"; Values: string[] }>) =>
      allPages(
        (NextToken) =>
          client().send(
            new ListPoolOriginationIdentitiesCommand({ PoolId, Filters, NextToken, MaxResults: 1 }),
          ),
        (page) => page.OriginationIdentities?.map((o) => o.OriginationIdentity!),
      );
    // phone-2 may be taken by the previous test's pool; use a fresh number.
    const { PhoneNumbers } = await client().send(new DescribePhoneNumbersCommand({}));
    const free = PhoneNumbers!.filter(
      (n) => !n.PoolId && n.Status === "ACTIVE" && n.MessageType === "TRANSACTIONAL",
    );
    for (const number of free.filter((n) => n.OptOutListName === "Default")) {
      await client().send(
        new AssociateOriginationIdentityCommand({ PoolId, OriginationIdentity: number.PhoneNumberId! }),
      );
    }
    const all = await list();
    assert.ok(all.length >= 2);
    assert.deepEqual(await list([{ Name: "iso-country-code", Values: ["GB"] }]), ["Brand"]);
    // The members that can place calls, as DescribePhoneNumbers tells them (phone-voice, phone-2 if free).
    const voice = new Set(
      free.filter((n) => n.NumberCapabilities?.includes("VOICE")).map((n) => n.PhoneNumberId!),
    );
    const calls = all.filter((id) => voice.has(id));
    assert.ok(calls.length > 0 && calls.length < all.length, `${calls} of ${all}: the filter must choose`);
    assert.deepEqual(await list([{ Name: "number-capability", Values: ["VOICE"] }]), calls);
    await client().send(new DeletePoolCommand({ PoolId }));
    const after = await client().send(
      new DescribePhoneNumbersCommand({ PhoneNumberIds: free.map((n) => n.PhoneNumberId!).slice(0, 5) }),
    );
    assert.ok(after.PhoneNumbers?.every((n) => n.PoolId === undefined));
    const { SenderIds } = await client().send(new DescribeSenderIdsCommand({}));
    assert.equal(SenderIds?.length, 1);
  });
});

describe("emulator: removePool", () => {
  const membersOf = async (emulator: Emulator, PoolId: string) =>
    (
      await alice(emulator).send(new ListPoolOriginationIdentitiesCommand({ PoolId }))
    ).OriginationIdentities?.map((o) => o.OriginationIdentity);

  it("frees the pool's phone numbers and sender IDs, as DeletePool does, and writes the state file", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-remove-pool-")), "state.json");
    const seed = {
      pools: [{ poolId: "pool-old", deletionProtectionEnabled: true }, { poolId: "pool-new" }],
      phoneNumbers: [{ phoneNumberId: "phone-member", poolId: "pool-old" }],
      senderIds: [{ senderId: "Brand", isoCountryCode: "GB", poolIds: ["pool-old"] }],
    };
    const first = await startEmulator({ state, seed });
    try {
      assert.equal(
        first.removePool("pool-old"),
        true,
        "deletion protection is DeletePool's, not removePool's",
      );
      const saved = JSON.parse(readFileSync(state, "utf8")) as {
        collections: Record<string, Array<{ id: string; poolArn?: string; poolArns?: string[] }>>;
      };
      const records = Object.values(saved.collections).flat();
      assert.deepEqual(
        records.filter(
          (r) => r.poolArn?.endsWith("/pool-old") || r.poolArns?.some((a) => a.endsWith("/pool-old")),
        ),
        [],
        "the state file, written at once, holds no member of the removed pool",
      );
      const { PhoneNumbers } = await alice(first).send(
        new DescribePhoneNumbersCommand({ PhoneNumberIds: ["phone-member"] }),
      );
      assert.equal(PhoneNumbers?.[0].PoolId, undefined, "the number is in no pool any more");
      const joined = await alice(first).send(
        new AssociateOriginationIdentityCommand({
          PoolId: "pool-new",
          OriginationIdentity: "phone-member",
          IsoCountryCode: "US",
        }),
      );
      assert.equal(joined.PoolId, "pool-new");
    } finally {
      await first.stop();
    }
    const second = await startEmulator({ state, seed });
    try {
      const { PhoneNumbers } = await alice(second).send(
        new DescribePhoneNumbersCommand({ PhoneNumberIds: ["phone-member"] }),
      );
      assert.equal(PhoneNumbers?.[0].PoolId, "pool-new", "the restored number is in the pool it joined");
      assert.deepEqual(await membersOf(second, "pool-new"), ["phone-member"]);
    } finally {
      await second.stop();
    }
  });
});
