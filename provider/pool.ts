// The Pool shape our users see (the API's PoolInformation, camelCased) and the mapping from the wire.

/** Filter names DescribePools accepts, exactly as the service model lists them. */
export const POOL_FILTER_NAMES = [
  "status",
  "message-type",
  "two-way-enabled",
  "self-managed-opt-outs-enabled",
  "opt-out-list-name",
  "shared-routes-enabled",
  "deletion-protection-enabled",
  "two-way-channel-arn",
] as const;

/** The name of a DescribePools filter attribute. */
export type PoolFilterName = (typeof POOL_FILTER_NAMES)[number];

/** One DescribePools filter: pools match when the attribute equals any of the values. */
export interface PoolFilter {
  /** The attribute to filter on. */
  readonly name: PoolFilterName;
  /** Accepted values; a pool matches if its attribute equals any of them (1–20 values). */
  readonly values: readonly string[];
}

/** A pool of origination identities (phone numbers, sender IDs) in AWS End User Messaging SMS. */
export interface Pool {
  /** The Amazon Resource Name (ARN) of the pool. */
  readonly poolArn: string;
  /** The unique identifier of the pool. */
  readonly poolId: string;
  /** The current status of the pool: CREATING, ACTIVE or DELETING. */
  readonly status: "CREATING" | "ACTIVE" | "DELETING";
  /** TRANSACTIONAL for critical or time-sensitive messages, PROMOTIONAL otherwise. */
  readonly messageType: "TRANSACTIONAL" | "PROMOTIONAL";
  /** Whether recipients' replies are delivered to the two-way channel. */
  readonly twoWayEnabled: boolean;
  /** The ARN of the two-way channel, when one is set. */
  readonly twoWayChannelArn?: string;
  /** The IAM role a service assumes to post inbound messages, when one is set. */
  readonly twoWayChannelRole?: string;
  /** When true you handle HELP/STOP replies and opt-out tracking yourself. */
  readonly selfManagedOptOutsEnabled: boolean;
  /** The name of the opt-out list associated with the pool. */
  readonly optOutListName: string;
  /** Whether messages may go out through routes shared with other senders. */
  readonly sharedRoutesEnabled: boolean;
  /** When true the pool can't be deleted. */
  readonly deletionProtectionEnabled: boolean;
  /** When the pool was created, ISO 8601 (UTC). */
  readonly createdTimestamp: string;
}
