// UpdatePool: changes the settings of one of the caller's own pools (by ID or ARN).

import { poolNotFound, validationError } from "../errors";
import { poolInformation } from "../poolRecord";
import { UpdatePoolRequest } from "../shapes";
import { validateInput } from "../validation";
import type { OperationContext } from "./context";

interface UpdatePoolInput {
  PoolId: string;
  TwoWayEnabled?: boolean;
  TwoWayChannelArn?: string;
  TwoWayChannelRole?: string;
  SelfManagedOptOutsEnabled?: boolean;
  OptOutListName?: string;
  SharedRoutesEnabled?: boolean;
  DeletionProtectionEnabled?: boolean;
}

const OPT_OUT_LIST_ARN = /^arn:aws[a-z-]*:sms-voice:[a-z0-9-]+:\d{12}:opt-out-list\/([A-Za-z0-9_-]{1,64})$/;

/** An opt-out list is named by its name or its ARN; the pool keeps the name. */
function optOutListName(value: string): string {
  const fromArn = OPT_OUT_LIST_ARN.exec(value);
  if (fromArn) return fromArn[1];
  if (/^[A-Za-z0-9_-]{1,64}$/.test(value)) return value;
  throw validationError(value.startsWith("arn:") ? "INVALID_ARN" : "FIELD_VALIDATION_FAILED", [
    {
      Name: "OptOutListName",
      Message: `Value '${value}' at 'OptOutListName' is neither an opt-out list name (1-64 characters of [A-Za-z0-9_-]) nor an opt-out list ARN`,
    },
  ]);
}

export function updatePool(input: unknown, context: OperationContext): Record<string, unknown> {
  const request = validateInput<UpdatePoolInput>(UpdatePoolRequest, input, context.numberAsSent);
  const pool = context.store.resolve(context.region, context.accountId, request.PoolId);
  if (!pool || pool.accountId !== context.accountId) throw poolNotFound(request.PoolId);
  const listName = request.OptOutListName === undefined ? undefined : optOutListName(request.OptOutListName);
  const channelArn = request.TwoWayChannelArn ?? pool.twoWayChannelArn;
  if ((request.TwoWayEnabled ?? pool.twoWayEnabled) && channelArn === undefined) {
    throw validationError("TWO_WAY_CHANNEL_NOT_PRESENT", [
      {
        Name: "TwoWayChannelArn",
        Message: "TwoWayEnabled=true needs a TwoWayChannelArn; pass one in the same call.",
      },
    ]);
  }
  context.store.update(pool, (p) => {
    if (request.TwoWayEnabled !== undefined) p.twoWayEnabled = request.TwoWayEnabled;
    if (request.TwoWayChannelArn !== undefined) p.twoWayChannelArn = request.TwoWayChannelArn;
    if (request.TwoWayChannelRole !== undefined) p.twoWayChannelRole = request.TwoWayChannelRole;
    if (request.SelfManagedOptOutsEnabled !== undefined)
      p.selfManagedOptOutsEnabled = request.SelfManagedOptOutsEnabled;
    if (listName !== undefined) p.optOutListName = listName;
    if (request.SharedRoutesEnabled !== undefined) p.sharedRoutesEnabled = request.SharedRoutesEnabled;
    if (request.DeletionProtectionEnabled !== undefined)
      p.deletionProtectionEnabled = request.DeletionProtectionEnabled;
  });
  return poolInformation(pool);
}
