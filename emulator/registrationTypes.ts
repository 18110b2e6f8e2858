// The registration types the emulator models — US toll-free, US 10DLC brand and campaign, United Kingdom sender
// ID — with their sections, fields (type, requirement, text lengths and patterns, select options and counts) and
// supported associations, as DescribeRegistration*Definitions answer them; plus when a CONDITIONAL field is
// required, which AWS describes in its forms but does not answer. Other types are not modelled.
//
// Sources (emulator/README.md, "Registrations", says which part of each came from where):
// - The End User Messaging SMS User Guide's forms: "US toll-free number registration form", "10DLC brand
//   registration form", "10DLC campaign registration form", "United Kingdom sender ID registration form" (titles,
//   descriptions, options, which fields are optional, the conditions and limits they state).
// - The same guide's "Create a registration using the AWS CLI" (answers of DescribeRegistrationTypeDefinitions
//   and DescribeRegistrationFieldDefinitions for US_TOLL_FREE_REGISTRATION: the toll-free SupportedAssociation,
//   companyInfo.companyName's validation, messagingUseCase.monthlyMessageVolume's options) and AWS's blog
//   "Automate sender ID registration in AWS End User Messaging" (a DescribeRegistrationFieldDefinitions answer for
//   the United Kingdom type: senderIdInfo.senderIdDescription, senderIdInfo.letterOfAuthorization).
// - Field paths and option values the guide does not print are those AWS's blogs and public registration scripts
//   put (companyInfo.businessType PRIVATE_PROFIT, messagingUseCase.optInType DIGITAL_FORM, campaignInfo.vertical
//   COMMUNICATION); the rest are the emulator's, formed the same way.

import { invalidField } from "./errors";

type FieldType = "SELECT" | "TEXT" | "ATTACHMENT";
type FieldRequirement = "REQUIRED" | "CONDITIONAL" | "OPTIONAL";

/** The model's RegistrationFieldDefinition, as answered. */
export interface FieldDefinition {
  readonly SectionPath: string;
  readonly FieldPath: string;
  readonly FieldType: FieldType;
  readonly FieldRequirement: FieldRequirement;
  readonly SelectValidation?: { MinChoices: number; MaxChoices: number; Options: readonly string[] };
  readonly TextValidation?: { MinLength: number; MaxLength: number; Pattern: string };
  readonly DisplayHints: {
    Title: string;
    ShortDescription: string;
    LongDescription?: string;
    ExampleTextValue?: string;
    TextValidationDescription?: string;
    SelectOptionDescriptions?: ReadonlyArray<{ Option: string; Title?: string; Description?: string }>;
  };
}

/** The model's RegistrationSectionDefinition. */
interface SectionDefinition {
  readonly SectionPath: string;
  readonly DisplayHints: { Title: string; ShortDescription: string };
}

/** The model's SupportedAssociation. */
export interface SupportedAssociation {
  readonly ResourceType: string;
  readonly IsoCountryCode?: string;
  readonly AssociationBehavior:
    | "ASSOCIATE_BEFORE_SUBMIT"
    | "ASSOCIATE_ON_APPROVAL"
    | "ASSOCIATE_AFTER_COMPLETE";
  readonly DisassociationBehavior:
    | "DISASSOCIATE_ALL_CLOSES_REGISTRATION"
    | "DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION"
    | "DELETE_REGISTRATION_DISASSOCIATES";
}

/**
 * When a CONDITIONAL field must hold a value at submission: while another (select) field holds one of `values`,
 * or unless it holds none of them (`unless`), or unless another field holds any value (`unlessSet`).
 */
type Condition =
  | { readonly field: string; readonly values: readonly string[]; readonly unless?: boolean }
  | { readonly unlessSet: string };

export interface RegistrationType {
  readonly RegistrationType: string;
  readonly SupportedAssociations: readonly SupportedAssociation[];
  readonly DisplayHints: { Title: string; ShortDescription?: string };
  readonly sections: readonly SectionDefinition[];
  readonly fields: readonly FieldDefinition[];
  /** CONDITIONAL fields whose condition the forms state; the others are never required (nothing says when). */
  readonly conditions: Readonly<Record<string, Condition>>;
  /**
   * Other registrations of a type this one needs associated before it is submitted (a 10DLC campaign's brand),
   * with the status they must have.
   */
  readonly needs?: { readonly registrationType: string; readonly status: "COMPLETE" };
  /** The sender ID a registration provisions on approval (ASSOCIATE_ON_APPROVAL): its field and country. */
  readonly provisionsSenderId?: { readonly field: string; readonly isoCountryCode: string };
}

