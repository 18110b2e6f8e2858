// Opt-out lists through the real SDK: the Default list, CreateOptOutList, DescribeOptOutLists, DeleteOptOutList,
// PutOptedOutNumber, DescribeOptedOutNumbers (filter, paging) and DeleteOptedOutNumber.

import assert from "node:assert/strict";
import {
  CreateOptOutListCommand,
  CreatePoolCommand,
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  DescribeOptedOutNumbersCommand,
  DescribeOptOutListsCommand,
  PutOptedOutNumberCommand,
  SendTextMessageCommand,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { FROM_POOL_SENDER, POOL_SENDER, rejectsWith, withEmulator } from "../support/emulator";
import { alice, allPages } from "./accounts";

describe("emulator: opt-out lists", () => {
  const holder = withEmulator({
    seed: {
      senderIds: [POOL_SENDER],
      optOutLists: [
        {
          name: "Seeded",
          createdTimestamp: 1_600_000_000,
          optedOutNumbers: [
            { number: "+12065550100", endUserOptedOut: true, optedOutTimestamp: 1_600_000_001 },
            "+12065550101",
          ],
        },
      ],
    },
  });
  const client = () => alice(holder.emulator);

  it("has the Default list from the start, in every region", async () => {
    const { OptOutLists } = await client().send(
      new DescribeOptOutListsCommand({ OptOutListNames: ["Default"] }),
    );
    assert.equal(
      OptOutLists?.[0].OptOutListArn,
      "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default",
    );
    const eu = await alice(holder.emulator, "eu-west-1").send(new DescribeOptOutListsCommand({}));
    assert.deepEqual(
      eu.OptOutLists?.map((l) => l.OptOutListName),
      ["Default"],
    );
  });

  it("creates a list once, lists them in creation order, by name or ARN", async () => {
    const created = await client().send(
      new CreateOptOutListCommand({ OptOutListName: "Marketing", Tags: [{ Key: "a", Value: "b" }] }),
    );
    assert.equal(created.OptOutListArn, "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Marketing");
    assert.deepEqual(created.Tags, [{ Key: "a", Value: "b" }]);
    const twice = await rejectsWith(
      client().send(new CreateOptOutListCommand({ OptOutListName: "Marketing" })),
      "ConflictException",
    );
    assert.equal(twice.Reason, "RESOURCE_ALREADY_EXISTS");
    const names = await allPages(
      (NextToken) => client().send(new DescribeOptOutListsCommand({ NextToken, MaxResults: 1 })),
      (page) => page.OptOutLists?.map((l) => l.OptOutListName),
    );
    assert.deepEqual(names.slice(0, 1), ["Seeded"]);
    assert.ok(names.includes("Default") && names.includes("Marketing"));
    const byArn = await client().send(
      new DescribeOptOutListsCommand({ OptOutListNames: [created.OptOutListArn!] }),
    );
    assert.equal(byArn.OptOutLists?.[0].OptOutListName, "Marketing");
  });

  it("puts, describes (filter, paging, by number) and deletes opted-out numbers", async () => {
    const put = await client().send(
      new PutOptedOutNumberCommand({ OptOutListName: "Seeded", OptedOutNumber: "+12065550102" }),
    );
    assert.deepEqual(
      [put.OptOutListName, put.OptedOutNumber, put.EndUserOptedOut],
      ["Seeded", "+12065550102", false],
    );
    const all = await allPages(
      (NextToken) =>
        client().send(
          new DescribeOptedOutNumbersCommand({ OptOutListName: "Seeded", NextToken, MaxResults: 2 }),
        ),
      (page) => page.OptedOutNumbers?.map((n) => n.OptedOutNumber),
    );
    assert.deepEqual(
      all,
      ["+12065550100", "+12065550101", "+12065550102"].filter((n) => all.includes(n)),
    );
    assert.equal(all.length, 3);
    const endUser = await client().send(
      new DescribeOptedOutNumbersCommand({
        OptOutListName: "Seeded",
        Filters: [{ Name: "end-user-opted-out", Values: ["true"] }],
      }),
    );
    assert.deepEqual(
      endUser.OptedOutNumbers?.map((n) => n.OptedOutNumber),
      ["+12065550100"],
    );
    const one = await client().send(
      new DescribeOptedOutNumbersCommand({ OptOutListName: "Seeded", OptedOutNumbers: ["+12065550101"] }),
    );
    assert.equal(one.OptedOutNumbers?.length, 1);
    const cannot = await rejectsWith(
      client().send(
        new DeleteOptedOutNumberCommand({ OptOutListName: "Seeded", OptedOutNumber: "+12065550100" }),
      ),
      "ValidationException",
    );
    assert.equal(cannot.Reason, "PHONE_NUMBER_CANNOT_BE_OPTED_IN");
    await client().send(
      new DeleteOptedOutNumberCommand({ OptOutListName: "Seeded", OptedOutNumber: "+12065550102" }),
    );
    const gone = await rejectsWith(
      client().send(
        new DeleteOptedOutNumberCommand({ OptOutListName: "Seeded", OptedOutNumber: "+12065550102" }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(gone.ResourceType, "opted-out-number");
  });

  it("refuses to delete a list a pool uses, and the Default list; deletes others with their numbers", async () => {
    await client().send(new CreateOptOutListCommand({ OptOutListName: "Used" }));
    const { PoolId } = await client().send(
      new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
    );
    await client().send(new UpdatePoolCommand({ PoolId, OptOutListName: "Used" }));
    const used = await rejectsWith(
      client().send(new DeleteOptOutListCommand({ OptOutListName: "Used" })),
      "ConflictException",
    );
    assert.equal(used.Reason, "RESOURCE_DELETION_NOT_ALLOWED");
    const defaultList = await rejectsWith(
      client().send(new DeleteOptOutListCommand({ OptOutListName: "Default" })),
      "ConflictException",
    );
    assert.equal(defaultList.ResourceId, "Default");
    const deleted = await client().send(new DeleteOptOutListCommand({ OptOutListName: "Seeded" }));
    assert.equal(deleted.OptOutListName, "Seeded");
    const missing = await rejectsWith(
      client().send(new DescribeOptedOutNumbersCommand({ OptOutListName: "Seeded" })),
      "ResourceNotFoundException",
    );
    assert.deepEqual([missing.ResourceType, missing.ResourceId], ["opt-out-list", "Seeded"]);
  });
});

describe("emulator: opted-out numbers in E.164 form", () => {
  const SENDER = "phone-00000000000000000000000000000021";
  const holder = withEmulator({
    seed: {
      phoneNumbers: [{ phoneNumberId: SENDER, phoneNumber: "+12065550121" }],
      optOutLists: [{ name: "Plain", optedOutNumbers: ["14255550198"] }],
    },
  });
  const client = () => alice(holder.emulator);
  const send = (to: string) =>
    client().send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: to,
        OriginationIdentity: SENDER,
        MessageBody: "hi",
      }),
    );

  it("stores a number put without its + in E.164 form, so either spelling finds it", async () => {
    const put = await client().send(
      new PutOptedOutNumberCommand({ OptOutListName: "Default", OptedOutNumber: "14255550199" }),
    );
    assert.equal(put.OptedOutNumber, "+14255550199");
    const again = await client().send(
      new PutOptedOutNumberCommand({ OptOutListName: "Default", OptedOutNumber: "+14255550199" }),
    );
    assert.equal(again.OptedOutTimestamp?.getTime(), put.OptedOutTimestamp?.getTime());
    const refused = await rejectsWith(send("+14255550199"), "ConflictException");
    assert.equal(refused.Reason, "DESTINATION_PHONE_NUMBER_OPTED_OUT");
    const listed = await client().send(
      new DescribeOptedOutNumbersCommand({ OptOutListName: "Default", OptedOutNumbers: ["+14255550199"] }),
    );
    assert.deepEqual(
      listed.OptedOutNumbers?.map((n) => n.OptedOutNumber),
      ["+14255550199"],
    );
    const bare = await client().send(
      new DescribeOptedOutNumbersCommand({ OptOutListName: "Default", OptedOutNumbers: ["14255550199"] }),
    );
    assert.equal(bare.OptedOutNumbers?.length, 1);
    const all = await client().send(new DescribeOptedOutNumbersCommand({ OptOutListName: "Default" }));
    assert.deepEqual(
      all.OptedOutNumbers?.map((n) => n.OptedOutNumber),
      ["+14255550199"],
    );
    const deleted = await client().send(
      new DeleteOptedOutNumberCommand({ OptOutListName: "Default", OptedOutNumber: "14255550199" }),
    );
    assert.equal(deleted.OptedOutNumber, "+14255550199");
    await send("+14255550199");
  });

  it("stores a seeded number without its + in E.164 form", async () => {
    const listed = await client().send(new DescribeOptedOutNumbersCommand({ OptOutListName: "Plain" }));
    assert.deepEqual(
      listed.OptedOutNumbers?.map((n) => n.OptedOutNumber),
      ["+14255550198"],
    );
  });
});
