// PutKeyword: adds a keyword to one of the caller's phone numbers or pools, or changes the message and action
// of one it has (keywords match without regard to case). HELP and STOP keep their actions: AWS says they can't
// be deleted or modified, so changing their action is ConflictException RESOURCE_MODIFICATION_NOT_ALLOWED
// (their message may change, as the console allows).

import { conflict } from "../errors";
import {
  findKeyword,
  KEYWORDS,
  type KeywordAction,
  keywordKey,
  keywordOwner,
  keywordRecord,
  ownerMembers,
  REQUIRED_KEYWORDS,
} from "../resources/keyword";
import { defineOperation } from "./context";

interface PutKeywordInput {
  OriginationIdentity: string;
  Keyword: string;
  KeywordMessage: string;
  KeywordAction?: KeywordAction;
}

export const putKeyword = defineOperation<PutKeywordInput>("PutKeyword", (request, context) => {
  const owner = keywordOwner(request.OriginationIdentity, context, true);
  const existing = findKeyword(owner, request.Keyword, context);
  const required = REQUIRED_KEYWORDS.find((k) => k.keyword === keywordKey(request.Keyword));
  const action = request.KeywordAction ?? existing?.action ?? "AUTOMATIC_RESPONSE";
  if (required && action !== required.action) {
    throw conflict(
      "RESOURCE_MODIFICATION_NOT_ALLOWED",
      "keyword",
      required.keyword,
      `Keyword ${required.keyword} always has action ${required.action}; only its message can change.`,
    );
  }
  const keywords = context.collection(KEYWORDS);
  let keyword = existing;
  if (keyword) {
    keywords.update(keyword, (k) => {
      k.message = request.KeywordMessage;
      k.action = action;
    });
  } else {
    keyword = keywordRecord(owner, request.Keyword, request.KeywordMessage, action, context.now);
    keywords.add(keyword);
  }
  return {
    ...ownerMembers(owner),
    Keyword: keyword.keyword,
    KeywordMessage: keyword.message,
    KeywordAction: keyword.action,
  };
});