/** AWS's pattern for free text (DescribeRegistrationFieldDefinitions): not empty and not only blanks. */
const NOT_BLANK = "^(?=\\s*\\S)[\\s\\S]+$";
const COUNTRY = "^[A-Z]{2}$";
/** E.164: a '+' and digits, no spaces, hyphens or parentheses (the forms' rule for support phone numbers). */
const E164 = "^\\+[1-9][0-9]{1,14}$";
const EMAIL = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$";
const URL = "^https?://\\S+$";
/** The campaign opt-in workflow's rule: no leading or trailing spaces. */
const TRIMMED = "^\\S(?:[\\s\\S]*\\S)?$";

type Hints = { example?: string; describe?: string; long?: string };

function text(
  section: string,
  name: string,
  requirement: FieldRequirement,
  title: string,
  short: string,
  [min, max, pattern]: [number, number, string],
  hints: Hints = {},
): FieldDefinition {
  return {
    SectionPath: section,
    FieldPath: `${section}.${name}`,
    FieldType: "TEXT",
    FieldRequirement: requirement,
    TextValidation: { MinLength: min, MaxLength: max, Pattern: pattern },
    DisplayHints: {
      Title: title,
      ShortDescription: short,
      ...(hints.long === undefined ? {} : { LongDescription: hints.long }),
      ...(hints.example === undefined ? {} : { ExampleTextValue: hints.example }),
      ...(hints.describe === undefined ? {} : { TextValidationDescription: hints.describe }),
    },
  };
}

function select(
  section: string,
  name: string,
  requirement: FieldRequirement,
  title: string,
  short: string,
  options: ReadonlyArray<string | readonly [string, string, string?]>,
  [min, max]: [number, number] = [1, 1],
): FieldDefinition {
  const described = options.filter((o): o is readonly [string, string, string?] => typeof o !== "string");
  return {
    SectionPath: section,
    FieldPath: `${section}.${name}`,
    FieldType: "SELECT",
    FieldRequirement: requirement,
    SelectValidation: {
      MinChoices: min,
      MaxChoices: max,
      Options: options.map((o) => (typeof o === "string" ? o : o[0])),
    },
    DisplayHints: {
      Title: title,
      ShortDescription: short,
      ...(described.length === 0
        ? {}
        : {
            SelectOptionDescriptions: described.map(([Option, Title, Description]) => ({
              Option,
              Title,
              ...(Description === undefined ? {} : { Description }),
            })),
          }),
    },
  };
}

function attachment(
  section: string,
  name: string,
  requirement: FieldRequirement,
  title: string,
  short: string,
): FieldDefinition {
  return {
    SectionPath: section,
    FieldPath: `${section}.${name}`,
    FieldType: "ATTACHMENT",
    FieldRequirement: requirement,
    DisplayHints: { Title: title, ShortDescription: short },
  };
}

const section = (path: string, title: string, short: string): SectionDefinition => ({
  SectionPath: path,
  DisplayHints: { Title: title, ShortDescription: short },
});

/** The forms' "Monthly SMS volume" options, as DescribeRegistrationFieldDefinitions answers them. */
const MONTHLY_VOLUMES = [
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
];
const YES_NO = ["Yes", "No"];
/** The Campaign Registry's verticals (the 10DLC forms' "Vertical"). */
const VERTICALS = [
  "AGRICULTURE",
  "COMMUNICATION",
  "CONSTRUCTION",
  "EDUCATION",
  "ENERGY",
  "ENTERTAINMENT",
  "FINANCIAL",
  "GAMBLING",
  "GOVERNMENT",
  "HEALTHCARE",
  "HOSPITALITY",
  "HUMAN_RESOURCES",
  "INSURANCE",
  "LEGAL",
  "MANUFACTURING",
  "NGO",
  "POLITICAL",
  "POSTAL",
  "PROFESSIONAL",
  "REAL_ESTATE",
  "RETAIL",
  "TECHNOLOGY",
  "TRANSPORTATION",
];

function messageSamples(max: number, min = 1): FieldDefinition[] {
  return [1, 2, 3].map((n) =>
    text(
      "messageSamples",
      `messageSample${n}`,
      n === 1 ? "REQUIRED" : "OPTIONAL",
      `Message sample ${n}`,
      "An example of an SMS message body that will be sent to your end users.",
      [min, max, NOT_BLANK],
    ),
  );
}

const SAMPLES_SECTION = section(
  "messageSamples",
  "Message samples",
  "Examples of the messages that will be sent to your end users.",
);

