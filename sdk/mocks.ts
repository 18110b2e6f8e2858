// Routes lookups to `mocks.call` when a program runs under `pulumi.runtime.setMocks`.
import * as pulumi from "@pulumi/pulumi";

/** True when `pulumi.runtime.setMocks` is in force in this process. */
export function mocksActive(): boolean {
  const monitor = pulumi.runtime.getMonitor?.();
  if (!monitor) return false;
  const { MockMonitor } =
    require("@pulumi/pulumi/runtime/mocks") as typeof import("@pulumi/pulumi/runtime/mocks");
  return monitor instanceof MockMonitor;
}

/**
 * Invokes `token` through the mock monitor with the camelCase arguments (undefined fields dropped).
 * `expected` describes a useful answer, for the error when the mock gives none.
 */
export async function invokeMock(token: string, args: object, opts: pulumi.InvokeOptions, expected: string) {
  const inputs = Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined));
  try {
    return (await pulumi.runtime.invoke(token, inputs, opts)) as unknown;
  } catch (err) {
    // The mock monitor can't even serialize `undefined`; say what the mock should have returned.
    throw mockResultError(token, undefined, expected, err);
  }
}

/** The error for a mock that answered a lookup with something we can't use. */
export function mockResultError(token: string, got: unknown, expected: string, cause?: unknown): Error {
  const shown = got === undefined ? "undefined" : JSON.stringify(got)?.slice(0, 200);
  return new Error(
    `mocks.call for ${token} returned ${shown}; under pulumi.runtime.setMocks it must return ${expected}. ` +
      `Handle args.token === "${token}" in your mocks' call(), or pass an endpoint (e.g. the emulator's) to use the real lookup`,
    { cause },
  );
}
