// getOptOutLists / getOptOutList (and Output forms): opt-out lists by name or ARN, every page collected.
import { OPT_OUT_LISTS, type OptOutList } from "../provider/resources/optOutLists";
import { listLookup, outputForm, singleLookup } from "./lookupFunctions";

/** Arguments of getOptOutLists. Leave everything out to list all your opt-out lists. */
export interface GetOptOutListsArgs {
  /** Opt-out list names or ARNs, any number; lists shared with you need the ARN. */
  readonly optOutListNames?: readonly string[];
  /** SELF for lists this account owns, SHARED for lists shared with it. Not together with optOutListNames. */
  readonly owner?: "SELF" | "SHARED";
  /** Lists per DescribeOptOutLists page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** The opt-out lists a lookup found. */
export interface GetOptOutListsResult {
  /** The lists, in the order their names were asked for, or ordered by ARN for listings. */
  readonly optOutLists: OptOutList[];
  /** Their names, in the same order. */
  readonly names: string[];
  /** Their ARNs, in the same order. */
  readonly arns: string[];
  /** The region that was searched. */
  readonly region: string;
}

/** Arguments of getOptOutList. */
export interface GetOptOutListArgs {
  /** The list's name (e.g. "Default") or ARN; a list shared with you needs the ARN. */
  readonly optOutListName: string;
  /** The AWS region to look in. */
  readonly region?: string;
}

/**
 * Looks up opt-out lists (DescribeOptOutLists).
 *
 * @example
 * ```ts
 * const { names } = await getOptOutLists();   // the account's opt-out lists, "Default" among them
 * ```
 */
export const getOptOutLists = listLookup<GetOptOutListsArgs, OptOutList, GetOptOutListsResult>({
  name: "getOptOutLists",
  kind: OPT_OUT_LISTS,
  resourceType: "opt-out-list",
  itemsField: "optOutLists",
  result: (optOutLists, region) => ({
    optOutLists,
    names: optOutLists.map((l) => l.optOutListName),
    arns: optOutLists.map((l) => l.optOutListArn),
    region,
  }),
});

/** getOptOutLists for arguments that may be Outputs; the result is secret when any input is. */
export const getOptOutListsOutput = outputForm(getOptOutLists);

/** Looks up one opt-out list by name or ARN; a missing one is an OptOutListNotFoundError naming it. */
export const getOptOutList = singleLookup<GetOptOutListArgs, OptOutList>({
  name: "getOptOutList",
  kind: OPT_OUT_LISTS,
  resourceType: "opt-out-list",
  argument: "optOutListName",
  listing: "getOptOutLists",
});

/** getOptOutList for arguments that may be Outputs. */
export const getOptOutListOutput = outputForm(getOptOutList);
