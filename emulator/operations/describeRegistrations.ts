// DescribeRegistrations: the caller's registrations by ID or ARN, or all of them, filtered (registration-type,
// registration-status) and paged.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import { REGISTRATIONS, registrationInformation } from "../resources/registration";
import { defineOperation } from "./context";

interface DescribeRegistrationsInput {
  RegistrationIds?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeRegistrations = defineOperation<DescribeRegistrationsInput>(
  "DescribeRegistrations",
  (request, context) =>
    listResources(context, request, {
      kind: REGISTRATIONS,
      resultKey: "Registrations",
      project: registrationInformation,
      lookup: {
        member: "RegistrationIds",
        ids: request.RegistrationIds ?? [],
        arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
        resolve: (id) => context.getOwn(REGISTRATIONS, String(id)),
      },
    }),
);
