// The dynamic provider PoolLookup stores in state: a thin shim that loads the installed package at run time.
import type * as pulumi from "@pulumi/pulumi";
import type { StackConnectionConfig } from "./connection";

type Impl = typeof import("./poolLookup");

/**
 * Serialized into every PoolLookup's `__provider`. It captures nothing but this code: no credentials,
 * no config, no SDK client. Each method requires the installed `pulumi-sms-pools` (resolved from the
 * program's directory), so upgrading the package changes behaviour without changing state.
 * @internal
 */
export const poolLookupProvider: pulumi.dynamic.ResourceProvider & { stack?: StackConnectionConfig } = {
  async configure(req) {
    const impl: Impl = require("pulumi-sms-pools/provider");
    this.stack = impl.stackConfigFrom(req.config);
  },
  async check(_olds, news) {
    const impl: Impl = require("pulumi-sms-pools/provider");
    return impl.checkPoolLookup(news);
  },
  async diff(_id, olds, news) {
    const impl: Impl = require("pulumi-sms-pools/provider");
    return impl.diffPoolLookup(olds, news, this.stack ?? {});
  },
  async create(inputs) {
    const impl: Impl = require("pulumi-sms-pools/provider");
    return impl.createPoolLookup(inputs, this.stack ?? {});
  },
  async update(_id, _olds, news) {
    const impl: Impl = require("pulumi-sms-pools/provider");
    return impl.updatePoolLookup(news, this.stack ?? {});
  },
  async read(id, props) {
    const impl: Impl = require("pulumi-sms-pools/provider");
    return impl.readPoolLookup(id, props, this.stack ?? {});
  },
  async delete() {
    // The lookup owns nothing in AWS: forgetting it is all there is to do.
  },
};
