// PutOptedOutNumber: opts a destination number out of one of the caller's lists (EndUserOptedOut false: the
// API call is the account's, not the end user's). Putting a number already there returns it unchanged.

import {
  OPT_OUT_LISTS,
  OPTED_OUT_NUMBERS,
  optedOutNumberInformation,
  optedOutNumberRecord,
} from "../resources/optOutList";
import { defineOperation } from "./context";

export const putOptedOutNumber = defineOperation<{ OptOutListName: string; OptedOutNumber: string }>(
  "PutOptedOutNumber",
  (request, context) => {
    const list = context.getOwn(OPT_OUT_LISTS, request.OptOutListName);
    const numbers = context.collection(OPTED_OUT_NUMBERS);
    const id = `${list.id}/${request.OptedOutNumber}`;
    let number = numbers.own(context.region, context.accountId, id);
    if (!number) {
      number = optedOutNumberRecord(list, request.OptedOutNumber, context.now, false);
      numbers.add(number);
    }
    return { OptOutListArn: list.arn, OptOutListName: list.id, ...optedOutNumberInformation(number) };
  },
);
