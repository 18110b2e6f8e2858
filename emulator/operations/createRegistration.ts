// CreateRegistration: a registration of a modelled type (else UNKNOWN_REGISTRATION_TYPE), CREATED, with version 1
// a blank DRAFT. A repeated ClientToken returns the registration it created.

import { registrationTypeNamed } from "../registrationTypes";
import { sortKeyOf, type Tag } from "../resources/kind";
import { REGISTRATIONS, type RegistrationRecord, registrationInformation } from "../resources/registration";
import { createTags } from "../resources/tags";
import { defineOperation } from "./context";

interface CreateRegistrationInput {
  RegistrationType: string;
  Tags?: Tag[];
  ClientToken?: string;
}

function created(registration: RegistrationRecord): Record<string, unknown> {
  return { ...registrationInformation(registration), Tags: registration.tags.map((t) => ({ ...t })) };
}

export const createRegistration = defineOperation<CreateRegistrationInput>(
  "CreateRegistration",
  (request, context) => {
    const registrations = context.collection(REGISTRATIONS);
    const token = context.clientToken("CreateRegistration", request.ClientToken);
    const repeated = token.earlier === undefined ? undefined : registrations.get(token.earlier);
    if (repeated) return created(repeated);
    const type = registrationTypeNamed(request.RegistrationType);
    const tags = createTags(request.Tags);
    let id = context.newId("registration");
    while (registrations.own(context.region, context.accountId, id)) id = context.newId("registration");
    const registration: RegistrationRecord = {
      arn: REGISTRATIONS.arn(context.region, context.accountId, id),
      id,
      accountId: context.accountId,
      region: context.region,
      createdMs: context.now,
      sortKey: sortKeyOf(context.now, context.accountId, id),
      registrationType: type.RegistrationType,
      status: "CREATED",
      versions: [{ number: 1, status: "DRAFT", history: { DraftTimestamp: context.now }, fields: {} }],
      associations: [],
      tags,
    };
    registrations.add(registration);
    token.remember(registration.arn);
    return created(registration);
  },
);
