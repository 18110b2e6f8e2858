// Reads a value that may be unknown at preview, for the few rules that can still conclude without it.
//
// Elsewhere an unknown is left to throw: @pulumi/policy's server turns that into its advisory "can't run
// policy ... during preview", which is right when the rule can conclude nothing at all.
import { UnknownValueError } from "@pulumi/policy";
import { type Known, UNKNOWN } from "./records";

export function readKnown<T>(read: () => T): Known<T> {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnknownValueError) return UNKNOWN;
    throw e;
  }
}

/** A plain copy of a value behind the server's proxy; throws UnknownValueError if any part is unknown. */
export function plainCopy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
