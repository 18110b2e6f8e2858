// AssociateOriginationIdentity: puts one of the caller's phone numbers or sender IDs in one of its pools. A
// phone number can be in one pool only; a sender ID in several. The identity's configuration must match the
// pool's (message type; for numbers also opt-out list, self-managed opt-outs and two-way settings).

import { conflict } from "../errors";
import {
  addMember,
  associationResult,
  checkJoinable,
  checkMatchesPool,
  isMember,
  isPhoneNumber,
} from "../resources/membership";
import { requireOriginationIdentity } from "../resources/originationIdentity";
import { POOLS } from "../resources/pool";
import { defineOperation } from "./context";

interface AssociateInput {
  PoolId: string;
  OriginationIdentity: string;
  IsoCountryCode?: string;
  ClientToken?: string;
}

export const associateOriginationIdentity = defineOperation<AssociateInput>(
  "AssociateOriginationIdentity",
  (request, context) => {
    const pool = context.getOwn(POOLS, request.PoolId);
    const identity = requireOriginationIdentity(request.OriginationIdentity, request.IsoCountryCode, context);
    const token = context.clientToken("AssociateOriginationIdentity", request.ClientToken);
    const alreadyHere = isMember(pool, identity);
    if (alreadyHere && token.earlier !== identity.arn) {
      throw conflict(
        "RESOURCE_ALREADY_ASSOCIATED",
        isPhoneNumber(identity) ? "phone-number" : "sender-id",
        identity.id,
        `'${identity.id}' is already in pool '${pool.id}'.`,
      );
    }
    if (!alreadyHere) {
      checkJoinable(identity);
      checkMatchesPool(pool, identity);
      addMember(pool, identity, context);
      token.remember(identity.arn);
    }
    return associationResult(pool, identity);
  },
);
