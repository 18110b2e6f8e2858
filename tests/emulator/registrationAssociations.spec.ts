// What registrations are associated with, and what they gate, through the real SDK: the 10DLC brand, campaign and
// number chain, RequestPhoneNumber with RegistrationId, CreateRegistrationAssociation's refusals,
// ListRegistrationAssociations, a sender ID provisioned on approval, releasing and deleting, and sending from a
// toll-free or 10DLC number (direct or in a pool) only once its registration is COMPLETE — unless the
// lenientRegistrations opt-in says otherwise.

import assert from "node:assert/strict";
import {
  CreatePoolCommand,
  CreateRegistrationAssociationCommand,
  CreateRegistrationVersionCommand,
  DeleteRegistrationCommand,
  DescribePhoneNumbersCommand,
  DescribeRegistrationsCommand,
  DescribeSenderIdsCommand,
  ListRegistrationAssociationsCommand,
  type PinpointSMSVoiceV2Client,
  PutRegistrationFieldValueCommand,
  ReleasePhoneNumberCommand,
  ReleaseSenderIdCommand,
  RequestPhoneNumberCommand,
  type RequestPhoneNumberCommandInput,
  RequestSenderIdCommand,
  SendTextMessageCommand,
  SubmitRegistrationVersionCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { allPages } from "./accounts";
import { filledRegistration, tollFreeNumber, tollFreeRegistration } from "./registrationForms";

const HOUR = 3600_000;

async function statusOf(
  client: PinpointSMSVoiceV2Client,
  RegistrationId: string,
): Promise<string | undefined> {
  return (await client.send(new DescribeRegistrationsCommand({ RegistrationIds: [RegistrationId] })))
    .Registrations?.[0].RegistrationStatus;
}

describe("emulator: registration associations", () => {
  const holder = withEmulator();
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const associate = (RegistrationId: string, ResourceId: string) =>
    client().send(new CreateRegistrationAssociationCommand({ RegistrationId, ResourceId }));
  const submit = (RegistrationId: string) =>
    client().send(new SubmitRegistrationVersionCommand({ RegistrationId }));
  const tenDlc = (input: Partial<RequestPhoneNumberCommandInput>) =>
    client().send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "TEN_DLC",
        ...input,
      }),
    );
  const send = (OriginationIdentity: string) =>
    client().send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: "+12065550100",
        OriginationIdentity,
        MessageBody: "hi",
      }),
    );

  it("chains a 10DLC brand, its campaign and the campaign's numbers, each step refused until the one before is COMPLETE", async () => {
    const brand = await filledRegistration(client(), "US_TEN_DLC_BRAND_REGISTRATION");
    const campaign = await filledRegistration(client(), "US_TEN_DLC_CAMPAIGN_REGISTRATION");

    const early = await rejectsWith(associate(campaign, brand), "ConflictException");
    assert.equal(early.Reason, "REGISTRATION_NOT_COMPLETE");
    assert.equal(early.ResourceId, brand);
    const alone = await rejectsWith(submit(campaign), "ConflictException");
    assert.equal(alone.Reason, "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED");
    assert.match(alone.message, /needs a US_TEN_DLC_BRAND_REGISTRATION associated before it is submitted/);

    await submit(brand);
    assert.equal(await statusOf(client(), brand), "COMPLETE");
    const linked = await associate(campaign, brand);
    assert.deepEqual(
      {
        RegistrationId: linked.RegistrationId,
        RegistrationType: linked.RegistrationType,
        ResourceId: linked.ResourceId,
        ResourceType: linked.ResourceType,
        ResourceArn: linked.ResourceArn,
      },
      {
        RegistrationId: campaign,
        RegistrationType: "US_TEN_DLC_CAMPAIGN_REGISTRATION",
        ResourceId: brand,
        ResourceType: "US_TEN_DLC_BRAND_REGISTRATION",
        ResourceArn: `arn:aws:sms-voice:us-east-1:123456789012:registration/${brand}`,
      },
    );

    const beforeComplete = await rejectsWith(tenDlc({ RegistrationId: campaign }), "ConflictException");
    assert.equal(beforeComplete.Reason, "REGISTRATION_NOT_COMPLETE");
    await submit(campaign);
    assert.equal(await statusOf(client(), campaign), "COMPLETE");

    const number = await tenDlc({ RegistrationId: campaign });
    assert.equal(number.RegistrationId, campaign);
    assert.equal(number.Status, "PENDING");
    const described = (
      await client().send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [number.PhoneNumberId!] }))
    ).PhoneNumbers![0];
    assert.equal(described.Status, "ACTIVE");
    assert.ok((await send(number.PhoneNumberId!)).MessageId);

    const associations = await client().send(
      new ListRegistrationAssociationsCommand({ RegistrationId: campaign }),
    );
    assert.deepEqual(
      associations.RegistrationAssociations?.map((a) => [a.ResourceType, a.ResourceId, a.PhoneNumber ?? "-"]),
      [
        ["US_TEN_DLC_BRAND_REGISTRATION", brand, "-"],
        ["TEN_DLC", number.PhoneNumberId, number.PhoneNumber],
      ],
    );
    const numbersOnly = await allPages(
      (NextToken) =>
        client().send(
          new ListRegistrationAssociationsCommand({
            RegistrationId: campaign,
            Filters: [
              { Name: "resource-type", Values: ["TEN_DLC"] },
              { Name: "iso-country-code", Values: ["US"] },
            ],
            MaxResults: 1,
            NextToken,
          }),
        ),
      (page) => page.RegistrationAssociations,
    );
    assert.deepEqual(
      numbersOnly.map((a) => a.ResourceId),
      [number.PhoneNumberId],
    );

    const brandDelete = await rejectsWith(
      client().send(new DeleteRegistrationCommand({ RegistrationId: brand })),
      "ConflictException",
    );
    assert.equal(brandDelete.Reason, "RESOURCE_DELETION_NOT_ALLOWED");
    assert.match(
      brandDelete.message,
      new RegExp(`registration '${campaign}' \\(US_TEN_DLC_CAMPAIGN_REGISTRATION\\)`),
    );
  });

  it("refuses RequestPhoneNumber with a RegistrationId that does not exist or can't hold the number", async () => {
    const missing = await rejectsWith(
      tenDlc({ RegistrationId: "registration-none" }),
      "ResourceNotFoundException",
    );
    assert.equal(missing.ResourceType, "registration");
    const tollFree = await filledRegistration(client(), "US_TOLL_FREE_REGISTRATION");
    const wrong = await rejectsWith(tenDlc({ RegistrationId: tollFree }), "ValidationException");
    assert.equal(wrong.Reason, "INVALID_REGISTRATION_ASSOCIATION");
    assert.match(wrong.message, /it associates TOLL_FREE \(US\)/);
    const before = (await client().send(new DescribePhoneNumbersCommand({}))).PhoneNumbers?.length;
    const missingId = await rejectsWith(tenDlc({}), "ValidationException");
    assert.equal(missingId.Reason, "MISSING_PARAMETER");
    assert.equal(
      (await client().send(new DescribePhoneNumbersCommand({}))).PhoneNumbers?.length,
      before,
      "no number made",
    );
  });

  it("associates a toll-free number given at RequestPhoneNumber with a draft toll-free registration", async () => {
    const registrationId = await filledRegistration(client(), "US_TOLL_FREE_REGISTRATION");
    const number = await client().send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "TOLL_FREE",
        RegistrationId: registrationId,
      }),
    );
    assert.equal(number.RegistrationId, registrationId);
    await submit(registrationId);
    assert.ok((await send(number.PhoneNumberId!)).MessageId);
  });

  it("refuses associations the type does not support, repeats, a number held elsewhere, another region's, and a second toll-free number", async () => {
    const { registrationId, phone } = await tollFreeRegistration(client());
    const again = await rejectsWith(associate(registrationId, phone.arn), "ConflictException");
    assert.equal(again.Reason, "RESOURCE_ALREADY_ASSOCIATED");
    const other = await filledRegistration(client(), "US_TOLL_FREE_REGISTRATION");
    const held = await rejectsWith(associate(other, phone.id), "ConflictException");
    assert.equal(held.Reason, "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION");
    assert.equal(held.ResourceType, "phone-number");
    const second = await tollFreeNumber(client());
    const full = await rejectsWith(associate(registrationId, second.id), "ServiceQuotaExceededException");
    assert.equal(full.Reason, "ASSOCIATIONS_PER_REGISTRATION");
    const simulator = await client().send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "SIMULATOR",
      }),
    );
    const unsupported = await rejectsWith(associate(other, simulator.PhoneNumberId!), "ValidationException");
    assert.equal(unsupported.Reason, "INVALID_REGISTRATION_ASSOCIATION");
    const unknown = await rejectsWith(associate(other, "phone-none"), "ResourceNotFoundException");
    assert.deepEqual([unknown.ResourceType, unknown.ResourceId], ["phone-number", "phone-none"]);

    const west = sdkClient(holder.emulator, { maxAttempts: 1, region: "us-west-2" });
    const westNumber = await west.send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "TOLL_FREE",
      }),
    );
    const region = await rejectsWith(associate(other, westNumber.PhoneNumberArn!), "ConflictException");
    assert.equal(region.Reason, "PHONE_NUMBER_NOT_IN_REGISTRATION_REGION");

    const submitted = await filledRegistration(client(), "US_TOLL_FREE_REGISTRATION");
    const fresh = await tollFreeNumber(client());
    await associate(submitted, fresh.id);
    await submit(submitted);
    const late = await rejectsWith(associate(submitted, second.id), "ConflictException");
    assert.equal(late.Reason, "REGISTRATION_ALREADY_SUBMITTED");
  });

  it("releases a number from its registration, which is then CLOSED and can be deleted; not while it is reviewed", async () => {
    const { registrationId, phone } = await tollFreeRegistration(client());
    const blocked = await rejectsWith(
      client().send(new DeleteRegistrationCommand({ RegistrationId: registrationId })),
      "ConflictException",
    );
    assert.equal(blocked.Reason, "RESOURCE_DELETION_NOT_ALLOWED");
    assert.match(blocked.message, new RegExp(`${phone.id} is associated with it; release it first`));
    holder.emulator.setRegistrationReview(registrationId, { outcome: "APPROVE", delayMs: HOUR });
    await submit(registrationId);
    const reviewed = await rejectsWith(
      client().send(new ReleasePhoneNumberCommand({ PhoneNumberId: phone.id })),
      "ConflictException",
    );
    assert.equal(reviewed.Reason, "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION");
    const deleting = await rejectsWith(
      client().send(new DeleteRegistrationCommand({ RegistrationId: registrationId })),
      "ConflictException",
    );
    assert.match(deleting.message, /under review/);
    holder.emulator.advanceClock(HOUR);
    await client().send(new ReleasePhoneNumberCommand({ PhoneNumberId: phone.id }));
    assert.equal(await statusOf(client(), registrationId), "CLOSED");
    const deleted = await client().send(new DeleteRegistrationCommand({ RegistrationId: registrationId }));
    assert.equal(deleted.RegistrationStatus, "DELETED");
    assert.equal(deleted.ApprovedVersionNumber, 1);
    const gone = await rejectsWith(
      client().send(new DescribeRegistrationsCommand({ RegistrationIds: [registrationId] })),
      "ResourceNotFoundException",
    );
    assert.equal(gone.ResourceType, "registration");
  });

  it("provisions a United Kingdom sender ID on approval, registered, and unregisters it when the registration is deleted", async () => {
    await client().send(new RequestSenderIdCommand({ SenderId: "EXISTING", IsoCountryCode: "GB" }));
    const existing = await filledRegistration(client(), "GB_SENDER_ID_REGISTRATION");
    await client().send(
      new PutRegistrationFieldValueCommand({
        RegistrationId: existing,
        FieldPath: "senderIdInfo.senderId",
        TextValue: "EXISTING",
      }),
    );
    const manual = await rejectsWith(associate(existing, "EXISTING"), "ValidationException");
    assert.equal(manual.Reason, "INVALID_REGISTRATION_ASSOCIATION");
    assert.match(manual.message, /provisions and associates its SENDER_ID itself/);
    await submit(existing);
    const fresh = await filledRegistration(client(), "GB_SENDER_ID_REGISTRATION");
    await submit(fresh);
    const senders = await client().send(
      new DescribeSenderIdsCommand({
        SenderIds: [
          { SenderId: "EXISTING", IsoCountryCode: "GB" },
          { SenderId: "EXAMPLE", IsoCountryCode: "GB" },
        ],
      }),
    );
    assert.deepEqual(
      senders.SenderIds?.map((s) => [s.SenderId, s.Registered, s.RegistrationId]),
      [
        ["EXISTING", true, existing],
        ["EXAMPLE", true, fresh],
      ],
    );
    const listed = await client().send(new ListRegistrationAssociationsCommand({ RegistrationId: fresh }));
    assert.deepEqual(listed.RegistrationAssociations, [
      {
        ResourceArn: "arn:aws:sms-voice:us-east-1:123456789012:sender-id/EXAMPLE/GB",
        ResourceId: "EXAMPLE",
        ResourceType: "SENDER_ID",
        IsoCountryCode: "GB",
      },
    ]);
    await client().send(new DeleteRegistrationCommand({ RegistrationId: existing }));
    const after = await client().send(
      new DescribeSenderIdsCommand({ SenderIds: [{ SenderId: "EXISTING", IsoCountryCode: "GB" }] }),
    );
    assert.deepEqual(
      after.SenderIds?.map((s) => [s.Registered, s.RegistrationId]),
      [[false, undefined]],
    );
    await client().send(new ReleaseSenderIdCommand({ SenderId: "EXAMPLE", IsoCountryCode: "GB" }));
    assert.equal(await statusOf(client(), fresh), "CLOSED");
  });

  it("sends through a pool of a registered toll-free number, also while a new version is drafted", async () => {
    const { registrationId, phone } = await tollFreeRegistration(client());
    await submit(registrationId);
    const pool = await client().send(
      new CreatePoolCommand({
        OriginationIdentity: phone.id,
        MessageType: "TRANSACTIONAL",
      }),
    );
    assert.ok((await send(pool.PoolId!)).MessageId);
    // A new version under review leaves the approved one standing: the pool still sends.
    await client().send(
      new CreateRegistrationVersionCommand({
        RegistrationId: registrationId,
      }),
    );
    assert.ok((await send(pool.PoolId!)).MessageId);
  });
});

