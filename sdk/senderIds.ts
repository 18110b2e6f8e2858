// getSenderIds / getSenderId (and Output forms): sender IDs by sender ID and country, every page collected.
import type { Filter } from "../provider/engine/query";
import {
  SENDER_IDS,
  type SenderId,
  type SenderIdFilterName,
  type SenderIdRef,
} from "../provider/resources/senderIds";
import { listLookup, outputForm, singleLookup } from "./lookupFunctions";

/** Arguments of getSenderIds. Leave everything out to list all your sender IDs. */
export interface GetSenderIdsArgs {
  /** Sender IDs (or their ARNs) with their countries, any number; shared ones need the ARN. */
  readonly senderIds?: readonly SenderIdRef[];
  /** Filters combined with AND; values within one filter with OR. */
  readonly filters?: readonly Filter<SenderIdFilterName>[];
  /** SELF for sender IDs this account owns, SHARED for ones shared with it. Not together with senderIds. */
  readonly owner?: "SELF" | "SHARED";
  /** Sender IDs per DescribeSenderIds page (MaxResults), 1–100. Defaults to 100. */
  readonly pageSize?: number;
  /** The AWS region to look in. */
  readonly region?: string;
}

/** The sender IDs a lookup found. */
export interface GetSenderIdsResult {
  /** The sender IDs, in the order asked for, or ordered by ARN for listings. */
  readonly senderIds: SenderId[];
  /** Their ARNs, in the same order. */
  readonly arns: string[];
  /** The region that was searched. */
  readonly region: string;
}

/** Arguments of getSenderId. */
export interface GetSenderIdArgs extends SenderIdRef {
  /** The AWS region to look in. */
  readonly region?: string;
}

/**
 * Looks up sender IDs (DescribeSenderIds).
 *
 * @example
 * ```ts
 * const brand = await getSenderIds({ senderIds: [{ senderId: "MyBrand", isoCountryCode: "GB" }] });
 * ```
 */
export const getSenderIds = listLookup<GetSenderIdsArgs, SenderId, GetSenderIdsResult>({
  name: "getSenderIds",
  kind: SENDER_IDS,
  resourceType: "sender-id",
  itemsField: "senderIds",
  result: (senderIds, region) => ({ senderIds, arns: senderIds.map((s) => s.senderIdArn), region }),
});

/** getSenderIds for arguments that may be Outputs; the result is secret when any input is. */
export const getSenderIdsOutput = outputForm(getSenderIds);

/** Looks up one sender ID for one country; a missing one is a SenderIdNotFoundError naming it. */
export const getSenderId = singleLookup<GetSenderIdArgs, SenderId>({
  name: "getSenderId",
  kind: SENDER_IDS,
  resourceType: "sender-id",
  argument: "senderId",
  listing: "getSenderIds",
});

/** getSenderId for arguments that may be Outputs. */
export const getSenderIdOutput = outputForm(getSenderId);
