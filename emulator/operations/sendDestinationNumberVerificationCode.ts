// SendDestinationNumberVerificationCode: sends a new six-digit code to a PENDING destination number, by text or
// voice; the message is in the sent-message log (source VERIFICATION_CODE, the code in its body), where a test
// reads it, and only the newest code is good. AWS: "You can attempt to resend a code up to five times within 24
// hours" (VERIFICATION_ATTEMPTS_PER_DAY); a VERIFIED number is VERIFICATION_ALREADY_COMPLETE. The
// OriginationIdentity and ConfigurationSetName given must exist.

import { countryOf } from "../countries";
import { quotaExceeded } from "../errors";
import { messageLogOf, newMessageId, type SentMessage } from "../messages";
import { CONFIGURATION_SETS } from "../resources/configurationSet";
import {
  codeDigest,
  DAY_MS,
  pendingDestinationNumber,
  VERIFIED_DESTINATION_NUMBERS,
} from "../resources/verifiedDestinationNumber";
import { findIdentity } from "../sending";
import { defineOperation } from "./context";

interface SendDestinationNumberVerificationCodeInput {
  VerifiedDestinationNumberId: string;
  VerificationChannel: "TEXT" | "VOICE";
  LanguageCode?: string;
  OriginationIdentity?: string;
  ConfigurationSetName?: string;
  Context?: Record<string, string>;
}

const MAX_CODES_PER_DAY = 5;

export const sendDestinationNumberVerificationCode =
  defineOperation<SendDestinationNumberVerificationCodeInput>(
    "SendDestinationNumberVerificationCode",
    (request, context) => {
      const number = pendingDestinationNumber(context, request.VerifiedDestinationNumberId);
      const set =
        request.ConfigurationSetName === undefined
          ? undefined
          : context.getOwn(CONFIGURATION_SETS, request.ConfigurationSetName);
      const country = countryOf(number.destinationPhoneNumber) ?? "";
      const identity =
        request.OriginationIdentity === undefined
          ? undefined
          : findIdentity(request.OriginationIdentity, country, context);
      const recent = number.codesSentMs.filter((t) => t > context.now - DAY_MS);
      if (recent.length >= MAX_CODES_PER_DAY) {
        throw quotaExceeded(
          "VERIFICATION_ATTEMPTS_PER_DAY",
          `Destination number '${number.id}' was sent ${recent.length} verification codes in the last 24 hours, the most AWS allows; try again from ${new Date(recent[0] + DAY_MS).toISOString()}.`,
        );
      }
      const code = String(Math.floor(context.random.next() * 1_000_000)).padStart(6, "0");
      context.collection(VERIFIED_DESTINATION_NUMBERS).update(number, (n) => {
        n.codeSha256 = codeDigest(code);
        n.codeSentMs = context.now;
        n.codesSentMs = [...recent, context.now];
        n.lastAttemptMs = context.now;
      });
      const entry: SentMessage = {
        messageId: newMessageId(context.random),
        at: context.now,
        source: "VERIFICATION_CODE",
        channel: request.VerificationChannel === "VOICE" ? "VOICE" : "SMS",
        accountId: context.accountId,
        region: context.region,
        destinationPhoneNumber: number.destinationPhoneNumber,
        destinationCountry: country,
        messageBody: `Your verification code is ${code}.`,
        outcome: "SENT",
      };
      if (request.OriginationIdentity !== undefined)
        entry.requestedOriginationIdentity = request.OriginationIdentity;
      if (identity) {
        const record =
          "phone" in identity ? identity.phone : "pool" in identity ? identity.pool : identity.sender;
        entry.originationIdentity = record.id;
        entry.originationIdentityArn = record.arn;
      }
      if (set) entry.configurationSetName = set.id;
      if (request.Context !== undefined) entry.context = { ...request.Context };
      messageLogOf(context.store).add(entry);
      return { MessageId: entry.messageId };
    },
  );
