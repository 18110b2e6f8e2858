// The state file keeps what issue 13 added: configuration sets with event destinations and defaults, protect
// configurations with their rules, association and account default, keywords, and opt-outs made by a reply.

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AssociateProtectConfigurationCommand,
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  CreateProtectConfigurationCommand,
  DescribeConfigurationSetsCommand,
  DescribeKeywordsCommand,
  DescribeProtectConfigurationsCommand,
  GetProtectConfigurationCountryRuleSetCommand,
  PutKeywordCommand,
  SendTextMessageCommand,
  SetAccountDefaultProtectConfigurationCommand,
  SetDefaultSenderIdCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, startEmulator } from "../../emulator";
import { rejectsWith, sdkClient } from "../support/emulator";

const NUMBER = "phone-00000000000000000000000000000021";

describe("emulator: state file with configuration sets, protection, keywords and opt-outs", () => {
  it("keeps them across a restart", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-state-")), "state.json");
    const seed = { phoneNumbers: [{ phoneNumberId: NUMBER, phoneNumber: "+12065550121" }] };
    let protectId: string;
    const first: Emulator = await startEmulator({ state, seed });
    try {
      const client = sdkClient(first);
      await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-kept" }));
      await client.send(new SetDefaultSenderIdCommand({ ConfigurationSetName: "cs-kept", SenderId: "ACME" }));
      await client.send(
        new CreateEventDestinationCommand({
          ConfigurationSetName: "cs-kept",
          EventDestinationName: "sns",
          MatchingEventTypes: ["ALL"],
          SnsDestination: { TopicArn: "arn:aws:sns:us-east-1:123456789012:events" },
        }),
      );
      const created = await client.send(new CreateProtectConfigurationCommand({}));
      protectId = created.ProtectConfigurationId!;
      await client.send(
        new UpdateProtectConfigurationCountryRuleSetCommand({
          ProtectConfigurationId: protectId,
          NumberCapability: "SMS",
          CountryRuleSetUpdates: { FR: { ProtectStatus: "BLOCK" } },
        }),
      );
      await client.send(
        new AssociateProtectConfigurationCommand({
          ProtectConfigurationId: protectId,
          ConfigurationSetName: "cs-kept",
        }),
      );
      await client.send(
        new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: protectId }),
      );
      await client.send(
        new PutKeywordCommand({ OriginationIdentity: NUMBER, Keyword: "INFO", KeywordMessage: "i" }),
      );
      first.receive({ from: "+14255550221", to: NUMBER, body: "STOP" });
    } finally {
      await first.stop();
    }

    const second = await startEmulator({ state });
    try {
      const client = sdkClient(second, { maxAttempts: 1 });
      const { ConfigurationSets } = await client.send(
        new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ["cs-kept"] }),
      );
      assert.equal(ConfigurationSets?.[0].DefaultSenderId, "ACME");
      assert.equal(ConfigurationSets?.[0].EventDestinations?.[0].EventDestinationName, "sns");
      assert.equal(ConfigurationSets?.[0].ProtectConfigurationId, protectId);
      const { ProtectConfigurations } = await client.send(
        new DescribeProtectConfigurationsCommand({ ProtectConfigurationIds: [protectId] }),
      );
      assert.equal(ProtectConfigurations?.[0].AccountDefault, true);
      const rules = await client.send(
        new GetProtectConfigurationCountryRuleSetCommand({
          ProtectConfigurationId: protectId,
          NumberCapability: "SMS",
        }),
      );
      assert.equal(rules.CountryRuleSet?.FR.ProtectStatus, "BLOCK");
      const { Keywords } = await client.send(new DescribeKeywordsCommand({ OriginationIdentity: NUMBER }));
      assert.deepEqual(
        Keywords?.map((k) => k.Keyword),
        ["HELP", "STOP", "INFO"],
      );
      const error = await rejectsWith(
        client.send(
          new SendTextMessageCommand({
            DestinationPhoneNumber: "+14255550221",
            OriginationIdentity: NUMBER,
            MessageBody: "hi",
          }),
        ),
        "ConflictException",
      );
      assert.equal(error.Reason, "DESTINATION_PHONE_NUMBER_OPTED_OUT");
    } finally {
      await second.stop();
    }
  });
});
