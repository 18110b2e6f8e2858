// Every lookup kind inside a real program, Output and Promise forms, whole results exported as outputs.
import * as pulumi from "@pulumi/pulumi";
import {
  getConfigurationSetOutput,
  getConfigurationSetsOutput,
  getKeywordsOutput,
  getOptOutListOutput,
  getOptOutLists,
  getPhoneNumberOutput,
  getPhoneNumbersOutput,
  getPool,
  getPoolOriginationIdentitiesOutput,
  getPoolOutput,
  getPoolsOutput,
  getProtectConfigurationOutput,
  getProtectConfigurationsOutput,
  getSenderIdOutput,
  getSenderIdsOutput,
} from "pulumi-sms-pools";

const lane = new pulumi.Config("lane");
const poolId = lane.require("poolId");
const phoneNumberId = lane.require("phoneNumberId");

export const activePools = getPoolsOutput({ filters: [{ name: "status", values: ["ACTIVE"] }] });
export const pool = getPoolOutput({ poolId, includeOriginationIdentities: true });
export const poolByPromise = getPool({ poolId });
export const members = getPoolOriginationIdentitiesOutput({ poolId });
export const phoneNumbers = getPhoneNumbersOutput({});
export const phoneNumber = getPhoneNumberOutput({ phoneNumberId });
export const keywords = getKeywordsOutput({ originationIdentity: phoneNumberId });
export const senderIds = getSenderIdsOutput({});
export const senderId = getSenderIdOutput({ senderId: lane.require("senderId"), isoCountryCode: "GB" });
export const optOutLists = getOptOutLists({});
export const optOutList = getOptOutListOutput({ optOutListName: lane.require("optOutListName") });
export const configurationSets = getConfigurationSetsOutput({});
export const configurationSet = getConfigurationSetOutput({
  configurationSetName: lane.require("configurationSetName"),
});
export const protectConfigurations = getProtectConfigurationsOutput({});
export const protectConfiguration = getProtectConfigurationOutput({
  protectConfigurationId: lane.require("protectConfigurationId"),
});
// A secret argument: the result is secret too, in the program and in the state file.
export const secretPool = getPoolOutput({ poolId: lane.requireSecret("secretPoolId") });
