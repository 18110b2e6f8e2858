// UpdatePool: changes the settings of one of the caller's own pools (by ID or ARN).

import { validationError } from "../errors";
import { OPT_OUT_LISTS, optOutListNameOf } from "../resources/optOutList";
import { POOLS, poolInformation } from "../resources/pool";
import { defineOperation } from "./context";

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

export const updatePool = defineOperation<UpdatePoolInput>("UpdatePool", (request, context) => {
  const pool = context.getOwn(POOLS, request.PoolId);
  const listName =
    request.OptOutListName === undefined ? undefined : optOutListNameOf(request.OptOutListName);
  if (request.OptOutListName !== undefined && !context.lenientReferences) {
    context.getOwn(OPT_OUT_LISTS, request.OptOutListName);
  }
  const channelArn = request.TwoWayChannelArn ?? pool.twoWayChannelArn;
  if ((request.TwoWayEnabled ?? pool.twoWayEnabled) && channelArn === undefined) {
    throw validationError("TWO_WAY_CHANNEL_NOT_PRESENT", [
      {
        Name: "TwoWayChannelArn",
        Message: "TwoWayEnabled=true needs a TwoWayChannelArn; pass one in the same call.",
      },
    ]);
  }
  context.collection(POOLS).update(pool, (p) => {
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
});
