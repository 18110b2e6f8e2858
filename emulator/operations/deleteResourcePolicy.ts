// DeleteResourcePolicy: removes the policy of one of the caller's resources, which stops sharing it; a resource
// without one is ResourceNotFoundException (ResourceType policy).

import { notFound } from "../errors";
import { resourceByArn } from "../resources/byArn";
import { defineOperation } from "./context";

export const deleteResourcePolicy = defineOperation<{ ResourceArn: string }>(
  "DeleteResourcePolicy",
  (request, context) => {
    const { record } = resourceByArn(request.ResourceArn, context, true, "shareable");
    const policy = context.store.deletePolicy(record.arn);
    if (!policy) throw notFound("policy", record.arn, `${record.arn} has no resource policy.`);
    return { ResourceArn: record.arn, Policy: policy.policy, CreatedTimestamp: policy.createdMs / 1000 };
  },
);
