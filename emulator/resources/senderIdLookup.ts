// Finds a sender ID from a SenderIdOrArn and an IsoCountryCode, as Describe/Update/ReleaseSenderId name it.

import { invalidField, notFound } from "../errors";
import type { OperationContext } from "../operations/context";
import { SENDER_IDS, type SenderIdRecord, senderIdKey } from "./senderId";

/** The sender ID as the caller sees it (`own`: only its own); ResourceNotFoundException when there is none. */
export function senderIdOf(
  senderIdOrArn: string,
  isoCountryCode: string,
  context: OperationContext,
  own: boolean,
  member = "SenderId",
): SenderIdRecord {
  let record: SenderIdRecord | undefined;
  if (senderIdOrArn.startsWith("arn:")) {
    const parsed = SENDER_IDS.parseArn(senderIdOrArn);
    if (!parsed) {
      throw invalidField(
        "INVALID_ARN",
        member,
        `Value '${senderIdOrArn}' at '${member}' is not a sender ID ARN (arn:aws:sms-voice:<region>:<account>:sender-id/<SenderId>/<IsoCountryCode>)`,
      );
    }
    record = own ? context.findOwn(SENDER_IDS, senderIdOrArn) : context.find(SENDER_IDS, senderIdOrArn);
    if (record && record.isoCountryCode !== isoCountryCode) record = undefined;
  } else {
    record = context.findOwn(SENDER_IDS, senderIdKey(senderIdOrArn, isoCountryCode));
  }
  if (!record) throw notFound("sender-id", senderIdOrArn);
  return record;
}
