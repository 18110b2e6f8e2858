// getConfigurationSets / getConfigurationSet (and Output forms): configuration sets with their event destinations.
import type { Filter } from "../provider/engine/query";
import {
  CONFIGURATION_SETS,
  type ConfigurationSet,
  type ConfigurationSetFilterName,
} from "../provider/resources/configurationSets";
import { listLookup, outputForm, singleLookup } from "./lookupFunctions";

/** Arguments of getConfigurationSets. Leave everything out to list all your configuration sets. */
export interface GetConfigurationSetsArgs {
  /** Configuration set names or ARNs, any number. */
  readonly configurationSetNames?: readonly string[];
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly Filter<ConfigurationSetFilterName>[];
  /** Sets per DescribeConfigurationSets page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** The configuration sets a lookup found. */
export interface GetConfigurationSetsResult {
  /** The sets, event destinations included, in the order asked for, or ordered by ARN for listings. */
  readonly configurationSets: ConfigurationSet[];
  /** Their names, in the same order. */
  readonly names: string[];
  /** Their ARNs, in the same order. */
  readonly arns: string[];
  /** The region that was searched. */
  readonly region: string;
}

/** Arguments of getConfigurationSet. */
export interface GetConfigurationSetArgs {
  /** The configuration set's name or ARN. */
  readonly configurationSetName: string;
  /** The AWS region to look in. */
  readonly region?: string;
}

/**
 * Looks up configuration sets (DescribeConfigurationSets), event destinations included.
 *
 * @example
 * ```ts
 * const logged = await getConfigurationSets({
 *   filters: [{ name: "matching-event-types", values: ["TEXT_DELIVERED"] }],
 * });
 * ```
 */
export const getConfigurationSets = listLookup<
  GetConfigurationSetsArgs,
  ConfigurationSet,
  GetConfigurationSetsResult
>({
  name: "getConfigurationSets",
  kind: CONFIGURATION_SETS,
  resourceType: "configuration-set",
  itemsField: "configurationSets",
  result: (configurationSets, region) => ({
    configurationSets,
    names: configurationSets.map((c) => c.configurationSetName),
    arns: configurationSets.map((c) => c.configurationSetArn),
    region,
  }),
});

/** getConfigurationSets for arguments that may be Outputs; the result is secret when any input is. */
export const getConfigurationSetsOutput = outputForm(getConfigurationSets);

/** Looks up one configuration set by name or ARN; a missing one is a ConfigurationSetNotFoundError. */
export const getConfigurationSet = singleLookup<GetConfigurationSetArgs, ConfigurationSet>({
  name: "getConfigurationSet",
  kind: CONFIGURATION_SETS,
  resourceType: "configuration-set",
  argument: "configurationSetName",
  listing: "getConfigurationSets",
});

/** getConfigurationSet for arguments that may be Outputs. */
export const getConfigurationSetOutput = outputForm(getConfigurationSet);
