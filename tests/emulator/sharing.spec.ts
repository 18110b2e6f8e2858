// Accounts and sharing through the real SDK: access keys mapped to accounts, PutResourcePolicy,
// GetResourcePolicy and DeleteResourcePolicy, and every shareable kind seen by the other account under
// Owner SHARED and by ARN, never by ID and never changeable.

import assert from "node:assert/strict";
import {
  CreateOptOutListCommand,
  CreatePoolCommand,
  DeleteResourcePolicyCommand,
  DescribeOptOutListsCommand,
  DescribePhoneNumbersCommand,
  DescribePoolsCommand,
  DescribeSenderIdsCommand,
  GetResourcePolicyCommand,
  PutResourcePolicyCommand,
  RequestPhoneNumberCommand,
  RequestSenderIdCommand,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { FROM_POOL_SENDER, POOL_SENDER, rejectsWith, withEmulator } from "../support/emulator";
import { ACCOUNTS, alice, BOB, bob } from "./accounts";

const policyFor = (account: string, arn: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: "sms-voice:*",
        Resource: arn,
      },
    ],
  });

describe("emulator: accounts and resource policies", () => {
  const holder = withEmulator({ accounts: ACCOUNTS, seed: { senderIds: [POOL_SENDER] } });

  it("keeps each account's resources apart", async () => {
    const mine = await alice(holder.emulator).send(
      new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
    );
    await bob(holder.emulator).send(
      new RequestSenderIdCommand({
        SenderId: POOL_SENDER.senderId,
        IsoCountryCode: POOL_SENDER.isoCountryCode,
      }),
    );
    const theirs = await bob(holder.emulator).send(
      new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
    );
    assert.match(theirs.PoolArn!, new RegExp(`:${BOB}:pool/`));
    const bobsPools = await bob(holder.emulator).send(new DescribePoolsCommand({}));
    assert.deepEqual(
      bobsPools.Pools?.map((p) => p.PoolId),
      [theirs.PoolId],
    );
    await rejectsWith(
      bob(holder.emulator).send(new DescribePoolsCommand({ PoolIds: [mine.PoolArn!] })),
      "ResourceNotFoundException",
    );
  });

  it("shares a pool, a phone number, a sender ID and an opt-out list by policy, and stops on delete", async () => {
    const client = alice(holder.emulator);
    const arns = {
      pool: (await client.send(new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" })))
        .PoolArn!,
      number: (
        await client.send(
          new RequestPhoneNumberCommand({
            IsoCountryCode: "US",
            MessageType: "TRANSACTIONAL",
            NumberCapabilities: ["SMS"],
            NumberType: "SIMULATOR",
          }),
        )
      ).PhoneNumberArn!,
      sender: (await client.send(new RequestSenderIdCommand({ SenderId: "Shared", IsoCountryCode: "GB" })))
        .SenderIdArn!,
      list: (await client.send(new CreateOptOutListCommand({ OptOutListName: "Shared" }))).OptOutListArn!,
    };
    const other = bob(holder.emulator);
    const sharedWithBob = async () => ({
      pools: (await other.send(new DescribePoolsCommand({ Owner: "SHARED" }))).Pools?.map((p) => p.PoolArn),
      numbers: (await other.send(new DescribePhoneNumbersCommand({ Owner: "SHARED" }))).PhoneNumbers?.map(
        (n) => n.PhoneNumberArn,
      ),
      senders: (await other.send(new DescribeSenderIdsCommand({ Owner: "SHARED" }))).SenderIds?.map(
        (s) => s.SenderIdArn,
      ),
      lists: (await other.send(new DescribeOptOutListsCommand({ Owner: "SHARED" }))).OptOutLists?.map(
        (l) => l.OptOutListArn,
      ),
    });
    assert.deepEqual(await sharedWithBob(), { pools: [], numbers: [], senders: [], lists: [] });

    for (const arn of Object.values(arns)) {
      const put = await client.send(
        new PutResourcePolicyCommand({ ResourceArn: arn, Policy: policyFor(BOB, arn) }),
      );
      assert.equal(put.ResourceArn, arn);
      assert.ok(put.CreatedTimestamp instanceof Date);
    }
    assert.deepEqual(await sharedWithBob(), {
      pools: [arns.pool],
      numbers: [arns.number],
      senders: [arns.sender],
      lists: [arns.list],
    });
    const byArn = await other.send(new DescribePoolsCommand({ PoolIds: [arns.pool] }));
    assert.equal(byArn.Pools?.[0].PoolArn, arns.pool);
    const senderByArn = await other.send(
      new DescribeSenderIdsCommand({ SenderIds: [{ SenderId: arns.sender, IsoCountryCode: "GB" }] }),
    );
    assert.equal(senderByArn.SenderIds?.length, 1);
    await rejectsWith(
      other.send(new UpdatePoolCommand({ PoolId: arns.pool, DeletionProtectionEnabled: true })),
      "ResourceNotFoundException",
    );
    const own = await alice(holder.emulator).send(new DescribePoolsCommand({ Owner: "SHARED" }));
    assert.deepEqual(own.Pools, [], "a resource is never shared with its owner");

    const got = await client.send(new GetResourcePolicyCommand({ ResourceArn: arns.pool }));
    assert.equal(got.Policy, policyFor(BOB, arns.pool));
    for (const arn of Object.values(arns))
      await client.send(new DeleteResourcePolicyCommand({ ResourceArn: arn }));
    assert.deepEqual(await sharedWithBob(), { pools: [], numbers: [], senders: [], lists: [] });
    const none = await client.send(new GetResourcePolicyCommand({ ResourceArn: arns.pool }));
    assert.equal(none.Policy, undefined);
    const again = await rejectsWith(
      client.send(new DeleteResourcePolicyCommand({ ResourceArn: arns.pool })),
      "ResourceNotFoundException",
    );
    assert.equal(again.ResourceType, "policy");
  });

  it("refuses a policy that is not JSON or shares with nobody, and a policy on another account's resource", async () => {
    const client = alice(holder.emulator);
    const { PoolArn } = await client.send(
      new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
    );
    const notJson = await rejectsWith(
      client.send(new PutResourcePolicyCommand({ ResourceArn: PoolArn, Policy: "{" })),
      "ValidationException",
    );
    assert.equal(notJson.Reason, "CANNOT_PARSE");
    const nobody = await rejectsWith(
      client.send(
        new PutResourcePolicyCommand({ ResourceArn: PoolArn, Policy: JSON.stringify({ Statement: [] }) }),
      ),
      "ValidationException",
    );
    assert.equal(nobody.Reason, "INVALID_PARAMETER");
    await rejectsWith(
      bob(holder.emulator).send(
        new PutResourcePolicyCommand({ ResourceArn: PoolArn, Policy: policyFor(BOB, PoolArn!) }),
      ),
      "ResourceNotFoundException",
    );
  });

  it('shares with every account for Principal "*"', async () => {
    const client = alice(holder.emulator);
    const { PoolArn } = await client.send(
      new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
    );
    await client.send(
      new PutResourcePolicyCommand({
        ResourceArn: PoolArn,
        Policy: JSON.stringify({ Statement: { Effect: "Allow", Principal: "*", Action: "sms-voice:*" } }),
      }),
    );
    const { Pools } = await bob(holder.emulator).send(new DescribePoolsCommand({ Owner: "SHARED" }));
    assert.ok(Pools?.some((p) => p.PoolArn === PoolArn));
  });
});

describe("emulator: seeded sharing", () => {
  const holder = withEmulator({
    seed: {
      accounts: { AKIDBOB: BOB },
      phoneNumbers: [{ phoneNumberId: "phone-bob", accountId: BOB }],
      senderIds: [{ senderId: "BobCo", isoCountryCode: "GB", accountId: BOB }],
    },
  });

  it("shares another account's seeded resources with the emulator's account", async () => {
    const { PhoneNumbers } = await alice(holder.emulator).send(
      new DescribePhoneNumbersCommand({ Owner: "SHARED" }),
    );
    assert.deepEqual(
      PhoneNumbers?.map((n) => n.PhoneNumberId),
      ["phone-bob"],
    );
    const { SenderIds } = await bob(holder.emulator).send(new DescribeSenderIdsCommand({}));
    assert.deepEqual(
      SenderIds?.map((s) => s.SenderId),
      ["BobCo"],
    );
  });
});
