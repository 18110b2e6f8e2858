// GetResourcePolicy: the policy of one of the caller's shareable resources; one without a policy answers its
// ResourceArn alone.

import { resourceByArn } from "../resources/byArn";
import { defineOperation } from "./context";

export const getResourcePolicy = defineOperation<{ ResourceArn: string }>(
  "GetResourcePolicy",
  (request, context) => {
    const { record } = resourceByArn(request.ResourceArn, context, true, "shareable");
    const policy = context.store.policies.get(record.arn);
    if (!policy) return { ResourceArn: record.arn };
    return { ResourceArn: record.arn, Policy: policy.policy, CreatedTimestamp: policy.createdMs / 1000 };
  },
);
