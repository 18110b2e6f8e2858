// Runs an example Pulumi program offline: Pulumi's mocks stand in for the engine and cloud providers, while
// every SMS lookup (getPools and PoolLookup alike) runs the package's real code against the emulator.
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";

export interface RegisteredResource {
  readonly type: string;
  readonly name: string;
  readonly id: string;
  readonly props: Record<string, unknown>;
}

export interface ProgramRun {
  readonly resources: RegisteredResource[];
  readonly outputs: Record<string, unknown>;
}

const POOL_LOOKUP = "pulumi-nodejs:dynamic/sms-pools:PoolLookup";

/** Properties a cloud provider would add on create, so outputs like `arn` have a value. */
function computedOutputs(type: string, name: string): Record<string, unknown> {
  const [pkg, module] = type.split(":");
  const service = module.split("/")[0];
  return { arn: `arn:aws:${service}:us-east-1:123456789012:${pkg === "aws" ? "" : `${pkg}/`}${name}`, name };
}

async function resolve(value: unknown): Promise<unknown> {
  if (!pulumi.Output.isInstance(value)) return value;
  return new Promise((done) => value.apply((v) => done(v)));
}

/**
 * Runs `examples/<name>/index.ts` under `pulumi.runtime.setMocks`. `sms-pools:endpoint` in stack config
 * sends getPools to the emulator; PoolLookup registrations run the dynamic provider's own check and
 * create (the code the engine would run) against it too.
 */
export async function runExample(name: string, endpoint: string, region: string): Promise<ProgramRun> {
  const resources: RegisteredResource[] = [];
  // The provider the engine would load from `__provider`: the installed package's provider entry.
  const provider: typeof import("pulumi-sms-pools/provider") = require("pulumi-sms-pools/provider");
  const stack = { smsPools: { endpoint, region } };
  await pulumi.runtime.setMocks(
    {
      async newResource(args) {
        let state: Record<string, unknown> = { ...args.inputs, ...computedOutputs(args.type, args.name) };
        let id = `${args.name}-id`;
        if (args.type === POOL_LOOKUP) {
          const checked = provider.checkPoolLookup(args.inputs);
          if (checked.failures.length > 0) throw new Error(checked.failures.map((f) => f.reason).join("; "));
          const created = await provider.createPoolLookup(checked.inputs, stack);
          ({ id } = created);
          state = { ...created.outs };
        }
        resources.push({ type: args.type, name: args.name, id, props: state });
        return { id, state };
      },
      call(args) {
        throw new Error(`the demo does not mock ${args.token}`);
      },
    },
    `sms-${name}`,
    "demo",
    false,
  );
  await pulumi.runtime.setConfig("sms-pools:endpoint", endpoint);
  await pulumi.runtime.setConfig("sms-pools:region", region);
  const program = require(path.join(__dirname, "..", name, "index.ts")) as Record<string, unknown>;
  const outputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(program)) outputs[key] = await resolve(value);
  // Wait for registrations no output depends on (the engine waits for them the same way).
  await pulumi.runtime.disconnect();
  return { resources, outputs };
}