/** The sections and the company name the toll-free and the UK sender ID forms share. */
const COMPANY_AND_CONTACT_SECTIONS = [
  section("companyInfo", "Company info", "Information about your company."),
  section("contactInfo", "Contact info", "Your business's point of contact."),
];
const COMPANY_NAME = text(
  "companyInfo",
  "companyName",
  "REQUIRED",
  "Company name",
  "Legal name which your company is registered under.",
  [1, 100, NOT_BLANK],
  { example: "Example Corp" },
);

/** The company's website and headquarters address, as the toll-free and the UK sender ID forms both ask them. */
function companyWebsiteAndAddress(
  stateRequirement: FieldRequirement,
  countryExample: string,
): FieldDefinition[] {
  return [
    text("companyInfo", "website", "REQUIRED", "Company website", "The URL of your company's website.", [
      1,
      500,
      URL,
    ]),
    text(
      "companyInfo",
      "address1",
      "REQUIRED",
      "Address 1",
      "The street address of your corporate headquarters.",
      [1, 100, NOT_BLANK],
    ),
    text(
      "companyInfo",
      "address2",
      "OPTIONAL",
      "Address 2",
      "The suite number of your corporate headquarters, if needed.",
      [1, 100, NOT_BLANK],
    ),
    text("companyInfo", "city", "REQUIRED", "City", "The city of your corporate headquarters.", [
      1,
      100,
      NOT_BLANK,
    ]),
    text(
      "companyInfo",
      "state",
      stateRequirement,
      "State/Province",
      "The state of your corporate headquarters.",
      [1, 100, NOT_BLANK],
    ),
    text(
      "companyInfo",
      "zipCode",
      "REQUIRED",
      "Zip Code/Postal code",
      "The zip code of your corporate headquarters.",
      [1, 20, NOT_BLANK],
    ),
    text(
      "companyInfo",
      "isoCountryCode",
      "REQUIRED",
      "Country",
      "The two digit ISO country code.",
      [2, 2, COUNTRY],
      { example: countryExample },
    ),
  ];
}

/** The point of contact's first and last name, as the toll-free and the UK sender ID forms both ask them. */
const CONTACT_NAME: FieldDefinition[] = [
  text(
    "contactInfo",
    "firstName",
    "REQUIRED",
    "First name",
    "The first name of your business's point of contact.",
    [1, 50, NOT_BLANK],
  ),
  text(
    "contactInfo",
    "lastName",
    "REQUIRED",
    "Last name",
    "The last name of your business's point of contact.",
    [1, 50, NOT_BLANK],
  ),
];

/** The support email and phone number, as the toll-free and the 10DLC brand forms both ask them. */
const SUPPORT_CONTACT: FieldDefinition[] = [
  text(
    "contactInfo",
    "supportEmail",
    "REQUIRED",
    "Support email",
    "The email address of your business's point of contact.",
    [5, 100, EMAIL],
  ),
  text(
    "contactInfo",
    "supportPhoneNumber",
    "REQUIRED",
    "Support phone number",
    "The phone number of your business's point of contact.",
    [3, 16, E164],
    {
      example: "+12065550142",
      describe: "Must start with a '+' and can't contain any spaces, hyphens, or parentheses.",
    },
  ),
];

/** The use case categories the toll-free and the UK sender ID forms both offer (before their own, and OTHER). */
const USE_CASE_CATEGORIES: ReadonlyArray<readonly [string, string]> = [
  ["TWO_FACTOR_AUTHENTICATION", "Two-factor authentication"],
  ["ONE_TIME_PASSWORDS", "One-time passwords"],
  ["NOTIFICATIONS", "Notifications"],
  ["POLLING_AND_SURVEYS", "Polling and surveys"],
  ["INFO_ON_DEMAND", "Info on demand"],
  ["PROMOTIONS_AND_MARKETING", "Promotions and Marketing"],
];

