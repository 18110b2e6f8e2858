// SendTextMessage and SendVoiceMessage through the real SDK: what is accepted (by number, ARN, E.164, sender
// ID, pool, configuration set defaults, DryRun), each refusal, opt-outs, protect configurations, and the
// sent-message log that records it all.

import assert from "node:assert/strict";
import {
  AssociateProtectConfigurationCommand,
  CreateConfigurationSetCommand,
  CreateProtectConfigurationCommand,
  DeleteAccountDefaultProtectConfigurationCommand,
  SendTextMessageCommand,
  type SendTextMessageCommandInput,
  SendVoiceMessageCommand,
  SetAccountDefaultProtectConfigurationCommand,
  SetDefaultMessageTypeCommand,
  SetDefaultSenderIdCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

const ACCOUNT = "123456789012";
const phoneId = (n: number) => `phone-${String(n).padStart(32, "0")}`;
const US_NUMBER = phoneId(1);
const US_ARN = `arn:aws:sms-voice:us-east-1:${ACCOUNT}:phone-number/${US_NUMBER}`;
const PENDING_NUMBER = phoneId(2);
const PROMO_NUMBER = phoneId(3);
const VOICE_NUMBER = phoneId(4);
const POOL_NUMBER = phoneId(5);
const DESTINATION = "+14255550100";

describe("emulator: sending", () => {
  const holder = withEmulator({
    randomSeed: 7,
    seed: {
      pools: [
        { poolId: "pool-send" },
        { poolId: "pool-empty" },
        { poolId: "pool-shared-routes", sharedRoutesEnabled: true },
        { poolId: "pool-creating", status: "CREATING" },
      ],
      phoneNumbers: [
        { phoneNumberId: US_NUMBER, phoneNumber: "+12065550101" },
        { phoneNumberId: PENDING_NUMBER, phoneNumber: "+12065550102", status: "PENDING" },
        { phoneNumberId: PROMO_NUMBER, phoneNumber: "+12065550103", messageType: "PROMOTIONAL" },
        { phoneNumberId: VOICE_NUMBER, phoneNumber: "+12065550104", numberCapabilities: ["SMS", "VOICE"] },
        { phoneNumberId: POOL_NUMBER, phoneNumber: "+12065550105", poolId: "pool-send" },
      ],
      senderIds: [{ senderId: "ACME", isoCountryCode: "GB" }],
      optOutLists: [{ name: "Default", optedOutNumbers: ["+14255550199"] }],
    },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const text = (input: Partial<SendTextMessageCommandInput>) =>
    client().send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: DESTINATION,
        OriginationIdentity: US_NUMBER,
        MessageBody: "hello",
        ...input,
      }),
    );
  const refused = async (input: Partial<SendTextMessageCommandInput>, name: string, reason?: string) => {
    const error = await rejectsWith(text(input), name);
    if (reason !== undefined) assert.equal(error.Reason, reason);
    return error;
  };

  beforeEach(() => holder.emulator.clearMessages());

  describe("accepted", () => {
    it("sends from a phone number by ID and logs the message", async () => {
      const { MessageId } = await text({ Context: { order: "42" } });
      assert.match(MessageId!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.messageId, MessageId);
      assert.equal(sent.outcome, "SENT");
      assert.equal(sent.destinationPhoneNumber, DESTINATION);
      assert.equal(sent.destinationCountry, "US");
      assert.equal(sent.originationIdentity, US_NUMBER);
      assert.equal(sent.originationNumber, "+12065550101");
      assert.equal(sent.messageBody, "hello");
      assert.equal(sent.messageType, "TRANSACTIONAL");
      assert.deepEqual(sent.context, { order: "42" });
    });

    it("sends from a phone number by ARN and by the number itself", async () => {
      await text({ OriginationIdentity: US_ARN });
      await text({ OriginationIdentity: "+12065550101" });
      assert.deepEqual(
        holder.emulator.sentMessages().map((m) => [m.requestedOriginationIdentity, m.originationIdentity]),
        [
          [US_ARN, US_NUMBER],
          ["+12065550101", US_NUMBER],
        ],
      );
    });

    it("sends from a sender ID of the destination's country", async () => {
      await text({ OriginationIdentity: "ACME", DestinationPhoneNumber: "+447700900123" });
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.originationNumber, "ACME");
      assert.equal(sent.destinationCountry, "GB");
    });

    it("resolves a pool to one of its members", async () => {
      await text({ OriginationIdentity: "pool-send" });
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.poolId, "pool-send");
      assert.equal(sent.originationIdentity, POOL_NUMBER);
      assert.equal(sent.originationNumber, "+12065550105");
    });

    it("sends through shared routes from a pool with no member for the country", async () => {
      await text({ OriginationIdentity: "pool-shared-routes" });
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.sharedRoute, true);
      assert.equal(sent.originationIdentity, undefined);
    });

    it("tells a destination's country by AWS's table, longest dialing prefix first", async () => {
      const countries: Array<[string, string]> = [
        ["+441481700123", "GG"],
        ["+441624700123", "IM"],
        ["+447937404990", "JE"],
        ["+447700900123", "GB"],
        ["+262269601234", "YT"],
        ["+262262501234", "RE"],
        ["+77012345678", "KZ"],
        ["+79161234567", "RU"],
        ["+17675550100", "DM"],
        ["+16715550100", "GU"],
        ["+14165550100", "CA"],
        ["+14255550100", "US"],
        ["+38344123456", "KV"],
        ["+59995123456", "AN"],
      ];
      for (const [DestinationPhoneNumber] of countries) {
        await text({ OriginationIdentity: "pool-shared-routes", DestinationPhoneNumber });
      }
      assert.deepEqual(
        holder.emulator
          .sentMessages()
          .map((m) => [m.destinationPhoneNumber, m.destinationCountry, m.outcome]),
        countries.map(([number, country]) => [number, country, "SENT"]),
      );
    });

    it("refuses a destination in no country of AWS's table", async () => {
      for (const DestinationPhoneNumber of ["+5351234567", "+989121234567", "+8501912345678"]) {
        const error = await rejectsWith(
          text({ OriginationIdentity: "pool-shared-routes", DestinationPhoneNumber }),
          "ValidationException",
        );
        assert.deepEqual(
          [error.Reason, error.Fields?.[0].Name],
          ["INVALID_PARAMETER", "DestinationPhoneNumber"],
        );
      }
    });

    it("uses the configuration set's default message type and sender ID", async () => {
      await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-send-defaults" }));
      await client().send(
        new SetDefaultSenderIdCommand({ ConfigurationSetName: "cs-send-defaults", SenderId: "ACME" }),
      );
      await client().send(
        new SetDefaultMessageTypeCommand({
          ConfigurationSetName: "cs-send-defaults",
          MessageType: "PROMOTIONAL",
        }),
      );
      await text({
        OriginationIdentity: undefined,
        ConfigurationSetName: "cs-send-defaults",
        DestinationPhoneNumber: "+447700900123",
      });
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.originationNumber, "ACME");
      assert.equal(sent.messageType, "PROMOTIONAL");
      assert.equal(sent.configurationSetName, "cs-send-defaults");
    });

    it("picks one of the account's numbers when no identity is named", async () => {
      await text({ OriginationIdentity: undefined });
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.originationIdentity, US_NUMBER);
    });

    it("validates a DryRun without sending", async () => {
      const { MessageId } = await text({ DryRun: true });
      assert.ok(MessageId);
      assert.deepEqual(
        holder.emulator.sentMessages().map((m) => m.outcome),
        ["DRY_RUN"],
      );
      await refused(
        { DryRun: true, OriginationIdentity: PENDING_NUMBER },
        "ConflictException",
        "RESOURCE_NOT_ACTIVE",
      );
    });

    it("sends a voice message from a number with the VOICE capability", async () => {
      const { MessageId } = await client().send(
        new SendVoiceMessageCommand({
          DestinationPhoneNumber: DESTINATION,
          OriginationIdentity: VOICE_NUMBER,
          MessageBody: "Your code is 1234",
          VoiceId: "JOANNA",
        }),
      );
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.messageId, MessageId);
      assert.equal(sent.channel, "VOICE");
    });
  });

  describe("refused", () => {
    it("refuses an origination identity that does not exist", async () => {
      const number = await refused({ OriginationIdentity: phoneId(99) }, "ResourceNotFoundException");
      assert.equal(number.ResourceType, "phone-number");
      const pool = await refused({ OriginationIdentity: "pool-missing" }, "ResourceNotFoundException");
      assert.equal(pool.ResourceType, "pool");
      const sender = await refused({ OriginationIdentity: "NOSUCH" }, "ResourceNotFoundException");
      assert.equal(sender.ResourceType, "sender-id");
    });

    it("refuses an identity that is not ACTIVE", async () => {
      await refused({ OriginationIdentity: PENDING_NUMBER }, "ConflictException", "RESOURCE_NOT_ACTIVE");
      await refused({ OriginationIdentity: "pool-creating" }, "ConflictException", "RESOURCE_NOT_ACTIVE");
    });

    it("refuses an identity of another message type", async () => {
      await refused({ OriginationIdentity: PROMO_NUMBER }, "ConflictException", "MESSAGE_TYPE_MISMATCH");
    });

    it("refuses an identity without the channel", async () => {
      const error = await rejectsWith(
        client().send(
          new SendVoiceMessageCommand({
            DestinationPhoneNumber: DESTINATION,
            OriginationIdentity: US_NUMBER,
            MessageBody: "hi",
          }),
        ),
        "ConflictException",
      );
      assert.equal(error.Reason, "NUMBER_CAPABILITIES_MISMATCH");
    });

    it("refuses an identity that does not reach the destination's country", async () => {
      await refused(
        { DestinationPhoneNumber: "+447700900123" },
        "ValidationException",
        "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY",
      );
      await refused(
        { OriginationIdentity: "pool-send", DestinationPhoneNumber: "+33612345678" },
        "ValidationException",
        "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY",
      );
    });

    it("refuses a pool without members", async () => {
      await refused(
        { OriginationIdentity: "pool-empty" },
        "ConflictException",
        "NO_ORIGINATION_IDENTITIES_FOUND",
      );
    });

    it("refuses a configuration set that does not exist", async () => {
      const error = await refused({ ConfigurationSetName: "cs-missing" }, "ResourceNotFoundException");
      assert.equal(error.ResourceType, "configuration-set");
    });

    it("refuses a destination on the identity's opt-out list", async () => {
      const error = await refused(
        { DestinationPhoneNumber: "+14255550199" },
        "ConflictException",
        "DESTINATION_PHONE_NUMBER_OPTED_OUT",
      );
      assert.equal(error.ResourceId, "+14255550199");
    });

    it("refuses a message without a body", async () => {
      await refused({ MessageBody: undefined }, "ValidationException", "MISSING_PARAMETER");
    });

    it("logs each refusal with its error", async () => {
      await refused({ OriginationIdentity: PROMO_NUMBER }, "ConflictException");
      const [entry] = holder.emulator.sentMessages({ outcome: "REFUSED" });
      assert.equal(entry.messageId, undefined);
      assert.deepEqual(entry.error && [entry.error.type, entry.error.reason], [
        "ConflictException",
        "MESSAGE_TYPE_MISMATCH",
      ]);
    });
  });

  describe("protect configurations", () => {
    const blockGb = async () => {
      const { ProtectConfigurationId } = await client().send(new CreateProtectConfigurationCommand({}));
      await client().send(
        new UpdateProtectConfigurationCountryRuleSetCommand({
          ProtectConfigurationId,
          NumberCapability: "SMS",
          CountryRuleSetUpdates: { GB: { ProtectStatus: "BLOCK" } },
        }),
      );
      return ProtectConfigurationId!;
    };
    const toGb = { OriginationIdentity: "ACME", DestinationPhoneNumber: "+447700900123" };

    it("blocks a country by the account default", async () => {
      const id = await blockGb();
      await client().send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: id }));
      try {
        const error = await refused(
          toGb,
          "ConflictException",
          "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
        );
        assert.equal(error.ResourceId, id);
        await text({}); // the US is still allowed
      } finally {
        await client().send(new DeleteAccountDefaultProtectConfigurationCommand({}));
      }
      await text(toGb);
    });

    it("blocks a country by the configuration set's protect configuration", async () => {
      const id = await blockGb();
      await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-protect-gb" }));
      await client().send(
        new AssociateProtectConfigurationCommand({
          ProtectConfigurationId: id,
          ConfigurationSetName: "cs-protect-gb",
        }),
      );
      await refused(
        { ...toGb, ConfigurationSetName: "cs-protect-gb" },
        "ConflictException",
        "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
      );
      await text(toGb);
    });

    it("prefers the request's protect configuration to the configuration set's", async () => {
      const blocking = await blockGb();
      const { ProtectConfigurationId: allowing } = await client().send(
        new CreateProtectConfigurationCommand({}),
      );
      await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-protect-override" }));
      await client().send(
        new AssociateProtectConfigurationCommand({
          ProtectConfigurationId: blocking,
          ConfigurationSetName: "cs-protect-override",
        }),
      );
      await text({ ...toGb, ConfigurationSetName: "cs-protect-override", ProtectConfigurationId: allowing });
      const [sent] = holder.emulator.sentMessages();
      assert.equal(sent.protectConfigurationId, allowing);
      assert.equal(sent.protectStatus, "ALLOW");
    });
  });

  describe("the sent-message log", () => {
    it("filters by destination, origination identity and configuration set", async () => {
      await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-log" }));
      await text({ ConfigurationSetName: "cs-log" });
      await text({ DestinationPhoneNumber: "+14255550111" });
      await text({ OriginationIdentity: "pool-send" });
      const { sentMessages } = holder.emulator;
      assert.equal(sentMessages({ destinationPhoneNumber: "14255550111" }).length, 1);
      assert.equal(sentMessages({ configurationSetName: "cs-log" }).length, 1);
      assert.equal(
        sentMessages({
          configurationSetName: `arn:aws:sms-voice:us-east-1:${ACCOUNT}:configuration-set/cs-log`,
        }).length,
        1,
      );
      assert.equal(sentMessages({ originationIdentity: "pool-send" }).length, 1);
      assert.equal(sentMessages({ originationIdentity: POOL_NUMBER }).length, 1);
      assert.equal(sentMessages({ originationIdentity: "+12065550101" }).length, 2);
    });

    it("is served over HTTP at /_emulator/messages, filterable and clearable", async () => {
      await text({});
      await text({ DestinationPhoneNumber: "+14255550111" });
      const { endpoint } = holder.emulator;
      const all = (await (await fetch(`${endpoint}/_emulator/messages`)).json()) as { messages: unknown[] };
      assert.equal(all.messages.length, 2);
      const one = (await (
        await fetch(`${endpoint}/_emulator/messages?destinationPhoneNumber=%2B14255550111`)
      ).json()) as { messages: Array<{ destinationPhoneNumber: string }> };
      assert.deepEqual(
        one.messages.map((m) => m.destinationPhoneNumber),
        ["+14255550111"],
      );
      const bad = await fetch(`${endpoint}/_emulator/messages?to=x`);
      assert.equal(bad.status, 400);
      const cleared = (await (
        await fetch(`${endpoint}/_emulator/messages`, { method: "DELETE" })
      ).json()) as {
        cleared: number;
      };
      assert.equal(cleared.cleared, 2);
      assert.deepEqual(holder.emulator.sentMessages(), []);
    });
  });
});