describe("emulator: numbers seeded without a registration", () => {
  const seed = {
    pools: [{ poolId: "pool-tfn" }],
    phoneNumbers: [
      {
        phoneNumberId: "phone-tfn",
        phoneNumber: "+18335550100",
        numberType: "TOLL_FREE" as const,
        poolId: "pool-tfn",
      },
    ],
  };
  const sendFrom = (client: PinpointSMSVoiceV2Client, OriginationIdentity: string) =>
    client.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: "+12065550100",
        OriginationIdentity,
        MessageBody: "hi",
      }),
    );

  it("can't send, directly or through their pool, as in AWS", async () => {
    const emulator = await startEmulator({ seed });
    try {
      const client = sdkClient(emulator, { maxAttempts: 1 });
      for (const identity of ["phone-tfn", "pool-tfn", "+18335550100"]) {
        const error = await rejectsWith(sendFrom(client, identity), "ConflictException");
        assert.equal(error.Reason, "REGISTRATION_NOT_COMPLETE", identity);
        assert.equal(error.ResourceId, "phone-tfn");
      }
      assert.deepEqual(
        emulator.sentMessages().map((m) => [m.outcome, m.error?.reason]),
        [
          ["REFUSED", "REGISTRATION_NOT_COMPLETE"],
          ["REFUSED", "REGISTRATION_NOT_COMPLETE"],
          ["REFUSED", "REGISTRATION_NOT_COMPLETE"],
        ],
      );
    } finally {
      await emulator.stop();
    }
  });

  it("send, and requested ones turn ACTIVE, with the lenientRegistrations opt-in (true or false only)", async () => {
    await assert.rejects(
      startEmulator({ seed, lenientRegistrations: "yes" as unknown as boolean }),
      /lenientRegistrations "yes" must be true or false/,
    );
    const emulator = await startEmulator({ seed, lenientRegistrations: true });
    try {
      const client = sdkClient(emulator, { maxAttempts: 1 });
      assert.ok((await sendFrom(client, "pool-tfn")).MessageId);
      const requested = await client.send(
        new RequestPhoneNumberCommand({
          IsoCountryCode: "US",
          MessageType: "TRANSACTIONAL",
          NumberCapabilities: ["SMS"],
          NumberType: "TEN_DLC",
          RegistrationId: "registration-anything",
        }),
      );
      assert.equal(requested.RegistrationId, "registration-anything");
      assert.ok((await sendFrom(client, requested.PhoneNumberId!)).MessageId);
    } finally {
      await emulator.stop();
    }
  });
});
