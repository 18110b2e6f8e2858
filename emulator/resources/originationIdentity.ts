// Resolves the OriginationIdentity of CreatePool, AssociateOriginationIdentity and
// DisassociateOriginationIdentity (PhoneOrSenderIdOrArn): a phone number ID or ARN, a sender ID ARN, or a
// SenderId with the request's IsoCountryCode. Only the caller's own identities can be put in its pools.

import { invalidField, notFound } from "../errors";
import type { OperationContext } from "../operations/context";
import type { OriginationIdentityRecord } from "./membership";
import { PHONE_NUMBERS } from "./phoneNumber";
import { SENDER_IDS, senderIdKey } from "./senderId";

export type IdentityLookup =
  | { found: OriginationIdentityRecord }
  | { missing: { resourceType: "phone-number" | "sender-id"; id: string } };

function looksLikePhoneNumber(identity: string): boolean {
  return identity.startsWith("phone-") || PHONE_NUMBERS.parseArn(identity) !== undefined;
}

export function lookUpOriginationIdentity(
  identity: string,
  isoCountryCode: string | undefined,
  context: OperationContext,
): IdentityLookup {
  const senderArn = SENDER_IDS.parseArn(identity);
  if (senderArn) {
    const sender = context.findOwn(SENDER_IDS, identity);
    return sender ? { found: sender } : { missing: { resourceType: "sender-id", id: identity } };
  }
  if (looksLikePhoneNumber(identity)) {
    const number = context.findOwn(PHONE_NUMBERS, identity);
    return number ? { found: number } : { missing: { resourceType: "phone-number", id: identity } };
  }
  if (identity.startsWith("arn:")) {
    throw invalidField(
      "INVALID_ARN",
      "OriginationIdentity",
      `Value '${identity}' at 'OriginationIdentity' is neither a phone number ARN nor a sender ID ARN`,
    );
  }
  if (isoCountryCode !== undefined) {
    const sender = context.findOwn(SENDER_IDS, senderIdKey(identity, isoCountryCode));
    if (sender) return { found: sender };
  }
  return { missing: { resourceType: "sender-id", id: identity } };
}

/** The identity, or the error AWS answers for one that is not there. */
export function requireOriginationIdentity(
  identity: string,
  isoCountryCode: string | undefined,
  context: OperationContext,
): OriginationIdentityRecord {
  const lookup = lookUpOriginationIdentity(identity, isoCountryCode, context);
  if ("found" in lookup) return lookup.found;
  if (
    lookup.missing.resourceType === "sender-id" &&
    isoCountryCode === undefined &&
    !identity.startsWith("arn:")
  ) {
    throw invalidField(
      "MISSING_PARAMETER",
      "IsoCountryCode",
      `OriginationIdentity '${identity}' is no phone number ID or ARN, so it names a sender ID: pass its IsoCountryCode too.`,
    );
  }
  throw notFound(lookup.missing.resourceType, lookup.missing.id);
}
