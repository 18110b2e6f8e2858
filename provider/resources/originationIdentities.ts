// The pool membership entry of the lookup engine: ListPoolOriginationIdentities (a pool's numbers and sender IDs).
import type { OriginationIdentityMetadata } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { ResourceKind } from "../engine/kind";
import { text } from "./wire";

/** Filter names ListPoolOriginationIdentities accepts, exactly as the service model lists them. */
const ORIGINATION_IDENTITY_FILTER_NAMES = ["iso-country-code", "number-capability"] as const;

/** The name of a ListPoolOriginationIdentities filter attribute. */
export type OriginationIdentityFilterName = (typeof ORIGINATION_IDENTITY_FILTER_NAMES)[number];

/** A phone number or sender ID that belongs to a pool. */
export interface OriginationIdentity {
  /** The ARN of the phone number or sender ID. */
  readonly originationIdentityArn: string;
  /** The phone number ID or sender ID. */
  readonly originationIdentity: string;
  /** The two-character ISO 3166-1 alpha-2 country code. */
  readonly isoCountryCode: string;
  /** What it can do: SMS, VOICE, MMS, RCS. */
  readonly numberCapabilities: string[];
  /** The phone number in E.164 format, for phone numbers. */
  readonly phoneNumber?: string;
}

function toOriginationIdentity(info: OriginationIdentityMetadata): OriginationIdentity {
  return {
    originationIdentityArn: info.OriginationIdentityArn ?? "",
    originationIdentity: info.OriginationIdentity ?? "",
    isoCountryCode: info.IsoCountryCode ?? "",
    numberCapabilities: [...(info.NumberCapabilities ?? [])],
    ...(info.PhoneNumber ? { phoneNumber: info.PhoneNumber } : {}),
  };
}

/** ListPoolOriginationIdentities, as the engine runs it. */
export const ORIGINATION_IDENTITIES: ResourceKind<OriginationIdentity, OriginationIdentityMetadata> = {
  noun: "origination identity",
  operation: "ListPoolOriginationIdentities",
  paginator: "paginateListPoolOriginationIdentities",
  listMember: "OriginationIdentities",
  parent: {
    argument: "poolId",
    member: "PoolId",
    described: 'a pool ID ("pool-...") or pool ARN',
    arnResources: ["pool"],
  },
  filterNames: ORIGINATION_IDENTITY_FILTER_NAMES,
  filterValueSets: { "number-capability": ["SMS", "VOICE", "MMS", "RCS"] },
  owner: false,
  toItem: toOriginationIdentity,
  arnOf: (o) => o.originationIdentityArn,
  idOf: (o) => o.originationIdentity,
  filterValue: (o, name) =>
    name === "iso-country-code"
      ? text(o.isoCountryCode)
      : name === "number-capability"
        ? o.numberCapabilities
        : [],
};
