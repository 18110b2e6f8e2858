// Sender IDs through the real SDK: RequestSenderId, DescribeSenderIds by {SenderId, IsoCountryCode} pairs and
// filters, UpdateSenderId and ReleaseSenderId with their conflicts.

import assert from "node:assert/strict";
import {
  CreatePoolCommand,
  DescribeSenderIdsCommand,
  ReleaseSenderIdCommand,
  RequestSenderIdCommand,
  type SenderIdFilter,
  UpdateSenderIdCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, withEmulator } from "../support/emulator";
import { alice, allPages } from "./accounts";

describe("emulator: sender IDs", () => {
  const holder = withEmulator({
    seed: {
      senderIds: [
        { senderId: "Alpha", isoCountryCode: "GB", createdTimestamp: 1_700_000_000, registered: true },
        {
          senderId: "Alpha",
          isoCountryCode: "DE",
          createdTimestamp: 1_700_000_001,
          messageTypes: ["PROMOTIONAL"],
        },
        {
          senderId: "Beta",
          isoCountryCode: "GB",
          createdTimestamp: 1_700_000_002,
          deletionProtectionEnabled: true,
        },
      ],
    },
  });
  const client = () => alice(holder.emulator);

  it("requests a sender ID: both message types by default, unregistered, with its tags", async () => {
    const sender = await client().send(
      new RequestSenderIdCommand({
        SenderId: "Gamma",
        IsoCountryCode: "FR",
        Tags: [{ Key: "k", Value: "v" }],
      }),
    );
    assert.equal(sender.SenderIdArn, "arn:aws:sms-voice:us-east-1:123456789012:sender-id/Gamma/FR");
    assert.deepEqual(sender.MessageTypes, ["TRANSACTIONAL", "PROMOTIONAL"]);
    assert.deepEqual(
      [sender.Registered, sender.DeletionProtectionEnabled, sender.MonthlyLeasingPrice],
      [false, false, "0.00"],
    );
    assert.deepEqual(sender.Tags, [{ Key: "k", Value: "v" }]);
  });

  it("refuses a sender ID twice in one country, and countries without sender IDs", async () => {
    const twice = await rejectsWith(
      client().send(new RequestSenderIdCommand({ SenderId: "Alpha", IsoCountryCode: "GB" })),
      "ConflictException",
    );
    assert.equal(twice.Reason, "RESOURCE_ALREADY_EXISTS");
    const us = await rejectsWith(
      client().send(new RequestSenderIdCommand({ SenderId: "Alpha", IsoCountryCode: "US" })),
      "ValidationException",
    );
    assert.equal(us.Reason, "SENDER_ID_NOT_SUPPORTED");
  });

  it("describes {SenderId, IsoCountryCode} pairs, by name or ARN, in request order", async () => {
    const { SenderIds } = await client().send(
      new DescribeSenderIdsCommand({
        SenderIds: [
          { SenderId: "Beta", IsoCountryCode: "GB" },
          { SenderId: "arn:aws:sms-voice:us-east-1:123456789012:sender-id/Alpha/DE", IsoCountryCode: "DE" },
        ],
      }),
    );
    assert.deepEqual(
      SenderIds?.map((s) => `${s.SenderId}/${s.IsoCountryCode}`),
      ["Beta/GB", "Alpha/DE"],
    );
    const missing = await rejectsWith(
      client().send(
        new DescribeSenderIdsCommand({ SenderIds: [{ SenderId: "Alpha", IsoCountryCode: "FR" }] }),
      ),
      "ResourceNotFoundException",
    );
    assert.deepEqual([missing.ResourceType, missing.ResourceId], ["sender-id", "Alpha"]);
  });

  const cases: Array<[string, SenderIdFilter[], string[]]> = [
    ["sender-id", [{ Name: "sender-id", Values: ["Alpha"] }], ["Alpha/GB", "Alpha/DE"]],
    ["iso-country-code", [{ Name: "iso-country-code", Values: ["GB"] }], ["Alpha/GB", "Beta/GB"]],
    [
      "message-type",
      [{ Name: "message-type", Values: ["PROMOTIONAL"] }],
      ["Alpha/GB", "Alpha/DE", "Beta/GB"],
    ],
    [
      "message-type TRANSACTIONAL",
      [{ Name: "message-type", Values: ["TRANSACTIONAL"] }],
      ["Alpha/GB", "Beta/GB"],
    ],
    ["deletion-protection-enabled", [{ Name: "deletion-protection-enabled", Values: ["true"] }], ["Beta/GB"]],
    ["registered", [{ Name: "registered", Values: ["true"] }], ["Alpha/GB"]],
  ];
  for (const [title, Filters, expected] of cases) {
    it(`filters by ${title}`, async () => {
      const found = await allPages(
        (NextToken) => client().send(new DescribeSenderIdsCommand({ Filters, NextToken, MaxResults: 1 })),
        (page) => page.SenderIds,
      );
      assert.deepEqual(
        found.map((s) => `${s.SenderId}/${s.IsoCountryCode}`).filter((s) => !s.startsWith("Gamma")),
        expected,
      );
    });
  }

  it("updates deletion protection and refuses to release a protected sender ID or one in a pool", async () => {
    const protectedOne = await rejectsWith(
      client().send(new ReleaseSenderIdCommand({ SenderId: "Beta", IsoCountryCode: "GB" })),
      "ConflictException",
    );
    assert.deepEqual(
      [protectedOne.Reason, protectedOne.ResourceType],
      ["DELETION_PROTECTION_ENABLED", "sender-id"],
    );
    const updated = await client().send(
      new UpdateSenderIdCommand({ SenderId: "Beta", IsoCountryCode: "GB", DeletionProtectionEnabled: false }),
    );
    assert.equal(updated.DeletionProtectionEnabled, false);
    await client().send(
      new CreatePoolCommand({
        OriginationIdentity: "Beta",
        IsoCountryCode: "GB",
        MessageType: "TRANSACTIONAL",
      }),
    );
    const inPool = await rejectsWith(
      client().send(new ReleaseSenderIdCommand({ SenderId: "Beta", IsoCountryCode: "GB" })),
      "ConflictException",
    );
    assert.equal(inPool.Reason, "SENDER_ID_ASSOCIATED_TO_POOL");
  });

  it("releases a sender ID and forgets it", async () => {
    const released = await client().send(
      new ReleaseSenderIdCommand({ SenderId: "Alpha", IsoCountryCode: "DE" }),
    );
    assert.equal(released.SenderIdArn, "arn:aws:sms-voice:us-east-1:123456789012:sender-id/Alpha/DE");
    await rejectsWith(
      client().send(new UpdateSenderIdCommand({ SenderId: "Alpha", IsoCountryCode: "DE" })),
      "ResourceNotFoundException",
    );
  });
});

