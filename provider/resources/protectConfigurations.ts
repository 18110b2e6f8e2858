// The protect configuration entry of the lookup engine: DescribeProtectConfigurations.
import type { ProtectConfigurationInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { ResourceKind } from "../engine/kind";
import { BOOLEAN_VALUES, isoTimestamp, text } from "./wire";

/** Filter names DescribeProtectConfigurations accepts, exactly as the service model lists them. */
const PROTECT_CONFIGURATION_FILTER_NAMES = ["account-default", "deletion-protection-enabled"] as const;

/** The name of a DescribeProtectConfigurations filter attribute. */
export type ProtectConfigurationFilterName = (typeof PROTECT_CONFIGURATION_FILTER_NAMES)[number];

/** A protect configuration: which countries messages may go to (AWS's guard against SMS pumping). */
export interface ProtectConfiguration {
  /** The Amazon Resource Name (ARN) of the protect configuration. */
  readonly protectConfigurationArn: string;
  /** The unique identifier of the protect configuration. */
  readonly protectConfigurationId: string;
  /** When it was created, ISO 8601 (UTC). */
  readonly createdTimestamp: string;
  /** Whether it is the account's default protect configuration. */
  readonly accountDefault: boolean;
  /** When true it can't be deleted. */
  readonly deletionProtectionEnabled: boolean;
}

function toProtectConfiguration(info: ProtectConfigurationInformation): ProtectConfiguration {
  return {
    protectConfigurationArn: info.ProtectConfigurationArn ?? "",
    protectConfigurationId: info.ProtectConfigurationId ?? "",
    createdTimestamp: isoTimestamp(info.CreatedTimestamp),
    accountDefault: info.AccountDefault ?? false,
    deletionProtectionEnabled: info.DeletionProtectionEnabled ?? false,
  };
}

/** DescribeProtectConfigurations, as the engine runs it. */
export const PROTECT_CONFIGURATIONS: ResourceKind<ProtectConfiguration, ProtectConfigurationInformation> = {
  noun: "protect configuration",
  operation: "DescribeProtectConfigurations",
  paginator: "paginateDescribeProtectConfigurations",
  listMember: "ProtectConfigurations",
  ids: {
    argument: "protectConfigurationIds",
    member: "ProtectConfigurationIds",
    described: 'a protect configuration ID ("protect-...") or protect configuration ARN',
    example: "protect-0123...",
    arnResource: "protect-configuration",
    max: 5,
  },
  filterNames: PROTECT_CONFIGURATION_FILTER_NAMES,
  filterValueSets: { "account-default": BOOLEAN_VALUES, "deletion-protection-enabled": BOOLEAN_VALUES },
  owner: false,
  toItem: toProtectConfiguration,
  arnOf: (p) => p.protectConfigurationArn,
  idOf: (p) => p.protectConfigurationId,
  filterValue: (p, name) =>
    name === "account-default"
      ? text(p.accountDefault)
      : name === "deletion-protection-enabled"
        ? text(p.deletionProtectionEnabled)
        : [],
};
