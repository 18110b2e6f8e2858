// The SMS sandbox through the real SDK: an account's tier (accountSettings, seed, state file) in
// DescribeAccountAttributes; a sandboxed account sends only to its VERIFIED destination numbers and AWS's simulator
// numbers; verification end to end (the code read from the sent-message log and /_emulator/messages), and every
// refusal of Create/Send/Verify/Describe/DeleteVerifiedDestinationNumber.

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateVerifiedDestinationNumberCommand,
  DeleteVerifiedDestinationNumberCommand,
  DescribeAccountAttributesCommand,
  DescribeAccountLimitsCommand,
  DescribeVerifiedDestinationNumbersCommand,
  type PinpointSMSVoiceV2Client,
  SendDestinationNumberVerificationCodeCommand,
  SendTextMessageCommand,
  VerifyDestinationNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, startEmulator } from "../../emulator";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { ACCOUNTS, allPages, BOB, bob } from "./accounts";
import { rawCall } from "./wire";

const ACCOUNT = "123456789012";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SENDER = { phoneNumberId: "phone-sender", phoneNumber: "+12065550100" };

const tier = async (client: PinpointSMSVoiceV2Client) =>
  (await client.send(new DescribeAccountAttributesCommand({}))).AccountAttributes?.find(
    (a) => a.Name === "ACCOUNT_TIER",
  )?.Value;

/** The code in the newest verification message the emulator logged for `destination`. */
function lastCode(emulator: Emulator, destination: string): string {
  const messages = emulator
    .sentMessages({ destinationPhoneNumber: destination })
    .filter((m) => m.source === "VERIFICATION_CODE");
  const body = messages[messages.length - 1]?.messageBody ?? "";
  const code = /\b(\d{6})\b/.exec(body)?.[1];
  assert.ok(code, `a code in ${JSON.stringify(body)}`);
  return code;
}

