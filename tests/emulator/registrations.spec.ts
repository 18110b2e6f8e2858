// Registrations through the real SDK: the toll-free workflow end to end (a number PENDING and refused until its
// registration is COMPLETE), each field check of PutRegistrationFieldValue, DeleteRegistrationFieldValue, the
// refusals of SubmitRegistrationVersion, versions (blank new versions, discarding), attachments, and the
// Describe operations with their filters and paging.

import assert from "node:assert/strict";
import {
  CreateRegistrationAttachmentCommand,
  type CreateRegistrationAttachmentCommandInput,
  CreateRegistrationCommand,
  CreateRegistrationVersionCommand,
  DeleteRegistrationAttachmentCommand,
  DeleteRegistrationFieldValueCommand,
  DescribePhoneNumbersCommand,
  DescribeRegistrationAttachmentsCommand,
  DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand,
  DiscardRegistrationVersionCommand,
  PutRegistrationFieldValueCommand,
  type PutRegistrationFieldValueCommandInput,
  SendTextMessageCommand,
  SubmitRegistrationVersionCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { allPages } from "./accounts";
import { FORMS, filledRegistration, PNG, putFields, tollFreeRegistration } from "./registrationForms";

const HOUR = 3600_000;

describe("emulator: registrations", () => {
  const holder = withEmulator();
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const describeOne = async (RegistrationId: string) =>
    (await client().send(new DescribeRegistrationsCommand({ RegistrationIds: [RegistrationId] })))
      .Registrations![0];
  const send = (OriginationIdentity: string) =>
    client().send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: "+12065550100",
        OriginationIdentity,
        MessageBody: "hi",
      }),
    );

  it("takes a toll-free number from PENDING and refused to ACTIVE and sending, through a COMPLETE registration", async () => {
    const { registrationId, phone } = await tollFreeRegistration(client());
    const number = async () =>
      (await client().send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [phone.id] }))).PhoneNumbers![0];
    assert.equal((await number()).Status, "PENDING");
    assert.equal((await number()).RegistrationId, registrationId);
    const refused = await rejectsWith(send(phone.id), "ConflictException");
    assert.equal(refused.Reason, "REGISTRATION_NOT_COMPLETE");
    assert.equal(refused.ResourceType, "phone-number");
    assert.equal(refused.ResourceId, phone.id);

    const created = await describeOne(registrationId);
    assert.equal(created.RegistrationStatus, "CREATED");
    assert.equal(created.CurrentVersionNumber, 1);
    assert.equal(created.ApprovedVersionNumber, undefined);

    const submitted = await client().send(
      new SubmitRegistrationVersionCommand({ RegistrationId: registrationId }),
    );
    assert.equal(submitted.RegistrationVersionStatus, "SUBMITTED");
    assert.equal(submitted.AwsReview, false);
    assert.ok(submitted.RegistrationVersionStatusHistory?.SubmittedTimestamp);

    const complete = await describeOne(registrationId);
    assert.equal(complete.RegistrationStatus, "COMPLETE");
    assert.equal(complete.ApprovedVersionNumber, 1);
    assert.equal((await number()).Status, "ACTIVE");
    const { MessageId } = await send(phone.id);
    assert.ok(MessageId);
  });

  describe("PutRegistrationFieldValue", () => {
    let registrationId: string;
    before(async () => {
      registrationId = (
        await client().send(new CreateRegistrationCommand({ RegistrationType: "US_TOLL_FREE_REGISTRATION" }))
      ).RegistrationId!;
    });
    const put = (input: Omit<PutRegistrationFieldValueCommandInput, "RegistrationId">) =>
      client().send(new PutRegistrationFieldValueCommand({ RegistrationId: registrationId, ...input }));

    it("answers the value it put, and replaces it when put again", async () => {
      const first = await put({ FieldPath: "companyInfo.companyName", TextValue: "First Corp" });
      assert.equal(first.VersionNumber, 1);
      assert.equal(first.TextValue, "First Corp");
      await put({ FieldPath: "companyInfo.companyName", TextValue: "Second Corp" });
      const chosen = await put({
        FieldPath: "messagingUseCase.useCaseCategory",
        SelectChoices: ["CUSTOMER_CARE"],
      });
      assert.deepEqual(chosen.SelectChoices, ["CUSTOMER_CARE"]);
      const values = await client().send(
        new DescribeRegistrationFieldValuesCommand({
          RegistrationId: registrationId,
          FieldPaths: ["companyInfo.companyName", "messagingUseCase.useCaseCategory"],
        }),
      );
      assert.deepEqual(values.RegistrationFieldValues, [
        { FieldPath: "companyInfo.companyName", TextValue: "Second Corp" },
        { FieldPath: "messagingUseCase.useCaseCategory", SelectChoices: ["CUSTOMER_CARE"] },
      ]);
    });

    const refusals: Array<
      [string, Omit<PutRegistrationFieldValueCommandInput, "RegistrationId">, string, string, RegExp]
    > = [
      [
        "a path of no field",
        { FieldPath: "companyInfo.nope", TextValue: "x" },
        "UNKNOWN_REGISTRATION_FIELD",
        "FieldPath",
        /companyInfo\.nope/,
      ],
      ["no value", { FieldPath: "companyInfo.city" }, "MISSING_PARAMETER", "TextValue", /TEXT field/],
      [
        "two values",
        { FieldPath: "companyInfo.city", TextValue: "x", SelectChoices: ["y"] },
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
        "SelectChoices",
        /cannot be used together/,
      ],
      [
        "choices for a text field",
        { FieldPath: "companyInfo.city", SelectChoices: ["x"] },
        "INVALID_PARAMETER",
        "SelectChoices",
        /give its value in TextValue/,
      ],
      [
        "text for a select field",
        { FieldPath: "companyInfo.businessType", TextValue: "PRIVATE_PROFIT" },
        "INVALID_PARAMETER",
        "TextValue",
        /give its value in SelectChoices/,
      ],
      [
        "an option the field lacks",
        { FieldPath: "companyInfo.businessType", SelectChoices: ["LLC"] },
        "FIELD_VALIDATION_FAILED",
        "SelectChoices[0]",
        /'LLC' is not an option .*SOLE_PROPRIETOR/,
      ],
      [
        "too many choices",
        { FieldPath: "companyInfo.businessType", SelectChoices: ["PRIVATE_PROFIT", "NON_PROFIT"] },
        "FIELD_VALIDATION_FAILED",
        "SelectChoices",
        /takes 1 choice, not 2/,
      ],
      [
        "too few choices",
        { FieldPath: "companyInfo.businessType", SelectChoices: [] },
        "FIELD_VALIDATION_FAILED",
        "SelectChoices",
        /takes 1 choice, not 0/,
      ],
      [
        "text over its length",
        { FieldPath: "companyInfo.companyName", TextValue: "x".repeat(101) },
        "FIELD_VALIDATION_FAILED",
        "TextValue",
        /1 to 100 characters, not 101/,
      ],
      [
        "text under its length",
        { FieldPath: "companyInfo.isoCountryCode", TextValue: "U" },
        "FIELD_VALIDATION_FAILED",
        "TextValue",
        /2 to 2 characters, not 1/,
      ],
      [
        "text off its pattern",
        { FieldPath: "contactInfo.supportPhoneNumber", TextValue: "+1 (206) 555-0142" },
        "FIELD_VALIDATION_FAILED",
        "TextValue",
        /pattern .*can't contain any spaces/,
      ],
      [
        "blank text",
        { FieldPath: "companyInfo.companyName", TextValue: "   " },
        "FIELD_VALIDATION_FAILED",
        "TextValue",
        /pattern/,
      ],
      [
        "text for an attachment",
        { FieldPath: "messagingUseCase.optInImage", TextValue: "image.png" },
        "INVALID_PARAMETER",
        "TextValue",
        /RegistrationAttachmentId/,
      ],
    ];
    for (const [what, input, reason, field, message] of refusals) {
      it(`refuses ${what} (${reason})`, async () => {
        const error = await rejectsWith(put(input), "ValidationException");
        assert.equal(error.Reason, reason);
        assert.equal(error.Fields?.[0].Name, field);
        assert.match(error.message, message);
      });
    }

    it("takes an attachment of the caller's, and refuses one that does not exist", async () => {
      const { RegistrationAttachmentId } = await client().send(
        new CreateRegistrationAttachmentCommand({ AttachmentBody: PNG }),
      );
      const put1 = await put({ FieldPath: "messagingUseCase.optInImage", RegistrationAttachmentId });
      assert.equal(put1.RegistrationAttachmentId, RegistrationAttachmentId);
      const error = await rejectsWith(
        put({ FieldPath: "messagingUseCase.optInImage", RegistrationAttachmentId: "attachment-missing" }),
        "ResourceNotFoundException",
      );
      assert.equal(error.ResourceType, "registration-attachment");
      assert.equal(error.ResourceId, "attachment-missing");
    });

    it("refuses an unknown registration", async () => {
      const error = await rejectsWith(
        client().send(
          new PutRegistrationFieldValueCommand({
            RegistrationId: "registration-none",
            FieldPath: "companyInfo.city",
            TextValue: "x",
          }),
        ),
        "ResourceNotFoundException",
      );
      assert.equal(error.ResourceType, "registration");
    });
  });

  it("DeleteRegistrationFieldValue answers what the field held, and refuses a field without a value", async () => {
    const RegistrationId = await filledRegistration(client(), "US_TOLL_FREE_REGISTRATION");
    const deleted = await client().send(
      new DeleteRegistrationFieldValueCommand({ RegistrationId, FieldPath: "companyInfo.businessType" }),
    );
    assert.deepEqual(deleted.SelectChoices, ["PRIVATE_PROFIT"]);
    assert.equal(deleted.VersionNumber, 1);
    const again = await rejectsWith(
      client().send(
        new DeleteRegistrationFieldValueCommand({ RegistrationId, FieldPath: "companyInfo.businessType" }),
      ),
      "ValidationException",
    );
    assert.equal(again.Reason, "REGISTRATION_FIELD_CANNOT_BE_DELETED");
    const unknown = await rejectsWith(
      client().send(
        new DeleteRegistrationFieldValueCommand({ RegistrationId, FieldPath: "companyInfo.nope" }),
      ),
      "ValidationException",
    );
    assert.equal(unknown.Reason, "UNKNOWN_REGISTRATION_FIELD");
  });

  describe("SubmitRegistrationVersion", () => {
    const submit = (RegistrationId: string) =>
      client().send(new SubmitRegistrationVersionCommand({ RegistrationId }));
    const notAllowed = async (
      RegistrationId: string,
      message: RegExp,
      reason = "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED",
    ) => {
      const error = await rejectsWith(submit(RegistrationId), "ConflictException");
      assert.equal(error.Reason, reason);
      assert.equal(error.ResourceType, "registration");
      assert.equal(error.ResourceId, RegistrationId);
      assert.match(error.message, message);
    };

    it("refuses a version with required fields missing, naming them", async () => {
      const { RegistrationId } = await client().send(
        new CreateRegistrationCommand({ RegistrationType: "US_TOLL_FREE_REGISTRATION" }),
      );
      await notAllowed(
        RegistrationId!,
        /companyInfo\.companyName, companyInfo\.website, .*messageSamples\.messageSample1/,
      );
      const nearly = await filledRegistration(client(), "US_TOLL_FREE_REGISTRATION", [
        "messagingUseCase.optInImage",
      ]);
      await notAllowed(nearly, /no value: messagingUseCase\.optInImage \(/);
    });

    it("requires a conditional field while its condition holds: tax fields unless a sole proprietor", async () => {
      const tax = ["companyInfo.taxId", "companyInfo.taxIdAuthority", "companyInfo.taxIdCountry"];
      const company = await filledRegistration(client(), "US_TOLL_FREE_REGISTRATION", tax);
      await notAllowed(
        company,
        /no value: companyInfo\.taxId, companyInfo\.taxIdAuthority, companyInfo\.taxIdCountry/,
      );
      await putFields(client(), company, { "companyInfo.businessType": ["SOLE_PROPRIETOR"] });
      // Now only the association is missing.
      await notAllowed(company, /needs a TOLL_FREE \(US\) associated before it is submitted/);
    });

    it("refuses a version whose attachment was deleted", async () => {
      const { registrationId } = await tollFreeRegistration(client());
      const { RegistrationFieldValues } = await client().send(
        new DescribeRegistrationFieldValuesCommand({
          RegistrationId: registrationId,
          FieldPaths: ["messagingUseCase.optInImage"],
        }),
      );
      const attachment = RegistrationFieldValues![0].RegistrationAttachmentId!;
      await client().send(new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: attachment }));
      await notAllowed(
        registrationId,
        new RegExp(`optInImage's attachment '${attachment}' no longer exists`),
      );
    });

    it("refuses a version under review, and edits of it, until the review ends", async () => {
      const { registrationId } = await tollFreeRegistration(client());
      holder.emulator.setRegistrationReview(registrationId, { outcome: "APPROVE", delayMs: HOUR });
      await submit(registrationId);
      await notAllowed(registrationId, /is SUBMITTED, not DRAFT/, "REGISTRATION_ALREADY_SUBMITTED");
      const edit = await rejectsWith(
        client().send(
          new PutRegistrationFieldValueCommand({
            RegistrationId: registrationId,
            FieldPath: "companyInfo.city",
            TextValue: "Tacoma",
          }),
        ),
        "ConflictException",
      );
      assert.equal(edit.Reason, "EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED");
      const version = await rejectsWith(
        client().send(new CreateRegistrationVersionCommand({ RegistrationId: registrationId })),
        "ConflictException",
      );
      assert.equal(version.Reason, "CREATE_REGISTRATION_VERSION_NOT_ALLOWED");
      holder.emulator.advanceClock(HOUR);
      assert.equal((await describeOne(registrationId)).RegistrationStatus, "COMPLETE");
      await notAllowed(registrationId, /version 1 is APPROVED, not DRAFT/);
    });
  });

  describe("versions", () => {
    it("starts a new version blank once the current one is decided, and discards a draft", async () => {
      const { registrationId } = await tollFreeRegistration(client());
      await client().send(new SubmitRegistrationVersionCommand({ RegistrationId: registrationId }));
      const created = await client().send(
        new CreateRegistrationVersionCommand({ RegistrationId: registrationId }),
      );
      assert.equal(created.VersionNumber, 2);
      assert.equal(created.RegistrationVersionStatus, "DRAFT");
      const blank = await client().send(
        new DescribeRegistrationFieldValuesCommand({ RegistrationId: registrationId }),
      );
      assert.equal(blank.VersionNumber, 2);
      assert.deepEqual(blank.RegistrationFieldValues, []);
      const first = await client().send(
        new DescribeRegistrationFieldValuesCommand({ RegistrationId: registrationId, VersionNumber: 1 }),
      );
      assert.equal(
        first.RegistrationFieldValues?.length,
        Object.keys(FORMS.US_TOLL_FREE_REGISTRATION).length,
      );

      const twice = await rejectsWith(
        client().send(new CreateRegistrationVersionCommand({ RegistrationId: registrationId })),
        "ConflictException",
      );
      assert.equal(twice.Reason, "CREATE_REGISTRATION_VERSION_NOT_ALLOWED");
      const discarded = await client().send(
        new DiscardRegistrationVersionCommand({ RegistrationId: registrationId }),
      );
      assert.equal(discarded.VersionNumber, 2);
      assert.equal(discarded.RegistrationVersionStatus, "DISCARDED");
      assert.ok(discarded.RegistrationVersionStatusHistory?.DiscardedTimestamp);
      const again = await rejectsWith(
        client().send(new DiscardRegistrationVersionCommand({ RegistrationId: registrationId })),
        "ConflictException",
      );
      assert.equal(again.Reason, "DISCARD_REGISTRATION_VERSION_NOT_ALLOWED");

      const registration = await describeOne(registrationId);
      assert.equal(registration.CurrentVersionNumber, 2);
      assert.equal(registration.RegistrationStatus, "COMPLETE");
      assert.equal(registration.ApprovedVersionNumber, 1);
      const versions = await client().send(
        new DescribeRegistrationVersionsCommand({ RegistrationId: registrationId }),
      );
      assert.deepEqual(
        versions.RegistrationVersions?.map((v) => [v.VersionNumber, v.RegistrationVersionStatus]),
        [
          [2, "DISCARDED"],
          [1, "APPROVED"],
        ],
      );
      const approved = await client().send(
        new DescribeRegistrationVersionsCommand({
          RegistrationId: registrationId,
          Filters: [{ Name: "registration-version-status", Values: ["APPROVED"] }],
        }),
      );
      assert.deepEqual(
        approved.RegistrationVersions?.map((v) => v.VersionNumber),
        [1],
      );
      const unknown = await rejectsWith(
        client().send(
          new DescribeRegistrationVersionsCommand({ RegistrationId: registrationId, VersionNumbers: [1, 7] }),
        ),
        "ValidationException",
      );
      assert.equal(unknown.Reason, "UNKNOWN_REGISTRATION_VERSION");
      assert.equal(unknown.Fields?.[0].Name, "VersionNumbers[1]");
      const badStatus = await rejectsWith(
        client().send(
          new DescribeRegistrationVersionsCommand({
            RegistrationId: registrationId,
            Filters: [{ Name: "registration-version-status", Values: ["DONE"] }],
          }),
        ),
        "ValidationException",
      );
      assert.equal(badStatus.Reason, "INVALID_FILTER_VALUES");
    });
  });

  describe("attachments", () => {
    it("takes a PDF, JPEG or PNG body or an s3:// URL, and lists and deletes them", async () => {
      const pdf = await client().send(
        new CreateRegistrationAttachmentCommand({
          AttachmentBody: Buffer.from("%PDF-1.7\n"),
          Tags: [{ Key: "k", Value: "v" }],
        }),
      );
      assert.equal(pdf.AttachmentStatus, "UPLOAD_COMPLETE");
      assert.deepEqual(pdf.Tags, [{ Key: "k", Value: "v" }]);
      assert.match(
        pdf.RegistrationAttachmentArn!,
        /^arn:aws:sms-voice:us-east-1:123456789012:registration-attachment\/attachment-[0-9a-f]{32}$/,
      );
      const jpeg = await client().send(
        new CreateRegistrationAttachmentCommand({
          AttachmentBody: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]),
        }),
      );
      const url = await client().send(
        new CreateRegistrationAttachmentCommand({ AttachmentUrl: "s3://my-bucket/loa.png" }),
      );
      const listed = await client().send(
        new DescribeRegistrationAttachmentsCommand({
          RegistrationAttachmentIds: [url.RegistrationAttachmentId!, pdf.RegistrationAttachmentArn!],
        }),
      );
      assert.deepEqual(
        listed.RegistrationAttachments?.map((a) => [
          a.RegistrationAttachmentId,
          a.AttachmentStatus,
          a.AttachmentUrl,
        ]),
        [
          [url.RegistrationAttachmentId, "UPLOAD_COMPLETE", "s3://my-bucket/loa.png"],
          [pdf.RegistrationAttachmentId, "UPLOAD_COMPLETE", undefined],
        ],
      );
      const deleted = await client().send(
        new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: jpeg.RegistrationAttachmentId }),
      );
      assert.equal(deleted.AttachmentStatus, "DELETED");
      const gone = await rejectsWith(
        client().send(
          new DescribeRegistrationAttachmentsCommand({
            RegistrationAttachmentIds: [jpeg.RegistrationAttachmentId!],
          }),
        ),
        "ResourceNotFoundException",
      );
      assert.equal(gone.ResourceType, "registration-attachment");
      const complete = await allPages(
        (NextToken) =>
          client().send(
            new DescribeRegistrationAttachmentsCommand({
              Filters: [{ Name: "attachment-status", Values: ["UPLOAD_COMPLETE"] }],
              MaxResults: 1,
              NextToken,
            }),
          ),
        (page) => page.RegistrationAttachments,
      );
      const ids = complete.map((a) => a.RegistrationAttachmentId);
      assert.ok(ids.includes(pdf.RegistrationAttachmentId) && ids.includes(url.RegistrationAttachmentId));
      assert.ok(!ids.includes(jpeg.RegistrationAttachmentId));
      assert.equal(new Set(ids).size, ids.length);
    });

    const refused: Array<[string, CreateRegistrationAttachmentCommandInput, string]> = [
      [
        "both a body and a URL",
        { AttachmentBody: PNG, AttachmentUrl: "s3://b/x.png" },
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
      ],
      ["neither", {}, "MISSING_PARAMETER"],
      [
        "a body of another file type",
        { AttachmentBody: Buffer.from("GIF89a....") },
        "ATTACHMENT_TYPE_NOT_SUPPORTED",
      ],
      [
        "a body over 500 KB",
        { AttachmentBody: Buffer.concat([PNG, Buffer.alloc(500 * 1024)]) },
        "MAXIMUM_SIZE_EXCEEDED",
      ],
      ["a URL that is not s3://", { AttachmentUrl: "https://example.com/loa.png" }, "INVALID_PARAMETER"],
      [
        "a URL of another file type",
        { AttachmentUrl: "s3://my-bucket/loa.docx" },
        "ATTACHMENT_TYPE_NOT_SUPPORTED",
      ],
    ];
    for (const [what, input, reason] of refused) {
      it(`refuses ${what} (${reason})`, async () => {
        const error = await rejectsWith(
          client().send(new CreateRegistrationAttachmentCommand(input)),
          "ValidationException",
        );
        assert.equal(error.Reason, reason);
      });
    }

    it("refuses to delete an attachment a version under review holds", async () => {
      const { registrationId } = await tollFreeRegistration(client());
      holder.emulator.setRegistrationReview(registrationId, { outcome: "APPROVE", delayMs: HOUR });
      await client().send(new SubmitRegistrationVersionCommand({ RegistrationId: registrationId }));
      const { RegistrationFieldValues } = await client().send(
        new DescribeRegistrationFieldValuesCommand({
          RegistrationId: registrationId,
          SectionPath: "messagingUseCase",
        }),
      );
      const attachment = RegistrationFieldValues!.find((v) => v.RegistrationAttachmentId)!
        .RegistrationAttachmentId!;
      const error = await rejectsWith(
        client().send(new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: attachment })),
        "ConflictException",
      );
      assert.equal(error.Reason, "RESOURCE_DELETION_NOT_ALLOWED");
      holder.emulator.advanceClock(HOUR);
      const deleted = await client().send(
        new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: attachment }),
      );
      assert.equal(deleted.AttachmentStatus, "DELETED");
    });
  });

  describe("DescribeRegistrations", () => {
    it("filters by type and status, pages, refuses unknown IDs and values, and repeats a ClientToken's answer", async () => {
      const brand = await client().send(
        new CreateRegistrationCommand({
          RegistrationType: "US_TEN_DLC_BRAND_REGISTRATION",
          ClientToken: "brand-1",
          Tags: [{ Key: "team", Value: "sms" }],
        }),
      );
      assert.deepEqual(brand.Tags, [{ Key: "team", Value: "sms" }]);
      const repeated = await client().send(
        new CreateRegistrationCommand({
          RegistrationType: "US_TEN_DLC_BRAND_REGISTRATION",
          ClientToken: "brand-1",
        }),
      );
      assert.equal(repeated.RegistrationId, brand.RegistrationId);
      const brands = await allPages(
        (NextToken) =>
          client().send(
            new DescribeRegistrationsCommand({
              Filters: [
                { Name: "registration-type", Values: ["US_TEN_DLC_BRAND_REGISTRATION"] },
                { Name: "registration-status", Values: ["CREATED", "COMPLETE"] },
              ],
              MaxResults: 1,
              NextToken,
            }),
          ),
        (page) => page.Registrations,
      );
      assert.deepEqual(
        brands.map((r) => r.RegistrationId),
        [brand.RegistrationId],
      );
      const all = await allPages(
        (NextToken) => client().send(new DescribeRegistrationsCommand({ MaxResults: 2, NextToken })),
        (page) => page.Registrations,
      );
      assert.ok(all.length > 2);
      assert.equal(new Set(all.map((r) => r.RegistrationId)).size, all.length);
      const missing = await rejectsWith(
        client().send(
          new DescribeRegistrationsCommand({ RegistrationIds: [brand.RegistrationId!, "registration-none"] }),
        ),
        "ResourceNotFoundException",
      );
      assert.equal(missing.ResourceType, "registration");
      assert.equal(missing.ResourceId, "registration-none");
      const badType = await rejectsWith(
        client().send(
          new DescribeRegistrationsCommand({ Filters: [{ Name: "registration-type", Values: ["XX"] }] }),
        ),
        "ValidationException",
      );
      assert.equal(badType.Reason, "INVALID_FILTER_VALUES");
      const unknownType = await rejectsWith(
        client().send(new CreateRegistrationCommand({ RegistrationType: "AU_SENDER_ID_REGISTRATION" })),
        "ValidationException",
      );
      assert.equal(unknownType.Reason, "UNKNOWN_REGISTRATION_TYPE");
    });
  });
});
