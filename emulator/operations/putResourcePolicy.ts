// PutResourcePolicy: attaches (or replaces) the policy that shares one of the caller's pools, phone numbers,
// sender IDs or opt-out lists. The accounts its Allow statements name as AWS principals (an account ID, an IAM
// ARN of one, or "*") then see the resource under Owner SHARED and by ARN.

import { resourceByArn } from "../resources/byArn";
import { sharedAccounts } from "../sharing";
import { defineOperation } from "./context";

export const putResourcePolicy = defineOperation<{ ResourceArn: string; Policy: string }>(
  "PutResourcePolicy",
  (request, context) => {
    const { record } = resourceByArn(request.ResourceArn, context, true, "shareable");
    const principals = sharedAccounts(request.Policy);
    context.store.putPolicy({
      resourceArn: record.arn,
      policy: request.Policy,
      createdMs: context.now,
      principals,
    });
    return { ResourceArn: record.arn, Policy: request.Policy, CreatedTimestamp: context.now / 1000 };
  },
);
