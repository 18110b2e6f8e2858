// getProtectConfigurations / getProtectConfiguration (and Output forms): AWS's guard against SMS pumping.
import type { Filter } from "../provider/engine/query";
import {
  PROTECT_CONFIGURATIONS,
  type ProtectConfiguration,
  type ProtectConfigurationFilterName,
} from "../provider/resources/protectConfigurations";
import { listLookup, outputForm, singleLookup } from "./lookupFunctions";

/** Arguments of getProtectConfigurations. Leave everything out to list all your protect configurations. */
export interface GetProtectConfigurationsArgs {
  /** Protect configuration IDs or ARNs, any number. */
  readonly protectConfigurationIds?: readonly string[];
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly Filter<ProtectConfigurationFilterName>[];
  /** Configurations per DescribeProtectConfigurations page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** The protect configurations a lookup found. */
export interface GetProtectConfigurationsResult {
  /** The configurations, in the order asked for, or ordered by ARN for listings. */
  readonly protectConfigurations: ProtectConfiguration[];
  /** Their IDs, in the same order. */
  readonly ids: string[];
  /** Their ARNs, in the same order. */
  readonly arns: string[];
  /** The region that was searched. */
  readonly region: string;
}

/** Arguments of getProtectConfiguration. */
export interface GetProtectConfigurationArgs {
  /** The protect configuration's ID ("protect-...") or ARN. */
  readonly protectConfigurationId: string;
  /** The AWS region to look in. */
  readonly region?: string;
}

/**
 * Looks up protect configurations (DescribeProtectConfigurations).
 *
 * @example
 * ```ts
 * const [accountDefault] = (
 *   await getProtectConfigurations({ filters: [{ name: "account-default", values: ["true"] }] })
 * ).protectConfigurations;
 * ```
 */
export const getProtectConfigurations = listLookup<
  GetProtectConfigurationsArgs,
  ProtectConfiguration,
  GetProtectConfigurationsResult
>({
  name: "getProtectConfigurations",
  kind: PROTECT_CONFIGURATIONS,
  resourceType: "protect-configuration",
  itemsField: "protectConfigurations",
  result: (protectConfigurations, region) => ({
    protectConfigurations,
    ids: protectConfigurations.map((p) => p.protectConfigurationId),
    arns: protectConfigurations.map((p) => p.protectConfigurationArn),
    region,
  }),
});

/** getProtectConfigurations for arguments that may be Outputs; the result is secret when any input is. */
export const getProtectConfigurationsOutput = outputForm(getProtectConfigurations);

/** Looks up one protect configuration by ID or ARN; a missing one is a ProtectConfigurationNotFoundError. */
export const getProtectConfiguration = singleLookup<GetProtectConfigurationArgs, ProtectConfiguration>({
  name: "getProtectConfiguration",
  kind: PROTECT_CONFIGURATIONS,
  resourceType: "protect-configuration",
  argument: "protectConfigurationId",
  listing: "getProtectConfigurations",
});

/** getProtectConfiguration for arguments that may be Outputs. */
export const getProtectConfigurationOutput = outputForm(getProtectConfiguration);
