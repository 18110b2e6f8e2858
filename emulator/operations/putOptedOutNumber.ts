// PutOptedOutNumber: opts a destination number out of one of the caller's lists (EndUserOptedOut false: the
// API call is the account's, not the end user's). The number is stored in E.164 form ("14255550199" and
// "+14255550199" are one entry). Putting a number already there returns it unchanged.

import { e164 } from "../countries";
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
    const optedOutNumber = e164(request.OptedOutNumber);
    const id = `${list.id}/${optedOutNumber}`;
    let number = numbers.own(context.region, context.accountId, id);
    if (!number) {
      number = optedOutNumberRecord(list, optedOutNumber, context.now, false);
      numbers.add(number);
    }
    return { OptOutListArn: list.arn, OptOutListName: list.id, ...optedOutNumberInformation(number) };
  },
);
