// UntagResource: removes tags by key from one of the caller's own resources; absent keys are ignored.

import { resourceByArn } from "../resources/byArn";
import { defineOperation } from "./context";

export const untagResource = defineOperation<{ ResourceArn: string; TagKeys: string[] }>(
  "UntagResource",
  (request, context) => {
    const { kind, record } = resourceByArn(request.ResourceArn, context, true, "taggable");
    const keys = new Set(request.TagKeys);
    context.collection(kind).update(record, (r) => {
      r.tags = (r.tags ?? []).filter((tag) => !keys.has(tag.Key));
    });
    return {};
  },
);