const US_TOLL_FREE: RegistrationType = {
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
  sections: [
    ...COMPANY_AND_CONTACT_SECTIONS,
    section("messagingUseCase", "Messaging use case", "How you will use the toll-free number."),
    SAMPLES_SECTION,
  ],
  fields: [
    COMPANY_NAME,
    ...companyWebsiteAndAddress("REQUIRED", "US"),
    select(
      "companyInfo",
      "businessType",
      "REQUIRED",
      "Business type",
      "The classification of your organization by ownership and purpose.",
      [
        ["PRIVATE_PROFIT", "Private profit", "Privately held for-profit company"],
        ["PUBLIC_PROFIT", "Public profit", "Publicly traded for-profit company"],
        ["NON_PROFIT", "Non-profit", "Non-profit organization"],
        ["SOLE_PROPRIETOR", "Sole proprietor", "Sole proprietorship without employees"],
        ["GOVERNMENT", "Government", "Government entity"],
      ],
    ),
    text(
      "companyInfo",
      "taxId",
      "CONDITIONAL",
      "Company identification number",
      "Your company's official tax identification or registration number (such as EIN or VAT); required unless the business type is Sole proprietor.",
      [1, 30, NOT_BLANK],
      { example: "12-3456789" },
    ),
    select(
      "companyInfo",
      "taxIdAuthority",
      "CONDITIONAL",
      "Identification number type",
      "The type of identification number you provided; required unless the business type is Sole proprietor.",
      [
        "EIN",
        "CBN",
        "CRN",
        "PROVINCIAL_NUMBER",
        "VAT",
        "ACN",
        "ABN",
        "BRN",
        "SIREN",
        "SIRET",
        "NZBN",
        "USt-IdNr",
        "CIF",
        "NIF",
        "CNPJ",
        "UID",
        "NEQ",
        "OTHER",
      ],
    ),
    text(
      "companyInfo",
      "taxIdCountry",
      "CONDITIONAL",
      "Identification number country",
      "The two-letter ISO country code of the country where your identification number was issued; required unless the business type is Sole proprietor.",
      [2, 2, COUNTRY],
      { example: "US" },
    ),
    ...CONTACT_NAME,
    ...SUPPORT_CONTACT,
    select(
      "messagingUseCase",
      "monthlyMessageVolume",
      "REQUIRED",
      "Monthly SMS volume",
      "Estimated number of SMS messages which will be sent from this toll-free number each month.",
      MONTHLY_VOLUMES,
    ),
    select(
      "messagingUseCase",
      "useCaseCategory",
      "REQUIRED",
      "Use case category",
      "The category which most closely aligns with your use case.",
      [
        ...USE_CASE_CATEGORIES,
        ["ONE_TIME_PASSCODES", "One time passcodes"],
        ["NON_POLITICAL_POLLING_AND_SURVEY", "Non political polling and survey"],
        ["DELIVERY_NOTIFICATIONS", "Delivery notifications"],
        ["EDUCATION", "Education"],
        ["PUBLIC_ANNOUNCEMENTS", "Public announcements"],
        ["CUSTOMER_CARE", "Customer care"],
        ["NON_PROFIT", "Non profit"],
        ["ACCOUNT_NOTIFICATIONS", "Account notifications"],
        ["EVENT_NOTIFICATIONS", "Event notifications"],
        ["FINANCIAL_TRANSACTIONS", "Financial transactions"],
        ["APPOINTMENT_REMINDERS", "Appointment reminders"],
        ["HEALTH_CARE", "Health care"],
        ["BOOKING_CONFIRMATIONS", "Booking confirmations"],
        ["OTHER", "Other"],
      ],
    ),
    text(
      "messagingUseCase",
      "useCaseDetails",
      "REQUIRED",
      "Use case details",
      "Additional context for the selected use case category.",
      [1, 500, NOT_BLANK],
    ),
    select(
      "messagingUseCase",
      "optInType",
      "REQUIRED",
      "Opt-in category",
      "How your users consent to receive messages.",
      [
        ["VERBAL", "Verbal"],
        ["DIGITAL_FORM", "Digital form"],
        ["PAPER_FORM", "Paper form"],
        ["TEXT", "Text"],
        ["QR_CODE", "QR code"],
      ],
    ),
    text(
      "messagingUseCase",
      "optInDescription",
      "REQUIRED",
      "Opt-in workflow description",
      "How users consent to receive SMS messages, for example by filling out an online form on your website.",
      [1, 1500, NOT_BLANK],
    ),
    attachment(
      "messagingUseCase",
      "optInImage",
      "REQUIRED",
      "Opt-in workflow image",
      "An image showing how users consent to receiving messages.",
    ),
    text(
      "messagingUseCase",
      "privacyPolicyUrl",
      "OPTIONAL",
      "Privacy policy URL",
      "A publicly accessible link to your privacy policy.",
      [1, 500, URL],
    ),
    text(
      "messagingUseCase",
      "termsAndConditionsUrl",
      "OPTIONAL",
      "Terms and conditions URL",
      "A publicly accessible link to your terms and conditions.",
      [1, 500, URL],
    ),
    ...messageSamples(306),
  ],
  conditions: {
    "companyInfo.taxId": { field: "companyInfo.businessType", values: ["SOLE_PROPRIETOR"], unless: true },
    "companyInfo.taxIdAuthority": {
      field: "companyInfo.businessType",
      values: ["SOLE_PROPRIETOR"],
      unless: true,
    },
    "companyInfo.taxIdCountry": {
      field: "companyInfo.businessType",
      values: ["SOLE_PROPRIETOR"],
      unless: true,
    },
  },
};

