// Spend limits through the real SDK: DescribeSpendLimits (MaxLimit by tier or settings, overrides),
// Set/Delete*MessageSpendLimitOverride of every channel, sends priced by destination country and refused once the
// month's limit would be passed, a new month on the emulator's clock, and the state file keeping it all.

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as sdk from "@aws-sdk/client-pinpoint-sms-voice-v2";
import {
  DescribeSpendLimitsCommand,
  type PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
  type SendTextMessageCommandInput,
  SendVoiceMessageCommand,
  SetTextMessageSpendLimitOverrideCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { ACCOUNTS, BOB, bob } from "./accounts";

const ACCOUNT = "123456789012";
const NAMES = ["Text", "Voice", "Media", "Notify", "Rcs"] as const;
const LIMIT_NAMES = [
  "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT",
  "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT",
  "MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT",
  "NOTIFY_MESSAGE_MONTHLY_SPEND_LIMIT",
  "RCS_MESSAGE_MONTHLY_SPEND_LIMIT",
];
const SEED = {
  accounts: ACCOUNTS,
  phoneNumbers: [
    {
      phoneNumberId: "phone-us",
      phoneNumber: "+12065550100",
      numberCapabilities: ["SMS" as const, "VOICE" as const],
    },
    { phoneNumberId: "phone-us-west", phoneNumber: "+12065550101", region: "us-west-2" },
  ],
  senderIds: [{ senderId: "ACME", isoCountryCode: "GB" }],
};

/** The SDK command `name` with `input` (the ten override operations differ only in name). */
function command(name: string, input: unknown): never {
  const Command = (sdk as unknown as Record<string, new (input: unknown) => never>)[`${name}Command`];
  return new Command(input);
}

const limits = async (client: PinpointSMSVoiceV2Client) =>
  Object.fromEntries(
    ((await client.send(new DescribeSpendLimitsCommand({}))).SpendLimits ?? []).map((l) => [
      l.Name,
      [l.EnforcedLimit, l.MaxLimit, l.Overridden],
    ]),
  );

/** Epoch ms of the first instant of the month after `ms` (UTC). */
function nextMonth(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

describe("emulator: spend limits", () => {
  const holder = withEmulator({
    seed: SEED,
    accountSettings: { [BOB]: { tier: "SANDBOX" } },
  });
  const client = (region?: string) =>
    sdkClient(holder.emulator, { maxAttempts: 1, ...(region ? { region } : {}) });
  const text = (input: Partial<SendTextMessageCommandInput>, c = client()) =>
    c.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: "+447700900123",
        OriginationIdentity: "ACME",
        MessageBody: "hi",
        ...input,
      }),
    );
  beforeEach(() => holder.emulator.clearMessages());

  it("reports every channel's limit: 10,000 USD out of the sandbox, 1 USD in it, none overridden", async () => {
    assert.deepEqual(
      await limits(client()),
      Object.fromEntries(LIMIT_NAMES.map((n) => [n, [10000, 10000, false]])),
    );
    assert.deepEqual(
      await limits(bob(holder.emulator)),
      Object.fromEntries(LIMIT_NAMES.map((n) => [n, [1, 1, false]])),
    );
  });

  it("sets and deletes the override of every channel, refusing one over MaxLimit", async () => {
    for (const [i, name] of NAMES.entries()) {
      const set = (await client().send(
        command(`Set${name}MessageSpendLimitOverride`, { MonthlyLimit: 25 + i }),
      )) as {
        MonthlyLimit: number;
      };
      assert.equal(set.MonthlyLimit, 25 + i, name);
      assert.deepEqual((await limits(client()))[LIMIT_NAMES[i]], [25 + i, 10000, true], name);
      const over = await rejectsWith(
        bob(holder.emulator).send(command(`Set${name}MessageSpendLimitOverride`, { MonthlyLimit: 2 })),
        "ValidationException",
      );
      assert.equal(over.Reason, "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT", name);
      assert.equal(over.Fields?.[0].Name, "MonthlyLimit");
      const deleted = (await client().send(command(`Delete${name}MessageSpendLimitOverride`, {}))) as {
        MonthlyLimit: number;
      };
      assert.equal(deleted.MonthlyLimit, 10000, name);
      assert.deepEqual((await limits(client()))[LIMIT_NAMES[i]], [10000, 10000, false], name);
    }
    assert.equal(
      (
        (await bob(holder.emulator).send(
          command("SetTextMessageSpendLimitOverride", { MonthlyLimit: 0 }),
        )) as { MonthlyLimit: number }
      ).MonthlyLimit,
      0,
    );
    await bob(holder.emulator).send(command("DeleteTextMessageSpendLimitOverride", {}));
  });

  it("prices each message by its destination country, and refuses the one that would pass the month's limit", async () => {
    await client().send(new SetTextMessageSpendLimitOverrideCommand({ MonthlyLimit: 1 }));
    const us = await text({ DestinationPhoneNumber: "+14255550100", OriginationIdentity: "phone-us" });
    const sent = holder.emulator.sentMessages().find((m) => m.messageId === us.MessageId);
    assert.deepEqual([sent?.priceUsd, sent?.destinationCountry], [0.01, "US"]);
    // 0.99 USD left at 0.04 a message to the United Kingdom: 24 more, and the 25th would pass 1 USD.
    for (let i = 0; i < 24; i++) await text({});
    assert.deepEqual(
      [...new Set(holder.emulator.sentMessages({ outcome: "SENT" }).map((m) => m.priceUsd))].sort(),
      [0.01, 0.04],
    );
    const refused = await rejectsWith(text({}), "ServiceQuotaExceededException");
    assert.equal(refused.Reason, "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT");
    assert.match(refused.message, /over the 1 USD limit/);
    const dry = await rejectsWith(text({ DryRun: true }), "ServiceQuotaExceededException");
    assert.equal(dry.Reason, "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT");
    // 0.03 is left: three US messages fit (up to the limit itself), and a dry run costs nothing.
    const us1 = { DestinationPhoneNumber: "+14255550100", OriginationIdentity: "phone-us" };
    await text({ ...us1, DryRun: true });
    for (let i = 0; i < 3; i++) await text(us1);
    const last = await rejectsWith(text(us1), "ServiceQuotaExceededException");
    assert.match(last.message, /to 1\.0100 USD, over the 1 USD limit/);
    // Another region of the same account, and another account, have their own.
    assert.ok(
      (
        await text(
          { DestinationPhoneNumber: "+14255550100", OriginationIdentity: "phone-us-west" },
          client("us-west-2"),
        )
      ).MessageId,
    );

    holder.emulator.setClock(nextMonth(holder.emulator.now()));
    assert.ok((await text({})).MessageId, "a new month starts afresh");
  });

  it("counts voice apart from text", async () => {
    await client().send(command("SetVoiceMessageSpendLimitOverride", { MonthlyLimit: 0 }));
    const voice = await rejectsWith(
      client().send(
        new SendVoiceMessageCommand({
          DestinationPhoneNumber: "+14255550100",
          OriginationIdentity: "phone-us",
          MessageBody: "hi",
        }),
      ),
      "ServiceQuotaExceededException",
    );
    assert.equal(voice.Reason, "MONTHLY_SPEND_LIMIT_REACHED_FOR_VOICE");
    assert.ok(
      (await text({ DestinationPhoneNumber: "+14255550100", OriginationIdentity: "phone-us" })).MessageId,
    );
    await client().send(command("DeleteVoiceMessageSpendLimitOverride", {}));
    const sent = await client().send(
      new SendVoiceMessageCommand({
        DestinationPhoneNumber: "+14255550100",
        OriginationIdentity: "phone-us",
        MessageBody: "hi",
      }),
    );
    assert.equal(holder.emulator.sentMessages().find((m) => m.messageId === sent.MessageId)?.priceUsd, 0.013);
  });
});

