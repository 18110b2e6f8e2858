// RequestPhoneNumber: a new number of the requested type and country, PENDING until the activation delay has
// passed. The country must be one AWS sends SMS to; LONG_CODE only where AWS's country table offers long codes,
// and a US one is voice only (US A2P SMS goes through 10DLC, toll-free or short codes); SIMULATOR numbers are US
// and TRANSACTIONAL only (the model's documentation); TEN_DLC is US only and needs a RegistrationId; TOLL_FREE is
// US and CA only. A US toll-free or 10DLC number stays PENDING until a registration associated with it is
// COMPLETE (unless lenientRegistrations). A RegistrationId associates the number with that registration as
// CreateRegistrationAssociation would: a toll-free number with a toll-free registration that is still a DRAFT, a
// 10DLC number with a COMPLETE 10DLC campaign. A PoolId puts the number in that pool, whose configuration it must
// match as AssociateOriginationIdentity requires; an OptOutListName must name an existing list. A repeated
// ClientToken returns the number.

import { countryOf, SMS_COUNTRIES } from "../countries";
import { invalidField, quotaExceeded } from "../errors";
import { sortKeyOf, type Tag } from "../resources/kind";
import { addMember, checkMatchesPool } from "../resources/membership";
import { OPT_OUT_LISTS, optOutListNameOf } from "../resources/optOutList";
import { PHONE_NUMBERS, type PhoneNumberRecord, phoneNumberInformation } from "../resources/phoneNumber";
import { POOLS } from "../resources/pool";
import { ownRegistration } from "../resources/registration";
import { checkAssociation, link, needsRegistration } from "../resources/registrationAssociation";
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

/** A fresh number of `country`: +1 206/425/833 555 xxxx in the US and Canada, else its prefix and digits. */
function drawNumber(type: string, country: string, context: OperationContext): string {
  if (country === "US" || country === "CA") return `+1${NANP_PREFIX[type]}${digits(4, context)}`;
  const prefix = SMS_COUNTRIES.get(country)?.prefixes[0] ?? "";
  if (prefix.startsWith("1")) return `+${prefix}555${digits(11 - prefix.length - 3, context)}`;
  // The lead digit keeps the number in its own country where a longer prefix of the same code is another's
  // (+7 Russia, +77 Kazakhstan).
  const lead = ["7", "9", "5", "3"].find((d) => countryOf(`+${prefix}${d}000`) === country) ?? "7";
  return `+${prefix}${lead}${digits(Math.max(4, 11 - prefix.length), context)}`;
}

function newNumber(type: string, country: string, context: OperationContext): string {
  const numbers = context.collection(PHONE_NUMBERS);
  for (let draw = 0; draw < MAX_NUMBER_DRAWS; draw++) {
    const number = drawNumber(type, country, context);
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

    const country = SMS_COUNTRIES.get(request.IsoCountryCode);
    if (!country) {
      throw invalidField(
        "INVALID_PARAMETER",
        "IsoCountryCode",
        `IsoCountryCode '${request.IsoCountryCode}' is not a country AWS sends SMS to.`,
      );
    }
    if (request.NumberType === "LONG_CODE" && !country.longCodes) {
      throw invalidField(
        "INVALID_PARAMETER",
        "NumberType",
        `LONG_CODE numbers are not offered in '${request.IsoCountryCode}'; use a sender ID or another number type there.`,
      );
    }
    if (
      request.NumberType === "LONG_CODE" &&
      request.IsoCountryCode === "US" &&
      request.NumberCapabilities.some((capability) => capability !== "VOICE")
    ) {
      throw invalidField(
        "INVALID_PARAMETER",
        "NumberCapabilities",
        "US LONG_CODE numbers are voice only; for SMS to the US request a TEN_DLC or TOLL_FREE number.",
      );
    }
    if (request.NumberType === "SIMULATOR" && request.MessageType !== "TRANSACTIONAL") {
      throw invalidField(
        "INVALID_PARAMETER",
        "MessageType",
        "A SIMULATOR number must be requested with MessageType TRANSACTIONAL.",
      );
    }
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
        "A TEN_DLC number needs the RegistrationId of its COMPLETE 10DLC campaign registration.",
      );
    }
    const registration =
      request.RegistrationId === undefined || context.lenientRegistrations
        ? undefined
        : ownRegistration(context, request.RegistrationId);
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
    if (request.RegistrationId !== undefined && !registration) number.registrationId = request.RegistrationId;
    // A US toll-free or 10DLC number stays PENDING until a registration associated with it is COMPLETE.
    if (needsRegistration(number) && !context.lenientRegistrations && registration?.status !== "COMPLETE") {
      number.activateAt = undefined;
    }
    if (pool) checkMatchesPool(pool, number);
    const association =
      registration && checkAssociation(context, registration, { kind: "phone", record: number });
    context.collection(PHONE_NUMBERS).add(number);
    if (registration && association)
      link(context.store, registration, { kind: "phone", record: number }, association);
    if (pool) addMember(pool, number, context);
    token.remember(number.arn);
    // The call that requests a number answers PENDING, even when the activation delay is zero.
    return { ...phoneNumberInformation(number), Status: "PENDING", Tags: number.tags };
  },
);
