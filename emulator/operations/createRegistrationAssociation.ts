// CreateRegistrationAssociation: associates a phone number, sender ID or registration with a registration, as its
// type definition's SupportedAssociations allow (resources/registrationAssociation.ts).

import { ownRegistration } from "../resources/registration";
import { associate } from "../resources/registrationAssociation";
import { defineOperation } from "./context";

export const createRegistrationAssociation = defineOperation<{ RegistrationId: string; ResourceId: string }>(
  "CreateRegistrationAssociation",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const association = associate(context, registration, request.ResourceId);
    return {
      RegistrationArn: registration.arn,
      RegistrationId: registration.id,
      RegistrationType: registration.registrationType,
      ResourceArn: association.resourceArn,
      ResourceId: association.resourceId,
      ResourceType: association.resourceType,
      ...(association.isoCountryCode === undefined ? {} : { IsoCountryCode: association.isoCountryCode }),
      ...(association.phoneNumber === undefined ? {} : { PhoneNumber: association.phoneNumber }),
    };
  },
);
