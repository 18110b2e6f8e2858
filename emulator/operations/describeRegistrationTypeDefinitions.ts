// DescribeRegistrationTypeDefinitions: the registration types the emulator models, by name (unknown ones are
// UNKNOWN_REGISTRATION_TYPE) or all, filtered by the resource type and country of their supported associations,
// paged.

import type { Filter } from "../filters";
import {
  REGISTRATION_TYPES,
  type RegistrationType,
  registrationTypeNamed,
  typeDefinition,
} from "../registrationTypes";
import { pageOfList } from "../resources/account";
import { defineOperation } from "./context";

interface DescribeRegistrationTypeDefinitionsInput {
  RegistrationTypes?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

const FILTERS: Record<string, (type: RegistrationType) => Array<string | undefined>> = {
  "supported-association-resource-type": (t) => t.SupportedAssociations.map((a) => a.ResourceType),
  "supported-association-iso-country-code": (t) => t.SupportedAssociations.map((a) => a.IsoCountryCode),
};

export const describeRegistrationTypeDefinitions = defineOperation<DescribeRegistrationTypeDefinitionsInput>(
  "DescribeRegistrationTypeDefinitions",
  (request, context) => {
    const named = request.RegistrationTypes ?? [];
    const types =
      named.length > 0
        ? [...new Set(named)].map((name, i) => registrationTypeNamed(name, `RegistrationTypes[${i}]`))
        : [...REGISTRATION_TYPES.values()];
    const filters = request.Filters ?? [];
    const matching = types.filter((type) =>
      filters.every((f) =>
        FILTERS[f.Name](type).some((value) => value !== undefined && f.Values.includes(value)),
      ),
    );
    return pageOfList(context, request, "RegistrationTypeDefinitions", matching.map(typeDefinition), {
      named,
      filters,
    });
  },
);
