// DescribeConfigurationSets: the caller's configuration sets by name or ARN, or all of them, filtered and paged.

import type { Filter } from "../filters";
import { listResources } from "../listing";
import { CONFIGURATION_SETS, configurationSetInformation } from "../resources/configurationSet";
import { defineOperation } from "./context";

interface DescribeConfigurationSetsInput {
  ConfigurationSetNames?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeConfigurationSets = defineOperation<DescribeConfigurationSetsInput>(
  "DescribeConfigurationSets",
  (request, context) =>
    listResources(context, request, {
      kind: CONFIGURATION_SETS,
      resultKey: "ConfigurationSets",
      project: configurationSetInformation,
      lookup: {
        member: "ConfigurationSetNames",
        ids: request.ConfigurationSetNames ?? [],
        arnOf: (id) => (String(id).startsWith("arn:") ? String(id) : undefined),
        resolve: (id) => context.getOwn(CONFIGURATION_SETS, String(id)),
      },
    }),
);
