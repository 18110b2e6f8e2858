// Protect configurations through the real SDK: create, describe, update, country rule sets, the account
// default, association with configuration sets, and the ConflictExceptions that guard deletion.

import assert from "node:assert/strict";
import {
  AssociateProtectConfigurationCommand,
  CreateConfigurationSetCommand,
  CreateProtectConfigurationCommand,
  DeleteAccountDefaultProtectConfigurationCommand,
  DeleteProtectConfigurationCommand,
  DescribeConfigurationSetsCommand,
  DescribeProtectConfigurationsCommand,
  DisassociateProtectConfigurationCommand,
  GetProtectConfigurationCountryRuleSetCommand,
  SetAccountDefaultProtectConfigurationCommand,
  UpdateProtectConfigurationCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

describe("emulator: protect configurations", () => {
  const holder = withEmulator({ randomSeed: 4 });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const create = async (deletionProtection = false) =>
    client().send(new CreateProtectConfigurationCommand({ DeletionProtectionEnabled: deletionProtection }));

  afterEach(async () => {
    // Leave no account default behind for the next test.
    await client()
      .send(new DeleteAccountDefaultProtectConfigurationCommand({}))
      .catch(() => undefined);
  });

  it("creates a protect configuration that is not the account default", async () => {
    const created = await client().send(
      new CreateProtectConfigurationCommand({ Tags: [{ Key: "team", Value: "sms" }] }),
    );
    assert.match(created.ProtectConfigurationId!, /^protect-[0-9a-f]{32}$/);
    assert.equal(
      created.ProtectConfigurationArn,
      `arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/${created.ProtectConfigurationId}`,
    );
    assert.equal(created.AccountDefault, false);
    assert.equal(created.DeletionProtectionEnabled, false);
    assert.deepEqual(created.Tags, [{ Key: "team", Value: "sms" }]);
  });

  it("starts every country at ALLOW and changes only the countries named", async () => {
    const { ProtectConfigurationId } = await create();
    const before = await client().send(
      new GetProtectConfigurationCountryRuleSetCommand({ ProtectConfigurationId, NumberCapability: "SMS" }),
    );
    assert.ok(Object.keys(before.CountryRuleSet!).length > 150);
    assert.ok(Object.values(before.CountryRuleSet!).every((rule) => rule.ProtectStatus === "ALLOW"));
    const updated = await client().send(
      new UpdateProtectConfigurationCountryRuleSetCommand({
        ProtectConfigurationId,
        NumberCapability: "SMS",
        CountryRuleSetUpdates: { GB: { ProtectStatus: "BLOCK" }, DE: { ProtectStatus: "MONITOR" } },
      }),
    );
    assert.equal(updated.CountryRuleSet?.GB.ProtectStatus, "BLOCK");
    assert.equal(updated.CountryRuleSet?.DE.ProtectStatus, "MONITOR");
    assert.equal(updated.CountryRuleSet?.US.ProtectStatus, "ALLOW");
    const voice = await client().send(
      new GetProtectConfigurationCountryRuleSetCommand({ ProtectConfigurationId, NumberCapability: "VOICE" }),
    );
    assert.equal(voice.CountryRuleSet?.GB.ProtectStatus, "ALLOW");
  });

  it("refuses a country it does not know in a rule set update", async () => {
    const { ProtectConfigurationId } = await create();
    const error = await rejectsWith(
      client().send(
        new UpdateProtectConfigurationCountryRuleSetCommand({
          ProtectConfigurationId,
          NumberCapability: "SMS",
          CountryRuleSetUpdates: { ZZ: { ProtectStatus: "BLOCK" } },
        }),
      ),
      "ValidationException",
    );
    assert.equal(error.Fields?.[0].Name, "CountryRuleSetUpdates.ZZ");
  });

  it("holds the countries of AWS's supported-countries table, and only those", async () => {
    const { ProtectConfigurationId } = await create();
    // On AWS's table but once missing here (Crown dependencies, Mayotte, Kosovo as AWS writes it, +1 islands).
    const listed = ["GG", "IM", "JE", "YT", "KV", "AN", "DM", "GD", "VG", "GU", "US", "GB"];
    const updated = await client().send(
      new UpdateProtectConfigurationCountryRuleSetCommand({
        ProtectConfigurationId,
        NumberCapability: "SMS",
        CountryRuleSetUpdates: Object.fromEntries(
          listed.map((c) => [c, { ProtectStatus: "BLOCK" as const }]),
        ),
      }),
    );
    assert.deepEqual(
      listed.map((c) => updated.CountryRuleSet?.[c]?.ProtectStatus),
      listed.map(() => "BLOCK"),
    );
    // Not on AWS's table: a rule for them is refused, each named.
    for (const unlisted of ["CU", "IR", "KP", "SY", "SD", "CW", "PM"]) {
      const error = await rejectsWith(
        client().send(
          new UpdateProtectConfigurationCountryRuleSetCommand({
            ProtectConfigurationId,
            NumberCapability: "SMS",
            CountryRuleSetUpdates: { [unlisted]: { ProtectStatus: "BLOCK" } },
          }),
        ),
        "ValidationException",
      );
      assert.equal(error.Fields?.[0].Name, `CountryRuleSetUpdates.${unlisted}`);
    }
    const all = await client().send(
      new GetProtectConfigurationCountryRuleSetCommand({ ProtectConfigurationId, NumberCapability: "VOICE" }),
    );
    const codes = Object.keys(all.CountryRuleSet ?? {});
    assert.equal(codes.length, 213, "AWS's table has 213 countries and regions");
    assert.ok(listed.every((c) => codes.includes(c)));
  });

  it("sets and removes the account default, which DescribeProtectConfigurations reports", async () => {
    const first = await create();
    const second = await create();
    await client().send(
      new SetAccountDefaultProtectConfigurationCommand({
        ProtectConfigurationId: first.ProtectConfigurationId,
      }),
    );
    const set = await client().send(
      new SetAccountDefaultProtectConfigurationCommand({
        ProtectConfigurationId: second.ProtectConfigurationArn,
      }),
    );
    assert.equal(set.DefaultProtectConfigurationId, second.ProtectConfigurationId);
    const defaults = await client().send(
      new DescribeProtectConfigurationsCommand({ Filters: [{ Name: "account-default", Values: ["true"] }] }),
    );
    assert.deepEqual(
      defaults.ProtectConfigurations?.map((p) => p.ProtectConfigurationId),
      [second.ProtectConfigurationId],
    );
    const removed = await client().send(new DeleteAccountDefaultProtectConfigurationCommand({}));
    assert.equal(removed.DefaultProtectConfigurationId, second.ProtectConfigurationId);
    await rejectsWith(
      client().send(new DeleteAccountDefaultProtectConfigurationCommand({})),
      "ResourceNotFoundException",
    );
  });

  it("updates deletion protection and refuses to delete while it is on", async () => {
    const { ProtectConfigurationId } = await create(true);
    const refused = await rejectsWith(
      client().send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId })),
      "ConflictException",
    );
    assert.equal(refused.Reason, "DELETION_PROTECTION_ENABLED");
    const updated = await client().send(
      new UpdateProtectConfigurationCommand({ ProtectConfigurationId, DeletionProtectionEnabled: false }),
    );
    assert.equal(updated.DeletionProtectionEnabled, false);
    const deleted = await client().send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId }));
    assert.equal(deleted.ProtectConfigurationId, ProtectConfigurationId);
    await rejectsWith(
      client().send(
        new DescribeProtectConfigurationsCommand({ ProtectConfigurationIds: [ProtectConfigurationId!] }),
      ),
      "ResourceNotFoundException",
    );
  });

  it("refuses to delete the account default with PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT", async () => {
    const { ProtectConfigurationId } = await create();
    await client().send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId }));
    const error = await rejectsWith(
      client().send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId })),
      "ConflictException",
    );
    assert.equal(error.Reason, "PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT");
  });

  it("associates with a configuration set, guards deletion, and disassociates", async () => {
    const { ProtectConfigurationId, ProtectConfigurationArn } = await create();
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-protected" }));
    const associated = await client().send(
      new AssociateProtectConfigurationCommand({
        ProtectConfigurationId,
        ConfigurationSetName: "cs-protected",
      }),
    );
    assert.equal(associated.ProtectConfigurationArn, ProtectConfigurationArn);
    const described = await client().send(
      new DescribeConfigurationSetsCommand({
        Filters: [{ Name: "protect-configuration-id", Values: [ProtectConfigurationId!] }],
      }),
    );
    assert.deepEqual(
      described.ConfigurationSets?.map((s) => [s.ConfigurationSetName, s.ProtectConfigurationId]),
      [["cs-protected", ProtectConfigurationId]],
    );
    const busy = await rejectsWith(
      client().send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId })),
      "ConflictException",
    );
    assert.equal(busy.Reason, "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET");
    await client().send(
      new DisassociateProtectConfigurationCommand({
        ProtectConfigurationId,
        ConfigurationSetName: "cs-protected",
      }),
    );
    const again = await rejectsWith(
      client().send(
        new DisassociateProtectConfigurationCommand({
          ProtectConfigurationId,
          ConfigurationSetName: "cs-protected",
        }),
      ),
      "ConflictException",
    );
    assert.equal(again.Reason, "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET");
    await client().send(new DeleteProtectConfigurationCommand({ ProtectConfigurationId }));
  });

  it("answers ResourceNotFoundException for an unknown protect configuration", async () => {
    const error = await rejectsWith(
      client().send(
        new GetProtectConfigurationCountryRuleSetCommand({
          ProtectConfigurationId: "protect-00000000000000000000000000000000",
          NumberCapability: "SMS",
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(error.ResourceType, "protect-configuration");
  });
});
