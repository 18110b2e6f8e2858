// Helpers for the registration specs: a complete, valid set of field values for each modelled registration type,
// a PNG to attach, and a client-side filler that creates, fills and (optionally) associates a registration.

import {
  CreateRegistrationAssociationCommand,
  CreateRegistrationAttachmentCommand,
  CreateRegistrationCommand,
  type PinpointSMSVoiceV2Client,
  PutRegistrationFieldValueCommand,
  RequestPhoneNumberCommand,
  type RequestPhoneNumberCommandInput,
  SubmitRegistrationVersionCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";

/** The smallest bytes that are a PNG file to the emulator (its signature), padded. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64),
]);

type Value = string | string[] | { attachment: true };

const ATTACHED = { attachment: true } as const;

/** Field path -> value (text, choices, or an attachment to create) of a registration every check accepts. */
export const FORMS: Record<string, Record<string, Value>> = {
  US_TOLL_FREE_REGISTRATION: {
    "companyInfo.companyName": "Example Corp",
    "companyInfo.website": "https://example.com",
    "companyInfo.address1": "1 Main Street",
    "companyInfo.city": "Seattle",
    "companyInfo.state": "WA",
    "companyInfo.zipCode": "98101",
    "companyInfo.isoCountryCode": "US",
    "companyInfo.businessType": ["PRIVATE_PROFIT"],
    "companyInfo.taxId": "12-3456789",
    "companyInfo.taxIdAuthority": ["EIN"],
    "companyInfo.taxIdCountry": "US",
    "contactInfo.firstName": "Ana",
    "contactInfo.lastName": "Diaz",
    "contactInfo.supportEmail": "sms@example.com",
    "contactInfo.supportPhoneNumber": "+12065550142",
    "messagingUseCase.monthlyMessageVolume": ["1,000"],
    "messagingUseCase.useCaseCategory": ["ONE_TIME_PASSCODES"],
    "messagingUseCase.useCaseDetails": "One-time passcodes for signing in to Example Corp.",
    "messagingUseCase.optInType": ["DIGITAL_FORM"],
    "messagingUseCase.optInDescription": "Users tick an unchecked box on the sign-up form.",
    "messagingUseCase.optInImage": ATTACHED,
    "messageSamples.messageSample1": "Example Corp: your code is 123456. Reply STOP to opt out.",
  },
  US_TEN_DLC_BRAND_REGISTRATION: {
    "companyInfo.companyName": "Example Corp",
    "companyInfo.taxIdIssuingCountry": "US",
    "companyInfo.taxId": "123456789",
    "companyInfo.legalType": ["PRIVATE_PROFIT"],
    "companyInfo.address": "1 Main Street",
    "companyInfo.city": "Seattle",
    "companyInfo.state": "WA",
    "companyInfo.zipCode": "98101",
    "companyInfo.isoCountryCode": "US",
    "contactInfo.dbaName": "Example",
    "contactInfo.vertical": ["TECHNOLOGY"],
    "contactInfo.website": "https://example.com",
    "contactInfo.supportEmail": "sms@example.com",
    "contactInfo.supportPhoneNumber": "+12065550142",
  },
  US_TEN_DLC_CAMPAIGN_REGISTRATION: {
    "campaignInfo.campaignName":
      "Example Corp account alerts: sign-in codes and account notices for our customers.",
    "campaignInfo.vertical": ["TECHNOLOGY"],
    "campaignInfo.termsAndConditionsLink": "https://example.com/terms",
    "campaignInfo.privacyPolicyLink": "https://example.com/privacy",
    "campaignInfo.optInWorkflow":
      "Customers tick an unchecked SMS box on https://example.com/signup to opt in.",
    "campaignInfo.optInMessage": "Example Corp: you are subscribed to account alerts.",
    "campaignInfo.helpMessage": "Example Corp: for help visit example.com. Reply STOP to cancel.",
    "campaignInfo.stopMessage": "Example Corp: you are unsubscribed and will get no more messages.",
    "campaignCapabilities.numberCapabilities": ["SMS"],
    "campaignUseCase.useCase": ["ACCOUNT_NOTIFICATION"],
    "campaignUseCase.subscriberOptIn": ["Yes"],
    "campaignUseCase.subscriberOptOut": ["Yes"],
    "campaignUseCase.subscriberHelp": ["Yes"],
    "campaignUseCase.directLending": ["No"],
    "campaignUseCase.embeddedLink": ["No"],
    "campaignUseCase.embeddedPhone": ["No"],
    "campaignUseCase.ageGated": ["No"],
    "messageSamples.messageSample1": "Example Corp: your sign-in code is 123456.",
  },
  GB_SENDER_ID_REGISTRATION: {
    "companyInfo.companyName": "Example Ltd",
    "companyInfo.taxId": "GB123456789",
    "companyInfo.website": "https://example.co.uk",
    "companyInfo.address1": "1 High Street",
    "companyInfo.city": "London",
    "companyInfo.zipCode": "SW1A 1AA",
    "companyInfo.isoCountryCode": "GB",
    "contactInfo.firstName": "Sam",
    "contactInfo.lastName": "Jones",
    "contactInfo.emailAddress": "sms@example.co.uk",
    "contactInfo.phoneNumber": "+447700900123",
    "senderIdInfo.senderId": "EXAMPLE",
    "messagingUseCase.monthlyMessageVolume": ["10,000"],
    "messagingUseCase.useCaseCategory": ["NOTIFICATIONS"],
    "messagingUseCase.useCaseDetails": "Delivery notices for Example Ltd's customers.",
    "messageSamples.messageSample1": "EXAMPLE: your parcel arrives today.",
  },
};

/** Puts each value of `values` into the registration's current version (attachments created on the way). */
export async function putFields(
  client: PinpointSMSVoiceV2Client,
  RegistrationId: string,
  values: Record<string, Value>,
): Promise<void> {
  for (const [FieldPath, value] of Object.entries(values)) {
    if (typeof value === "string") {
      await client.send(
        new PutRegistrationFieldValueCommand({ RegistrationId, FieldPath, TextValue: value }),
      );
    } else if (Array.isArray(value)) {
      await client.send(
        new PutRegistrationFieldValueCommand({ RegistrationId, FieldPath, SelectChoices: value }),
      );
    } else {
      const { RegistrationAttachmentId } = await client.send(
        new CreateRegistrationAttachmentCommand({ AttachmentBody: PNG }),
      );
      await client.send(
        new PutRegistrationFieldValueCommand({ RegistrationId, FieldPath, RegistrationAttachmentId }),
      );
    }
  }
}

/** A registration of `type` with every field of FORMS filled (less `omit`), not yet submitted. */
export async function filledRegistration(
  client: PinpointSMSVoiceV2Client,
  type: string,
  omit: readonly string[] = [],
): Promise<string> {
  const { RegistrationId } = await client.send(new CreateRegistrationCommand({ RegistrationType: type }));
  const values = Object.fromEntries(Object.entries(FORMS[type]).filter(([path]) => !omit.includes(path)));
  await putFields(client, RegistrationId!, values);
  return RegistrationId!;
}

/** A new US toll-free number (PENDING until its registration is COMPLETE). */
export async function tollFreeNumber(
  client: PinpointSMSVoiceV2Client,
  input: Partial<RequestPhoneNumberCommandInput> = {},
): Promise<{ id: string; arn: string; number: string }> {
  const requested = await client.send(
    new RequestPhoneNumberCommand({
      IsoCountryCode: "US",
      MessageType: "TRANSACTIONAL",
      NumberCapabilities: ["SMS"],
      NumberType: "TOLL_FREE",
      ...input,
    }),
  );
  return { id: requested.PhoneNumberId!, arn: requested.PhoneNumberArn!, number: requested.PhoneNumber! };
}

/** A filled toll-free registration with a new toll-free number associated, ready to submit. */
export async function tollFreeRegistration(
  client: PinpointSMSVoiceV2Client,
): Promise<{ registrationId: string; phone: { id: string; arn: string; number: string } }> {
  const registrationId = await filledRegistration(client, "US_TOLL_FREE_REGISTRATION");
  const phone = await tollFreeNumber(client);
  await client.send(
    new CreateRegistrationAssociationCommand({ RegistrationId: registrationId, ResourceId: phone.id }),
  );
  return { registrationId, phone };
}

/**
 * A US toll-free number that can send: requested (with `input`), its registration filled, associated and
 * submitted; the emulator's review approves it (with the default reviewDelayMs 0, by the next request).
 */
export async function registeredTollFreeNumber(
  client: PinpointSMSVoiceV2Client,
  input: Partial<RequestPhoneNumberCommandInput> = {},
): Promise<{ id: string; arn: string; number: string }> {
  const registrationId = await filledRegistration(client, "US_TOLL_FREE_REGISTRATION");
  const phone = await tollFreeNumber(client, input);
  await client.send(
    new CreateRegistrationAssociationCommand({ RegistrationId: registrationId, ResourceId: phone.id }),
  );
  await client.send(new SubmitRegistrationVersionCommand({ RegistrationId: registrationId }));
  return phone;
}
