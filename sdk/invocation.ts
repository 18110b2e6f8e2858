// The start of every lookup function: validate arguments, options and connection together, then pick the path.
import { clientFor } from "../provider/client";
import { planPoolLookup } from "../provider/lookup";
import { resolveRegion } from "../provider/region";
import { mocksActive } from "./mocks";
import { splitOptions } from "./options";
import { stackConnectionConfig } from "./stackConfig";

/**
 * Everything a lookup needs, checked before anything is sent: the query, the connection (resolved in the
 * one documented order: the call, `sms-pools:*`, `aws:*`, the AWS SDK's chain), the options for Pulumi's
 * invoke, and whether mocks answer it (mocks in force and no endpoint set on the call or in stack config).
 */
export function prepareLookup(args: unknown, opts: unknown, context: string) {
  const { settings, invoke, problems } = splitOptions(opts);
  const { query, connection } = planPoolLookup(args, settings, stackConnectionConfig(), context, problems);
  return { query, connection, invoke, mocked: mocksActive() && !connection.endpoint };
}

/** The region a mocked lookup reports: the mock's own answer, else the region a real lookup would use. */
export async function mockedRegion(
  answered: unknown,
  connection: ReturnType<typeof prepareLookup>["connection"],
): Promise<string> {
  if (typeof answered === "string" && answered !== "") return answered;
  try {
    return await resolveRegion(clientFor(connection));
  } catch (err) {
    throw new Error(`${(err as Error).message}; under mocks, the mock may also return region`);
  }
}
