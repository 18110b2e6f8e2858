// CreateVerifiedDestinationNumber: a PENDING destination number for a sandboxed account to verify. The number is
// kept in E.164 form; a number of no country AWS sends to is INVALID_PARAMETER; one the account already has in
// the region is RESOURCE_ALREADY_EXISTS; an account has at most 10 (AWS: "You can add up to 10 verified
// destination numbers", VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT). RCS agents are not emulated, so an RcsAgentId
// names none (ResourceNotFoundException rcs-agent). A repeated ClientToken returns the number it created.

import { countryOf, e164 } from "../countries";
import { conflict, invalidField, notFound, quotaExceeded } from "../errors";
import { sortKeyOf, type Tag } from "../resources/kind";
import { createTags } from "../resources/tags";
import {
  MAX_VERIFIED_DESTINATION_NUMBERS,
  VERIFIED_DESTINATION_NUMBERS,
  type VerifiedDestinationNumberRecord,
  verifiedDestinationNumberInformation,
} from "../resources/verifiedDestinationNumber";
import { defineOperation } from "./context";

interface CreateVerifiedDestinationNumberInput {
  DestinationPhoneNumber: string;
  RcsAgentId?: string;
  Tags?: Tag[];
  ClientToken?: string;
}

function created(number: VerifiedDestinationNumberRecord): Record<string, unknown> {
  return { ...verifiedDestinationNumberInformation(number), Tags: number.tags.map((t) => ({ ...t })) };
}

export const createVerifiedDestinationNumber = defineOperation<CreateVerifiedDestinationNumberInput>(
  "CreateVerifiedDestinationNumber",
  (request, context) => {
    const numbers = context.collection(VERIFIED_DESTINATION_NUMBERS);
    const token = context.clientToken("CreateVerifiedDestinationNumber", request.ClientToken);
    const repeated = token.earlier === undefined ? undefined : numbers.get(token.earlier);
    if (repeated) return created(repeated);
    const destination = e164(request.DestinationPhoneNumber);
    if (countryOf(destination) === undefined) {
      throw invalidField(
        "INVALID_PARAMETER",
        "DestinationPhoneNumber",
        `DestinationPhoneNumber '${destination}' has a calling code of no country AWS sends SMS to.`,
      );
    }
    if (request.RcsAgentId !== undefined) throw notFound("rcs-agent", request.RcsAgentId);
    const owner = [{ name: "owner", values: [context.accountId] }];
    const own = [...numbers.scan(context.region, owner)].filter((n) => n.accountId === context.accountId);
    const same = own.find((n) => n.destinationPhoneNumber === destination);
    if (same) {
      throw conflict(
        "RESOURCE_ALREADY_EXISTS",
        "verified-destination-number",
        same.id,
        `${destination} is already a destination number of this account ('${same.id}', ${same.status}).`,
      );
    }
    if (own.length >= MAX_VERIFIED_DESTINATION_NUMBERS) {
      throw quotaExceeded(
        "VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT",
        `The account has ${own.length} destination numbers, the most it can have; DeleteVerifiedDestinationNumber one first.`,
      );
    }
    const tags = createTags(request.Tags);
    let id = context.newId("verifieddestinationnumber");
    while (numbers.own(context.region, context.accountId, id))
      id = context.newId("verifieddestinationnumber");
    const number: VerifiedDestinationNumberRecord = {
      arn: VERIFIED_DESTINATION_NUMBERS.arn(context.region, context.accountId, id),
      id,
      accountId: context.accountId,
      region: context.region,
      createdMs: context.now,
      sortKey: sortKeyOf(context.now, context.accountId, id),
      destinationPhoneNumber: destination,
      status: "PENDING",
      codesSentMs: [],
      tags,
    };
    numbers.add(number);
    token.remember(number.arn);
    return created(number);
  },
);
