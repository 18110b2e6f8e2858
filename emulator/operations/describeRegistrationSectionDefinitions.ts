// DescribeRegistrationSectionDefinitions: the sections of a registration type's form, all or by path (an unknown
// path is UNKNOWN_REGISTRATION_SECTION), paged.

import { checkSection, registrationTypeNamed } from "../registrationTypes";
import { pageOfList } from "../resources/account";
import { defineOperation } from "./context";

interface DescribeRegistrationSectionDefinitionsInput {
  RegistrationType: string;
  SectionPaths?: string[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeRegistrationSectionDefinitions =
  defineOperation<DescribeRegistrationSectionDefinitionsInput>(
    "DescribeRegistrationSectionDefinitions",
    (request, context) => {
      const type = registrationTypeNamed(request.RegistrationType);
      const paths = request.SectionPaths ?? [];
      for (const [i, path] of paths.entries()) checkSection(type, path, `SectionPaths[${i}]`);
      const sections = type.sections.filter((s) => paths.length === 0 || paths.includes(s.SectionPath));
      return {
        RegistrationType: type.RegistrationType,
        ...pageOfList(
          context,
          request,
          "RegistrationSectionDefinitions",
          sections.map((s) => ({ SectionPath: s.SectionPath, DisplayHints: { ...s.DisplayHints } })),
          { type: type.RegistrationType, paths },
        ),
      };
    },
  );
