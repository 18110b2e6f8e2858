// DescribeRegistrationTypeDefinitions, DescribeRegistrationSectionDefinitions and
// DescribeRegistrationFieldDefinitions through the real SDK: the modelled types as AWS documents them (the
// answers the User Guide prints for US_TOLL_FREE_REGISTRATION), filters, paging and the refusals of unknown
// types, sections and fields.

import assert from "node:assert/strict";
import {
  DescribeRegistrationFieldDefinitionsCommand,
  type DescribeRegistrationFieldDefinitionsCommandInput,
  DescribeRegistrationSectionDefinitionsCommand,
  DescribeRegistrationTypeDefinitionsCommand,
  type DescribeRegistrationTypeDefinitionsCommandInput,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";
import { allPages } from "./accounts";

const TYPES = [
  "US_TOLL_FREE_REGISTRATION",
  "US_TEN_DLC_BRAND_REGISTRATION",
  "US_TEN_DLC_CAMPAIGN_REGISTRATION",
  "GB_SENDER_ID_REGISTRATION",
];

describe("emulator: registration definitions", () => {
  const holder = withEmulator();
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });

  describe("DescribeRegistrationTypeDefinitions", () => {
    it("answers the toll-free type as the User Guide prints it, and every modelled type", async () => {
      const { RegistrationTypeDefinitions } = await client().send(
        new DescribeRegistrationTypeDefinitionsCommand({}),
      );
      assert.deepEqual(
        RegistrationTypeDefinitions?.map((t) => t.RegistrationType),
        TYPES,
      );
      assert.deepEqual(RegistrationTypeDefinitions?.[0], {
        RegistrationType: "US_TOLL_FREE_REGISTRATION",
        SupportedAssociations: [
          {
            ResourceType: "TOLL_FREE",
            IsoCountryCode: "US",
            AssociationBehavior: "ASSOCIATE_BEFORE_SUBMIT",
            DisassociationBehavior: "DISASSOCIATE_ALL_CLOSES_REGISTRATION",
          },
        ],
        DisplayHints: { Title: "US toll-free number registration" },
      });
      const campaign = RegistrationTypeDefinitions?.find(
        (t) => t.RegistrationType === "US_TEN_DLC_CAMPAIGN_REGISTRATION",
      );
      assert.deepEqual(
        campaign?.SupportedAssociations?.map((a) => [a.ResourceType, a.AssociationBehavior]),
        [
          ["US_TEN_DLC_BRAND_REGISTRATION", "ASSOCIATE_BEFORE_SUBMIT"],
          ["TEN_DLC", "ASSOCIATE_AFTER_COMPLETE"],
        ],
      );
    });

    it("filters by the resource type and country of the supported associations, and by name", async () => {
      const names = async (input: DescribeRegistrationTypeDefinitionsCommandInput) =>
        (
          await client().send(new DescribeRegistrationTypeDefinitionsCommand(input))
        ).RegistrationTypeDefinitions?.map((t) => t.RegistrationType);
      assert.deepEqual(
        await names({ Filters: [{ Name: "supported-association-resource-type", Values: ["SENDER_ID"] }] }),
        ["GB_SENDER_ID_REGISTRATION"],
      );
      assert.deepEqual(
        await names({ Filters: [{ Name: "supported-association-iso-country-code", Values: ["US"] }] }),
        ["US_TOLL_FREE_REGISTRATION", "US_TEN_DLC_CAMPAIGN_REGISTRATION"],
      );
      assert.deepEqual(
        await names({
          Filters: [
            { Name: "supported-association-iso-country-code", Values: ["US", "GB"] },
            { Name: "supported-association-resource-type", Values: ["TEN_DLC", "SENDER_ID"] },
          ],
        }),
        ["US_TEN_DLC_CAMPAIGN_REGISTRATION", "GB_SENDER_ID_REGISTRATION"],
      );
      assert.deepEqual(
        await names({ RegistrationTypes: ["GB_SENDER_ID_REGISTRATION", "US_TOLL_FREE_REGISTRATION"] }),
        ["GB_SENDER_ID_REGISTRATION", "US_TOLL_FREE_REGISTRATION"],
      );
    });

    it("refuses a type it does not model, naming it", async () => {
      const error = await rejectsWith(
        client().send(
          new DescribeRegistrationTypeDefinitionsCommand({
            RegistrationTypes: ["US_TOLL_FREE_REGISTRATION", "AU_SENDER_ID_REGISTRATION"],
          }),
        ),
        "ValidationException",
      );
      assert.equal(error.Reason, "UNKNOWN_REGISTRATION_TYPE");
      assert.equal(error.Fields?.[0].Name, "RegistrationTypes[1]");
      assert.match(error.message, /AU_SENDER_ID_REGISTRATION/);
    });

    it("pages with MaxResults and NextToken, and refuses a token of another query", async () => {
      const paged = await allPages(
        (NextToken) =>
          client().send(new DescribeRegistrationTypeDefinitionsCommand({ MaxResults: 1, NextToken })),
        (page) => page.RegistrationTypeDefinitions,
      );
      assert.deepEqual(
        paged.map((t) => t.RegistrationType),
        TYPES,
      );
      const first = await client().send(new DescribeRegistrationTypeDefinitionsCommand({ MaxResults: 1 }));
      const error = await rejectsWith(
        client().send(
          new DescribeRegistrationTypeDefinitionsCommand({
            NextToken: first.NextToken,
            Filters: [{ Name: "supported-association-iso-country-code", Values: ["US"] }],
          }),
        ),
        "ValidationException",
      );
      assert.equal(error.Reason, "INVALID_NEXT_TOKEN");
    });
  });

  describe("DescribeRegistrationFieldDefinitions", () => {
    it("answers the fields the User Guide prints, whole", async () => {
      const { RegistrationFieldDefinitions, RegistrationType } = await client().send(
        new DescribeRegistrationFieldDefinitionsCommand({
          RegistrationType: "US_TOLL_FREE_REGISTRATION",
          FieldPaths: ["messagingUseCase.monthlyMessageVolume", "companyInfo.companyName"],
        }),
      );
      assert.equal(RegistrationType, "US_TOLL_FREE_REGISTRATION");
      assert.deepEqual(RegistrationFieldDefinitions, [
        {
          SectionPath: "companyInfo",
          FieldPath: "companyInfo.companyName",
          FieldType: "TEXT",
          FieldRequirement: "REQUIRED",
          TextValidation: { MinLength: 1, MaxLength: 100, Pattern: "^(?=\\s*\\S)[\\s\\S]+$" },
          DisplayHints: {
            Title: "Company name",
            ShortDescription: "Legal name which your company is registered under.",
            ExampleTextValue: "Example Corp",
          },
        },
        {
          SectionPath: "messagingUseCase",
          FieldPath: "messagingUseCase.monthlyMessageVolume",
          FieldType: "SELECT",
          FieldRequirement: "REQUIRED",
          SelectValidation: {
            MinChoices: 1,
            MaxChoices: 1,
            Options: [
              "10",
              "100",
              "1,000",
              "10,000",
              "100,000",
              "250,000",
              "500,000",
              "750,000",
              "1,000,000",
              "5,000,000",
              "10,000,000+",
            ],
          },
          DisplayHints: {
            Title: "Monthly SMS volume",
            ShortDescription:
              "Estimated number of SMS messages which will be sent from this toll-free number each month.",
          },
        },
      ]);
    });

    it("lists one section's fields, every one of its section, and pages through all of a type", async () => {
      const { RegistrationFieldDefinitions } = await client().send(
        new DescribeRegistrationFieldDefinitionsCommand({
          RegistrationType: "GB_SENDER_ID_REGISTRATION",
          SectionPath: "senderIdInfo",
        }),
      );
      assert.deepEqual(
        RegistrationFieldDefinitions?.map((f) => [f.FieldPath, f.FieldType, f.FieldRequirement]),
        [
          ["senderIdInfo.senderId", "TEXT", "REQUIRED"],
          ["senderIdInfo.letterOfAuthorization", "ATTACHMENT", "CONDITIONAL"],
          ["senderIdInfo.senderIdDescription", "TEXT", "OPTIONAL"],
        ],
      );
      const all = await allPages(
        (NextToken) =>
          client().send(
            new DescribeRegistrationFieldDefinitionsCommand({
              RegistrationType: "US_TEN_DLC_CAMPAIGN_REGISTRATION",
              MaxResults: 7,
              NextToken,
            }),
          ),
        (page) => page.RegistrationFieldDefinitions,
      );
      const whole = await client().send(
        new DescribeRegistrationFieldDefinitionsCommand({
          RegistrationType: "US_TEN_DLC_CAMPAIGN_REGISTRATION",
        }),
      );
      assert.deepEqual(all, whole.RegistrationFieldDefinitions);
      assert.ok(all.length > 7);
      assert.equal(new Set(all.map((f) => f.FieldPath)).size, all.length);
    });

    it("refuses a type, section or field path it does not know", async () => {
      const cases: Array<[DescribeRegistrationFieldDefinitionsCommandInput, string, string]> = [
        [{ RegistrationType: "XX_TYPE" }, "UNKNOWN_REGISTRATION_TYPE", "RegistrationType"],
        [
          { RegistrationType: "US_TOLL_FREE_REGISTRATION", SectionPath: "senderIdInfo" },
          "UNKNOWN_REGISTRATION_SECTION",
          "SectionPath",
        ],
        [
          {
            RegistrationType: "US_TOLL_FREE_REGISTRATION",
            FieldPaths: ["companyInfo.companyName", "companyInfo.nope"],
          },
          "UNKNOWN_REGISTRATION_FIELD",
          "FieldPaths[1]",
        ],
      ];
      for (const [input, reason, field] of cases) {
        const error = await rejectsWith(
          client().send(new DescribeRegistrationFieldDefinitionsCommand(input)),
          "ValidationException",
        );
        assert.equal(error.Reason, reason);
        assert.equal(error.Fields?.[0].Name, field);
      }
    });
  });

  describe("DescribeRegistrationSectionDefinitions", () => {
    it("answers a type's sections, or the ones named, and refuses an unknown one", async () => {
      const all = await client().send(
        new DescribeRegistrationSectionDefinitionsCommand({
          RegistrationType: "US_TEN_DLC_BRAND_REGISTRATION",
        }),
      );
      assert.deepEqual(all.RegistrationSectionDefinitions, [
        {
          SectionPath: "companyInfo",
          DisplayHints: {
            Title: "Brand registration information",
            ShortDescription: "Your company's legal identity and address.",
          },
        },
        {
          SectionPath: "contactInfo",
          DisplayHints: {
            Title: "Additional company and contact info",
            ShortDescription: "How carriers and your users reach you.",
          },
        },
      ]);
      const one = await client().send(
        new DescribeRegistrationSectionDefinitionsCommand({
          RegistrationType: "US_TOLL_FREE_REGISTRATION",
          SectionPaths: ["messageSamples"],
        }),
      );
      assert.deepEqual(
        one.RegistrationSectionDefinitions?.map((s) => s.SectionPath),
        ["messageSamples"],
      );
      const error = await rejectsWith(
        client().send(
          new DescribeRegistrationSectionDefinitionsCommand({
            RegistrationType: "US_TOLL_FREE_REGISTRATION",
            SectionPaths: ["campaignInfo"],
          }),
        ),
        "ValidationException",
      );
      assert.equal(error.Reason, "UNKNOWN_REGISTRATION_SECTION");
      assert.equal(error.Fields?.[0].Name, "SectionPaths[0]");
    });
  });
});
