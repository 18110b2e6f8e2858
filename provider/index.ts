// The provider layer's entry for the serialized PoolLookup provider (`pulumi-sms-pools/provider`). @internal
export {
  checkPoolLookup,
  createPoolLookup,
  diffPoolLookup,
  readPoolLookup,
  stackConfigFrom,
  updatePoolLookup,
} from "./poolLookup";
