// The opt-out list entry of the lookup engine: DescribeOptOutLists (names or ARNs, owner, no filters).
import type { OptOutListInformation } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { ResourceKind } from "../engine/kind";
import { isoTimestamp } from "./wire";

/** An opt-out list: the destinations that asked not to receive messages. */
export interface OptOutList {
  /** The Amazon Resource Name (ARN) of the opt-out list. */
  readonly optOutListArn: string;
  /** The name of the opt-out list. */
  readonly optOutListName: string;
  /** When the list was created, ISO 8601 (UTC). */
  readonly createdTimestamp: string;
}

function toOptOutList(info: OptOutListInformation): OptOutList {
  return {
    optOutListArn: info.OptOutListArn ?? "",
    optOutListName: info.OptOutListName ?? "",
    createdTimestamp: isoTimestamp(info.CreatedTimestamp),
  };
}

/** DescribeOptOutLists, as the engine runs it. */
export const OPT_OUT_LISTS: ResourceKind<OptOutList, OptOutListInformation> = {
  noun: "opt-out list",
  operation: "DescribeOptOutLists",
  paginator: "paginateDescribeOptOutLists",
  listMember: "OptOutLists",
  ids: {
    argument: "optOutListNames",
    member: "OptOutListNames",
    described: 'an opt-out list name (e.g. "Default") or opt-out list ARN',
    example: "Default",
    arnResource: "opt-out-list",
    max: 5,
  },
  filterNames: [],
  owner: true,
  toItem: toOptOutList,
  arnOf: (l) => l.optOutListArn,
  idOf: (l) => l.optOutListName,
  // No filters: a snapshot answers only listings by owner and lookups by name.
  filterValue: () => [],
};
