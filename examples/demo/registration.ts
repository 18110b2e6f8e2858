// The registration every US toll-free number needs before it sends (AWS keeps the number PENDING until one
// associated with it is COMPLETE): create it, fill its form, attach the opt-in screenshot, associate the number
// and submit; the emulator's review approves it.
import {
  CreateRegistrationAssociationCommand,
  CreateRegistrationAttachmentCommand,
  CreateRegistrationCommand,
  DescribeRegistrationsCommand,
  type PinpointSMSVoiceV2Client,
  PutRegistrationFieldValueCommand,
  SubmitRegistrationVersionCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";

/** The form as DescribeRegistrationFieldDefinitions defines it: text fields, then select fields. */
const TEXT: Record<string, string> = {
  "companyInfo.companyName": "AnyCompany",
  "companyInfo.website": "https://anycompany.example",
  "companyInfo.address1": "100 Main Street",
  "companyInfo.city": "Seattle",
  "companyInfo.state": "WA",
  "companyInfo.zipCode": "98101",
  "companyInfo.isoCountryCode": "US",
  "companyInfo.taxId": "12-3456789",
  "companyInfo.taxIdCountry": "US",
  "contactInfo.firstName": "Ana",
  "contactInfo.lastName": "Diaz",
  "contactInfo.supportEmail": "sms@anycompany.example",
  "contactInfo.supportPhoneNumber": "+12065550142",
  "messagingUseCase.useCaseDetails": "Order and delivery notices to AnyCompany customers.",
  "messagingUseCase.optInDescription": "Customers tick an unchecked SMS box when they place an order.",
  "messageSamples.messageSample1": "AnyCompany: your order has shipped. Reply STOP to opt out.",
};
const CHOICES: Record<string, string> = {
  "companyInfo.businessType": "PRIVATE_PROFIT",
  "companyInfo.taxIdAuthority": "EIN",
  "messagingUseCase.monthlyMessageVolume": "10,000",
  "messagingUseCase.useCaseCategory": "DELIVERY_NOTIFICATIONS",
  "messagingUseCase.optInType": "DIGITAL_FORM",
};
/** A PNG file's signature: enough for the emulator, which checks an attachment's type by its first bytes. */
const OPT_IN_SCREENSHOT = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Registers the toll-free number `phoneNumberId`; answers the registration's status after its review. */
export async function registerTollFree(
  sdk: PinpointSMSVoiceV2Client,
  phoneNumberId: string,
): Promise<string> {
  const { RegistrationId } = await sdk.send(
    new CreateRegistrationCommand({ RegistrationType: "US_TOLL_FREE_REGISTRATION" }),
  );
  const put = (FieldPath: string, value: object) =>
    sdk.send(new PutRegistrationFieldValueCommand({ RegistrationId, FieldPath, ...value }));
  for (const [path, text] of Object.entries(TEXT)) await put(path, { TextValue: text });
  for (const [path, choice] of Object.entries(CHOICES)) await put(path, { SelectChoices: [choice] });
  const { RegistrationAttachmentId } = await sdk.send(
    new CreateRegistrationAttachmentCommand({ AttachmentBody: OPT_IN_SCREENSHOT }),
  );
  await put("messagingUseCase.optInImage", { RegistrationAttachmentId });
  await sdk.send(new CreateRegistrationAssociationCommand({ RegistrationId, ResourceId: phoneNumberId }));
  await sdk.send(new SubmitRegistrationVersionCommand({ RegistrationId }));
  const { Registrations } = await sdk.send(
    new DescribeRegistrationsCommand({ RegistrationIds: [RegistrationId!] }),
  );
  return Registrations?.[0]?.RegistrationStatus ?? "unknown";
}
