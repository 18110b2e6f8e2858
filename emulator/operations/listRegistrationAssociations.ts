// ListRegistrationAssociations: the resources associated with a registration, in association order, filtered by
// resource-type and iso-country-code, paged.

import type { Filter } from "../filters";
import { pageOfList } from "../resources/account";
import { ownRegistration, type RegistrationAssociation } from "../resources/registration";
import { defineOperation } from "./context";

interface ListRegistrationAssociationsInput {
  RegistrationId: string;
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

const FILTERS: Record<string, (a: RegistrationAssociation) => string | undefined> = {
  "resource-type": (a) => a.resourceType,
  "iso-country-code": (a) => a.isoCountryCode,
};

export const listRegistrationAssociations = defineOperation<ListRegistrationAssociationsInput>(
  "ListRegistrationAssociations",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const filters = request.Filters ?? [];
    const associations = registration.associations.filter((a) =>
      filters.every((f) => {
        const value = FILTERS[f.Name](a);
        return value !== undefined && f.Values.includes(value);
      }),
    );
    return {
      RegistrationArn: registration.arn,
      RegistrationId: registration.id,
      RegistrationType: registration.registrationType,
      ...pageOfList(
        context,
        request,
        "RegistrationAssociations",
        associations.map((a) => ({
          ResourceArn: a.resourceArn,
          ResourceId: a.resourceId,
          ResourceType: a.resourceType,
          ...(a.isoCountryCode === undefined ? {} : { IsoCountryCode: a.isoCountryCode }),
          ...(a.phoneNumber === undefined ? {} : { PhoneNumber: a.phoneNumber }),
        })),
        { registration: registration.arn, filters },
      ),
    };
  },
);
