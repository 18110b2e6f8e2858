// CreateProtectConfiguration: a protect configuration that allows every country on every channel (AWS starts
// a new one at ALLOW everywhere), not the account default. A repeated ClientToken returns the one it created.

import { sortKeyOf, type Tag } from "../resources/kind";
import {
  PROTECT_CONFIGURATIONS,
  type ProtectConfigurationRecord,
  protectConfigurationInformation,
} from "../resources/protectConfiguration";
import { createTags } from "../resources/tags";
import { defineOperation } from "./context";

interface CreateProtectConfigurationInput {
  ClientToken?: string;
  DeletionProtectionEnabled?: boolean;
  Tags?: Tag[];
}

function created(config: ProtectConfigurationRecord): Record<string, unknown> {
  return {
    ...protectConfigurationInformation(config),
    Tags: config.tags.map(({ Key, Value }) => ({ Key, Value })),
  };
}

export const createProtectConfiguration = defineOperation<CreateProtectConfigurationInput>(
  "CreateProtectConfiguration",
  (request, context) => {
    const configs = context.collection(PROTECT_CONFIGURATIONS);
    const token = context.clientToken("CreateProtectConfiguration", request.ClientToken);
    const repeated = token.earlier === undefined ? undefined : configs.get(token.earlier);
    if (repeated) return created(repeated);
    const tags = createTags(request.Tags);

    let id = context.newId("protect");
    while (configs.own(context.region, context.accountId, id)) id = context.newId("protect");
    const config: ProtectConfigurationRecord = {
      arn: PROTECT_CONFIGURATIONS.arn(context.region, context.accountId, id),
      id,
      accountId: context.accountId,
      region: context.region,
      createdMs: context.now,
      sortKey: sortKeyOf(context.now, context.accountId, id),
      accountDefault: false,
      deletionProtectionEnabled: request.DeletionProtectionEnabled ?? false,
      countryRules: {},
      tags,
    };
    configs.add(config);
    token.remember(config.arn);
    return created(config);
  },
);
