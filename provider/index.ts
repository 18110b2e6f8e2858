// The provider layer's entry for the serialized PoolLookup provider (`pulumi-sms-pools/provider`). @internal

export { stackConfigFrom } from "./aws/connection";
export {
  checkPoolLookup,
  createPoolLookup,
  diffPoolLookup,
  readPoolLookup,
  updatePoolLookup,
} from "./dynamicProvider/lifecycle";
