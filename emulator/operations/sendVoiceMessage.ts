// SendVoiceMessage: a voice call reading MessageBody, checked like a text (sending.ts) but needing a phone
// number with the VOICE capability (a sender ID can't call); written to the message log.

import { send } from "../sending";
import { defineOperation } from "./context";

interface SendVoiceMessageInput {
  DestinationPhoneNumber: string;
  OriginationIdentity: string;
  MessageBody?: string;
  MessageBodyTextType?: "TEXT" | "SSML";
  VoiceId?: string;
  ConfigurationSetName?: string;
  MaxPricePerMinute?: string;
  TimeToLive?: number;
  Context?: Record<string, string>;
  DryRun?: boolean;
  ProtectConfigurationId?: string;
  MessageFeedbackEnabled?: boolean;
}

export const sendVoiceMessage = defineOperation<SendVoiceMessageInput>(
  "SendVoiceMessage",
  (request, context) => send({ ...request, channel: "VOICE" }, context),
);
