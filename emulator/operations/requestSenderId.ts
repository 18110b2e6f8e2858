// RequestSenderId: a sender ID that needs no registration, in one country. The ID follows the model's documented
// rule (1-11 letters, digits or hyphens, at least one letter, no hyphen first or last); the country must be one
// AWS sends SMS to, and one whose sender IDs AWS supports (else SENDER_ID_NOT_SUPPORTED); the same SenderId twice
// in one country is ConflictException RESOURCE_ALREADY_EXISTS unless the ClientToken repeats.

import { SMS_COUNTRIES } from "../countries";
import { conflict, invalidField } from "../errors";
import { sortKeyOf, type Tag } from "../resources/kind";
import { SENDER_IDS, type SenderIdRecord, senderIdInformation, senderIdKey } from "../resources/senderId";
import { createTags } from "../resources/tags";
import { defineOperation } from "./context";

interface RequestSenderIdInput {
  SenderId: string;
  IsoCountryCode: string;
  MessageTypes?: Array<"TRANSACTIONAL" | "PROMOTIONAL">;
  DeletionProtectionEnabled?: boolean;
  Tags?: Tag[];
  ClientToken?: string;
}

/** The model's documentation of RequestSenderIdRequest.SenderId, stricter than its pattern `[A-Za-z0-9_-]+`. */
const SENDER_ID_RULE = /^(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]{0,9}[A-Za-z0-9])?$/;

export const requestSenderId = defineOperation<RequestSenderIdInput>(
  "RequestSenderId",
  (request, context) => {
    const senders = context.collection(SENDER_IDS);
    const token = context.clientToken("RequestSenderId", request.ClientToken);
    const repeated = token.earlier === undefined ? undefined : senders.get(token.earlier);
    if (repeated) return { ...senderIdInformation(repeated), Tags: repeated.tags };
    const tags = createTags(request.Tags);

    if (!SENDER_ID_RULE.test(request.SenderId)) {
      throw invalidField(
        "FIELD_VALIDATION_FAILED",
        "SenderId",
        `SenderId '${request.SenderId}' must be 1-11 letters (A-Z, a-z), digits or hyphens, with at least one letter and no hyphen first or last.`,
      );
    }
    const country = SMS_COUNTRIES.get(request.IsoCountryCode);
    if (!country) {
      throw invalidField(
        "INVALID_PARAMETER",
        "IsoCountryCode",
        `IsoCountryCode '${request.IsoCountryCode}' is not a country AWS sends SMS to.`,
      );
    }
    if (country.senderIds === "NO") {
      throw invalidField(
        "SENDER_ID_NOT_SUPPORTED",
        "IsoCountryCode",
        `Sender IDs are not supported in '${request.IsoCountryCode}'; send from a phone number there.`,
      );
    }
    const id = senderIdKey(request.SenderId, request.IsoCountryCode);
    if (senders.own(context.region, context.accountId, id)) {
      throw conflict(
        "RESOURCE_ALREADY_EXISTS",
        "sender-id",
        request.SenderId,
        `Sender ID '${request.SenderId}' already exists in ${request.IsoCountryCode}.`,
      );
    }
    const sender: SenderIdRecord = {
      id,
      arn: SENDER_IDS.arn(context.region, context.accountId, id),
      accountId: context.accountId,
      region: context.region,
      createdMs: context.now,
      sortKey: sortKeyOf(context.now, context.accountId, id),
      senderId: request.SenderId,
      isoCountryCode: request.IsoCountryCode,
      messageTypes: request.MessageTypes?.length
        ? [...new Set(request.MessageTypes)]
        : ["TRANSACTIONAL", "PROMOTIONAL"],
      monthlyLeasingPrice: "0.00",
      deletionProtectionEnabled: request.DeletionProtectionEnabled ?? false,
      registered: false,
      poolArns: [],
      tags,
    };
    senders.add(sender);
    token.remember(sender.arn);
    return { ...senderIdInformation(sender), Tags: sender.tags };
  },
);
