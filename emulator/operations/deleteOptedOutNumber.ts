// DeleteOptedOutNumber: opts a number back in to one of the caller's lists. A number the end user opted out
// (EndUserOptedOut true: by an inbound STOP, or seeded) cannot be opted in by the account: ValidationException
// PHONE_NUMBER_CANNOT_BE_OPTED_IN. The number matches with or without its "+". AWS's once-every-30-days
// rule is not enforced.

import { e164 } from "../countries";
import { invalidField, notFound } from "../errors";
import { OPT_OUT_LISTS, OPTED_OUT_NUMBERS, optedOutNumberInformation } from "../resources/optOutList";
import { defineOperation } from "./context";

export const deleteOptedOutNumber = defineOperation<{ OptOutListName: string; OptedOutNumber: string }>(
  "DeleteOptedOutNumber",
  (request, context) => {
    const list = context.getOwn(OPT_OUT_LISTS, request.OptOutListName);
    const numbers = context.collection(OPTED_OUT_NUMBERS);
    const number = numbers.own(list.region, list.accountId, `${list.id}/${e164(request.OptedOutNumber)}`);
    if (!number) throw notFound("opted-out-number", request.OptedOutNumber);
    if (number.endUserOptedOut) {
      throw invalidField(
        "PHONE_NUMBER_CANNOT_BE_OPTED_IN",
        "OptedOutNumber",
        `${request.OptedOutNumber} was opted out by its end user; only the end user can opt back in.`,
      );
    }
    numbers.remove(number);
    return { OptOutListArn: list.arn, OptOutListName: list.id, ...optedOutNumberInformation(number) };
  },
);
