// DeleteOptOutList: deletes one of the caller's lists and every number opted out of it; refused while a phone
// number or pool uses it (AWS: "If the specified opt-out list name doesn't exist or is in-use by an
// origination phone number or pool, an error is returned"), and for `Default` (the emulator's rule).

import { conflict } from "../errors";
import { DEFAULT_OPT_OUT_LIST, OPT_OUT_LISTS, optOutListInformation } from "../resources/optOutList";
import { PHONE_NUMBERS } from "../resources/phoneNumber";
import { POOLS } from "../resources/pool";
import { defineOperation } from "./context";

export const deleteOptOutList = defineOperation<{ OptOutListName: string }>(
  "DeleteOptOutList",
  (request, context) => {
    const list = context.getOwn(OPT_OUT_LISTS, request.OptOutListName);
    if (list.id === DEFAULT_OPT_OUT_LIST) {
      throw conflict(
        "RESOURCE_DELETION_NOT_ALLOWED",
        "opt-out-list",
        list.id,
        "The Default opt-out list belongs to the account and cannot be deleted.",
      );
    }
    const usedBy = (
      [
        [POOLS, "pool"],
        [PHONE_NUMBERS, "phone number"],
      ] as const
    ).flatMap(([kind, what]) => {
      const users = context.collection(kind as typeof POOLS).scan(context.region, [
        { name: "owner", values: [context.accountId] },
        { name: "opt-out-list-name", values: [list.id] },
      ]);
      const first = [...users].find((r) => r.accountId === context.accountId && r.optOutListName === list.id);
      return first ? [`${what} '${first.id}'`] : [];
    });
    if (usedBy.length > 0) {
      throw conflict(
        "RESOURCE_DELETION_NOT_ALLOWED",
        "opt-out-list",
        list.id,
        `Opt-out list '${list.id}' is in use by ${usedBy.join(" and ")}; point them at another list first.`,
      );
    }
    context.store.removeResource(OPT_OUT_LISTS, list); // with its numbers: OPTED_OUT_NUMBERS is ownedBy "list"
    return optOutListInformation(list);
  },
);
