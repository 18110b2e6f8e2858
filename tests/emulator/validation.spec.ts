// Every model constraint of the pool operations, one case each, through the real SDK client. A request whose
// only problems are missing required members is MISSING_PARAMETER; any other broken constraint FIELD_VALIDATION_FAILED.

import assert from "node:assert/strict";
import {
  CreatePoolCommand,
  DeletePoolCommand,
  DescribePoolsCommand,
  type PinpointSMSVoiceV2Client,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

type Send = (client: PinpointSMSVoiceV2Client, input: never) => Promise<unknown>;
const describePools: Send = (client, input) => client.send(new DescribePoolsCommand(input));
const createPool: Send = (client, input) => client.send(new CreatePoolCommand(input));
const updatePool: Send = (client, input) => client.send(new UpdatePoolCommand(input));
const deletePool: Send = (client, input) => client.send(new DeletePoolCommand(input));

interface Case {
  constraint: string;
  send: Send;
  input: unknown;
  reason: string;
  /** The field the error must name. */
  field: string;
  /** Text the field's message must contain (the rule). */
  rule: string;
}

const POOL = "pool-0123456789abcdef0123456789abcdef";
const filter = (Name: string, Values: string[]) => ({ Name, Values });
const tag = (Key: string, Value: string) => ({ Key, Value });
const create = (extra: object) => ({
  OriginationIdentity: "phone-1",
  MessageType: "TRANSACTIONAL",
  ...extra,
});

const CASES: Case[] = [
  // DescribePools
  {
    constraint: "PoolIds has at most 5 items",
    send: describePools,
    input: { PoolIds: ["a", "b", "c", "d", "e", "f"] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "PoolIds",
    rule: "length less than or equal to 5",
  },
  {
    constraint: "a PoolId is at most 256 characters",
    send: describePools,
    input: { PoolIds: ["p".repeat(257)] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "PoolIds[0]",
    rule: "length less than or equal to 256",
  },
  {
    constraint: "a PoolId matches [A-Za-z0-9_:/-]*",
    send: describePools,
    input: { PoolIds: ["pool id!"] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "PoolIds[0]",
    rule: "regular expression pattern: [A-Za-z0-9_:/-]*",
  },
  {
    constraint: "an ARN in PoolIds is a pool ARN",
    send: describePools,
    input: { PoolIds: ["arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1"] },
    reason: "INVALID_ARN",
    field: "PoolIds[0]",
    rule: "is not a pool ARN",
  },
  {
    constraint: "Filters has at most 20 items",
    send: describePools,
    input: { Filters: Array.from({ length: 21 }, () => filter("status", ["ACTIVE"])) },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Filters",
    rule: "length less than or equal to 20",
  },
  {
    constraint: "a filter Name is one of the eight names",
    send: describePools,
    input: { Filters: [filter("state", ["ACTIVE"])] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Filters[0].Name",
    rule: "enum value set: [status, message-type, two-way-enabled, self-managed-opt-outs-enabled, opt-out-list-name, shared-routes-enabled, deletion-protection-enabled, two-way-channel-arn]",
  },
  {
    constraint: "a filter Name is required",
    send: describePools,
    input: { Filters: [{ Values: ["ACTIVE"] }] },
    reason: "MISSING_PARAMETER",
    field: "Filters[0].Name",
    rule: "must not be null",
  },
  {
    constraint: "filter Values are required",
    send: describePools,
    input: { Filters: [{ Name: "status" }] },
    reason: "MISSING_PARAMETER",
    field: "Filters[0].Values",
    rule: "must not be null",
  },
  {
    constraint: "filter Values has at least 1 item",
    send: describePools,
    input: { Filters: [filter("status", [])] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Filters[0].Values",
    rule: "length greater than or equal to 1",
  },
  {
    constraint: "filter Values has at most 20 items",
    send: describePools,
    input: {
      Filters: [
        filter(
          "opt-out-list-name",
          Array.from({ length: 21 }, (_, i) => `list${i}`),
        ),
      ],
    },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Filters[0].Values",
    rule: "length less than or equal to 20",
  },
  {
    constraint: "a filter value has at least 1 character",
    send: describePools,
    input: { Filters: [filter("opt-out-list-name", [""])] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Filters[0].Values[0]",
    rule: "length greater than or equal to 1",
  },
  {
    constraint: "a filter value has at most 128 characters",
    send: describePools,
    input: { Filters: [filter("opt-out-list-name", ["v".repeat(129)])] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Filters[0].Values[0]",
    rule: "length less than or equal to 128",
  },
  {
    constraint: "a filter value matches [/\\.:A-Za-z0-9+_-]+",
    send: describePools,
    input: { Filters: [filter("opt-out-list-name", ["has space"])] },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Filters[0].Values[0]",
    rule: "regular expression pattern: [/\\.:A-Za-z0-9+_-]+",
  },
  {
    constraint: "a status filter value is a pool status",
    send: describePools,
    input: { Filters: [filter("status", ["LIVE"])] },
    reason: "INVALID_FILTER_VALUES",
    field: "Filters[0].Values[0]",
    rule: "CREATING, ACTIVE, DELETING",
  },
  {
    constraint: "a message-type filter value is a message type",
    send: describePools,
    input: { Filters: [filter("message-type", ["MARKETING"])] },
    reason: "INVALID_FILTER_VALUES",
    field: "Filters[0].Values[0]",
    rule: "TRANSACTIONAL, PROMOTIONAL",
  },
  {
    constraint: "a boolean filter value is true or false",
    send: describePools,
    input: { Filters: [filter("deletion-protection-enabled", ["yes"])] },
    reason: "INVALID_FILTER_VALUES",
    field: "Filters[0].Values[0]",
    rule: "true, false",
  },
  {
    constraint: "MaxResults is at least 1",
    send: describePools,
    input: { MaxResults: 0 },
    reason: "FIELD_VALIDATION_FAILED",
    field: "MaxResults",
    rule: "value greater than or equal to 1",
  },
  {
    constraint: "MaxResults is at most 100",
    send: describePools,
    input: { MaxResults: 101 },
    reason: "FIELD_VALIDATION_FAILED",
    field: "MaxResults",
    rule: "value less than or equal to 100",
  },
  {
    constraint: "NextToken has at least 1 character",
    send: describePools,
    input: { NextToken: "" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "NextToken",
    rule: "length greater than or equal to 1",
  },
  {
    constraint: "NextToken has at most 1024 characters",
    send: describePools,
    input: { NextToken: "t".repeat(1025) },
    reason: "FIELD_VALIDATION_FAILED",
    field: "NextToken",
    rule: "length less than or equal to 1024",
  },
  {
    constraint: "NextToken is one this endpoint issued",
    send: describePools,
    input: { NextToken: "not-a-token" },
    reason: "INVALID_NEXT_TOKEN",
    field: "NextToken",
    rule: "not a token this endpoint issued",
  },
  {
    constraint: "Owner is SELF or SHARED",
    send: describePools,
    input: { Owner: "OTHERS" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "Owner",
    rule: "enum value set: [SELF, SHARED]",
  },
  {
    constraint: "Owner is never used with PoolIds",
    send: describePools,
    input: { Owner: "SELF", PoolIds: [POOL] },
    reason: "PARAMETERS_CANNOT_BE_USED_TOGETHER",
    field: "Owner",
    rule: "cannot be used together with PoolIds",
  },
  // CreatePool
  {
    constraint: "OriginationIdentity is required",
    send: createPool,
    input: { MessageType: "TRANSACTIONAL" },
    reason: "MISSING_PARAMETER",
    field: "OriginationIdentity",
    rule: "must not be null",
  },
  {
    constraint: "OriginationIdentity has at least 1 character",
    send: createPool,
    input: create({ OriginationIdentity: "" }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "OriginationIdentity",
    rule: "length greater than or equal to 1",
  },
  {
    constraint: "OriginationIdentity has at most 256 characters",
    send: createPool,
    input: create({ OriginationIdentity: "p".repeat(257) }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "OriginationIdentity",
    rule: "length less than or equal to 256",
  },
  {
    constraint: "OriginationIdentity matches [A-Za-z0-9_:/-]+",
    send: createPool,
    input: create({ OriginationIdentity: "+12065550100" }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "OriginationIdentity",
    rule: "regular expression pattern: [A-Za-z0-9_:/-]+",
  },
  {
    constraint: "MessageType is required",
    send: createPool,
    input: { OriginationIdentity: "phone-1" },
    reason: "MISSING_PARAMETER",
    field: "MessageType",
    rule: "must not be null",
  },
  {
    constraint: "MessageType is TRANSACTIONAL or PROMOTIONAL",
    send: createPool,
    input: create({ MessageType: "BULK" }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "MessageType",
    rule: "enum value set: [TRANSACTIONAL, PROMOTIONAL]",
  },
  {
    constraint: "IsoCountryCode has exactly 2 characters",
    send: createPool,
    input: create({ IsoCountryCode: "USA" }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "IsoCountryCode",
    rule: "length less than or equal to 2",
  },
  {
    constraint: "IsoCountryCode matches [A-Z]{2}",
    send: createPool,
    input: create({ IsoCountryCode: "us" }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "IsoCountryCode",
    rule: "regular expression pattern: [A-Z]{2}",
  },
  {
    constraint: "Tags has at most 200 items",
    send: createPool,
    input: create({ Tags: Array.from({ length: 201 }, (_, i) => tag(`k${i}`, "v")) }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "Tags",
    rule: "length less than or equal to 200",
  },
  {
    constraint: "a tag Key is required",
    send: createPool,
    input: create({ Tags: [{ Value: "v" }] }),
    reason: "MISSING_PARAMETER",
    field: "Tags[0].Key",
    rule: "must not be null",
  },
  {
    constraint: "a tag Value is required",
    send: createPool,
    input: create({ Tags: [{ Key: "k" }] }),
    reason: "MISSING_PARAMETER",
    field: "Tags[0].Value",
    rule: "must not be null",
  },
  {
    constraint: "a tag Key has at least 1 character",
    send: createPool,
    input: create({ Tags: [tag("", "v")] }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "Tags[0].Key",
    rule: "length greater than or equal to 1",
  },
  {
    constraint: "a tag Key has at most 128 characters",
    send: createPool,
    input: create({ Tags: [tag("k".repeat(129), "v")] }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "Tags[0].Key",
    rule: "length less than or equal to 128",
  },
  {
    constraint: "a tag Value has at most 256 characters",
    send: createPool,
    input: create({ Tags: [tag("k", "v".repeat(257))] }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "Tags[0].Value",
    rule: "length less than or equal to 256",
  },
  {
    constraint: "ClientToken has at most 64 characters",
    send: createPool,
    input: create({ ClientToken: "c".repeat(65) }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "ClientToken",
    rule: "length less than or equal to 64",
  },
  {
    constraint: "ClientToken matches [!-~]+",
    send: createPool,
    input: create({ ClientToken: "two words" }),
    reason: "FIELD_VALIDATION_FAILED",
    field: "ClientToken",
    rule: "regular expression pattern: [!-~]+",
  },
  // UpdatePool
  {
    constraint: "UpdatePool PoolId is required",
    send: updatePool,
    input: {},
    reason: "MISSING_PARAMETER",
    field: "PoolId",
    rule: "must not be null",
  },
  {
    constraint: "UpdatePool PoolId matches [A-Za-z0-9_:/-]*",
    send: updatePool,
    input: { PoolId: "pool?" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "PoolId",
    rule: "regular expression pattern",
  },
  {
    constraint: "UpdatePool PoolId has at most 256 characters",
    send: updatePool,
    input: { PoolId: "p".repeat(257) },
    reason: "FIELD_VALIDATION_FAILED",
    field: "PoolId",
    rule: "length less than or equal to 256",
  },
  {
    constraint: "TwoWayChannelArn has at least 20 characters",
    send: updatePool,
    input: { PoolId: POOL, TwoWayChannelArn: "arn:short" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "TwoWayChannelArn",
    rule: "length greater than or equal to 20",
  },
  {
    constraint: "TwoWayChannelArn has at most 2048 characters",
    send: updatePool,
    input: { PoolId: POOL, TwoWayChannelArn: `arn:${"x".repeat(2045)}` },
    reason: "FIELD_VALIDATION_FAILED",
    field: "TwoWayChannelArn",
    rule: "length less than or equal to 2048",
  },
  {
    constraint: "TwoWayChannelArn matches \\S+",
    send: updatePool,
    input: { PoolId: POOL, TwoWayChannelArn: "arn:aws:sns:us-east-1: with space" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "TwoWayChannelArn",
    rule: "regular expression pattern: \\S+",
  },
  {
    constraint: "TwoWayChannelRole has at least 20 characters",
    send: updatePool,
    input: { PoolId: POOL, TwoWayChannelRole: "arn:aws:iam::1:r" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "TwoWayChannelRole",
    rule: "length greater than or equal to 20",
  },
  {
    constraint: "TwoWayChannelRole has at most 2048 characters",
    send: updatePool,
    input: { PoolId: POOL, TwoWayChannelRole: `arn:${"r".repeat(2045)}` },
    reason: "FIELD_VALIDATION_FAILED",
    field: "TwoWayChannelRole",
    rule: "length less than or equal to 2048",
  },
  {
    constraint: "TwoWayChannelRole matches arn:\\S+",
    send: updatePool,
    input: { PoolId: POOL, TwoWayChannelRole: "role/sms-two-way-without-arn" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "TwoWayChannelRole",
    rule: "regular expression pattern: arn:\\S+",
  },
  {
    constraint: "OptOutListName has at least 1 character",
    send: updatePool,
    input: { PoolId: POOL, OptOutListName: "" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "OptOutListName",
    rule: "length greater than or equal to 1",
  },
  {
    constraint: "OptOutListName has at most 256 characters",
    send: updatePool,
    input: { PoolId: POOL, OptOutListName: "o".repeat(257) },
    reason: "FIELD_VALIDATION_FAILED",
    field: "OptOutListName",
    rule: "length less than or equal to 256",
  },
  {
    constraint: "OptOutListName matches [A-Za-z0-9_:/-]+",
    send: updatePool,
    input: { PoolId: POOL, OptOutListName: "opt out" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "OptOutListName",
    rule: "regular expression pattern: [A-Za-z0-9_:/-]+",
  },
  {
    constraint: "an OptOutListName that is no ARN is a list name of at most 64 characters",
    send: updatePool,
    input: { PoolId: POOL, OptOutListName: "o".repeat(65) },
    reason: "FIELD_VALIDATION_FAILED",
    field: "OptOutListName",
    rule: "neither an opt-out list name",
  },
  {
    constraint: "an OptOutListName ARN is an opt-out list ARN",
    send: updatePool,
    input: { PoolId: POOL, OptOutListName: "arn:aws:sms-voice:us-east-1:123456789012:pool/x" },
    reason: "INVALID_ARN",
    field: "OptOutListName",
    rule: "nor an opt-out list ARN",
  },
  {
    constraint: "TwoWayEnabled needs a TwoWayChannelArn",
    send: updatePool,
    input: { PoolId: POOL, TwoWayEnabled: true },
    reason: "TWO_WAY_CHANNEL_NOT_PRESENT",
    field: "TwoWayChannelArn",
    rule: "needs a TwoWayChannelArn",
  },
  // DeletePool
  {
    constraint: "DeletePool PoolId is required",
    send: deletePool,
    input: {},
    reason: "MISSING_PARAMETER",
    field: "PoolId",
    rule: "must not be null",
  },
  {
    constraint: "DeletePool PoolId matches [A-Za-z0-9_:/-]*",
    send: deletePool,
    input: { PoolId: "pool#1" },
    reason: "FIELD_VALIDATION_FAILED",
    field: "PoolId",
    rule: "regular expression pattern",
  },
  {
    constraint: "DeletePool PoolId has at most 256 characters",
    send: deletePool,
    input: { PoolId: "p".repeat(257) },
    reason: "FIELD_VALIDATION_FAILED",
    field: "PoolId",
    rule: "length less than or equal to 256",
  },
];

describe("emulator: model validation (ValidationException with Reason and Fields)", () => {
  const holder = withEmulator({ seed: { pools: [{ poolId: POOL }] } });

  for (const c of CASES) {
    it(`refuses when the rule "${c.constraint}" is broken`, async () => {
      const client = sdkClient(holder.emulator, { maxAttempts: 1 });
      const error = await rejectsWith(c.send(client, c.input as never), "ValidationException");
      assert.equal(error.$metadata.httpStatusCode, 400);
      assert.equal(error.Reason, c.reason);
      const field = error.Fields?.find((f) => f.Name === c.field);
      assert.ok(field, `no field ${c.field} in ${JSON.stringify(error.Fields)}`);
      assert.ok(field.Message.includes(c.rule), `"${field.Message}" does not state the rule "${c.rule}"`);
      assert.ok(error.message.length > 0);
      assert.ok(error.$metadata.requestId, "the error carries the x-amzn-RequestId");
    });
  }

  it("names every broken field at once, and the value it got", async () => {
    const client = sdkClient(holder.emulator, { maxAttempts: 1 });
    const error = await rejectsWith(
      client.send(new DescribePoolsCommand({ MaxResults: 500, Owner: "EVERYONE" as never })),
      "ValidationException",
    );
    assert.match(error.message, /^2 validation errors detected: /);
    assert.deepEqual(error.Fields?.map((f) => f.Name).sort(), ["MaxResults", "Owner"]);
    assert.match(error.Fields![0].Message + error.Fields![1].Message, /Value '500'/);
  });

  it("changes nothing when a request is refused", async () => {
    const client = sdkClient(holder.emulator, { maxAttempts: 1 });
    await rejectsWith(
      client.send(
        new UpdatePoolCommand({ PoolId: POOL, DeletionProtectionEnabled: true, TwoWayEnabled: true }),
      ),
      "ValidationException",
    );
    const { Pools } = await client.send(new DescribePoolsCommand({ PoolIds: [POOL] }));
    assert.equal(Pools?.[0].DeletionProtectionEnabled, false);
    assert.equal(Pools?.[0].TwoWayEnabled, false);
  });
});
