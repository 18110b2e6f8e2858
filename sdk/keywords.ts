// getKeywords (and its Output form): the keywords of a phone number or pool and what each does.
import type { Filter } from "../provider/engine/query";
import { KEYWORDS, type Keyword, type KeywordFilterName } from "../provider/resources/keywords";
import { listLookup, outputForm } from "./lookupFunctions";

/** Arguments of getKeywords. */
export interface GetKeywordsArgs {
  /** The phone number or pool: its ID or ARN. */
  readonly originationIdentity: string;
  /** Keywords to look up, any number (e.g. ["STOP", "HELP"]); leave out for all of them. */
  readonly keywords?: readonly string[];
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly Filter<KeywordFilterName>[];
  /** Keywords per DescribeKeywords page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** The keywords a lookup found. */
export interface GetKeywordsResult {
  /** The keywords, in the order asked for, or ordered by keyword for listings. */
  readonly keywords: Keyword[];
  /** The region that was searched. */
  readonly region: string;
}

/**
 * Looks up the keywords of a phone number or pool (DescribeKeywords).
 *
 * @example
 * ```ts
 * const optOuts = await getKeywords({
 *   originationIdentity: "phone-0123...",
 *   filters: [{ name: "keyword-action", values: ["OPT_OUT"] }],
 * });
 * ```
 */
export const getKeywords = listLookup<GetKeywordsArgs, Keyword, GetKeywordsResult>({
  name: "getKeywords",
  kind: KEYWORDS,
  resourceType: "keyword",
  itemsField: "keywords",
  result: (keywords, region) => ({ keywords, region }),
});

/** getKeywords for arguments that may be Outputs; the result is secret when any input is. */
export const getKeywordsOutput = outputForm(getKeywords);
