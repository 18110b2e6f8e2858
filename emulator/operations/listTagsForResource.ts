// ListTagsForResource: the tags of one of the caller's own resources, in the order they were first set.

import { resourceByArn } from "../resources/byArn";
import { defineOperation } from "./context";

export const listTagsForResource = defineOperation<{ ResourceArn: string }>(
  "ListTagsForResource",
  (request, context) => {
    const { record } = resourceByArn(request.ResourceArn, context, true, "taggable");
    return { ResourceArn: record.arn, Tags: (record.tags ?? []).map(({ Key, Value }) => ({ Key, Value })) };
  },
);
