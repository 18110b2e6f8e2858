// TagResource: adds or overwrites tags of one of the caller's own resources (AWS: "Adds or overwrites only the
// specified tags"). More than 50 tags on one resource is ServiceQuotaExceededException TAGS_PER_RESOURCE.

import { resourceByArn } from "../resources/byArn";
import type { Tag } from "../resources/kind";
import { mergeTags } from "../resources/tags";
import { defineOperation } from "./context";

export const tagResource = defineOperation<{ ResourceArn: string; Tags: Tag[] }>(
  "TagResource",
  (request, context) => {
    const { kind, record } = resourceByArn(request.ResourceArn, context, true, "taggable");
    const tags = mergeTags(record.tags ?? [], request.Tags, request.ResourceArn);
    context.collection(kind).update(record, (r) => {
      r.tags = tags;
    });
    return {};
  },
);
