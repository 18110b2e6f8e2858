// Public entry of `pulumi-sms-pools/emulator`: startEmulator and its types.

export { startEmulator } from "./emulator";
export type { InboundMessage, InboundResult } from "./inbound";
export type { SentMessage, SentMessageFilter } from "./messages";
export type {
  AccountSettings,
  Emulator,
  EmulatorOptions,
  FaultRule,
  RequestLogEntry,
  Seed,
  SeedOptOutList,
  SeedPhoneNumber,
  SeedPool,
  SeedRegistration,
  SeedRegistrationAttachment,
  SeedResourcePolicy,
  SeedSenderId,
  SeedVerifiedDestinationNumber,
} from "./options";
export type { RegistrationReview, RegistrationReviewRule } from "./registrationReview";
