// DescribeRegistrationVersions: a registration's versions, newest first, all or by number (an unknown one is
// UNKNOWN_REGISTRATION_VERSION), filtered by registration-version-status, paged.

import { checkFilterValues, type Filter } from "../filters";
import { pageOfList } from "../resources/account";
import { ownRegistration, versionInformation, versionNumbered } from "../resources/registration";
import { enumOf } from "../serviceModel";
import { defineOperation } from "./context";

interface DescribeRegistrationVersionsInput {
  RegistrationId: string;
  VersionNumbers?: number[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

const STATUSES = enumOf("RegistrationVersionStatus");

export const describeRegistrationVersions = defineOperation<DescribeRegistrationVersionsInput>(
  "DescribeRegistrationVersions",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const numbers = request.VersionNumbers ?? [];
    const named = numbers.map((n, i) => versionNumbered(registration, n, `VersionNumbers[${i}]`));
    const filters = request.Filters ?? [];
    checkFilterValues({ filters: { "registration-version-status": { allowed: STATUSES } } }, filters);
    const versions = (named.length > 0 ? [...new Set(named)] : [...registration.versions].reverse()).filter(
      (v) => filters.every((f) => f.Values.includes(v.status)),
    );
    return {
      RegistrationArn: registration.arn,
      RegistrationId: registration.id,
      ...pageOfList(context, request, "RegistrationVersions", versions.map(versionInformation), {
        registration: registration.arn,
        numbers,
        filters,
      }),
    };
  },
);