const US_TEN_DLC_BRAND: RegistrationType = {
  RegistrationType: "US_TEN_DLC_BRAND_REGISTRATION",
  SupportedAssociations: [],
  DisplayHints: {
    Title: "US 10DLC brand registration",
    ShortDescription:
      "Register your company or brand with the Campaign Registry before you register a campaign.",
  },
  sections: [
    section("companyInfo", "Brand registration information", "Your company's legal identity and address."),
    section("contactInfo", "Additional company and contact info", "How carriers and your users reach you."),
  ],
  fields: [
    text(
      "companyInfo",
      "companyName",
      "REQUIRED",
      "Legal company name",
      "The name that the company is registered under; it must match the company name of the tax ID.",
      [1, 100, NOT_BLANK],
      { example: "Example Corp" },
    ),
    text(
      "companyInfo",
      "taxIdIssuingCountry",
      "REQUIRED",
      "Country of tax registration",
      "The two letter ISO country code of the country where your company is registered.",
      [2, 2, COUNTRY],
      { example: "US" },
    ),
    text(
      "companyInfo",
      "taxId",
      "REQUIRED",
      "Tax ID or Business Registration Number",
      "Your company's tax ID: a US EIN, a Canadian Corporation number, or the primary tax ID of another country.",
      [1, 30, NOT_BLANK],
      { example: "123456789" },
    ),
    select(
      "companyInfo",
      "legalType",
      "REQUIRED",
      "Legal form of organization",
      "The option that best describes your company.",
      [
        ["PRIVATE_PROFIT", "Private for-profit"],
        ["PUBLIC_PROFIT", "Public for-profit"],
        ["NON_PROFIT", "Not-for-profit"],
        ["GOVERNMENT", "US government"],
      ],
    ),
    text(
      "companyInfo",
      "stockSymbol",
      "CONDITIONAL",
      "Stock symbol",
      "Your company's stock symbol; required for a public for-profit company.",
      [1, 10, NOT_BLANK],
    ),
    select(
      "companyInfo",
      "stockExchange",
      "CONDITIONAL",
      "Stock exchange",
      "The stock exchange your company is listed on; required for a public for-profit company.",
      ["NASDAQ", "NYSE", "AMEX", "TSX", "LON", "OTHER"],
    ),
    text(
      "companyInfo",
      "address",
      "REQUIRED",
      "Physical business address – Address/Street",
      "The physical street address associated with your company.",
      [1, 100, NOT_BLANK],
    ),
    text(
      "companyInfo",
      "city",
      "REQUIRED",
      "Physical business address – City",
      "The city where the physical address is located.",
      [1, 100, NOT_BLANK],
    ),
    text(
      "companyInfo",
      "state",
      "REQUIRED",
      "Physical business address – State or region",
      "The state or region where the address is located.",
      [1, 100, NOT_BLANK],
    ),
    text(
      "companyInfo",
      "zipCode",
      "REQUIRED",
      "Physical business address – Zip Code/Postal Code",
      "The ZIP or postal code for the address.",
      [1, 20, NOT_BLANK],
    ),
    text(
      "companyInfo",
      "isoCountryCode",
      "REQUIRED",
      "Physical business address – Country",
      "The two digit ISO country code.",
      [2, 2, COUNTRY],
      { example: "US" },
    ),
    text(
      "companyInfo",
      "brandVerificationEmail",
      "CONDITIONAL",
      "Brand verification email",
      "The email of a person who works at the brand and can complete the email authentication; required for a public for-profit company.",
      [5, 100, EMAIL],
    ),
    text(
      "contactInfo",
      "dbaName",
      "REQUIRED",
      "Doing Business As (DBA) or brand name",
      "Any other names that your company does business as.",
      [1, 100, NOT_BLANK],
    ),
    select(
      "contactInfo",
      "vertical",
      "REQUIRED",
      "Vertical",
      "The category that best describes the company you're registering.",
      VERTICALS,
    ),
    text(
      "contactInfo",
      "website",
      "REQUIRED",
      "Company website",
      'The full URL of your company\'s website, with "http://" or "https://" at the beginning.',
      [1, 500, URL],
    ),
    ...SUPPORT_CONTACT,
  ],
  conditions: {
    "companyInfo.stockSymbol": { field: "companyInfo.legalType", values: ["PUBLIC_PROFIT"] },
    "companyInfo.stockExchange": { field: "companyInfo.legalType", values: ["PUBLIC_PROFIT"] },
    "companyInfo.brandVerificationEmail": { field: "companyInfo.legalType", values: ["PUBLIC_PROFIT"] },
  },
};

