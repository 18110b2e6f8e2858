// getPhoneNumbers / getPhoneNumber (and Output forms): origination phone numbers, every page collected.
import type { Filter } from "../provider/engine/query";
import {
  PHONE_NUMBERS,
  type PhoneNumber,
  type PhoneNumberFilterName,
} from "../provider/resources/phoneNumbers";
import { listLookup, outputForm, singleLookup } from "./lookupFunctions";

/** Arguments of getPhoneNumbers. Leave everything out to list all your phone numbers. */
export interface GetPhoneNumbersArgs {
  /** Phone number IDs or ARNs, any number; numbers shared with you need the ARN. */
  readonly phoneNumberIds?: readonly string[];
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly Filter<PhoneNumberFilterName>[];
  /** SELF for numbers this account owns, SHARED for numbers shared with it. Not together with phoneNumberIds. */
  readonly owner?: "SELF" | "SHARED";
  /** Numbers per DescribePhoneNumbers page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** The phone numbers a lookup found. */
export interface GetPhoneNumbersResult {
  /** The phone numbers, in the order their IDs were asked for, or ordered by ARN for listings. */
  readonly phoneNumbers: PhoneNumber[];
  /** Phone number IDs, in the same order. */
  readonly ids: string[];
  /** Phone number ARNs, in the same order: ready for an IAM policy's Resource. */
  readonly arns: string[];
  /** The region that was searched. */
  readonly region: string;
}

/** Arguments of getPhoneNumber. */
export interface GetPhoneNumberArgs {
  /** The phone number's ID ("phone-...") or ARN; a number shared with you needs the ARN. */
  readonly phoneNumberId: string;
  /** The AWS region to look in. */
  readonly region?: string;
}

/**
 * Looks up origination phone numbers (DescribePhoneNumbers).
 *
 * @example
 * ```ts
 * const tollFree = await getPhoneNumbers({ filters: [{ name: "number-type", values: ["TOLL_FREE"] }] });
 * ```
 */
export const getPhoneNumbers = listLookup<GetPhoneNumbersArgs, PhoneNumber, GetPhoneNumbersResult>({
  name: "getPhoneNumbers",
  kind: PHONE_NUMBERS,
  resourceType: "phone-number",
  itemsField: "phoneNumbers",
  result: (phoneNumbers, region) => ({
    phoneNumbers,
    ids: phoneNumbers.map((n) => n.phoneNumberId),
    arns: phoneNumbers.map((n) => n.phoneNumberArn),
    region,
  }),
});

/** getPhoneNumbers for arguments that may be Outputs; the result is secret when any input is. */
export const getPhoneNumbersOutput = outputForm(getPhoneNumbers);

/** Looks up one phone number by ID or ARN; a missing one is a PhoneNumberNotFoundError naming it. */
export const getPhoneNumber = singleLookup<GetPhoneNumberArgs, PhoneNumber>({
  name: "getPhoneNumber",
  kind: PHONE_NUMBERS,
  resourceType: "phone-number",
  argument: "phoneNumberId",
  listing: "getPhoneNumbers",
});

/** getPhoneNumber for arguments that may be Outputs. */
export const getPhoneNumberOutput = outputForm(getPhoneNumber);
