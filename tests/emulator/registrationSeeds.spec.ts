// Registrations and attachments in seeds and state files: a seeded COMPLETE registration lets its seeded
// toll-free number send; seeded field values and associations are checked against the type's definitions; a seed
// written before registrations were modelled still loads; a registration under review survives a restart and is
// decided once the clock passes its review.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DescribePhoneNumbersCommand,
  DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand,
  ListRegistrationAssociationsCommand,
  SendTextMessageCommand,
  SubmitRegistrationVersionCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Seed, startEmulator } from "../../emulator";
import { sdkClient } from "../support/emulator";
import { filledRegistration } from "./registrationForms";

const HOUR = 3600_000;

async function startError(seed: Seed): Promise<string> {
  return startEmulator({ seed }).then(
    async (started) => {
      await started.stop();
      return "";
    },
    (error: Error) => error.message,
  );
}

describe("emulator: registrations in seeds and state files", () => {
  it("serves seeded registrations, their field values, attachments and associations", async () => {
    const emulator = await startEmulator({
      seed: {
        registrationAttachments: [
          { registrationAttachmentId: "attachment-optin", attachmentUrl: "s3://b/optin.png" },
        ],
        registrations: [
          {
            registrationId: "registration-tfn",
            registrationType: "US_TOLL_FREE_REGISTRATION",
            fieldValues: {
              "companyInfo.companyName": "Seeded Corp",
              "companyInfo.businessType": "PRIVATE_PROFIT",
              "messagingUseCase.optInImage": "attachment-optin",
            },
            createdTimestamp: "2024-05-01T12:00:00Z",
            tags: { team: "sms" },
          },
          {
            registrationId: "registration-draft",
            registrationType: "GB_SENDER_ID_REGISTRATION",
            status: "CREATED",
          },
        ],
        phoneNumbers: [
          {
            phoneNumberId: "phone-tfn",
            phoneNumber: "+18335550100",
            numberType: "TOLL_FREE",
            registrationId: "registration-tfn",
          },
          // As seeds written before registrations were modelled have it: kept as given, associated with nothing.
          { phoneNumberId: "phone-10dlc", numberType: "TEN_DLC", registrationId: "registration-elsewhere" },
        ],
      },
    });
    try {
      const client = sdkClient(emulator, { maxAttempts: 1 });
      const { Registrations } = await client.send(new DescribeRegistrationsCommand({}));
      assert.deepEqual(
        Registrations?.map((r) => [
          r.RegistrationId,
          r.RegistrationStatus,
          r.CurrentVersionNumber,
          r.ApprovedVersionNumber,
        ]),
        [
          ["registration-tfn", "COMPLETE", 1, 1],
          ["registration-draft", "CREATED", 1, undefined],
        ],
      );
      assert.equal(Registrations?.[0].CreatedTimestamp?.toISOString(), "2024-05-01T12:00:00.000Z");
      const values = await client.send(
        new DescribeRegistrationFieldValuesCommand({ RegistrationId: "registration-tfn" }),
      );
      assert.deepEqual(values.RegistrationFieldValues, [
        { FieldPath: "companyInfo.companyName", TextValue: "Seeded Corp" },
        { FieldPath: "companyInfo.businessType", SelectChoices: ["PRIVATE_PROFIT"] },
        { FieldPath: "messagingUseCase.optInImage", RegistrationAttachmentId: "attachment-optin" },
      ]);
      const draft = await client.send(
        new DescribeRegistrationVersionsCommand({ RegistrationId: "registration-draft" }),
      );
      assert.equal(draft.RegistrationVersions?.[0].RegistrationVersionStatus, "DRAFT");
      const associations = await client.send(
        new ListRegistrationAssociationsCommand({ RegistrationId: "registration-tfn" }),
      );
      assert.deepEqual(associations.RegistrationAssociations, [
        {
          ResourceArn: "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-tfn",
          ResourceId: "phone-tfn",
          ResourceType: "TOLL_FREE",
          IsoCountryCode: "US",
          PhoneNumber: "+18335550100",
        },
      ]);
      const sent = await client.send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: "+12065550100",
          OriginationIdentity: "phone-tfn",
          MessageBody: "hi",
        }),
      );
      assert.ok(sent.MessageId);
      const old = await client.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: ["phone-10dlc"] }));
      assert.equal(old.PhoneNumbers?.[0].RegistrationId, "registration-elsewhere");
    } finally {
      await emulator.stop();
    }
  });

  it("refuses every bad registration entry at once, naming each", async () => {
    const message = await startError({
      registrations: [
        { registrationType: "AU_SENDER_ID_REGISTRATION" },
        { registrationType: "US_TOLL_FREE_REGISTRATION", status: "SUBMITTED" as "CREATED" },
        {
          registrationType: "US_TOLL_FREE_REGISTRATION",
          fieldValues: {
            "companyInfo.businessType": "LLC",
            "contactInfo.supportPhoneNumber": "206 555 0142",
            "companyInfo.nope": "x",
            "messagingUseCase.optInImage": "attachment-missing",
          },
        },
        { registrationId: "registration-campaign", registrationType: "US_TEN_DLC_CAMPAIGN_REGISTRATION" },
        { registrationId: "registration-campaign", registrationType: "US_TEN_DLC_CAMPAIGN_REGISTRATION" },
      ],
      phoneNumbers: [
        { phoneNumberId: "phone-tfn", numberType: "TOLL_FREE", registrationId: "registration-campaign" },
      ],
      registrationAttachments: [{ attachmentUrl: "https://example.com/x.png" }],
    });
    for (const expected of [
      /seed\.registrations\[0\]\.registrationType "AU_SENDER_ID_REGISTRATION" must be one of: US_TOLL_FREE_REGISTRATION/,
      /seed\.registrations\[1\]\.status "SUBMITTED" must be one of: COMPLETE, CREATED/,
      /seed\.registrations\[2\]\.fieldValues\.companyInfo\.businessType "LLC" must be 1-1 of: PRIVATE_PROFIT/,
      /seed\.registrations\[2\]\.fieldValues\.contactInfo\.supportPhoneNumber "206 555 0142" must be 3-16 characters matching/,
      /seed\.registrations\[2\]\.fieldValues\.companyInfo\.nope is not a field of US_TOLL_FREE_REGISTRATION/,
      /seed\.registrations\[2\]\.fieldValues\.messagingUseCase\.optInImage names no seeded attachment "attachment-missing"/,
      /seed\.registrations\[4\]\.registrationId "registration-campaign" already exists/,
      /seed\.phoneNumbers\[0\]\.registrationId "registration-campaign" is a US_TEN_DLC_CAMPAIGN_REGISTRATION, which does not associate a TOLL_FREE of US/,
      /seed\.registrationAttachments\[0\]\.attachmentUrl "https:\/\/example\.com\/x\.png" must be an s3:\/\/ URL/,
    ]) {
      assert.match(message, expected);
    }
  });

  it("keeps a registration under review across a restart and decides it once the clock passes its review", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-registrations-")), "state.json");
    const first = await startEmulator({ state, reviewDelayMs: 2 * HOUR });
    let registrationId: string;
    try {
      const client = sdkClient(first, { maxAttempts: 1 });
      registrationId = await filledRegistration(client, "GB_SENDER_ID_REGISTRATION");
      first.setRegistrationReview(registrationId, {
        outcome: "REQUIRE_UPDATES",
        fields: [{ fieldPath: "senderIdInfo.senderId", reason: "Protected by another brand." }],
      });
      await client.send(new SubmitRegistrationVersionCommand({ RegistrationId: registrationId }));
    } finally {
      await first.stop();
    }
    const document = JSON.parse(readFileSync(state, "utf8")) as { collections: Record<string, unknown[]> };
    assert.equal(document.collections.registrations.length, 1);
    writeFileSync(state, JSON.stringify(document));
    const second = await startEmulator({ state });
    try {
      const client = sdkClient(second, { maxAttempts: 1 });
      const status = async () =>
        (await client.send(new DescribeRegistrationsCommand({ RegistrationIds: [registrationId] })))
          .Registrations?.[0].RegistrationStatus;
      assert.equal(await status(), "SUBMITTED");
      second.advanceClock(2 * HOUR);
      assert.equal(await status(), "REQUIRES_UPDATES");
      const values = await client.send(
        new DescribeRegistrationFieldValuesCommand({
          RegistrationId: registrationId,
          FieldPaths: ["senderIdInfo.senderId"],
        }),
      );
      assert.equal(values.RegistrationFieldValues?.[0].DeniedReason, "Protected by another brand.");
    } finally {
      await second.stop();
    }
  });
});