const US_TEN_DLC_CAMPAIGN: RegistrationType = {
  RegistrationType: "US_TEN_DLC_CAMPAIGN_REGISTRATION",
  SupportedAssociations: [
    {
      ResourceType: "US_TEN_DLC_BRAND_REGISTRATION",
      AssociationBehavior: "ASSOCIATE_BEFORE_SUBMIT",
      DisassociationBehavior: "DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION",
    },
    {
      ResourceType: "TEN_DLC",
      IsoCountryCode: "US",
      AssociationBehavior: "ASSOCIATE_AFTER_COMPLETE",
      DisassociationBehavior: "DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION",
    },
  ],
  DisplayHints: {
    Title: "US 10DLC campaign registration",
    ShortDescription: "Register a 10DLC campaign (use case) of a registered brand.",
  },
  sections: [
    section(
      "campaignInfo",
      "10DLC campaign registration information",
      "What the campaign is and how users opt in.",
    ),
    section(
      "campaignCapabilities",
      "Messaging capabilities",
      "The channels and message type of the campaign.",
    ),
    section("campaignUseCase", "Messaging use case", "The campaign's use case and content attributes."),
    SAMPLES_SECTION,
  ],
  fields: [
    text(
      "campaignInfo",
      "campaignName",
      "REQUIRED",
      "Campaign description",
      "A name for the 10DLC campaign and a description of the campaign's purpose.",
      [40, 4096, NOT_BLANK],
    ),
    select(
      "campaignInfo",
      "vertical",
      "REQUIRED",
      "Vertical",
      "The option that represents your company.",
      VERTICALS,
    ),
    text(
      "campaignInfo",
      "termsAndConditionsLink",
      "CONDITIONAL",
      "Company Terms & Conditions URL",
      "The publicly accessible URL of your Terms & Conditions; required unless you attach them.",
      [1, 500, URL],
    ),
    attachment(
      "campaignInfo",
      "termsAndConditionsFile",
      "OPTIONAL",
      "Company Terms & Conditions file",
      "A file that contains your Terms & Conditions.",
    ),
    text(
      "campaignInfo",
      "privacyPolicyLink",
      "CONDITIONAL",
      "Privacy Policy URL",
      "The publicly accessible URL of your Privacy Policy; required unless you attach it.",
      [1, 500, URL],
    ),
    attachment(
      "campaignInfo",
      "privacyPolicyFile",
      "OPTIONAL",
      "Privacy Policy file",
      "A file that contains your Privacy Policy.",
    ),
    text(
      "campaignInfo",
      "optInWorkflow",
      "REQUIRED",
      "Campaign opt-in workflow",
      "How users consent to receive SMS and MMS messages; every opt-in method, without leading or trailing spaces.",
      [40, 2048, TRIMMED],
    ),
    attachment(
      "campaignInfo",
      "optInScreenshot",
      "OPTIONAL",
      "Campaign opt-in screenshot",
      "A file showing how users consent to receiving messages.",
    ),
    text(
      "campaignInfo",
      "optInKeyword",
      "OPTIONAL",
      "Opt-in keyword",
      "The keyword that your customers send to opt in.",
      [1, 50, NOT_BLANK],
    ),
    text(
      "campaignInfo",
      "optInMessage",
      "REQUIRED",
      "Opt-in confirmation message",
      "The message that your customers receive when they send the opt-in keyword.",
      [20, 160, NOT_BLANK],
    ),
    text(
      "campaignInfo",
      "helpMessage",
      "REQUIRED",
      "Help message",
      'The message that your customers receive when they send the keyword "HELP".',
      [20, 160, NOT_BLANK],
    ),
    text(
      "campaignInfo",
      "stopMessage",
      "REQUIRED",
      "Stop message",
      'The message that your customers receive when they send the keyword "STOP".',
      [20, 160, NOT_BLANK],
    ),
    select(
      "campaignCapabilities",
      "numberCapabilities",
      "REQUIRED",
      "Number capabilities",
      "The capabilities applied to the campaign's 10DLC phone numbers.",
      [
        ["SMS", "SMS"],
        ["SMS_MMS", "SMS and MMS"],
        ["SMS_VOICE", "SMS and Voice"],
        ["SMS_MMS_VOICE", "SMS and MMS and VOICE"],
      ],
    ),
    select(
      "campaignCapabilities",
      "messageType",
      "OPTIONAL",
      "Message type",
      "Transactional for time-sensitive content such as alerts and one-time passwords; Promotional for marketing.",
      ["Transactional", "Promotional"],
    ),
    select(
      "campaignUseCase",
      "useCase",
      "REQUIRED",
      "Use case",
      "The use case that most closely resembles your campaign.",
      [
        ["ACCOUNT_NOTIFICATION", "Account Notifications"],
        ["CHARITY", "Charity"],
        ["CUSTOMER_CARE", "Customer care"],
        ["DELIVERY_NOTIFICATION", "Delivery notifications"],
        ["FRAUD_ALERT", "Fraud alert messaging"],
        ["HIGHER_EDUCATION", "Higher education"],
        ["LOW_VOLUME", "Low Volume"],
        ["MARKETING", "Marketing"],
        ["MIXED", "Mixed"],
        ["PUBLIC_SERVICE_ANNOUNCEMENT", "Public service announcement"],
        ["POLLING_VOTING", "Polling and voting"],
        ["SECURITY_ALERT", "Security alert"],
        ["TWO_FACTOR_AUTHENTICATION", "Two factor authentication"],
      ],
    ),
    select(
      "campaignUseCase",
      "subUseCases",
      "OPTIONAL",
      "Sub use case",
      "Up to five sub use cases.",
      [
        "ACCOUNT_NOTIFICATION",
        "CUSTOMER_CARE",
        "DELIVERY_NOTIFICATION",
        "FRAUD_ALERT",
        "HIGHER_EDUCATION",
        "MARKETING",
        "POLLING_VOTING",
        "PUBLIC_SERVICE_ANNOUNCEMENT",
        "SECURITY_ALERT",
        "TWO_FACTOR_AUTHENTICATION",
      ],
      [1, 5],
    ),
    ...(
      [
        [
          "subscriberOptIn",
          "Subscriber opt-in",
          "Subscribers can opt in to receive messages about this campaign.",
        ],
        [
          "subscriberOptOut",
          "Subscriber opt-out",
          "Subscribers can opt out of receiving messages about this campaign.",
        ],
        [
          "subscriberHelp",
          "Subscriber help",
          "Subscribers can contact the message sender after sending the HELP keyword.",
        ],
        [
          "directLending",
          "Direct lending or loan arrangement",
          "The campaign includes information about direct lending or other loan arrangements.",
        ],
        [
          "embeddedLink",
          "Embedded link",
          "The campaign includes an embedded link (not from a common URL shortener).",
        ],
        [
          "embeddedPhone",
          "Embedded phone number",
          "The campaign includes a phone number that isn't a customer support number.",
        ],
        [
          "ageGated",
          "Age-gated content",
          "The campaign includes age-gated content as defined by carrier and CTIA guidelines.",
        ],
      ] as const
    ).map(([name, title, short]) => select("campaignUseCase", name, "REQUIRED", title, short, YES_NO)),
    text(
      "campaignUseCase",
      "embeddedLinkSample",
      "OPTIONAL",
      "Embedded link sample",
      "An example of an embedded link that will be sent.",
      [1, 255, URL],
    ),
    ...messageSamples(1024, 20),
  ],
  conditions: {
    "campaignInfo.termsAndConditionsLink": { unlessSet: "campaignInfo.termsAndConditionsFile" },
    "campaignInfo.privacyPolicyLink": { unlessSet: "campaignInfo.privacyPolicyFile" },
  },
  needs: { registrationType: "US_TEN_DLC_BRAND_REGISTRATION", status: "COMPLETE" },
};

