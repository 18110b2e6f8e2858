// Input shapes of the emulated operations, transcribed from the botocore model (pinpoint-sms-voice-v2 2022-03-31).

export type Shape =
  | { type: "string"; min?: number; max?: number; pattern?: string; enum?: readonly string[] }
  | { type: "integer"; min?: number; max?: number }
  | { type: "boolean" }
  | { type: "list"; member: Shape; min?: number; max?: number }
  | { type: "structure"; members: Readonly<Record<string, Shape>>; required?: readonly string[] };

const PoolIdOrArn: Shape = { type: "string", min: 0, max: 256, pattern: "[A-Za-z0-9_:/-]*" };
const BooleanValue: Shape = { type: "boolean" };
const MessageType: Shape = { type: "string", enum: ["TRANSACTIONAL", "PROMOTIONAL"] };
const TwoWayChannelArn: Shape = { type: "string", min: 20, max: 2048, pattern: "\\S+" };
const IamRoleArn: Shape = { type: "string", min: 20, max: 2048, pattern: "arn:\\S+" };

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
export type PoolFilterName = (typeof POOL_FILTER_NAMES)[number];

export const DescribePoolsRequest: Shape = {
  type: "structure",
  members: {
    PoolIds: { type: "list", member: PoolIdOrArn, min: 0, max: 5 },
    Filters: {
      type: "list",
      min: 0,
      max: 20,
      member: {
        type: "structure",
        required: ["Name", "Values"],
        members: {
          Name: { type: "string", enum: POOL_FILTER_NAMES },
          Values: {
            type: "list",
            min: 1,
            max: 20,
            member: { type: "string", min: 1, max: 128, pattern: "[/\\.:A-Za-z0-9+_-]+" },
          },
        },
      },
    },
    NextToken: { type: "string", min: 1, max: 1024, pattern: ".+" },
    MaxResults: { type: "integer", min: 1, max: 100 },
    Owner: { type: "string", enum: ["SELF", "SHARED"] },
  },
};

export const CreatePoolRequest: Shape = {
  type: "structure",
  required: ["OriginationIdentity", "MessageType"],
  members: {
    OriginationIdentity: { type: "string", min: 1, max: 256, pattern: "[A-Za-z0-9_:/-]+" },
    IsoCountryCode: { type: "string", min: 2, max: 2, pattern: "[A-Z]{2}" },
    MessageType,
    DeletionProtectionEnabled: BooleanValue,
    Tags: {
      type: "list",
      min: 0,
      max: 200,
      member: {
        type: "structure",
        required: ["Key", "Value"],
        members: {
          Key: { type: "string", min: 1, max: 128, pattern: ".+" },
          Value: { type: "string", min: 0, max: 256, pattern: ".*" },
        },
      },
    },
    ClientToken: { type: "string", min: 1, max: 64, pattern: "[!-~]+" },
  },
};

export const UpdatePoolRequest: Shape = {
  type: "structure",
  required: ["PoolId"],
  members: {
    PoolId: PoolIdOrArn,
    TwoWayEnabled: BooleanValue,
    TwoWayChannelArn,
    TwoWayChannelRole: IamRoleArn,
    SelfManagedOptOutsEnabled: BooleanValue,
    OptOutListName: { type: "string", min: 1, max: 256, pattern: "[A-Za-z0-9_:/-]+" },
    SharedRoutesEnabled: BooleanValue,
    DeletionProtectionEnabled: BooleanValue,
  },
};

export const DeletePoolRequest: Shape = {
  type: "structure",
  required: ["PoolId"],
  members: { PoolId: PoolIdOrArn },
};

/** Output-side constraints the store enforces on seeded data. */
export const OptOutListName: Shape = { type: "string", min: 1, max: 64, pattern: "[A-Za-z0-9_-]+" };
export { IamRoleArn, TwoWayChannelArn };
