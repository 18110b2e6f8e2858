// RequestPhoneNumber: a new number of the requested type and country, PENDING until the activation delay has
// passed. The emulator's rules where AWS's depend on the country (README): SIMULATOR and TEN_DLC numbers are
// US only, TOLL_FREE US and CA only, TEN_DLC needs a RegistrationId (not checked further). A PoolId puts the
// number in that pool; an OptOutListName must name an existing list. A repeated ClientToken returns the number.

import { invalidField, quotaExceeded } from "../errors";
import { sortKeyOf, type Tag } from "../resources/kind";
import { addMember } from "../resources/membership";
import { OPT_OUT_LISTS, optOutListNameOf } from "../resources/optOutList";
import { PHONE_NUMBERS, type PhoneNumberRecord, phoneNumberInformation } from "../resources/phoneNumber";
import { POOLS } from "../resources/pool";
import { createTags } from "../resources/tags";
import { defineOperation, type OperationContext } from "./context";

interface RequestPhoneNumberInput {
  IsoCountryCode: string;
  MessageType: "TRANSACTIONAL" | "PROMOTIONAL";
  NumberCapabilities: string[];
  NumberType: "LONG_CODE" | "TOLL_FREE" | "TEN_DLC" | "SIMULATOR";
  OptOutListName?: string;
  PoolId?: string;
  RegistrationId?: string;
  InternationalSendingEnabled?: boolean;
  DeletionProtectionEnabled?: boolean;
  Tags?: Tag[];
  ClientToken?: string;
}

const COUNTRIES_BY_TYPE: Record<string, readonly string[] | undefined> = {
  SIMULATOR: ["US"],
  TEN_DLC: ["US"],
  TOLL_FREE: ["US", "CA"],
};
const CALLING_CODES: Record<string, string> = {
  US: "1",
  CA: "1",
  GB: "44",
  DE: "49",
  FR: "33",
  ES: "34",
  IT: "39",
  AU: "61",
  IN: "91",
  JP: "81",
  BR: "55",
  MX: "52",
};
/** Area codes the emulator draws numbers from (+1): fictional 555 exchanges. */
const NANP_PREFIX: Record<string, string> = {
  LONG_CODE: "206555",
  TEN_DLC: "425555",
  TOLL_FREE: "833555",
  SIMULATOR: "206555",
};
const PRICES: Record<string, string> = {
  SIMULATOR: "0.00",
  LONG_CODE: "1.00",
  TEN_DLC: "2.00",
  TOLL_FREE: "2.00",
};

function digits(count: number, context: OperationContext): string {
  let text = "";
  for (let i = 0; i < count; i++) text += Math.floor(context.random.next() * 10);
  return text;
}

/**
 * Random draws before a number space counts as full: a +1 type has 10,000 numbers per region (LONG_CODE and
 * SIMULATOR share theirs), and without a bound a full one would spin the server forever.
 */
const MAX_NUMBER_DRAWS = 1000;

function newNumber(type: string, country: string, context: OperationContext): string {
  const code = CALLING_CODES[country] ?? "999";
  const numbers = context.collection(PHONE_NUMBERS);
  for (let draw = 0; draw < MAX_NUMBER_DRAWS; draw++) {
    const number =
      code === "1" ? `+1${NANP_PREFIX[type]}${digits(4, context)}` : `+${code}7${digits(9, context)}`;
    const taken = numbers.scan(context.region, [{ name: "number", values: [number] }]).next();
    if (taken.done) return number;
  }
  throw quotaExceeded(
    "PHONE_NUMBERS_PER_ACCOUNT",
    `No free ${type} number in ${country} was found in ${context.region} after ${MAX_NUMBER_DRAWS} draws; release numbers (ReleasePhoneNumber) or use another region.`,
  );
}

export const requestPhoneNumber = defineOperation<RequestPhoneNumberInput>(
  "RequestPhoneNumber",
  (request, context) => {
    const token = context.clientToken("RequestPhoneNumber", request.ClientToken);
    const repeated =
      token.earlier === undefined ? undefined : context.collection(PHONE_NUMBERS).get(token.earlier);
    if (repeated) return { ...phoneNumberInformation(repeated), Tags: repeated.tags };
    const tags = createTags(request.Tags);

    const countries = COUNTRIES_BY_TYPE[request.NumberType];
    if (countries && !countries.includes(request.IsoCountryCode)) {
      throw invalidField(
        "INVALID_PARAMETER",
        "IsoCountryCode",
        `${request.NumberType} numbers are offered in ${countries.join(", ")} only, not '${request.IsoCountryCode}'.`,
      );
    }
    if (request.NumberType === "TEN_DLC" && request.RegistrationId === undefined) {
      throw invalidField(
        "MISSING_PARAMETER",
        "RegistrationId",
        "A TEN_DLC number needs the RegistrationId of its 10DLC campaign.",
      );
    }
    const listName = optOutListNameOf(request.OptOutListName ?? "Default");
    context.getOwn(OPT_OUT_LISTS, request.OptOutListName ?? "Default");
    const pool = request.PoolId === undefined ? undefined : context.getOwn(POOLS, request.PoolId);

    let id = context.newId("phone");
    while (context.collection(PHONE_NUMBERS).own(context.region, context.accountId, id))
      id = context.newId("phone");
    const number: PhoneNumberRecord = {
      id,
      arn: PHONE_NUMBERS.arn(context.region, context.accountId, id),
      accountId: context.accountId,
      region: context.region,
      createdMs: context.now,
      sortKey: sortKeyOf(context.now, context.accountId, id),
      activateAt: context.now + context.activationDelayMs,
      phoneNumber: newNumber(request.NumberType, request.IsoCountryCode, context),
      status: "PENDING",
      isoCountryCode: request.IsoCountryCode,
      messageType: request.MessageType,
      numberCapabilities: [...new Set(request.NumberCapabilities)],
      numberType: request.NumberType,
      monthlyLeasingPrice: PRICES[request.NumberType],
      twoWayEnabled: false,
      selfManagedOptOutsEnabled: false,
      optOutListName: listName,
      internationalSendingEnabled: request.InternationalSendingEnabled ?? false,
      deletionProtectionEnabled: request.DeletionProtectionEnabled ?? false,
      tags,
    };
    if (request.RegistrationId !== undefined) number.registrationId = request.RegistrationId;
    context.collection(PHONE_NUMBERS).add(number);
    if (pool) addMember(pool, number, context);
    token.remember(number.arn);
    // The call that requests a number answers PENDING, even when the activation delay is zero.
    return { ...phoneNumberInformation(number), Status: "PENDING", Tags: number.tags };
  },
);
