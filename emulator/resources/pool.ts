// Pools: the record, its filters and its PoolInformation projection.

import { enumOf } from "../serviceModel";
import { BOOLEAN_VALUES, defineKind, type ResourceRecord } from "./kind";
import { BOOLEAN, oneOf, optional, STRING, TAGS } from "./recordFields";

export type PoolStatus = "CREATING" | "ACTIVE" | "DELETING";
export type MessageType = "TRANSACTIONAL" | "PROMOTIONAL";

export interface PoolRecord extends ResourceRecord {
  status: PoolStatus;
  readonly messageType: MessageType;
  twoWayEnabled: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled: boolean;
  optOutListName: string;
  sharedRoutesEnabled: boolean;
  deletionProtectionEnabled: boolean;
  tags: Array<{ Key: string; Value: string }>;
}

export const POOLS = defineKind<PoolRecord>({
  name: "pools",
  resourceType: "pool",
  arnType: "pool",
  idPattern: "[A-Za-z0-9_-]+",
  taggable: true,
  shareable: true,
  fields: {
    status: oneOf(enumOf("PoolStatus")),
    messageType: oneOf(enumOf("MessageType")),
    twoWayEnabled: BOOLEAN,
    twoWayChannelArn: optional(STRING),
    twoWayChannelRole: optional(STRING),
    selfManagedOptOutsEnabled: BOOLEAN,
    optOutListName: STRING,
    sharedRoutesEnabled: BOOLEAN,
    deletionProtectionEnabled: BOOLEAN,
    tags: TAGS,
  },
  filters: {
    status: { text: (p) => p.status, allowed: enumOf("PoolStatus") },
    "message-type": { text: (p) => p.messageType, allowed: enumOf("MessageType") },
    "two-way-enabled": { text: (p) => String(p.twoWayEnabled), allowed: BOOLEAN_VALUES },
    "self-managed-opt-outs-enabled": {
      text: (p) => String(p.selfManagedOptOutsEnabled),
      allowed: BOOLEAN_VALUES,
    },
    "opt-out-list-name": { text: (p) => p.optOutListName },
    "shared-routes-enabled": { text: (p) => String(p.sharedRoutesEnabled), allowed: BOOLEAN_VALUES },
    "deletion-protection-enabled": {
      text: (p) => String(p.deletionProtectionEnabled),
      allowed: BOOLEAN_VALUES,
    },
    "two-way-channel-arn": { text: (p) => p.twoWayChannelArn },
  },
  activate(pool) {
    if (pool.status === "CREATING") pool.status = "ACTIVE";
  },
});

/** The model's PoolInformation (CreatedTimestamp in epoch seconds, as the JSON protocol sends timestamps). */
export function poolInformation(pool: PoolRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    PoolArn: pool.arn,
    PoolId: pool.id,
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
