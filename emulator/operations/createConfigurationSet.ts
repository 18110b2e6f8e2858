// CreateConfigurationSet: an empty configuration set (no event destinations, no defaults) named by the caller;
// a name already in use in the account and region is ConflictException RESOURCE_ALREADY_EXISTS. A repeated
// ClientToken returns the set it created.

import { conflict } from "../errors";
import { CONFIGURATION_SETS, type ConfigurationSetRecord } from "../resources/configurationSet";
import { sortKeyOf, type Tag } from "../resources/kind";
import { createTags } from "../resources/tags";
import { defineOperation } from "./context";

interface CreateConfigurationSetInput {
  ConfigurationSetName: string;
  Tags?: Tag[];
  ClientToken?: string;
}

function created(set: ConfigurationSetRecord): Record<string, unknown> {
  return {
    ConfigurationSetArn: set.arn,
    ConfigurationSetName: set.id,
    Tags: set.tags.map(({ Key, Value }) => ({ Key, Value })),
    CreatedTimestamp: set.createdMs / 1000,
  };
}

export const createConfigurationSet = defineOperation<CreateConfigurationSetInput>(
  "CreateConfigurationSet",
  (request, context) => {
    const sets = context.collection(CONFIGURATION_SETS);
    const token = context.clientToken("CreateConfigurationSet", request.ClientToken);
    const repeated = token.earlier === undefined ? undefined : sets.get(token.earlier);
    if (repeated) return created(repeated);
    const tags = createTags(request.Tags);

    const name = request.ConfigurationSetName;
    if (sets.own(context.region, context.accountId, name)) {
      throw conflict(
        "RESOURCE_ALREADY_EXISTS",
        "configuration-set",
        name,
        `Configuration set '${name}' already exists in ${context.region}; pick another name or use the existing set.`,
      );
    }
    const set: ConfigurationSetRecord = {
      arn: CONFIGURATION_SETS.arn(context.region, context.accountId, name),
      id: name,
      accountId: context.accountId,
      region: context.region,
      createdMs: context.now,
      sortKey: sortKeyOf(context.now, context.accountId, name),
      eventDestinations: [],
      defaultMessageFeedbackEnabled: false,
      tags,
    };
    sets.add(set);
    token.remember(set.arn);
    return created(set);
  },
);
