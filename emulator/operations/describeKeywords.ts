// DescribeKeywords: the keywords of a phone number or pool (by ID, or by ARN for shared ones), the ones named
// in Keywords or all of them, filtered by keyword-action and paged.

import { notFound } from "../errors";
import type { Filter } from "../filters";
import { listResources } from "../listing";
import {
  findKeyword,
  KEYWORDS,
  keywordInformation,
  keywordOwner,
  keywordsOf,
  ownerMembers,
} from "../resources/keyword";
import { defineOperation } from "./context";

interface DescribeKeywordsInput {
  OriginationIdentity: string;
  Keywords?: string[];
  Filters?: Filter[];
  NextToken?: string;
  MaxResults?: number;
}

export const describeKeywords = defineOperation<DescribeKeywordsInput>(
  "DescribeKeywords",
  (request, context) => {
    const owner = keywordOwner(request.OriginationIdentity, context, false);
    keywordsOf(owner, context);
    return listResources(context, request, {
      kind: KEYWORDS,
      resultKey: "Keywords",
      project: keywordInformation,
      parent: { index: "identity", value: owner.arn },
      extra: ownerMembers(owner),
      lookup: {
        member: "Keywords",
        ids: request.Keywords ?? [],
        arnOf: () => undefined,
        resolve: (id) => {
          const keyword = findKeyword(owner, String(id), context);
          if (!keyword)
            throw notFound("keyword", String(id), `Keyword '${id}' does not exist on '${owner.id}'.`);
          return keyword;
        },
      },
    });
  },
);
