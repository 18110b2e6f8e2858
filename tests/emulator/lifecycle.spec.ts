// CreatePool, UpdatePool and DeletePool through the real SDK: CREATING -> ACTIVE, idempotent ClientToken,
// updates, deletion protection, and ownership.

import assert from "node:assert/strict";
import {
  CreatePoolCommand,
  DeletePoolCommand,
  DescribePoolsCommand,
  ListPoolOriginationIdentitiesCommand,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SHARED_ARN = "arn:aws:sms-voice:us-east-1:210987654321:pool/pool-shared";
const BRAND = { OriginationIdentity: "Brand", IsoCountryCode: "GB" };

describe("emulator: CreatePool, UpdatePool, DeletePool", () => {
  const holder = withEmulator({
    // Long enough that the CREATING checks below finish first even on a loaded machine.
    activationDelayMs: 1_500,
    randomSeed: 1,
    seed: {
      pools: [{ poolId: "pool-shared", accountId: "210987654321" }],
      phoneNumbers: [{ phoneNumberId: "phone-0123456789abcdef" }],
      optOutLists: [{ name: "Marketing" }],
      // A sender ID can be in any number of pools, so every test can make pools from it.
      senderIds: [
        { senderId: "Brand", isoCountryCode: "GB" },
        { senderId: "Brand", isoCountryCode: "GB", region: "eu-west-1" },
      ],
    },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });

  it("creates a pool that answers CREATING and turns ACTIVE after the activation delay", async () => {
    const before = Date.now();
    const created = await client().send(
      new CreatePoolCommand({
        OriginationIdentity: "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef",
        IsoCountryCode: "US",
        MessageType: "PROMOTIONAL",
        DeletionProtectionEnabled: true,
        Tags: [{ Key: "team", Value: "payments" }],
      }),
    );
    assert.match(created.PoolId!, /^pool-[0-9a-f]{32}$/);
    assert.equal(created.PoolArn, `arn:aws:sms-voice:us-east-1:123456789012:pool/${created.PoolId}`);
    assert.equal(created.Status, "CREATING");
    assert.equal(created.MessageType, "PROMOTIONAL");
    assert.equal(created.TwoWayEnabled, false);
    assert.equal(created.SelfManagedOptOutsEnabled, false);
    assert.equal(created.OptOutListName, "Default");
    assert.equal(created.SharedRoutesEnabled, false);
    assert.equal(created.DeletionProtectionEnabled, true);
    assert.deepEqual(created.Tags, [{ Key: "team", Value: "payments" }]);
    assert.ok(
      created.CreatedTimestamp!.getTime() >= before - 1 && created.CreatedTimestamp!.getTime() <= Date.now(),
    );

    const soon = await client().send(new DescribePoolsCommand({ PoolIds: [created.PoolId!] }));
    assert.equal(soon.Pools?.[0].Status, "CREATING");
    const creating = await client().send(
      new DescribePoolsCommand({ Filters: [{ Name: "status", Values: ["CREATING"] }] }),
    );
    assert.ok(creating.Pools?.some((p) => p.PoolId === created.PoolId));
    await sleep(1_600);
    const later = await client().send(
      new DescribePoolsCommand({ Filters: [{ Name: "status", Values: ["ACTIVE"] }] }),
    );
    assert.ok(later.Pools?.some((p) => p.PoolId === created.PoolId && p.Status === "ACTIVE"));
  });

  it("returns the same pool for a repeated ClientToken, a new one otherwise", async () => {
    const input = {
      ...BRAND,
      MessageType: "TRANSACTIONAL" as const,
      ClientToken: "token-1",
    };
    const first = await client().send(new CreatePoolCommand(input));
    const again = await client().send(new CreatePoolCommand(input));
    assert.equal(again.PoolId, first.PoolId);
    const other = await client().send(new CreatePoolCommand({ ...input, ClientToken: "token-2" }));
    assert.notEqual(other.PoolId, first.PoolId);
  });

  it("updates the given settings only, by ID or ARN, and echoes the pool", async () => {
    const { PoolId, PoolArn } = await client().send(
      new CreatePoolCommand({ ...BRAND, MessageType: "TRANSACTIONAL" }),
    );
    const updated = await client().send(
      new UpdatePoolCommand({
        PoolId,
        TwoWayEnabled: true,
        TwoWayChannelArn: "arn:aws:sns:us-east-1:123456789012:inbound",
        TwoWayChannelRole: "arn:aws:iam::123456789012:role/two-way",
        SelfManagedOptOutsEnabled: true,
        OptOutListName: "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Marketing",
        DeletionProtectionEnabled: true,
      }),
    );
    assert.equal(updated.PoolId, PoolId);
    assert.equal(updated.TwoWayEnabled, true);
    assert.equal(updated.TwoWayChannelArn, "arn:aws:sns:us-east-1:123456789012:inbound");
    assert.equal(updated.TwoWayChannelRole, "arn:aws:iam::123456789012:role/two-way");
    assert.equal(updated.SelfManagedOptOutsEnabled, true);
    assert.equal(updated.OptOutListName, "Marketing");
    assert.equal(updated.SharedRoutesEnabled, false);
    assert.equal(updated.DeletionProtectionEnabled, true);
    const byArn = await client().send(new UpdatePoolCommand({ PoolId: PoolArn, SharedRoutesEnabled: true }));
    assert.equal(byArn.SharedRoutesEnabled, true);
    assert.equal(byArn.TwoWayEnabled, true, "untouched settings stay");
    const listed = await client().send(
      new DescribePoolsCommand({
        Filters: [
          { Name: "opt-out-list-name", Values: ["Marketing"] },
          { Name: "two-way-channel-arn", Values: ["arn:aws:sns:us-east-1:123456789012:inbound"] },
        ],
      }),
    );
    assert.deepEqual(
      listed.Pools?.map((p) => p.PoolId),
      [PoolId],
    );
  });

  it("refuses an OptOutListName that does not exist, by name or ARN, and changes nothing", async () => {
    const { PoolId } = await client().send(new CreatePoolCommand({ ...BRAND, MessageType: "TRANSACTIONAL" }));
    for (const name of ["Nope", "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Nope"]) {
      const error = await rejectsWith(
        client().send(new UpdatePoolCommand({ PoolId, OptOutListName: name, SharedRoutesEnabled: true })),
        "ResourceNotFoundException",
      );
      assert.deepEqual([error.ResourceType, error.ResourceId], ["opt-out-list", name]);
    }
    const { Pools } = await client().send(new DescribePoolsCommand({ PoolIds: [PoolId!] }));
    assert.deepEqual([Pools?.[0].OptOutListName, Pools?.[0].SharedRoutesEnabled], ["Default", false]);
  });

  it("refuses to delete a protected pool, then deletes it once protection is off", async () => {
    const { PoolId } = await client().send(
      new CreatePoolCommand({
        ...BRAND,
        MessageType: "TRANSACTIONAL",
        DeletionProtectionEnabled: true,
      }),
    );
    await sleep(1_600); // ACTIVE: only an ACTIVE pool can be deleted
    const conflict = await rejectsWith(client().send(new DeletePoolCommand({ PoolId })), "ConflictException");
    assert.equal(conflict.$metadata.httpStatusCode, 400);
    assert.equal(conflict.Reason, "DELETION_PROTECTION_ENABLED");
    assert.equal(conflict.ResourceType, "pool");
    assert.equal(conflict.ResourceId, PoolId);
    await client().send(new UpdatePoolCommand({ PoolId, DeletionProtectionEnabled: false }));
    const deleted = await client().send(new DeletePoolCommand({ PoolId }));
    assert.equal(deleted.PoolId, PoolId);
    assert.equal(deleted.Status, "DELETING");
    assert.equal("DeletionProtectionEnabled" in deleted, false, "DeletePoolResult has no such member");
    await rejectsWith(
      client().send(new DescribePoolsCommand({ PoolIds: [PoolId!] })),
      "ResourceNotFoundException",
    );
    const again = await rejectsWith(
      client().send(new DeletePoolCommand({ PoolId })),
      "ResourceNotFoundException",
    );
    assert.equal(again.ResourceId, PoolId);
  });

  it("refuses to delete a pool that is not ACTIVE (RESOURCE_NOT_ACTIVE), and keeps it", async () => {
    holder.emulator.addPools([
      { poolId: "pool-creating", status: "CREATING" },
      { poolId: "pool-deleting", status: "DELETING" },
    ]);
    for (const [PoolId, status] of [
      ["pool-creating", "CREATING"],
      ["pool-deleting", "DELETING"],
    ]) {
      const error = await rejectsWith(client().send(new DeletePoolCommand({ PoolId })), "ConflictException");
      assert.deepEqual(
        [error.Reason, error.ResourceType, error.ResourceId],
        ["RESOURCE_NOT_ACTIVE", "pool", PoolId],
      );
      const { Pools } = await client().send(new DescribePoolsCommand({ PoolIds: [PoolId] }));
      assert.equal(Pools?.[0].Status, status);
    }
    const { PoolId } = await client().send(new CreatePoolCommand({ ...BRAND, MessageType: "TRANSACTIONAL" }));
    const creating = await rejectsWith(client().send(new DeletePoolCommand({ PoolId })), "ConflictException");
    assert.equal(creating.Reason, "RESOURCE_NOT_ACTIVE");
    await sleep(1_600);
    const deleted = await client().send(new DeletePoolCommand({ PoolId }));
    assert.equal(deleted.Status, "DELETING");
  });

  it("does not let the caller update or delete a pool shared with it", async () => {
    for (const send of [
      () => client().send(new UpdatePoolCommand({ PoolId: SHARED_ARN, SharedRoutesEnabled: true })),
      () => client().send(new DeletePoolCommand({ PoolId: SHARED_ARN })),
    ]) {
      const error = await rejectsWith(send(), "ResourceNotFoundException");
      assert.equal(error.ResourceId, SHARED_ARN);
    }
    const { Pools } = await client().send(new DescribePoolsCommand({ PoolIds: [SHARED_ARN] }));
    assert.equal(Pools?.[0].SharedRoutesEnabled, false);
  });

  it("updates and deletes in the region of the credential scope only", async () => {
    const eu = sdkClient(holder.emulator, { region: "eu-west-1", maxAttempts: 1 });
    const { PoolId } = await eu.send(new CreatePoolCommand({ ...BRAND, MessageType: "TRANSACTIONAL" }));
    assert.ok(PoolId);
    await rejectsWith(client().send(new DeletePoolCommand({ PoolId })), "ResourceNotFoundException");
    const { Pools } = await eu.send(new DescribePoolsCommand({ PoolIds: [PoolId] }));
    assert.equal(Pools?.[0].PoolArn, `arn:aws:sms-voice:eu-west-1:123456789012:pool/${PoolId}`);
  });
});

describe("emulator: lenientReferences (a departure from AWS, opted into)", () => {
  const lenient = withEmulator({ lenientReferences: true });
  const strict = withEmulator();

  it("makes an empty pool from identities that do not exist, where the default refuses them", async () => {
    const cases = [
      {
        input: { OriginationIdentity: "phone-0123456789abcdef0123456789abcdef" },
        refusal: "ResourceNotFoundException",
      },
      {
        input: { OriginationIdentity: "MyBrand", IsoCountryCode: "GB" },
        refusal: "ResourceNotFoundException",
      },
      { input: { OriginationIdentity: "MyBrand" }, refusal: "ValidationException" },
    ];
    for (const { input, refusal } of cases) {
      const created = await sdkClient(lenient.emulator, { maxAttempts: 1 }).send(
        new CreatePoolCommand({ ...input, MessageType: "TRANSACTIONAL" }),
      );
      const members = await sdkClient(lenient.emulator).send(
        new ListPoolOriginationIdentitiesCommand({ PoolId: created.PoolId }),
      );
      assert.deepEqual([created.Status, members.OriginationIdentities], ["CREATING", []]);
      await rejectsWith(
        sdkClient(strict.emulator, { maxAttempts: 1 }).send(
          new CreatePoolCommand({ ...input, MessageType: "TRANSACTIONAL" }),
        ),
        refusal,
      );
    }
  });

  it("refuses the old strictReferences option, naming its replacement", async () => {
    await assert.rejects(
      startEmulator({ strictReferences: true } as never).then((started) => started.stop()),
      /strictReferences is gone: .*lenientReferences: true departs from that/,
    );
  });

  it("takes an OptOutListName that does not exist, where the default refuses it", async () => {
    const client = sdkClient(lenient.emulator, { maxAttempts: 1 });
    const { PoolId } = await client.send(
      new CreatePoolCommand({ OriginationIdentity: "X1", IsoCountryCode: "GB", MessageType: "PROMOTIONAL" }),
    );
    const updated = await client.send(new UpdatePoolCommand({ PoolId, OptOutListName: "Nope" }));
    assert.equal(updated.OptOutListName, "Nope");
  });
});
