// Tags through the real SDK: TagResource, UntagResource and ListTagsForResource on every taggable resource,
// and Tags given on create.

import assert from "node:assert/strict";
import {
  CreateConfigurationSetCommand,
  CreateOptOutListCommand,
  CreatePoolCommand,
  CreateProtectConfigurationCommand,
  ListTagsForResourceCommand,
  RequestPhoneNumberCommand,
  RequestSenderIdCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { FROM_POOL_SENDER, POOL_SENDER, rejectsWith, withEmulator } from "../support/emulator";
import { ACCOUNTS, alice, bob } from "./accounts";

describe("emulator: tags", () => {
  const holder = withEmulator({ accounts: ACCOUNTS, seed: { senderIds: [POOL_SENDER] } });
  const client = () => alice(holder.emulator);
  const created = { Tags: [{ Key: "created", Value: "yes" }] };
  const makers: Array<[string, () => Promise<string>]> = [
    [
      "pool",
      async () =>
        (
          await client().send(
            new CreatePoolCommand({
              ...FROM_POOL_SENDER,
              MessageType: "TRANSACTIONAL",
              ...created,
            }),
          )
        ).PoolArn!,
    ],
    [
      "phone number",
      async () =>
        (
          await client().send(
            new RequestPhoneNumberCommand({
              IsoCountryCode: "US",
              MessageType: "TRANSACTIONAL",
              NumberCapabilities: ["SMS"],
              NumberType: "SIMULATOR",
              ...created,
            }),
          )
        ).PhoneNumberArn!,
    ],
    [
      "sender ID",
      async () =>
        (
          await client().send(
            new RequestSenderIdCommand({ SenderId: "Tagged", IsoCountryCode: "GB", ...created }),
          )
        ).SenderIdArn!,
    ],
    [
      "opt-out list",
      async () =>
        (await client().send(new CreateOptOutListCommand({ OptOutListName: "Tagged", ...created })))
          .OptOutListArn!,
    ],
  ];
  for (const [what, make] of makers) {
    it(`tags, overwrites, untags and lists the tags of a ${what}`, async () => {
      const ResourceArn = await make();
      await client().send(
        new TagResourceCommand({
          ResourceArn,
          Tags: [
            { Key: "team", Value: "a" },
            { Key: "created", Value: "again" },
          ],
        }),
      );
      await client().send(new TagResourceCommand({ ResourceArn, Tags: [{ Key: "team", Value: "b" }] }));
      await client().send(new UntagResourceCommand({ ResourceArn, TagKeys: ["created", "absent"] }));
      const listed = await client().send(new ListTagsForResourceCommand({ ResourceArn }));
      assert.equal(listed.ResourceArn, ResourceArn);
      assert.deepEqual(listed.Tags, [{ Key: "team", Value: "b" }]);
      const other = await rejectsWith(
        bob(holder.emulator).send(new ListTagsForResourceCommand({ ResourceArn })),
        "ResourceNotFoundException",
      );
      assert.equal(other.ResourceId, ResourceArn);
    });
  }

  it("refuses more than 50 tags on a resource, an ARN of no taggable kind, and an unknown resource", async () => {
    const ResourceArn = await makers[0][1]();
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    const quota = await rejectsWith(
      client().send(new TagResourceCommand({ ResourceArn, Tags: many })),
      "ServiceQuotaExceededException",
    );
    assert.equal(quota.Reason, "TAGS_PER_RESOURCE");
    const wrongKind = await rejectsWith(
      client().send(
        new ListTagsForResourceCommand({ ResourceArn: "arn:aws:sns:us-east-1:123456789012:topic" }),
      ),
      "ValidationException",
    );
    assert.equal(wrongKind.Reason, "INVALID_ARN");
    const missing = await rejectsWith(
      client().send(
        new ListTagsForResourceCommand({
          ResourceArn: "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-none",
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(missing.ResourceType, "pool");
  });

  const creators: Array<
    [string, (Tags: Array<{ Key: string; Value: string }>, n: number) => Promise<unknown>]
  > = [
    [
      "CreatePool",
      (Tags) =>
        client().send(new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL", Tags })),
    ],
    [
      "RequestPhoneNumber",
      (Tags) =>
        client().send(
          new RequestPhoneNumberCommand({
            IsoCountryCode: "US",
            MessageType: "TRANSACTIONAL",
            NumberCapabilities: ["SMS"],
            NumberType: "SIMULATOR",
            Tags,
          }),
        ),
    ],
    [
      "RequestSenderId",
      (Tags, n) =>
        client().send(new RequestSenderIdCommand({ SenderId: `Dup${n}`, IsoCountryCode: "GB", Tags })),
    ],
    [
      "CreateOptOutList",
      (Tags, n) => client().send(new CreateOptOutListCommand({ OptOutListName: `dup-${n}`, Tags })),
    ],
    [
      "CreateConfigurationSet",
      (Tags, n) =>
        client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: `dup-${n}`, Tags })),
    ],
    ["CreateProtectConfiguration", (Tags) => client().send(new CreateProtectConfigurationCommand({ Tags }))],
  ];
  const arnOf = (created: unknown): string => {
    const answer = created as Record<string, unknown>;
    const key = Object.keys(answer).find((k) => k.endsWith("Arn") && typeof answer[k] === "string");
    return answer[key!] as string;
  };
  for (const [operation, create] of creators) {
    it(`merges duplicate keys and refuses more than 50 tags given to ${operation}, as TagResource does`, async () => {
      const tooMany = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
      const quota = await rejectsWith(create(tooMany, 1), "ServiceQuotaExceededException");
      assert.equal(quota.Reason, "TAGS_PER_RESOURCE");
      const fifty = [
        ...Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "v" })),
        { Key: "k0", Value: "w" },
      ];
      const full = await create(fifty, 2);
      const listedFull = await client().send(new ListTagsForResourceCommand({ ResourceArn: arnOf(full) }));
      assert.equal(listedFull.Tags?.length, 50);
      const created = await create(
        [
          { Key: "a", Value: "1" },
          { Key: "b", Value: "2" },
          { Key: "a", Value: "3" },
        ],
        3,
      );
      const merged = [
        { Key: "a", Value: "3" },
        { Key: "b", Value: "2" },
      ];
      assert.deepEqual((created as { Tags?: unknown }).Tags, merged);
      const listed = await client().send(new ListTagsForResourceCommand({ ResourceArn: arnOf(created) }));
      assert.deepEqual(listed.Tags, merged);
    });
  }
});
