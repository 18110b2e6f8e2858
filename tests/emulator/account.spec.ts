// DescribeAccountAttributes, DescribeAccountLimits and DescribeSpendLimits through the real SDK.

import assert from "node:assert/strict";
import {
  CreateConfigurationSetCommand,
  CreateProtectConfigurationCommand,
  CreateRegistrationAttachmentCommand,
  CreateRegistrationCommand,
  DeleteAccountDefaultProtectConfigurationCommand,
  DescribeAccountAttributesCommand,
  DescribeAccountLimitsCommand,
  DescribeSpendLimitsCommand,
  SetAccountDefaultProtectConfigurationCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

describe("emulator: account attributes and limits", () => {
  const holder = withEmulator({ seed: { pools: [{ poolId: "pool-a" }, { poolId: "pool-b" }] } });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });

  it("reports the account tier, and the default protect configuration once one is set", async () => {
    const before = await client().send(new DescribeAccountAttributesCommand({}));
    assert.deepEqual(before.AccountAttributes, [{ Name: "ACCOUNT_TIER", Value: "PRODUCTION" }]);
    const { ProtectConfigurationId } = await client().send(new CreateProtectConfigurationCommand({}));
    await client().send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId }));
    const after = await client().send(new DescribeAccountAttributesCommand({}));
    assert.deepEqual(after.AccountAttributes?.[1], {
      Name: "DEFAULT_PROTECT_CONFIGURATION_ID",
      Value: ProtectConfigurationId,
    });
    await client().send(new DeleteAccountDefaultProtectConfigurationCommand({}));
  });

  it("counts what the account uses against each limit", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-limits" }));
    await client().send(new CreateRegistrationCommand({ RegistrationType: "US_TOLL_FREE_REGISTRATION" }));
    await client().send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: "s3://bucket/loa.pdf" }));
    await client().send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: "s3://bucket/optin.png" }));
    const { AccountLimits } = await client().send(new DescribeAccountLimitsCommand({}));
    const used = Object.fromEntries(AccountLimits!.map((l) => [l.Name, l.Used]));
    assert.equal(used.REGISTRATIONS, 1);
    assert.equal(used.REGISTRATION_ATTACHMENTS, 2);
    assert.equal(used.POOLS, 2);
    assert.equal(used.CONFIGURATION_SETS, 1);
    assert.equal(used.OPT_OUT_LISTS, 1);
    assert.equal(used.PHONE_NUMBERS, 0);
    assert.ok(AccountLimits!.every((l) => (l.Max ?? 0) >= (l.Used ?? 0)));
  });

  it("pages the limits with MaxResults and NextToken", async () => {
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await client().send(new DescribeAccountLimitsCommand({ MaxResults: 3, NextToken: token }));
      assert.ok((page.AccountLimits ?? []).length <= 3);
      names.push(...(page.AccountLimits ?? []).map((l) => l.Name!));
      token = page.NextToken;
    } while (token);
    assert.equal(names.length, 8);
    assert.equal(new Set(names).size, 8);
  });

  it("refuses a NextToken of another listing", async () => {
    const page = await client().send(new DescribeAccountLimitsCommand({ MaxResults: 1 }));
    const error = await rejectsWith(
      client().send(new DescribeSpendLimitsCommand({ NextToken: page.NextToken })),
      "ValidationException",
    );
    assert.equal(error.Reason, "INVALID_NEXT_TOKEN");
  });

  it("reports a monthly spend limit for every channel", async () => {
    const { SpendLimits } = await client().send(new DescribeSpendLimitsCommand({}));
    assert.deepEqual(SpendLimits?.[0], {
      Name: "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT",
      EnforcedLimit: 10000,
      MaxLimit: 10000,
      Overridden: false,
    });
    assert.equal(SpendLimits?.length, 5);
  });
});
