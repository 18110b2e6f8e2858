// CreateOptOutList: a new, empty opt-out list; a name the account already uses in the region is
// ConflictException RESOURCE_ALREADY_EXISTS unless the ClientToken repeats.

import { conflict } from "../errors";
import type { Tag } from "../resources/kind";
import { OPT_OUT_LISTS, optOutListInformation, optOutListRecord } from "../resources/optOutList";
import { createTags } from "../resources/tags";
import { defineOperation } from "./context";

interface CreateOptOutListInput {
  OptOutListName: string;
  Tags?: Tag[];
  ClientToken?: string;
}

export const createOptOutList = defineOperation<CreateOptOutListInput>(
  "CreateOptOutList",
  (request, context) => {
    const lists = context.collection(OPT_OUT_LISTS);
    const token = context.clientToken("CreateOptOutList", request.ClientToken);
    const repeated = token.earlier === undefined ? undefined : lists.get(token.earlier);
    if (repeated) return { ...optOutListInformation(repeated), Tags: repeated.tags };
    const tags = createTags(request.Tags);
    if (lists.own(context.region, context.accountId, request.OptOutListName)) {
      throw conflict(
        "RESOURCE_ALREADY_EXISTS",
        "opt-out-list",
        request.OptOutListName,
        `Opt-out list '${request.OptOutListName}' already exists.`,
      );
    }
    const list = optOutListRecord(
      context.region,
      context.accountId,
      request.OptOutListName,
      context.now,
      tags,
    );
    lists.add(list);
    token.remember(list.arn);
    const { CreatedTimestamp, ...info } = optOutListInformation(list);
    return { ...info, Tags: list.tags, CreatedTimestamp };
  },
);
