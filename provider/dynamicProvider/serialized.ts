// The dynamic provider PoolLookup stores in state: a thin shim that loads the package at run time.
import type * as pulumi from "@pulumi/pulumi";
import type { StackConnectionConfig } from "../aws/connection";

type Impl = typeof import("../index");

/**
 * Loads `pulumi-sms-pools/provider` as a file in the dynamic-provider server's working directory (the
 * Pulumi project) would: from the project's node_modules, or, inside this package's own repository (its
 * example stack), through Node's package self-reference. Resolved when the provider runs, so no path of
 * the machine that serialized it is stored in state.
 */
function loadPoolLookup(): Impl {
  const { createRequire }: typeof import("node:module") = require("node:module");
  const { join }: typeof import("node:path") = require("node:path");
  const cwd = process.cwd();
  try {
    return createRequire(join(cwd, "[PoolLookup]"))("pulumi-sms-pools/provider");
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code !== "MODULE_NOT_FOUND") throw err;
    const reason = String((err as Error).message).split("\n")[0];
    throw new Error(
      `PoolLookup can't load pulumi-sms-pools from ${cwd} (${reason}): run \`npm install pulumi-sms-pools\` ` +
        "in the Pulumi project, or `npm run build` in the package's own repository",
      { cause: err },
    );
  }
}

/**
 * Serialized into every PoolLookup's `__provider`. It captures nothing but this code: no credentials,
 * no config, no SDK client, no path. Each method loads the package where the provider runs, so upgrading
 * the package changes behaviour without changing state.
 * @internal
 */
export const poolLookupProvider: pulumi.dynamic.ResourceProvider & { stack?: StackConnectionConfig } = {
  async configure(req) {
    this.stack = loadPoolLookup().stackConfigFrom(req.config);
  },
  async check(_olds, news) {
    return loadPoolLookup().checkPoolLookup(news);
  },
  async diff(_id, olds, news) {
    return loadPoolLookup().diffPoolLookup(olds, news, this.stack ?? {});
  },
  async create(inputs) {
    return loadPoolLookup().createPoolLookup(inputs, this.stack ?? {});
  },
  async update(_id, _olds, news) {
    return loadPoolLookup().updatePoolLookup(news, this.stack ?? {});
  },
  async read(id, props) {
    return loadPoolLookup().readPoolLookup(id, props, this.stack ?? {});
  },
  async delete() {
    // The lookup owns nothing in AWS: forgetting it is all there is to do.
  },
};
