// Configuration sets and their event destinations through the real SDK: create, describe (names, ARNs,
// filters, paging), defaults, event destinations, delete.

import assert from "node:assert/strict";
import {
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  DeleteConfigurationSetCommand,
  DeleteDefaultMessageTypeCommand,
  DeleteDefaultSenderIdCommand,
  DeleteEventDestinationCommand,
  DescribeConfigurationSetsCommand,
  SetDefaultMessageTypeCommand,
  SetDefaultSenderIdCommand,
  UpdateEventDestinationCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

const SNS = { TopicArn: "arn:aws:sns:us-east-1:123456789012:sms-events" };
const OTHER_SNS = { TopicArn: "arn:aws:sns:us-east-1:123456789012:other-events" };
const LOGS = {
  IamRoleArn: "arn:aws:iam::123456789012:role/sms-logs",
  LogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:sms",
};

describe("emulator: configuration sets", () => {
  const holder = withEmulator({ randomSeed: 3 });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });

  it("creates a configuration set with its ARN, tags and creation time", async () => {
    const created = await client().send(
      new CreateConfigurationSetCommand({
        ConfigurationSetName: "cs-create",
        Tags: [{ Key: "team", Value: "sms" }],
      }),
    );
    assert.equal(
      created.ConfigurationSetArn,
      "arn:aws:sms-voice:us-east-1:123456789012:configuration-set/cs-create",
    );
    assert.equal(created.ConfigurationSetName, "cs-create");
    assert.deepEqual(created.Tags, [{ Key: "team", Value: "sms" }]);
    assert.ok(created.CreatedTimestamp instanceof Date);
  });

  it("refuses a name already in use with ConflictException RESOURCE_ALREADY_EXISTS", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-twice" }));
    const error = await rejectsWith(
      client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-twice" })),
      "ConflictException",
    );
    assert.equal(error.Reason, "RESOURCE_ALREADY_EXISTS");
    assert.equal(error.ResourceType, "configuration-set");
  });

  it("returns the same set for a repeated ClientToken", async () => {
    const first = await client().send(
      new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-token", ClientToken: "token-1" }),
    );
    const again = await client().send(
      new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-token", ClientToken: "token-1" }),
    );
    assert.equal(again.ConfigurationSetArn, first.ConfigurationSetArn);
  });

  it("describes sets by name and ARN, with empty event destinations and no defaults", async () => {
    const created = await client().send(
      new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-describe" }),
    );
    const described = await client().send(
      new DescribeConfigurationSetsCommand({
        ConfigurationSetNames: ["cs-describe", created.ConfigurationSetArn!],
      }),
    );
    assert.equal(described.ConfigurationSets?.length, 1);
    const [set] = described.ConfigurationSets!;
    assert.equal(set.ConfigurationSetName, "cs-describe");
    assert.deepEqual(set.EventDestinations, []);
    assert.equal(set.DefaultMessageType, undefined);
    assert.equal(set.DefaultSenderId, undefined);
    assert.equal(set.DefaultMessageFeedbackEnabled, false);
  });

  it("answers ResourceNotFoundException for a set that does not exist", async () => {
    const error = await rejectsWith(
      client().send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ["cs-missing"] })),
      "ResourceNotFoundException",
    );
    assert.equal(error.ResourceType, "configuration-set");
    assert.equal(error.ResourceId, "cs-missing");
  });

  it("sets and deletes the default message type and sender ID", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-defaults" }));
    const type = await client().send(
      new SetDefaultMessageTypeCommand({ ConfigurationSetName: "cs-defaults", MessageType: "PROMOTIONAL" }),
    );
    assert.equal(type.MessageType, "PROMOTIONAL");
    const sender = await client().send(
      new SetDefaultSenderIdCommand({ ConfigurationSetName: "cs-defaults", SenderId: "ACME" }),
    );
    assert.equal(sender.SenderId, "ACME");
    const filtered = await client().send(
      new DescribeConfigurationSetsCommand({
        Filters: [
          { Name: "default-message-type", Values: ["PROMOTIONAL"] },
          { Name: "default-sender-id", Values: ["ACME"] },
        ],
      }),
    );
    assert.deepEqual(
      filtered.ConfigurationSets?.map((s) => s.ConfigurationSetName),
      ["cs-defaults"],
    );
    const typeGone = await client().send(
      new DeleteDefaultMessageTypeCommand({ ConfigurationSetName: "cs-defaults" }),
    );
    assert.equal(typeGone.MessageType, "PROMOTIONAL");
    const senderGone = await client().send(
      new DeleteDefaultSenderIdCommand({ ConfigurationSetName: "cs-defaults" }),
    );
    assert.equal(senderGone.SenderId, "ACME");
    const after = await client().send(
      new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ["cs-defaults"] }),
    );
    assert.equal(after.ConfigurationSets?.[0].DefaultMessageType, undefined);
    assert.equal(after.ConfigurationSets?.[0].DefaultSenderId, undefined);
  });

  it("creates, updates and deletes an event destination", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-events" }));
    const created = await client().send(
      new CreateEventDestinationCommand({
        ConfigurationSetName: "cs-events",
        EventDestinationName: "to-sns",
        MatchingEventTypes: ["TEXT_DELIVERED", "TEXT_BLOCKED"],
        SnsDestination: SNS,
      }),
    );
    assert.deepEqual(created.EventDestination, {
      EventDestinationName: "to-sns",
      Enabled: true,
      MatchingEventTypes: ["TEXT_DELIVERED", "TEXT_BLOCKED"],
      SnsDestination: SNS,
    });
    const updated = await client().send(
      new UpdateEventDestinationCommand({
        ConfigurationSetName: "cs-events",
        EventDestinationName: "to-sns",
        Enabled: false,
        MatchingEventTypes: ["ALL"],
        SnsDestination: OTHER_SNS,
      }),
    );
    assert.equal(updated.EventDestination?.Enabled, false);
    assert.deepEqual(updated.EventDestination?.MatchingEventTypes, ["ALL"]);
    assert.deepEqual(updated.EventDestination?.SnsDestination, OTHER_SNS);

    const byEvent = await client().send(
      new DescribeConfigurationSetsCommand({ Filters: [{ Name: "matching-event-types", Values: ["ALL"] }] }),
    );
    assert.deepEqual(
      byEvent.ConfigurationSets?.map((s) => s.ConfigurationSetName),
      ["cs-events"],
    );
    const deleted = await client().send(
      new DeleteEventDestinationCommand({
        ConfigurationSetName: "cs-events",
        EventDestinationName: "to-sns",
      }),
    );
    assert.equal(deleted.EventDestination?.EventDestinationName, "to-sns");
    const after = await client().send(
      new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ["cs-events"] }),
    );
    assert.deepEqual(after.ConfigurationSets?.[0].EventDestinations, []);
  });

  it("refuses an event destination without a target, with two targets, or with a name in use", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-bad-events" }));
    const base = {
      ConfigurationSetName: "cs-bad-events",
      EventDestinationName: "dest",
      MatchingEventTypes: ["ALL" as const],
    };
    const none = await rejectsWith(
      client().send(new CreateEventDestinationCommand(base)),
      "ValidationException",
    );
    assert.equal(none.Reason, "MISSING_PARAMETER");
    const two = await rejectsWith(
      client().send(
        new CreateEventDestinationCommand({ ...base, SnsDestination: SNS, CloudWatchLogsDestination: LOGS }),
      ),
      "ValidationException",
    );
    assert.equal(two.Reason, "PARAMETERS_CANNOT_BE_USED_TOGETHER");
    await client().send(new CreateEventDestinationCommand({ ...base, SnsDestination: SNS }));
    const again = await rejectsWith(
      client().send(new CreateEventDestinationCommand({ ...base, SnsDestination: SNS })),
      "ConflictException",
    );
    assert.equal(again.Reason, "RESOURCE_ALREADY_EXISTS");
    const missing = await rejectsWith(
      client().send(
        new DeleteEventDestinationCommand({
          ConfigurationSetName: "cs-bad-events",
          EventDestinationName: "nope",
        }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(missing.ResourceType, "event-destination");
  });

  it("refuses to change an event destination's type with ConflictException EVENT_DESTINATION_MISMATCH", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-mismatch" }));
    await client().send(
      new CreateEventDestinationCommand({
        ConfigurationSetName: "cs-mismatch",
        EventDestinationName: "to-sns",
        MatchingEventTypes: ["ALL"],
        SnsDestination: SNS,
      }),
    );
    const mismatch = await rejectsWith(
      client().send(
        new UpdateEventDestinationCommand({
          ConfigurationSetName: "cs-mismatch",
          EventDestinationName: "to-sns",
          CloudWatchLogsDestination: LOGS,
        }),
      ),
      "ConflictException",
    );
    assert.deepEqual(
      [mismatch.Reason, mismatch.ResourceType, mismatch.ResourceId],
      ["EVENT_DESTINATION_MISMATCH", "event-destination", "to-sns"],
    );
    const after = await client().send(
      new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ["cs-mismatch"] }),
    );
    assert.deepEqual(after.ConfigurationSets?.[0].EventDestinations?.[0].SnsDestination, SNS);
    assert.equal(after.ConfigurationSets?.[0].EventDestinations?.[0].CloudWatchLogsDestination, undefined);
  });

  it("refuses a sixth event destination with ServiceQuotaExceededException EVENT_DESTINATIONS_PER_CONFIGURATION_SET", async () => {
    await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-full" }));
    const create = (n: number) =>
      client().send(
        new CreateEventDestinationCommand({
          ConfigurationSetName: "cs-full",
          EventDestinationName: `dest-${n}`,
          MatchingEventTypes: ["ALL"],
          SnsDestination: SNS,
        }),
      );
    for (const n of [1, 2, 3, 4, 5]) await create(n);
    const sixth = await rejectsWith(create(6), "ServiceQuotaExceededException");
    assert.equal(sixth.Reason, "EVENT_DESTINATIONS_PER_CONFIGURATION_SET");
    const full = await client().send(
      new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ["cs-full"] }),
    );
    assert.equal(full.ConfigurationSets?.[0].EventDestinations?.length, 5);
    await client().send(
      new DeleteEventDestinationCommand({ ConfigurationSetName: "cs-full", EventDestinationName: "dest-1" }),
    );
    await create(6);
  });

  it("pages through every set with NextToken", async () => {
    for (const i of [1, 2, 3]) {
      await client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: `cs-page-${i}` }));
    }
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await client().send(
        new DescribeConfigurationSetsCommand({ MaxResults: 2, NextToken: token }),
      );
      names.push(...(page.ConfigurationSets ?? []).map((s) => s.ConfigurationSetName!));
      token = page.NextToken;
    } while (token);
    assert.equal(new Set(names).size, names.length);
    for (const i of [1, 2, 3]) assert.ok(names.includes(`cs-page-${i}`));
  });

  it("deletes a configuration set by ARN and answers what it held", async () => {
    const created = await client().send(
      new CreateConfigurationSetCommand({ ConfigurationSetName: "cs-delete" }),
    );
    const deleted = await client().send(
      new DeleteConfigurationSetCommand({ ConfigurationSetName: created.ConfigurationSetArn! }),
    );
    assert.equal(deleted.ConfigurationSetName, "cs-delete");
    await rejectsWith(
      client().send(new DescribeConfigurationSetsCommand({ ConfigurationSetNames: ["cs-delete"] })),
      "ResourceNotFoundException",
    );
  });
});
