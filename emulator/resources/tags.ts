// Tags a resource ends up with, shared by TagResource and every create that takes Tags: a key given again
// overwrites the value it had (AWS: "Adds or overwrites only the specified tags"), and more than 50 tags on one
// resource is ServiceQuotaExceededException TAGS_PER_RESOURCE.

import { quotaExceeded } from "../errors";
import type { Tag } from "./kind";

const MAX_TAGS_PER_RESOURCE = 50;

/** `existing` with `added` merged in by key (later values win, first positions kept), within the limit. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[], resource: string): Tag[] {
  const tags = new Map(existing.map((tag) => [tag.Key, tag.Value]));
  for (const { Key, Value } of added) tags.set(Key, Value);
  if (tags.size > MAX_TAGS_PER_RESOURCE) {
    throw quotaExceeded(
      "TAGS_PER_RESOURCE",
      `${resource} would have ${tags.size} tags; a resource has at most ${MAX_TAGS_PER_RESOURCE}.`,
    );
  }
  return [...tags].map(([Key, Value]) => ({ Key, Value }));
}

/** The tags a create's `Tags` give a new resource. */
export function createTags(added: readonly Tag[] | undefined): Tag[] {
  return mergeTags([], added ?? [], "The new resource");
}
