// DescribeProtectConfigurations: the caller's protect configurations by ID or ARN, or all of them, filtered
// (account-default, deletion-protection-enabled) and paged.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import { PROTECT_CONFIGURATIONS, protectConfigurationInformation } from "../resources/protectConfiguration";
import { defineOperation } from "./context";

interface DescribeProtectConfigurationsInput {
  ProtectConfigurationIds?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeProtectConfigurations = defineOperation<DescribeProtectConfigurationsInput>(
  "DescribeProtectConfigurations",
  (request, context) =>
    listResources(context, request, {
      kind: PROTECT_CONFIGURATIONS,
      resultKey: "ProtectConfigurations",
      project: protectConfigurationInformation,
      lookup: {
        member: "ProtectConfigurationIds",
        ids: request.ProtectConfigurationIds ?? [],
        arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
        resolve: (id) => context.getOwn(PROTECT_CONFIGURATIONS, String(id)),
      },
    }),
);
