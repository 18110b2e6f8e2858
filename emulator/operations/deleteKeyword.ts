// DeleteKeyword: removes a keyword from one of the caller's phone numbers or pools; HELP and STOP can't be
// deleted (ConflictException RESOURCE_DELETION_NOT_ALLOWED), a keyword the identity lacks is
// ResourceNotFoundException (ResourceType keyword).

import { conflict, notFound } from "../errors";
import {
  findKeyword,
  KEYWORDS,
  keywordInformation,
  keywordKey,
  keywordOwner,
  ownerMembers,
  REQUIRED_KEYWORDS,
} from "../resources/keyword";
import { defineOperation } from "./context";

export const deleteKeyword = defineOperation<{ OriginationIdentity: string; Keyword: string }>(
  "DeleteKeyword",
  (request, context) => {
    const owner = keywordOwner(request.OriginationIdentity, context, true);
    if (REQUIRED_KEYWORDS.some((k) => k.keyword === keywordKey(request.Keyword))) {
      throw conflict(
        "RESOURCE_DELETION_NOT_ALLOWED",
        "keyword",
        request.Keyword,
        `Keyword ${keywordKey(request.Keyword)} can't be deleted; PutKeyword can change its message.`,
      );
    }
    const keyword = findKeyword(owner, request.Keyword, context);
    if (!keyword) {
      throw notFound(
        "keyword",
        request.Keyword,
        `Keyword '${request.Keyword}' does not exist on '${owner.id}'.`,
      );
    }
    context.collection(KEYWORDS).remove(keyword);
    return { ...ownerMembers(owner), ...keywordInformation(keyword) };
  },
);