/** A sender ID as AWS takes one: 1-11 letters, digits or hyphens, at least one letter, no hyphen first or last. */
const SENDER_ID = "^(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]{0,9}[A-Za-z0-9])?$";

const GB_SENDER_ID: RegistrationType = {
  RegistrationType: "GB_SENDER_ID_REGISTRATION",
  SupportedAssociations: [
    {
      ResourceType: "SENDER_ID",
      IsoCountryCode: "GB",
      AssociationBehavior: "ASSOCIATE_ON_APPROVAL",
      DisassociationBehavior: "DELETE_REGISTRATION_DISASSOCIATES",
    },
  ],
  DisplayHints: {
    Title: "United Kingdom sender ID registration",
    ShortDescription:
      "Register a sender ID for the United Kingdom (required for one protected by the MEF registry).",
  },
  sections: [
    ...COMPANY_AND_CONTACT_SECTIONS,
    section("senderIdInfo", "Sender ID info", "The sender ID to register."),
    section("messagingUseCase", "Messaging use case", "How you will use the sender ID."),
    SAMPLES_SECTION,
  ],
  fields: [
    COMPANY_NAME,
    text(
      "companyInfo",
      "taxId",
      "REQUIRED",
      "Tax ID or Business Registration Number",
      "Your company's tax ID.",
      [1, 30, NOT_BLANK],
    ),
    ...companyWebsiteAndAddress("OPTIONAL", "GB"),
    ...CONTACT_NAME,
    text(
      "contactInfo",
      "emailAddress",
      "REQUIRED",
      "Contact email",
      "The email address of your business's point of contact.",
      [5, 100, EMAIL],
    ),
    text(
      "contactInfo",
      "phoneNumber",
      "REQUIRED",
      "Contact phone number",
      "The phone number of your business's point of contact.",
      [3, 16, E164],
      { example: "+447700900123" },
    ),
    text(
      "senderIdInfo",
      "senderId",
      "REQUIRED",
      "Sender ID",
      "The sender ID to request; its casing must match what is registered with the MEF.",
      [1, 11, SENDER_ID],
      { example: "EXAMPLECO" },
    ),
    attachment(
      "senderIdInfo",
      "letterOfAuthorization",
      "CONDITIONAL",
      "Letter of authorization image",
      "Image of your signed letter of authorization (LOA)",
    ),
    text(
      "senderIdInfo",
      "senderIdDescription",
      "OPTIONAL",
      "Sender ID description",
      "If it is not obvious, explain the connection between your company name and this sender ID.",
      [1, 500, NOT_BLANK],
    ),
    select(
      "messagingUseCase",
      "monthlyMessageVolume",
      "REQUIRED",
      "Monthly SMS volume",
      "Estimated number of SMS messages which will be sent from this sender ID each month.",
      MONTHLY_VOLUMES,
    ),
    select(
      "messagingUseCase",
      "useCaseCategory",
      "REQUIRED",
      "Use case category",
      "The category which most closely aligns with your use case.",
      [...USE_CASE_CATEGORIES, ["OTHER", "Other"]],
    ),
    text(
      "messagingUseCase",
      "useCaseDetails",
      "REQUIRED",
      "Use case details",
      "Additional context for the selected use case category.",
      [1, 500, NOT_BLANK],
    ),
    ...messageSamples(306),
  ],
  conditions: {},
  provisionsSenderId: { field: "senderIdInfo.senderId", isoCountryCode: "GB" },
};

