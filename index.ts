// pulumi-sms-pools: look up AWS End User Messaging SMS resources from Pulumi programs.
export type { Filter } from "./provider/engine/query";
export { PoolQueryError, type QueryProblem } from "./provider/engine/query";
export {
  ConfigurationSetNotFoundError,
  KeywordNotFoundError,
  OptOutListNotFoundError,
  PhoneNumberNotFoundError,
  PoolLookupError,
  PoolNotFoundError,
  ProtectConfigurationNotFoundError,
  SenderIdNotFoundError,
  SmsLookupError,
  SmsResourceNotFoundError,
} from "./provider/errors";
export type {
  ConfigurationSet,
  ConfigurationSetFilterName,
  EventDestination,
} from "./provider/resources/configurationSets";
export type { Keyword, KeywordFilterName } from "./provider/resources/keywords";
export type { OptOutList } from "./provider/resources/optOutLists";
export type {
  OriginationIdentity,
  OriginationIdentityFilterName,
} from "./provider/resources/originationIdentities";
export type { PhoneNumber, PhoneNumberFilterName } from "./provider/resources/phoneNumbers";
export type { Pool, PoolFilter, PoolFilterName } from "./provider/resources/pools";
export type {
  ProtectConfiguration,
  ProtectConfigurationFilterName,
} from "./provider/resources/protectConfigurations";
export type { SenderId, SenderIdFilterName, SenderIdRef } from "./provider/resources/senderIds";
export {
  type GetConfigurationSetArgs,
  type GetConfigurationSetsArgs,
  type GetConfigurationSetsResult,
  getConfigurationSet,
  getConfigurationSetOutput,
  getConfigurationSets,
  getConfigurationSetsOutput,
} from "./sdk/configurationSets";
export { type CountryRule, countryRulesAllowing } from "./sdk/countryRules";
export { type GetPoolArgs, type GetPoolOutputArgs, getPool, getPoolOutput } from "./sdk/getPool";
export {
  type GetPoolsArgs,
  type GetPoolsOutputArgs,
  type GetPoolsResult,
  getPools,
  getPoolsOutput,
} from "./sdk/getPools";
export { type GetKeywordsArgs, type GetKeywordsResult, getKeywords, getKeywordsOutput } from "./sdk/keywords";
export type { OutputArgs } from "./sdk/lookupFunctions";
export type { LookupOptions, LookupOutputOptions } from "./sdk/options";
export {
  type GetOptOutListArgs,
  type GetOptOutListsArgs,
  type GetOptOutListsResult,
  getOptOutList,
  getOptOutListOutput,
  getOptOutLists,
  getOptOutListsOutput,
} from "./sdk/optOutLists";
export {
  type GetPhoneNumberArgs,
  type GetPhoneNumbersArgs,
  type GetPhoneNumbersResult,
  getPhoneNumber,
  getPhoneNumberOutput,
  getPhoneNumbers,
  getPhoneNumbersOutput,
} from "./sdk/phoneNumbers";
export { PoolLookup, type PoolLookupArgs } from "./sdk/poolLookup";
export {
  type GetPoolOriginationIdentitiesArgs,
  type GetPoolOriginationIdentitiesResult,
  getPoolOriginationIdentities,
  getPoolOriginationIdentitiesOutput,
} from "./sdk/poolOriginationIdentities";
export {
  type GetProtectConfigurationArgs,
  type GetProtectConfigurationsArgs,
  type GetProtectConfigurationsResult,
  getProtectConfiguration,
  getProtectConfigurationOutput,
  getProtectConfigurations,
  getProtectConfigurationsOutput,
} from "./sdk/protectConfigurations";
export {
  type GetSenderIdArgs,
  type GetSenderIdsArgs,
  type GetSenderIdsResult,
  getSenderId,
  getSenderIdOutput,
  getSenderIds,
  getSenderIdsOutput,
} from "./sdk/senderIds";
export { GET_POOL_TOKEN, GET_POOLS_TOKEN, lookupToken, POOL_LOOKUP_TOKEN } from "./sdk/tokens";
