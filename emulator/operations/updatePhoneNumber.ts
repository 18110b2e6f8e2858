// UpdatePhoneNumber: changes the settings of one of the caller's own numbers; TwoWayEnabled needs a channel,
// an OptOutListName an existing list.

import { invalidField } from "../errors";
import { OPT_OUT_LISTS, optOutListNameOf } from "../resources/optOutList";
import { PHONE_NUMBERS, phoneNumberInformation } from "../resources/phoneNumber";
import { defineOperation } from "./context";

interface UpdatePhoneNumberInput {
  PhoneNumberId: string;
  TwoWayEnabled?: boolean;
  TwoWayChannelArn?: string;
  TwoWayChannelRole?: string;
  SelfManagedOptOutsEnabled?: boolean;
  OptOutListName?: string;
  InternationalSendingEnabled?: boolean;
  DeletionProtectionEnabled?: boolean;
}

export const updatePhoneNumber = defineOperation<UpdatePhoneNumberInput>(
  "UpdatePhoneNumber",
  (request, context) => {
    const number = context.getOwn(PHONE_NUMBERS, request.PhoneNumberId);
    let listName: string | undefined;
    if (request.OptOutListName !== undefined) {
      listName = optOutListNameOf(request.OptOutListName);
      context.getOwn(OPT_OUT_LISTS, request.OptOutListName);
    }
    if (
      (request.TwoWayEnabled ?? number.twoWayEnabled) &&
      (request.TwoWayChannelArn ?? number.twoWayChannelArn) === undefined
    ) {
      throw invalidField(
        "TWO_WAY_CHANNEL_NOT_PRESENT",
        "TwoWayChannelArn",
        "TwoWayEnabled=true needs a TwoWayChannelArn; pass one in the same call.",
      );
    }
    context.collection(PHONE_NUMBERS).update(number, (n) => {
      if (request.TwoWayEnabled !== undefined) n.twoWayEnabled = request.TwoWayEnabled;
      if (request.TwoWayChannelArn !== undefined) n.twoWayChannelArn = request.TwoWayChannelArn;
      if (request.TwoWayChannelRole !== undefined) n.twoWayChannelRole = request.TwoWayChannelRole;
      if (request.SelfManagedOptOutsEnabled !== undefined)
        n.selfManagedOptOutsEnabled = request.SelfManagedOptOutsEnabled;
      if (listName !== undefined) n.optOutListName = listName;
      if (request.InternationalSendingEnabled !== undefined)
        n.internationalSendingEnabled = request.InternationalSendingEnabled;
      if (request.DeletionProtectionEnabled !== undefined)
        n.deletionProtectionEnabled = request.DeletionProtectionEnabled;
    });
    const { PoolId: _notInResult, ...info } = phoneNumberInformation(number);
    return info;
  },
);
