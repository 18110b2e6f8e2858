// DescribeRegistrationFieldDefinitions: the fields of a registration type's form (type, requirement, validation,
// display hints), all, of one section, or by path (unknown sections and paths are UNKNOWN_REGISTRATION_SECTION
// and UNKNOWN_REGISTRATION_FIELD), paged.

import { fieldOf } from "../registrationFields";
import { checkSection, registrationTypeNamed } from "../registrationTypes";
import { pageOfList } from "../resources/account";
import { defineOperation } from "./context";

interface DescribeRegistrationFieldDefinitionsInput {
  RegistrationType: string;
  SectionPath?: string;
  FieldPaths?: string[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeRegistrationFieldDefinitions =
  defineOperation<DescribeRegistrationFieldDefinitionsInput>(
    "DescribeRegistrationFieldDefinitions",
    (request, context) => {
      const type = registrationTypeNamed(request.RegistrationType);
      const { SectionPath } = request;
      if (SectionPath !== undefined) checkSection(type, SectionPath, "SectionPath");
      const paths = request.FieldPaths ?? [];
      for (const [i, path] of paths.entries()) fieldOf(type, path, `FieldPaths[${i}]`);
      const fields = type.fields.filter(
        (f) =>
          (SectionPath === undefined || f.SectionPath === SectionPath) &&
          (paths.length === 0 || paths.includes(f.FieldPath)),
      );
      return {
        RegistrationType: type.RegistrationType,
        ...pageOfList(
          context,
          request,
          "RegistrationFieldDefinitions",
          fields.map((f) => JSON.parse(JSON.stringify(f))),
          { type: type.RegistrationType, SectionPath, paths },
        ),
      };
    },
  );