describe("emulator: RequestSenderId refusals", () => {
  const fresh = withEmulator();
  const client = () => alice(fresh.emulator);

  it("takes the SenderIds AWS documents (1-11 letters, digits, hyphens; a letter; no hyphen at either end)", async () => {
    for (const SenderId of ["A", "a1", "x-9", "Brand-2024", "ABCDEFGHIJK", "9A"]) {
      const made = await client().send(new RequestSenderIdCommand({ SenderId, IsoCountryCode: "FR" }));
      assert.deepEqual([made.SenderId, made.IsoCountryCode], [SenderId, "FR"]);
    }
    for (const SenderId of ["123456", "-ab", "ab-", "a_b", "_", "1-2", "-"]) {
      const error = await rejectsWith(
        client().send(new RequestSenderIdCommand({ SenderId, IsoCountryCode: "FR" })),
        "ValidationException",
      );
      assert.deepEqual(
        [error.Reason, error.Fields?.map((f) => f.Name)],
        ["FIELD_VALIDATION_FAILED", ["SenderId"]],
        SenderId,
      );
    }
    const { SenderIds } = await client().send(
      new DescribeSenderIdsCommand({ Filters: [{ Name: "iso-country-code", Values: ["FR"] }] }),
    );
    assert.equal(SenderIds?.length, 6, "no refused SenderId was kept");
  });

  it("refuses countries AWS does not send to, and those whose sender IDs its table says it does not support", async () => {
    for (const IsoCountryCode of ["ZZ", "XK", "CU"]) {
      const error = await rejectsWith(
        client().send(new RequestSenderIdCommand({ SenderId: "Gamma", IsoCountryCode })),
        "ValidationException",
      );
      assert.deepEqual([error.Reason, error.Fields?.[0].Name], ["INVALID_PARAMETER", "IsoCountryCode"]);
    }
    for (const IsoCountryCode of ["CA", "BE", "AR", "KR"]) {
      const error = await rejectsWith(
        client().send(new RequestSenderIdCommand({ SenderId: "Gamma", IsoCountryCode })),
        "ValidationException",
      );
      assert.deepEqual([error.Reason, error.Fields?.[0].Name], ["SENDER_ID_NOT_SUPPORTED", "IsoCountryCode"]);
    }
    // "Registration required" in AWS's table: requested (unregistered) as the other supported countries.
    const made = await client().send(new RequestSenderIdCommand({ SenderId: "Gamma", IsoCountryCode: "IN" }));
    assert.deepEqual([made.IsoCountryCode, made.Registered], ["IN", false]);
  });
});
