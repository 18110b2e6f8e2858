// Protect configuration number overrides through the real SDK: Put, List (filters, paging) and Delete, and their
// precedence over the country rules when sending.

import assert from "node:assert/strict";
import {
  CreateProtectConfigurationCommand,
  DeleteProtectConfigurationRuleSetNumberOverrideCommand,
  ListProtectConfigurationRuleSetNumberOverridesCommand,
  PutProtectConfigurationRuleSetNumberOverrideCommand,
  SendTextMessageCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { allPages } from "./accounts";

describe("emulator: protect configuration number overrides", () => {
  const holder = withEmulator({
    seed: {
      phoneNumbers: [
        { phoneNumberId: "phone-ov", phoneNumber: "+12065550190", internationalSendingEnabled: true },
      ],
    },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const create = async () =>
    (await client().send(new CreateProtectConfigurationCommand({}))).ProtectConfigurationId!;
  const put = (
    ProtectConfigurationId: string,
    DestinationPhoneNumber: string,
    Action: "ALLOW" | "BLOCK",
    expires?: Date,
  ) =>
    client().send(
      new PutProtectConfigurationRuleSetNumberOverrideCommand({
        ProtectConfigurationId,
        DestinationPhoneNumber,
        Action,
        ExpirationTimestamp: expires,
      }),
    );
  const list = (ProtectConfigurationId: string, Filters?: Array<{ Name: string; Values: string[] }>) =>
    allPages(
      (NextToken) =>
        client().send(
          new ListProtectConfigurationRuleSetNumberOverridesCommand({
            ProtectConfigurationId,
            Filters: Filters as never,
            MaxResults: 2,
            NextToken,
          }),
        ),
      (page) => page.RuleSetNumberOverrides,
    ).then((rules) => rules.map((r) => [r.DestinationPhoneNumber, r.Action, r.IsoCountryCode]));

  it("puts, replaces, lists (paged, filtered) and deletes number overrides", async () => {
    const id = await create();
    const later = new Date(Date.now() + 3_600_000);
    const first = await put(id, "447700900001", "BLOCK", later);
    assert.deepEqual(
      [first.ProtectConfigurationId, first.DestinationPhoneNumber, first.Action, first.IsoCountryCode],
      [id, "+447700900001", "BLOCK", "GB"],
    );
    assert.equal(first.ExpirationTimestamp?.getTime(), later.getTime());
    await put(id, "+14255550190", "ALLOW");
    await put(id, "+33612345678", "BLOCK");
    await put(id, "+447700900001", "ALLOW"); // replaces the first
    assert.deepEqual(await list(id), [
      ["+14255550190", "ALLOW", "US"],
      ["+33612345678", "BLOCK", "FR"],
      ["+447700900001", "ALLOW", "GB"],
    ]);
    assert.deepEqual(await list(id, [{ Name: "action", Values: ["BLOCK"] }]), [
      ["+33612345678", "BLOCK", "FR"],
    ]);
    assert.deepEqual(await list(id, [{ Name: "iso-country-code", Values: ["GB", "US"] }]), [
      ["+14255550190", "ALLOW", "US"],
      ["+447700900001", "ALLOW", "GB"],
    ]);
    assert.deepEqual(
      await list(id, [
        { Name: "destination-phone-number-begins-with", Values: ["+44", "33"] },
        { Name: "action", Values: ["ALLOW"] },
      ]),
      [["+447700900001", "ALLOW", "GB"]],
    );
    assert.deepEqual(await list(id, [{ Name: "created-before", Values: ["2000-01-01T00:00:00Z"] }]), []);
    const bad = await rejectsWith(list(id, [{ Name: "action", Values: ["DENY"] }]), "ValidationException");
    assert.equal(bad.Reason, "INVALID_FILTER_VALUES");

    const deleted = await client().send(
      new DeleteProtectConfigurationRuleSetNumberOverrideCommand({
        ProtectConfigurationId: id,
        DestinationPhoneNumber: "33612345678",
      }),
    );
    assert.deepEqual([deleted.DestinationPhoneNumber, deleted.Action], ["+33612345678", "BLOCK"]);
    assert.equal((await list(id)).length, 2);
    const again = await rejectsWith(
      client().send(
        new DeleteProtectConfigurationRuleSetNumberOverrideCommand({
          ProtectConfigurationId: id,
          DestinationPhoneNumber: "+33612345678",
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(again.ResourceId, "+33612345678");
    for (const send of [() => put("protect-nope", "+14255550190", "ALLOW"), () => list("protect-nope")]) {
      const missing = await rejectsWith(send(), "ResourceNotFoundException");
      assert.deepEqual([missing.ResourceType, missing.ResourceId], ["protect-configuration", "protect-nope"]);
    }
    const past = await rejectsWith(
      put(id, "+14255550191", "BLOCK", new Date(Date.now() - 1000)),
      "ValidationException",
    );
    assert.equal(past.Fields?.[0].Name, "ExpirationTimestamp");
  });

  it("lets a number override take precedence over the country rules when sending", async () => {
    const id = await create();
    await client().send(
      new UpdateProtectConfigurationCountryRuleSetCommand({
        ProtectConfigurationId: id,
        NumberCapability: "SMS",
        CountryRuleSetUpdates: { FR: { ProtectStatus: "BLOCK" } },
      }),
    );
    await put(id, "+33612340001", "ALLOW");
    await put(id, "+14255550192", "BLOCK");
    const send = (DestinationPhoneNumber: string) =>
      client().send(
        new SendTextMessageCommand({
          DestinationPhoneNumber,
          OriginationIdentity: "phone-ov",
          MessageBody: "hi",
          ProtectConfigurationId: id,
        }),
      );
    await send("+33612340001"); // FR is blocked, this number is allowed
    const country = await rejectsWith(send("+33612340002"), "ConflictException");
    assert.equal(country.Reason, "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION");
    const number = await rejectsWith(send("+14255550192"), "ConflictException");
    assert.deepEqual(
      [number.Reason, number.ResourceType, number.ResourceId],
      ["DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE", "protect-configuration", id],
    );
    await send("+14255550193"); // US is allowed, and no rule for this number
    const logged = holder.emulator
      .sentMessages()
      .filter((m) => m.protectConfigurationId === id)
      .map((m) => [m.destinationPhoneNumber, m.outcome, m.protectNumberOverride, m.protectStatus]);
    assert.deepEqual(logged, [
      ["+33612340001", "SENT", "ALLOW", "ALLOW"],
      ["+33612340002", "REFUSED", undefined, "BLOCK"],
      ["+14255550192", "REFUSED", "BLOCK", undefined],
      ["+14255550193", "SENT", undefined, "ALLOW"],
    ]);
  });
});
