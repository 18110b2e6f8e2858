// TagResource: adds or overwrites tags of one of the caller's own resources (AWS: "Adds or overwrites only the
// specified tags"). More than 50 tags on one resource is ServiceQuotaExceededException TAGS_PER_RESOURCE.

import { quotaExceeded } from "../errors";
import { resourceByArn } from "../resources/byArn";
import type { Tag } from "../resources/kind";
import { defineOperation } from "./context";

const MAX_TAGS_PER_RESOURCE = 50;

export const tagResource = defineOperation<{ ResourceArn: string; Tags: Tag[] }>(
  "TagResource",
  (request, context) => {
    const { kind, record } = resourceByArn(request.ResourceArn, context, true, "taggable");
    const tags = new Map((record.tags ?? []).map((tag) => [tag.Key, tag.Value]));
    for (const { Key, Value } of request.Tags) tags.set(Key, Value);
    if (tags.size > MAX_TAGS_PER_RESOURCE) {
      throw quotaExceeded(
        "TAGS_PER_RESOURCE",
        `${request.ResourceArn} would have ${tags.size} tags; a resource has at most ${MAX_TAGS_PER_RESOURCE}.`,
      );
    }
    context.collection(kind).update(record, (r) => {
      r.tags = [...tags].map(([Key, Value]) => ({ Key, Value }));
    });
    return {};
  },
);
