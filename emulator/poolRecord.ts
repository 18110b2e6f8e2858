// A pool as the store keeps it, its ARN, and its PoolInformation projection.

export type PoolStatus = "CREATING" | "ACTIVE" | "DELETING";
export type MessageType = "TRANSACTIONAL" | "PROMOTIONAL";

export interface PoolRecord {
  readonly poolId: string;
  readonly poolArn: string;
  readonly accountId: string;
  readonly region: string;
  status: PoolStatus;
  /** When set, the store turns this CREATING pool ACTIVE at this epoch millisecond. */
  activateAt?: number;
  readonly messageType: MessageType;
  twoWayEnabled: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled: boolean;
  optOutListName: string;
  sharedRoutesEnabled: boolean;
  deletionProtectionEnabled: boolean;
  /** Epoch milliseconds. */
  readonly createdMs: number;
  tags: Array<{ Key: string; Value: string }>;
  /** Stable listing order: creation time, then owner and ID; keyset pagination resumes after it. */
  readonly sortKey: string;
}

export function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("us-iso-")) return "aws-iso";
  if (region.startsWith("us-isob-")) return "aws-iso-b";
  return "aws";
}

export function poolArn(region: string, accountId: string, poolId: string): string {
  return `arn:${partitionOf(region)}:sms-voice:${region}:${accountId}:pool/${poolId}`;
}

export interface ParsedPoolArn {
  region: string;
  accountId: string;
  poolId: string;
}

const POOL_ARN = /^arn:aws[a-z-]*:sms-voice:([a-z0-9-]+):(\d{12}):pool\/([A-Za-z0-9_-]+)$/;

/** undefined when `text` is not a pool ARN. */
export function parsePoolArn(text: string): ParsedPoolArn | undefined {
  const match = POOL_ARN.exec(text);
  if (!match || partitionOf(match[1]) !== text.split(":")[1]) return undefined;
  return { region: match[1], accountId: match[2], poolId: match[3] };
}

export function sortKeyOf(createdMs: number, accountId: string, poolId: string): string {
  return `${String(Math.max(0, Math.trunc(createdMs))).padStart(16, "0")}/${accountId}/${poolId}`;
}

/** The model's PoolInformation (CreatedTimestamp in epoch seconds, as the JSON protocol sends timestamps). */
export function poolInformation(pool: PoolRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    PoolArn: pool.poolArn,
    PoolId: pool.poolId,
    Status: pool.status,
    MessageType: pool.messageType,
    TwoWayEnabled: pool.twoWayEnabled,
  };
  if (pool.twoWayChannelArn !== undefined) info.TwoWayChannelArn = pool.twoWayChannelArn;
  if (pool.twoWayChannelRole !== undefined) info.TwoWayChannelRole = pool.twoWayChannelRole;
  info.SelfManagedOptOutsEnabled = pool.selfManagedOptOutsEnabled;
  info.OptOutListName = pool.optOutListName;
  info.SharedRoutesEnabled = pool.sharedRoutesEnabled;
  info.DeletionProtectionEnabled = pool.deletionProtectionEnabled;
  info.CreatedTimestamp = pool.createdMs / 1000;
  return info;
}
