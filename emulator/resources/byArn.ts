// Resolves the ResourceArn of TagResource, UntagResource, ListTagsForResource and the resource-policy
// operations: any registered kind's ARN in the request's region.

import { invalidField, notFound } from "../errors";
import type { OperationContext } from "../operations/context";
import type { ResourceKind, ResourceRecord } from "./kind";

export interface ArnTarget {
  kind: ResourceKind<ResourceRecord>;
  record: ResourceRecord;
}

/**
 * The record `arn` names. `own`: only the caller's (what it may change); else also one shared with it.
 * `need` picks the kinds the operation takes (taggable, shareable); an ARN of another kind is INVALID_ARN.
 */
export function resourceByArn(
  arn: string,
  context: OperationContext,
  own: boolean,
  need: "taggable" | "shareable",
): ArnTarget {
  const kinds = [...context.store.allKinds()].filter((kind) => kind[need]);
  const kind = kinds.find((k) => k.parseArn(arn) !== undefined);
  if (!kind) {
    throw invalidField(
      "INVALID_ARN",
      "ResourceArn",
      `Value '${arn}' at 'ResourceArn' is not the ARN of a ${need === "taggable" ? "taggable" : "shareable"} resource (${kinds.map((k) => k.arnType).join(", ")})`,
    );
  }
  const record = own ? context.findOwn(kind, arn) : context.find(kind, arn);
  if (!record) throw notFound(kind.resourceType, arn);
  return { kind, record };
}
