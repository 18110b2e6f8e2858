// DescribeRegistrationFieldValues: the values a version holds (the current one unless VersionNumber names
// another; an unknown one is UNKNOWN_REGISTRATION_VERSION), in the form's field order, of one section or by path,
// with the reviewer's DeniedReason on each field it named, paged.

import { fieldOf } from "../registrationFields";
import { checkSection } from "../registrationTypes";
import { pageOfList } from "../resources/account";
import { currentVersion, ownRegistration, typeOf, versionNumbered } from "../resources/registration";
import { defineOperation } from "./context";

interface DescribeRegistrationFieldValuesInput {
  RegistrationId: string;
  VersionNumber?: number;
  SectionPath?: string;
  FieldPaths?: string[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeRegistrationFieldValues = defineOperation<DescribeRegistrationFieldValuesInput>(
  "DescribeRegistrationFieldValues",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const type = typeOf(registration);
    const version =
      request.VersionNumber === undefined
        ? currentVersion(registration)
        : versionNumbered(registration, request.VersionNumber, "VersionNumber");
    const { SectionPath } = request;
    if (SectionPath !== undefined) checkSection(type, SectionPath, "SectionPath");
    const paths = request.FieldPaths ?? [];
    for (const path of paths) fieldOf(type, path);
    const values = type.fields
      .filter(
        (f) =>
          version.fields[f.FieldPath] !== undefined &&
          (SectionPath === undefined || f.SectionPath === SectionPath) &&
          (paths.length === 0 || paths.includes(f.FieldPath)),
      )
      .map((f) => ({ FieldPath: f.FieldPath, ...JSON.parse(JSON.stringify(version.fields[f.FieldPath])) }));
    return {
      RegistrationArn: registration.arn,
      RegistrationId: registration.id,
      VersionNumber: version.number,
      ...pageOfList(context, request, "RegistrationFieldValues", values, {
        registration: registration.arn,
        version: version.number,
        SectionPath,
        paths,
      }),
    };
  },
);
