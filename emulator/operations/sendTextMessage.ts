// SendTextMessage: an SMS, checked as AWS checks it (sending.ts) and written to the message log.

import type { MessageType } from "../resources/pool";
import { send } from "../sending";
import { defineOperation } from "./context";

interface SendTextMessageInput {
  DestinationPhoneNumber: string;
  OriginationIdentity?: string;
  MessageBody?: string;
  MessageType?: MessageType;
  Keyword?: string;
  ConfigurationSetName?: string;
  MaxPrice?: string;
  TimeToLive?: number;
  Context?: Record<string, string>;
  DestinationCountryParameters?: Record<string, string>;
  DryRun?: boolean;
  ProtectConfigurationId?: string;
  MessageFeedbackEnabled?: boolean;
}

export const sendTextMessage = defineOperation<SendTextMessageInput>("SendTextMessage", (request, context) =>
  send({ ...request, channel: "SMS" }, context),
);
