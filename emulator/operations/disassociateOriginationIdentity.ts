// DisassociateOriginationIdentity: takes a phone number or sender ID out of one of the caller's pools. One that
// is not in the pool is an error (AWS: "If the origination identity isn't associated with the specified pool,
// an error is returned"); so is taking out the last one (a pool always holds one, as CreatePool makes it).

import { conflict, notFound } from "../errors";
import { associationResult, isMember, isPhoneNumber, membersOf, removeMember } from "../resources/membership";
import { requireOriginationIdentity } from "../resources/originationIdentity";
import { POOLS } from "../resources/pool";
import { defineOperation } from "./context";

interface DisassociateInput {
  PoolId: string;
  OriginationIdentity: string;
  IsoCountryCode?: string;
  ClientToken?: string;
}

export const disassociateOriginationIdentity = defineOperation<DisassociateInput>(
  "DisassociateOriginationIdentity",
  (request, context) => {
    const pool = context.getOwn(POOLS, request.PoolId);
    const identity = requireOriginationIdentity(request.OriginationIdentity, request.IsoCountryCode, context);
    const resourceType = isPhoneNumber(identity) ? "phone-number" : "sender-id";
    if (!isMember(pool, identity)) {
      const message = `'${identity.id}' is not in pool '${pool.id}'.`;
      if (!isPhoneNumber(identity)) throw notFound("sender-id", identity.senderId, message);
      throw conflict("PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL", resourceType, identity.id, message);
    }
    if (membersOf(pool, context).length === 1) {
      throw conflict(
        "LAST_PHONE_NUMBER",
        resourceType,
        identity.id,
        `'${identity.id}' is the last origination identity of pool '${pool.id}'; a pool keeps at least one (delete the pool instead).`,
      );
    }
    removeMember(pool, identity, context);
    return associationResult(pool, identity);
  },
);
