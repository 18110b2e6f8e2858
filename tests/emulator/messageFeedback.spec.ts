// Message feedback through the real SDK: SetDefaultMessageFeedbackEnabled on a configuration set (and its filter),
// MessageFeedbackEnabled on a send, and PutMessageFeedback for the messages that asked for it.

import assert from "node:assert/strict";
import {
  CreateConfigurationSetCommand,
  DescribeConfigurationSetsCommand,
  PutMessageFeedbackCommand,
  SendTextMessageCommand,
  type SendTextMessageCommandInput,
  SetDefaultMessageFeedbackEnabledCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { ACCOUNTS, bob } from "./accounts";

describe("emulator: message feedback", () => {
  const holder = withEmulator({
    accounts: ACCOUNTS,
    seed: { phoneNumbers: [{ phoneNumberId: "phone-feedback", phoneNumber: "+12065550170" }] },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const send = async (input: Partial<SendTextMessageCommandInput> = {}) =>
    (
      await client().send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: "+14255550170",
          OriginationIdentity: "phone-feedback",
          MessageBody: "code 1234",
          ...input,
        }),
      )
    ).MessageId!;
  const feedbackEnabled = async (value: string) =>
    (
      await client().send(
        new DescribeConfigurationSetsCommand({
          Filters: [{ Name: "default-message-feedback-enabled", Values: [value] }],
        }),
      )
    ).ConfigurationSets?.map((s) => s.ConfigurationSetName);

  it("sets a configuration set's default, by name or ARN, which its filter then finds", async () => {
    const { ConfigurationSetArn } = await client().send(
      new CreateConfigurationSetCommand({ ConfigurationSetName: "otp" }),
    );
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "plain" }));
    assert.deepEqual(await feedbackEnabled("true"), []);
    const set = await client().send(
      new SetDefaultMessageFeedbackEnabledCommand({
        ConfigurationSetName: "otp",
        MessageFeedbackEnabled: true,
      }),
    );
    assert.deepEqual(
      [set.ConfigurationSetArn, set.ConfigurationSetName, set.MessageFeedbackEnabled],
      [ConfigurationSetArn, "otp", true],
    );
    assert.deepEqual(await feedbackEnabled("true"), ["otp"]);
    assert.deepEqual(await feedbackEnabled("false"), ["plain"]);
    const byArn = await client().send(
      new SetDefaultMessageFeedbackEnabledCommand({
        ConfigurationSetName: ConfigurationSetArn,
        MessageFeedbackEnabled: false,
      }),
    );
    assert.equal(byArn.MessageFeedbackEnabled, false);
    assert.deepEqual(await feedbackEnabled("true"), []);
    const missing = await rejectsWith(
      client().send(
        new SetDefaultMessageFeedbackEnabledCommand({
          ConfigurationSetName: "nope",
          MessageFeedbackEnabled: true,
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.deepEqual([missing.ResourceType, missing.ResourceId], ["configuration-set", "nope"]);
  });

  it("takes feedback for a message sent with it enabled, by the request or the configuration set", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "fb" }));
    await client().send(
      new SetDefaultMessageFeedbackEnabledCommand({
        ConfigurationSetName: "fb",
        MessageFeedbackEnabled: true,
      }),
    );
    const byRequest = await send({ MessageFeedbackEnabled: true });
    const bySet = await send({ ConfigurationSetName: "fb" });
    for (const [MessageId, MessageFeedbackStatus] of [
      [byRequest, "RECEIVED"],
      [bySet, "FAILED"],
    ] as const) {
      const answer = await client().send(new PutMessageFeedbackCommand({ MessageId, MessageFeedbackStatus }));
      assert.deepEqual([answer.MessageId, answer.MessageFeedbackStatus], [MessageId, MessageFeedbackStatus]);
    }
    const logged = holder.emulator
      .sentMessages()
      .filter((m) => m.messageId === byRequest || m.messageId === bySet);
    assert.deepEqual(
      logged.map((m) => [m.messageId, m.messageFeedbackEnabled, m.messageFeedbackStatus]),
      [
        [byRequest, true, "RECEIVED"],
        [bySet, true, "FAILED"],
      ],
    );
  });

  it("refuses feedback for a message sent without it, one it does not know, and another account's", async () => {
    const without = await send();
    const overridden = await send({ ConfigurationSetName: "fb", MessageFeedbackEnabled: false });
    for (const MessageId of [without, overridden]) {
      const error = await rejectsWith(
        client().send(new PutMessageFeedbackCommand({ MessageId, MessageFeedbackStatus: "RECEIVED" })),
        "ValidationException",
      );
      assert.deepEqual([error.Reason, error.Fields?.[0].Name], ["INVALID_REQUEST", "MessageId"]);
    }
    const dryRun = await send({ MessageFeedbackEnabled: true, DryRun: true });
    const withFeedback = await send({ MessageFeedbackEnabled: true });
    for (const [who, MessageId] of [
      [client(), "00000000-0000-0000-0000-000000000000"],
      [client(), dryRun],
      [bob(holder.emulator), withFeedback],
    ] as const) {
      const error = await rejectsWith(
        who.send(new PutMessageFeedbackCommand({ MessageId, MessageFeedbackStatus: "RECEIVED" })),
        "ResourceNotFoundException",
      );
      assert.deepEqual([error.ResourceType, error.ResourceId], ["message", MessageId]);
    }
  });
});
