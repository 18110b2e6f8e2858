// Test helpers for Pulumi's runtime: mocks set and reset around a suite, resource outputs awaited.
import * as pulumi from "@pulumi/pulumi";

interface RecordedResource {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}

interface RecordedCall {
  token: string;
  inputs: Record<string, unknown>;
}

/**
 * Installs `pulumi.runtime.setMocks` for a suite and removes it afterwards, so later suites run without
 * mocks. Returns what the program registered and invoked.
 */
export function useMocks(
  call: (args: pulumi.runtime.MockCallArgs) => object | undefined,
  newResource?: (
    args: pulumi.runtime.MockResourceArgs,
  ) =>
    | { id: string; state: Record<string, unknown> }
    | Promise<{ id: string; state: Record<string, unknown> }>,
  preview = false,
) {
  const recorded = { resources: [] as RecordedResource[], calls: [] as RecordedCall[] };
  before(async () => {
    await pulumi.runtime.setMocks(
      {
        newResource(args) {
          recorded.resources.push({ type: args.type, name: args.name, inputs: args.inputs });
          return newResource ? newResource(args) : { id: `${args.name}-id`, state: args.inputs };
        },
        call(args) {
          recorded.calls.push({ token: args.token, inputs: args.inputs });
          return call(args) as Record<string, unknown>;
        },
      },
      "project",
      "stack",
      preview,
    );
  });
  beforeEach(() => {
    recorded.resources.length = 0;
    recorded.calls.length = 0;
  });
  after(() => pulumi.runtime.resetOptions("project", "stack", -1, "", "", false, ""));
  return recorded;
}

/** The value of an Output, and whether it is secret and known. */
export async function settle<T>(
  output: pulumi.Output<T>,
): Promise<{ value: T; secret: boolean; known: boolean }> {
  // biome-ignore lint/suspicious/noExplicitAny: Output's internals are not in its public type.
  const o = output as any;
  return { value: await o.promise(), secret: await o.isSecret, known: await o.isKnown };
}
