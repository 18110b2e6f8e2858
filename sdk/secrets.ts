// Errors of lookups whose arguments are secret must not carry those arguments into logs.
import * as pulumi from "@pulumi/pulumi";
import { PoolQueryError, withoutValues } from "../provider/engine/query";
import { SmsLookupError, withoutQuery } from "../provider/errors";

/**
 * Runs a lookup for the Output forms: when any argument is secret, a failure is reported without the
 * values (validation) or the query and AWS's message (lookup); the error class and AWS fields stay.
 */
export function guardSecretArgs<T>(args: unknown, lookup: () => Promise<T>): Promise<T> {
  const secret = pulumi.isSecret(pulumi.output(args));
  return lookup().catch(async (err: unknown) => {
    if (!(await secret)) throw err;
    if (err instanceof PoolQueryError) throw withoutValues(err);
    if (err instanceof SmsLookupError) throw withoutQuery(err);
    throw err;
  });
}
