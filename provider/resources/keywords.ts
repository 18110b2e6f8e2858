// The keyword entry of the lookup engine: DescribeKeywords (a phone number's or pool's keywords).
import type { KeywordInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { ResourceKind } from "../engine/kind";
import { text } from "./wire";

/** Filter names DescribeKeywords accepts, exactly as the service model lists them. */
const KEYWORD_FILTER_NAMES = ["keyword-action"] as const;

/** The name of a DescribeKeywords filter attribute. */
export type KeywordFilterName = (typeof KEYWORD_FILTER_NAMES)[number];

/** A keyword a recipient can text, and what it does. */
export interface Keyword {
  /** The keyword, e.g. "STOP". */
  readonly keyword: string;
  /** The message sent back when it is received. */
  readonly keywordMessage: string;
  /** AUTOMATIC_RESPONSE, OPT_OUT or OPT_IN. */
  readonly keywordAction: "AUTOMATIC_RESPONSE" | "OPT_OUT" | "OPT_IN";
}

function toKeyword(info: KeywordInformation): Keyword {
  return {
    keyword: info.Keyword ?? "",
    keywordMessage: info.KeywordMessage ?? "",
    keywordAction: info.KeywordAction as Keyword["keywordAction"],
  };
}

/** DescribeKeywords, as the engine runs it. Keywords have no ARN: the keyword itself is the key. */
export const KEYWORDS: ResourceKind<Keyword, KeywordInformation> = {
  noun: "keyword",
  operation: "DescribeKeywords",
  paginator: "paginateDescribeKeywords",
  listMember: "Keywords",
  parent: {
    argument: "originationIdentity",
    member: "OriginationIdentity",
    described: "a phone number ID, phone number ARN, pool ID or pool ARN",
    arnResources: ["phone-number", "pool"],
  },
  ids: {
    argument: "keywords",
    member: "Keywords",
    described: 'a keyword such as "STOP"',
    example: "STOP",
    arnResource: "keyword",
    max: 5,
    entryPattern: /^[ \S]{1,30}$/,
    entryRule: "1 to 30 characters (spaces allowed, no tabs or line breaks)",
    noArns: true,
    // "Keywords are case insensitive" (AWS End User Messaging SMS user guide, Keywords).
    caseInsensitive: true,
  },
  filterNames: KEYWORD_FILTER_NAMES,
  filterValueSets: { "keyword-action": ["AUTOMATIC_RESPONSE", "OPT_OUT", "OPT_IN"] },
  owner: false,
  toItem: toKeyword,
  arnOf: (k) => k.keyword,
  idOf: (k) => k.keyword,
  filterValue: (k, name) => (name === "keyword-action" ? text(k.keywordAction) : []),
};