describe("emulator: the SMS sandbox", () => {
  const holder = withEmulator({
    accounts: ACCOUNTS,
    accountSettings: { [ACCOUNT]: { tier: "SANDBOX" } },
    seed: {
      phoneNumbers: [
        SENDER,
        { ...SENDER, phoneNumberId: "phone-bob", accountId: BOB, phoneNumber: "+12065550109" },
      ],
    },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const text = (DestinationPhoneNumber: string, c = client(), OriginationIdentity = SENDER.phoneNumberId) =>
    c.send(new SendTextMessageCommand({ DestinationPhoneNumber, OriginationIdentity, MessageBody: "hi" }));
  const create = (DestinationPhoneNumber: string) =>
    client().send(new CreateVerifiedDestinationNumberCommand({ DestinationPhoneNumber }));
  const sendCode = (VerifiedDestinationNumberId: string, VerificationChannel: "TEXT" | "VOICE" = "TEXT") =>
    client().send(
      new SendDestinationNumberVerificationCodeCommand({ VerifiedDestinationNumberId, VerificationChannel }),
    );
  const verify = (VerifiedDestinationNumberId: string, VerificationCode: string) =>
    client().send(new VerifyDestinationNumberCommand({ VerifiedDestinationNumberId, VerificationCode }));

  it("reports each account's tier", async () => {
    assert.equal(await tier(client()), "SANDBOX");
    assert.equal(await tier(bob(holder.emulator)), "PRODUCTION");
  });

  it("sends only to verified numbers and simulator numbers; an account out of the sandbox sends anywhere", async () => {
    const error = await rejectsWith(text("+14255550100"), "ConflictException");
    assert.equal(error.Reason, "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");
    assert.equal(error.ResourceType, "verified-destination-number");
    assert.equal(error.ResourceId, "+14255550100");
    assert.ok((await text("+14254147755")).MessageId, "AWS's US success simulator number");
    assert.ok((await text("+14255550100", bob(holder.emulator), "phone-bob")).MessageId);
  });

  it("verifies a number with the code it sent, read from the message log and /_emulator/messages", async () => {
    const destination = "+14255550101";
    const created = await create(destination);
    assert.equal(created.Status, "PENDING");
    assert.match(
      created.VerifiedDestinationNumberArn!,
      /^arn:aws:sms-voice:us-east-1:123456789012:verified-destination-number\/verifieddestinationnumber-[0-9a-f]{32}$/,
    );
    const id = created.VerifiedDestinationNumberId!;
    const pending = await rejectsWith(text(destination), "ConflictException");
    assert.equal(pending.Reason, "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");

    const { MessageId } = await sendCode(id);
    const [logged] = holder.emulator
      .sentMessages({ destinationPhoneNumber: destination })
      .filter((m) => m.source === "VERIFICATION_CODE");
    assert.equal(logged.messageId, MessageId);
    assert.deepEqual([logged.source, logged.channel, logged.outcome], ["VERIFICATION_CODE", "SMS", "SENT"]);
    const code = lastCode(holder.emulator, destination);
    const overHttp = await rawCall(holder.emulator.endpoint, {
      path: `/_emulator/messages?destinationPhoneNumber=${encodeURIComponent(destination)}`,
      method: "GET",
      target: null,
      authorization: null,
    });
    assert.match(JSON.stringify(overHttp.json), new RegExp(`Your verification code is ${code}`));

    const wrong = await rejectsWith(
      verify(id, code === "000000" ? "000001" : "000000"),
      "ValidationException",
    );
    assert.equal(wrong.Reason, "VERIFICATION_CODE_MISMATCH");
    assert.equal(wrong.Fields?.[0].Name, "VerificationCode");
    const verified = await verify(id, code);
    assert.deepEqual(
      [verified.VerifiedDestinationNumberId, verified.DestinationPhoneNumber, verified.Status],
      [id, destination, "VERIFIED"],
    );
    assert.ok((await text(destination)).MessageId);
    for (const again of [() => sendCode(id), () => verify(id, code)]) {
      const done = await rejectsWith(again(), "ConflictException");
      assert.equal(done.Reason, "VERIFICATION_ALREADY_COMPLETE");
    }
  });

  it("refuses an expired code, accepts only the newest, and limits codes to five a day", async () => {
    const { VerifiedDestinationNumberId: id } = await create("14255550102");
    await sendCode(id!, "VOICE");
    assert.equal(
      holder.emulator.sentMessages({ destinationPhoneNumber: "+14255550102" })[0].channel,
      "VOICE",
    );
    const first = lastCode(holder.emulator, "+14255550102");
    holder.emulator.advanceClock(16 * MINUTE);
    const expired = await rejectsWith(verify(id!, first), "ConflictException");
    assert.equal(expired.Reason, "VERIFICATION_CODE_EXPIRED");
    await sendCode(id!);
    const second = lastCode(holder.emulator, "+14255550102");
    if (first !== second) {
      const old = await rejectsWith(verify(id!, first), "ValidationException");
      assert.equal(old.Reason, "VERIFICATION_CODE_MISMATCH");
    }
    for (let i = 0; i < 3; i++) await sendCode(id!);
    const sixth = await rejectsWith(sendCode(id!), "ServiceQuotaExceededException");
    assert.equal(sixth.Reason, "VERIFICATION_ATTEMPTS_PER_DAY");
    holder.emulator.advanceClock(DAY);
    await sendCode(id!);
    assert.equal((await verify(id!, lastCode(holder.emulator, "+14255550102"))).Status, "VERIFIED");
  });

  it("refuses a code never sent, an unknown number, identity or configuration set", async () => {
    const { VerifiedDestinationNumberId: id } = await create("+14255550103");
    const none = await rejectsWith(verify(id!, "123456"), "ValidationException");
    assert.equal(none.Reason, "VERIFICATION_CODE_MISMATCH");
    assert.match(none.message, /No verification code was sent/);
    const unknown = await rejectsWith(
      sendCode("verifieddestinationnumber-none"),
      "ResourceNotFoundException",
    );
    assert.deepEqual(
      [unknown.ResourceType, unknown.ResourceId],
      ["verified-destination-number", "verifieddestinationnumber-none"],
    );
    const identity = await rejectsWith(
      client().send(
        new SendDestinationNumberVerificationCodeCommand({
          VerifiedDestinationNumberId: id,
          VerificationChannel: "TEXT",
          OriginationIdentity: "phone-none",
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(identity.ResourceType, "phone-number");
    const set = await rejectsWith(
      client().send(
        new SendDestinationNumberVerificationCodeCommand({
          VerifiedDestinationNumberId: id,
          VerificationChannel: "TEXT",
          ConfigurationSetName: "no-such-set",
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(set.ResourceType, "configuration-set");
    const named = await client().send(
      new SendDestinationNumberVerificationCodeCommand({
        VerifiedDestinationNumberId: id,
        VerificationChannel: "TEXT",
        OriginationIdentity: SENDER.phoneNumber,
      }),
    );
    const entry = holder.emulator.sentMessages().find((m) => m.messageId === named.MessageId);
    assert.deepEqual(
      [entry?.requestedOriginationIdentity, entry?.originationIdentity],
      [SENDER.phoneNumber, SENDER.phoneNumberId],
    );
  });

  it("refuses a second entry of one number, an unknown country, an RCS agent, and an eleventh number", async () => {
    const again = await rejectsWith(create("+14255550101"), "ConflictException");
    assert.equal(again.Reason, "RESOURCE_ALREADY_EXISTS");
    const country = await rejectsWith(create("+999123456"), "ValidationException");
    assert.equal(country.Reason, "INVALID_PARAMETER");
    const rcs = await rejectsWith(
      client().send(
        new CreateVerifiedDestinationNumberCommand({
          DestinationPhoneNumber: "+14255550199",
          RcsAgentId: "rcs-a",
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(rcs.ResourceType, "rcs-agent");
    const repeated = await client().send(
      new CreateVerifiedDestinationNumberCommand({
        DestinationPhoneNumber: "+14255550110",
        ClientToken: "t-1",
        Tags: [{ Key: "k", Value: "v" }],
      }),
    );
    assert.deepEqual(repeated.Tags, [{ Key: "k", Value: "v" }]);
    const twice = await client().send(
      new CreateVerifiedDestinationNumberCommand({
        DestinationPhoneNumber: "+14255550110",
        ClientToken: "t-1",
      }),
    );
    assert.equal(twice.VerifiedDestinationNumberId, repeated.VerifiedDestinationNumberId);
    const { AccountLimits } = await client().send(new DescribeAccountLimitsCommand({}));
    const limit = AccountLimits?.find((l) => l.Name === "VERIFIED_DESTINATION_NUMBERS");
    for (let n = limit!.Used!; n < 10; n++) await create(`+1425555012${n}`);
    const full = await rejectsWith(create("+14255550140"), "ServiceQuotaExceededException");
    assert.equal(full.Reason, "VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT");
    const after = await client().send(new DescribeAccountLimitsCommand({}));
    assert.deepEqual(
      after.AccountLimits?.find((l) => l.Name === "VERIFIED_DESTINATION_NUMBERS"),
      {
        Name: "VERIFIED_DESTINATION_NUMBERS",
        Used: 10,
        Max: 10,
      },
    );
  });

  it("describes by ID, ARN or number, filters by status, pages, and deletes only 24 hours after the last attempt", async () => {
    const all = await allPages(
      (NextToken) =>
        client().send(new DescribeVerifiedDestinationNumbersCommand({ MaxResults: 3, NextToken })),
      (page) => page.VerifiedDestinationNumbers,
    );
    assert.equal(all.length, 10);
    const verified = await client().send(
      new DescribeVerifiedDestinationNumbersCommand({ Filters: [{ Name: "status", Values: ["VERIFIED"] }] }),
    );
    assert.deepEqual(
      verified.VerifiedDestinationNumbers?.map((v) => v.DestinationPhoneNumber),
      ["+14255550101", "+14255550102"],
    );
    const byNumber = await client().send(
      new DescribeVerifiedDestinationNumbersCommand({
        DestinationPhoneNumbers: ["14255550103", "+14255550101"],
      }),
    );
    assert.deepEqual(
      byNumber.VerifiedDestinationNumbers?.map((v) => v.DestinationPhoneNumber),
      ["+14255550101", "+14255550103"],
    );
    const one = all.find((v) => v.DestinationPhoneNumber === "+14255550110")!;
    const byIds = await client().send(
      new DescribeVerifiedDestinationNumbersCommand({
        VerifiedDestinationNumberIds: [
          one.VerifiedDestinationNumberArn!,
          all[0].VerifiedDestinationNumberId!,
        ],
      }),
    );
    assert.deepEqual(
      byIds.VerifiedDestinationNumbers?.map((v) => v.VerifiedDestinationNumberId),
      [one.VerifiedDestinationNumberId, all[0].VerifiedDestinationNumberId],
    );
    const bad = await rejectsWith(
      client().send(
        new DescribeVerifiedDestinationNumbersCommand({ Filters: [{ Name: "status", Values: ["DONE"] }] }),
      ),
      "ValidationException",
    );
    assert.equal(bad.Reason, "INVALID_FILTER_VALUES");

    const early = await rejectsWith(
      client().send(
        new DeleteVerifiedDestinationNumberCommand({
          VerifiedDestinationNumberId: one.VerifiedDestinationNumberId,
        }),
      ),
      "ConflictException",
    );
    assert.equal(early.Reason, "RESOURCE_DELETION_NOT_ALLOWED");
    holder.emulator.advanceClock(DAY);
    const deleted = await client().send(
      new DeleteVerifiedDestinationNumberCommand({
        VerifiedDestinationNumberId: one.VerifiedDestinationNumberId,
      }),
    );
    assert.deepEqual(
      [
        deleted.VerifiedDestinationNumberId,
        deleted.DestinationPhoneNumber,
        deleted.CreatedTimestamp?.getTime(),
      ],
      [one.VerifiedDestinationNumberId, "+14255550110", one.CreatedTimestamp?.getTime()],
    );
    const gone = await rejectsWith(
      client().send(
        new DescribeVerifiedDestinationNumbersCommand({
          VerifiedDestinationNumberIds: [one.VerifiedDestinationNumberId!],
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(gone.ResourceType, "verified-destination-number");
  });
});

describe("emulator: the sandbox in seeds and state files", () => {
  it("seeds the tier and verified numbers, the options override the seed's tier, and the state file keeps both", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-sandbox-")), "state.json");
    const seed = {
      accounts: ACCOUNTS,
      accountSettings: { [ACCOUNT]: { tier: "SANDBOX" as const }, [BOB]: { tier: "SANDBOX" as const } },
      phoneNumbers: [SENDER],
      verifiedDestinationNumbers: [
        { destinationPhoneNumber: "+14255550100" },
        { destinationPhoneNumber: "+14255550101", status: "PENDING" as const },
      ],
    };
    const first = await startEmulator({ state, seed, accountSettings: { [BOB]: { tier: "PRODUCTION" } } });
    try {
      const client = sdkClient(first, { maxAttempts: 1 });
      assert.deepEqual([await tier(client), await tier(bob(first))], ["SANDBOX", "PRODUCTION"]);
      const send = (DestinationPhoneNumber: string) =>
        client.send(
          new SendTextMessageCommand({
            DestinationPhoneNumber,
            OriginationIdentity: SENDER.phoneNumberId,
            MessageBody: "x",
          }),
        );
      assert.ok((await send("+14255550100")).MessageId);
      const pending = await rejectsWith(send("+14255550101"), "ConflictException");
      assert.equal(pending.Reason, "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");
    } finally {
      await first.stop();
    }
    const second = await startEmulator({ state, accounts: ACCOUNTS });
    try {
      const client = sdkClient(second, { maxAttempts: 1 });
      assert.deepEqual([await tier(client), await tier(bob(second))], ["SANDBOX", "PRODUCTION"]);
      const { VerifiedDestinationNumbers } = await client.send(
        new DescribeVerifiedDestinationNumbersCommand({}),
      );
      assert.deepEqual(VerifiedDestinationNumbers?.map((v) => [v.DestinationPhoneNumber, v.Status]).sort(), [
        ["+14255550100", "VERIFIED"],
        ["+14255550101", "PENDING"],
      ]);
    } finally {
      await second.stop();
    }
  });

  it("refuses bad settings and numbers, naming each", async () => {
    await assert.rejects(
      startEmulator({ accountSettings: { [ACCOUNT]: { tier: "FREE" as "SANDBOX" } } }),
      /accountSettings\.123456789012\.tier "FREE" must be one of: SANDBOX, PRODUCTION/,
    );
    await assert.rejects(
      startEmulator({ accountSettings: { alice: {} } }),
      /accountSettings\.alice: "alice" is not a 12-digit account ID/,
    );
    await assert.rejects(
      startEmulator({
        seed: {
          accountSettings: { [ACCOUNT]: { tier: "SANDBOX", colour: "blue" } as { tier: "SANDBOX" } },
          verifiedDestinationNumbers: [
            { destinationPhoneNumber: "+14255550100" },
            { destinationPhoneNumber: "14255550100", status: "DONE" as "PENDING" },
            {} as { destinationPhoneNumber: string },
          ],
        },
      }),
      (error: Error) =>
        /seed\.accountSettings\.123456789012\.colour is not an account setting/.test(error.message) &&
        /seed\.verifiedDestinationNumbers\[1\]\.status "DONE" must be VERIFIED or PENDING/.test(
          error.message,
        ) &&
        /seed\.verifiedDestinationNumbers\[1\]\.destinationPhoneNumber "\+14255550100" repeats seed\.verifiedDestinationNumbers\[0\]'s/.test(
          error.message,
        ) &&
        /seed\.verifiedDestinationNumbers\[2\]\.destinationPhoneNumber is required/.test(error.message),
    );
  });
});