/** The modelled registration types, in the order DescribeRegistrationTypeDefinitions lists them. */
export const REGISTRATION_TYPES: ReadonlyMap<string, RegistrationType> = new Map(
  [US_TOLL_FREE, US_TEN_DLC_BRAND, US_TEN_DLC_CAMPAIGN, GB_SENDER_ID].map((t) => [t.RegistrationType, t]),
);

/** The field definition `fieldPath` of `type`, if it has one. */
export function fieldDefinition(type: RegistrationType, fieldPath: string): FieldDefinition | undefined {
  return type.fields.find((f) => f.FieldPath === fieldPath);
}

/** Nothing if `type` has a section `sectionPath`, else ValidationException UNKNOWN_REGISTRATION_SECTION naming `member`. */
export function checkSection(type: RegistrationType, sectionPath: string, member: string): void {
  if (!type.sections.some((s) => s.SectionPath === sectionPath)) {
    throw invalidField(
      "UNKNOWN_REGISTRATION_SECTION",
      member,
      `'${sectionPath}' is not a section of ${type.RegistrationType}; its sections are ${type.sections.map((s) => s.SectionPath).join(", ")}.`,
    );
  }
}

/** The type named `name`, or ValidationException UNKNOWN_REGISTRATION_TYPE naming `member`. */
export function registrationTypeNamed(name: string, member = "RegistrationType"): RegistrationType {
  const type = REGISTRATION_TYPES.get(name);
  if (!type) {
    throw invalidField(
      "UNKNOWN_REGISTRATION_TYPE",
      member,
      `${member} '${name}' is not a registration type this endpoint knows; DescribeRegistrationTypeDefinitions lists them: ${[...REGISTRATION_TYPES.keys()].join(", ")}.`,
    );
  }
  return type;
}

/** The model's RegistrationTypeDefinition. */
export function typeDefinition(type: RegistrationType): Record<string, unknown> {
  return {
    RegistrationType: type.RegistrationType,
    SupportedAssociations: type.SupportedAssociations.map((a) => ({ ...a })),
    DisplayHints: { ...type.DisplayHints },
  };
}