describe("emulator: spend in settings and the state file", () => {
  it("takes MaxLimit from accountSettings, and keeps overrides and the month's spend across a restart", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-spend-")), "state.json");
    const options = { state, seed: SEED, accountSettings: { [ACCOUNT]: { maxSpendLimits: { text: 2 } } } };
    const first = await startEmulator(options);
    try {
      const client = sdkClient(first, { maxAttempts: 1 });
      assert.deepEqual((await limits(client)).TEXT_MESSAGE_MONTHLY_SPEND_LIMIT, [2, 2, false]);
      await client.send(new SetTextMessageSpendLimitOverrideCommand({ MonthlyLimit: 1 }));
      for (let i = 0; i < 25; i++) {
        await client.send(
          new SendTextMessageCommand({
            DestinationPhoneNumber: "+447700900123",
            OriginationIdentity: "ACME",
            MessageBody: "x",
          }),
        );
      }
    } finally {
      await first.stop();
    }
    const second = await startEmulator({ state, accounts: ACCOUNTS });
    try {
      const client = sdkClient(second, { maxAttempts: 1 });
      assert.deepEqual((await limits(client)).TEXT_MESSAGE_MONTHLY_SPEND_LIMIT, [1, 2, true]);
      const error = await rejectsWith(
        client.send(
          new SendTextMessageCommand({
            DestinationPhoneNumber: "+447700900123",
            OriginationIdentity: "ACME",
            MessageBody: "x",
          }),
        ),
        "ServiceQuotaExceededException",
      );
      assert.equal(error.Reason, "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT");
    } finally {
      await second.stop();
    }
  });

  it("refuses maxSpendLimits of no channel or not whole dollars", async () => {
    await assert.rejects(
      startEmulator({
        accountSettings: {
          [ACCOUNT]: { maxSpendLimits: { sms: 1, voice: -1, text: 1.5 } as { text: number } },
        },
      }),
      (error: Error) =>
        /accountSettings\.123456789012\.maxSpendLimits\.sms is not a channel; use text, voice, media, notify, rcs/.test(
          error.message,
        ) &&
        /maxSpendLimits\.voice -1 must be whole US dollars from 0 to 1000000000/.test(error.message) &&
        /maxSpendLimits\.text 1\.5 must be whole US dollars/.test(error.message),
    );
  });
});
