// Opt-out lists (every account has `Default` in every region from the start) and the opted-out numbers they
// hold (indexed under "list" with the list's ARN; their record ARN is internal, never sent).

import { validationError } from "../errors";
import { BOOLEAN_VALUES, defineKind, type ResourceRecord, sortKeyOf, type Tag } from "./kind";
import { BOOLEAN, STRING, TAGS } from "./recordFields";

export const DEFAULT_OPT_OUT_LIST = "Default";

export interface OptOutListRecord extends ResourceRecord {
  tags: Tag[];
}

export const OPT_OUT_LISTS = defineKind<OptOutListRecord>({
  name: "optOutLists",
  resourceType: "opt-out-list",
  arnType: "opt-out-list",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: true,
  fields: { tags: TAGS },
  filters: {},
  initialRecords: (region, accountId, now) => [
    optOutListRecord(region, accountId, DEFAULT_OPT_OUT_LIST, now, []),
  ],
});

export function optOutListRecord(
  region: string,
  accountId: string,
  name: string,
  createdMs: number,
  tags: Tag[],
): OptOutListRecord {
  return {
    arn: OPT_OUT_LISTS.arn(region, accountId, name),
    id: name,
    accountId,
    region,
    createdMs,
    sortKey: sortKeyOf(createdMs, accountId, name),
    tags,
  };
}

export interface OptedOutNumberRecord extends ResourceRecord {
  readonly listArn: string;
  readonly optedOutNumber: string;
  /** Set by an end user's opt-out keyword, also on a number the account had opted out already. */
  endUserOptedOut: boolean;
}

export const OPTED_OUT_NUMBERS = defineKind<OptedOutNumberRecord>({
  name: "optedOutNumbers",
  resourceType: "opted-out-number",
  arnType: "opted-out-number",
  idPattern: "[A-Za-z0-9_-]+/\\+?[0-9]+",
  taggable: false,
  shareable: false,
  fields: { listArn: STRING, optedOutNumber: STRING, endUserOptedOut: BOOLEAN },
  filters: {
    "end-user-opted-out": { text: (n) => String(n.endUserOptedOut), allowed: BOOLEAN_VALUES },
  },
  extraIndexes: (n) => [["list", n.listArn]],
  ownedBy: "list",
});

export function optedOutNumberRecord(
  list: OptOutListRecord,
  number: string,
  optedOutMs: number,
  endUserOptedOut: boolean,
): OptedOutNumberRecord {
  const id = `${list.id}/${number}`;
  return {
    arn: OPTED_OUT_NUMBERS.arn(list.region, list.accountId, id),
    id,
    accountId: list.accountId,
    region: list.region,
    createdMs: optedOutMs,
    sortKey: sortKeyOf(optedOutMs, list.accountId, id),
    listArn: list.arn,
    optedOutNumber: number,
    endUserOptedOut,
  };
}

export function optOutListInformation(list: OptOutListRecord): Record<string, unknown> {
  return { OptOutListArn: list.arn, OptOutListName: list.id, CreatedTimestamp: list.createdMs / 1000 };
}

export function optedOutNumberInformation(number: OptedOutNumberRecord): Record<string, unknown> {
  return {
    OptedOutNumber: number.optedOutNumber,
    OptedOutTimestamp: number.createdMs / 1000,
    EndUserOptedOut: number.endUserOptedOut,
  };
}

const OPT_OUT_LIST_ARN = /^arn:aws[a-z-]*:sms-voice:[a-z0-9-]+:\d{12}:opt-out-list\/([A-Za-z0-9_-]{1,64})$/;

/** An OptOutListNameOrArn member: the list name it means (the resource keeps the name). */
export function optOutListNameOf(value: string, member = "OptOutListName"): string {
  const fromArn = OPT_OUT_LIST_ARN.exec(value);
  if (fromArn) return fromArn[1];
  if (/^[A-Za-z0-9_-]{1,64}$/.test(value)) return value;
  throw validationError(value.startsWith("arn:") ? "INVALID_ARN" : "FIELD_VALIDATION_FAILED", [
    {
      Name: member,
      Message: `Value '${value}' at '${member}' is neither an opt-out list name (1-64 characters of [A-Za-z0-9_-]) nor an opt-out list ARN`,
    },
  ]);
}
