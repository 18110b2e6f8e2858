// Reads a value that may be unknown at preview, for the few rules that can still conclude without it.
//
// Elsewhere an unknown is left to throw: @pulumi/policy's server turns that into its advisory "can't run
// policy ... during preview", which is right when the rule can conclude nothing at all.
import { type Known, UNKNOWN } from "./records";

/**
 * Whether `e` is @pulumi/policy's UnknownValueError. Only the policy server's proxy throws one, and the
 * server is @pulumi/policy itself: so the module is required only here, and a program without it (the
 * audit command, which judges plain AWS data) never needs the optional peer dependency.
 */
export function isUnknownValueError(e: unknown): boolean {
  let policy: typeof import("@pulumi/policy");
  try {
    policy = require("@pulumi/policy");
  } catch {
    return false;
  }
  return e instanceof policy.UnknownValueError;
}

export function readKnown<T>(read: () => T): Known<T> {
  try {
    return read();
  } catch (e) {
    if (isUnknownValueError(e)) return UNKNOWN;
    throw e;
  }
}

/** A plain copy of a value behind the server's proxy; throws UnknownValueError if any part is unknown. */
export function plainCopy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
