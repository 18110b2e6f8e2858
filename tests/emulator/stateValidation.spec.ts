// A hand-edited state file is checked as strictly as a seed file: every problem at once, each naming the
// file, the record and the field; the emulator does not start and the file is left untouched. A file the
// emulator wrote itself, holding every kind of record, loads as it is.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  CreateOptOutListCommand,
  CreatePoolCommand,
  CreateProtectConfigurationCommand,
  DescribeConfigurationSetsCommand,
  DescribeKeywordsCommand,
  DescribePhoneNumbersCommand,
  DescribePoolsCommand,
  DescribeRegistrationsCommand,
  DescribeSpendLimitsCommand,
  PutKeywordCommand,
  PutOptedOutNumberCommand,
  PutResourcePolicyCommand,
  RequestPhoneNumberCommand,
  RequestSenderIdCommand,
  SubmitRegistrationVersionCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, startEmulator } from "../../emulator";
import { ACCOUNTS, alice, BOB } from "./accounts";
import { tollFreeRegistration } from "./registrationForms";

type StateDocument = {
  collections: Record<string, Array<Record<string, unknown>>>;
  policies: Array<Record<string, unknown>>;
  clientTokens: unknown[];
  [key: string]: unknown;
};

describe("emulator: a state file is validated when it loads", () => {
  const state = join(mkdtempSync(join(tmpdir(), "sms-state-")), "state.json");
  let good = "";
  const kinds = [
    "pools",
    "phoneNumbers",
    "senderIds",
    "optOutLists",
    "optedOutNumbers",
    "keywords",
    "registrations",
    "registrationAttachments",
  ];

  before(async () => {
    const emulator = await startEmulator({ state, accounts: ACCOUNTS });
    try {
      const client = alice(emulator);
      const { registrationId } = await tollFreeRegistration(client);
      await client.send(new SubmitRegistrationVersionCommand({ RegistrationId: registrationId }));
      const number = await client.send(
        new RequestPhoneNumberCommand({
          IsoCountryCode: "US",
          MessageType: "TRANSACTIONAL",
          NumberCapabilities: ["SMS", "VOICE"],
          NumberType: "SIMULATOR",
          Tags: [{ Key: "team", Value: "sms" }],
        }),
      );
      const pool = await client.send(
        new CreatePoolCommand({
          OriginationIdentity: number.PhoneNumberArn,
          MessageType: "TRANSACTIONAL",
          ClientToken: "token-1",
        }),
      );
      await client.send(new RequestSenderIdCommand({ SenderId: "Brand", IsoCountryCode: "GB" }));
      await client.send(new CreateOptOutListCommand({ OptOutListName: "Marketing" }));
      await client.send(
        new PutOptedOutNumberCommand({ OptOutListName: "Marketing", OptedOutNumber: "+12065550100" }),
      );
      await client.send(
        new PutKeywordCommand({ OriginationIdentity: pool.PoolId, Keyword: "JOIN", KeywordMessage: "hi" }),
      );
      await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: "otp" }));
      await client.send(
        new CreateEventDestinationCommand({
          ConfigurationSetName: "otp",
          EventDestinationName: "to-sns",
          MatchingEventTypes: ["TEXT_ALL"],
          SnsDestination: { TopicArn: "arn:aws:sns:us-east-1:123456789012:events" },
        }),
      );
      const protect = await client.send(new CreateProtectConfigurationCommand({}));
      await client.send(
        new UpdateProtectConfigurationCountryRuleSetCommand({
          ProtectConfigurationId: protect.ProtectConfigurationId,
          NumberCapability: "SMS",
          CountryRuleSetUpdates: { FR: { ProtectStatus: "BLOCK" } },
        }),
      );
      await client.send(
        new PutResourcePolicyCommand({
          ResourceArn: pool.PoolArn,
          Policy: JSON.stringify({ Statement: { Effect: "Allow", Principal: { AWS: BOB } } }),
        }),
      );
    } finally {
      await emulator.stop();
    }
    good = readFileSync(state, "utf8");
  });

  /** The good file, changed by `edit`, written back; returns the start's error message (or fails). */
  async function refused(edit: (document: StateDocument) => void): Promise<string> {
    const document = JSON.parse(good) as StateDocument;
    edit(document);
    const text = JSON.stringify(document);
    writeFileSync(state, text);
    let started: Emulator | undefined;
    const message = await startEmulator({ state, accounts: ACCOUNTS }).then(
      (emulator) => {
        started = emulator;
        return "";
      },
      (err: Error) => err.message,
    );
    await started?.stop();
    assert.notEqual(message, "", "the emulator started");
    assert.equal(readFileSync(state, "utf8"), text, "the file is left as it was");
    assert.ok(message.startsWith(`state file ${state} has `), message);
    return message;
  }
  const firstPool = (d: StateDocument) => d.collections.pools[0];

  it("loads a file it wrote, holding every kind of record, and serves it as it was", async () => {
    const document = JSON.parse(good) as StateDocument;
    for (const kind of [...kinds, "configurationSets", "protectConfigurations"]) {
      assert.ok(document.collections[kind]?.length > 0, `the file holds ${kind}`);
    }
    writeFileSync(state, good);
    const emulator = await startEmulator({ state, accounts: ACCOUNTS });
    try {
      const pools = await alice(emulator).send(new DescribePoolsCommand({}));
      assert.equal(pools.Pools?.length, 1);
      assert.equal(pools.Pools?.[0].Status, "ACTIVE");
      const sets = await alice(emulator).send(new DescribeConfigurationSetsCommand({}));
      assert.equal(sets.ConfigurationSets?.[0].EventDestinations?.[0].EventDestinationName, "to-sns");
      const keywords = await alice(emulator).send(
        new DescribeKeywordsCommand({ OriginationIdentity: pools.Pools?.[0].PoolId, Keywords: ["JOIN"] }),
      );
      assert.equal(keywords.Keywords?.[0].KeywordMessage, "hi");
    } finally {
      await emulator.stop();
    }
  });

  it("loads a file it wrote from a seed of every seedable kind (seeded records have the same fields)", async () => {
    const seeded = join(mkdtempSync(join(tmpdir(), "sms-state-")), "state.json");
    const seed = JSON.parse(readFileSync(join(__dirname, "../../emulator/seed.example.json"), "utf8"));
    for (const section of ["pools", "phoneNumbers", "senderIds", "optOutLists", "registrations"]) {
      assert.ok(seed[section]?.length > 0, `the example seed has ${section}`);
    }
    await (await startEmulator({ state: seeded, seed })).stop();
    const restarted = await startEmulator({ state: seeded });
    try {
      const pools = await alice(restarted).send(new DescribePoolsCommand({}));
      assert.ok((pools.Pools?.length ?? 0) > 0);
    } finally {
      await restarted.stop();
    }
  });

  it("loads a file written before registrations, the sandbox and spend were modelled, and writes it anew", async () => {
    const old = join(mkdtempSync(join(tmpdir(), "sms-state-")), "state.json");
    writeFileSync(old, readFileSync(join(__dirname, "fixtures", "state-before-registrations.json")));
    const emulator = await startEmulator({ state: old });
    try {
      const client = alice(emulator);
      assert.equal((await client.send(new DescribePoolsCommand({}))).Pools?.length, 3);
      assert.deepEqual((await client.send(new DescribeRegistrationsCommand({}))).Registrations, []);
      const limits = await client.send(new DescribeSpendLimitsCommand({}));
      assert.equal(limits.SpendLimits?.[0].EnforcedLimit, 10000);
      // Its toll-free number was requested before registrations were needed: it has none, so it can't send.
      const tollFree =
        (
          await client.send(
            new DescribePhoneNumbersCommand({ Filters: [{ Name: "number-type", Values: ["TOLL_FREE"] }] }),
          )
        ).PhoneNumbers ?? [];
      assert.ok(tollFree.length > 0);
    } finally {
      await emulator.stop();
    }
    const written = JSON.parse(readFileSync(old, "utf8")) as Record<string, unknown>;
    assert.deepEqual([written.clockOffsetMs, written.accountSettings, written.spend], [0, {}, {}]);
    await (await startEmulator({ state: old })).stop();
  });

  it("collections null: named, not a TypeError", async () => {
    const message = await refused((d) => {
      (d as Record<string, unknown>).collections = null;
    });
    assert.match(
      message,
      /has 1 problem;.*\n {2}- collections null must be an object of resource kinds to lists of records$/,
    );
  });

  it("a ClientToken entry that is no pair", async () => {
    const message = await refused((d) => {
      d.clientTokens = [1];
    });
    assert.match(message, /\n {2}- clientTokens\[0\] 1 must be a \[key, ARN\] pair of strings$/);
  });

  it('a pool\'s messageType 7, a missing Status and MessageType, deletionProtectionEnabled "yes": each named', async () => {
    const cases: Array<[(pool: Record<string, unknown>) => void, RegExp]> = [
      [(p) => (p.messageType = 7), /\.messageType 7 must be one of: TRANSACTIONAL, PROMOTIONAL$/],
      [(p) => delete p.status, /\.status is missing; it must be one of: CREATING, ACTIVE, DELETING$/],
      [
        (p) => delete p.messageType,
        /\.messageType is missing; it must be one of: TRANSACTIONAL, PROMOTIONAL$/,
      ],
      [
        (p) => (p.deletionProtectionEnabled = "yes"),
        /\.deletionProtectionEnabled "yes" must be true or false$/,
      ],
      [
        (p) => (p.tags = { team: "sms" }),
        /\.tags \{"team":"sms"\} must be a list of \{"Key": string, "Value": string\}$/,
      ],
      [(p) => (p.colour = "blue"), /\.colour is not a field of this record; remove it$/],
      [(p) => (p.createdMs = -1), /\.createdMs -1 must be epoch milliseconds \(>= 0\)$/],
    ];
    for (const [edit, rule] of cases) {
      let arn = "";
      const message = await refused((d) => {
        arn = String(firstPool(d).arn);
        edit(firstPool(d));
      });
      assert.match(message, /has 1 problem;/);
      const line = message.split("\n")[1];
      assert.ok(line.startsWith(`  - collections.pools[0] (${arn}).`), line);
      assert.match(line, rule);
    }
  });

  it("a record whose region or account contradicts its ARN", async () => {
    const message = await refused((d) => {
      firstPool(d).region = "eu-west-1";
      d.collections.phoneNumbers[0].accountId = BOB;
    });
    assert.match(
      message,
      /collections\.pools\[0\] \(arn:aws:sms-voice:us-east-1:\d{12}:pool\/[^)]+\)\.region "eu-west-1" contradicts its ARN's "us-east-1"; make them agree/,
    );
    assert.match(
      message,
      new RegExp(
        `collections\\.phoneNumbers\\[0\\] \\(.*\\)\\.accountId "${BOB}" contradicts its ARN's "123456789012"`,
      ),
    );
  });

  it("every kind's fields are checked, and every problem is reported at once", async () => {
    const message = await refused((d) => {
      d.clientTokens = [["token", 5]];
      d.policies[0].principals = "210987654321";
      d.collections.phoneNumbers[0].numberCapabilities = ["SMS", "FAX"];
      d.collections.senderIds[0].registered = "no";
      d.collections.optedOutNumbers[0].endUserOptedOut = 1;
      d.collections.keywords[0].action = "STOP";
      d.collections.configurationSets[0].eventDestinations = [{ EventDestinationName: "x" }];
      d.collections.protectConfigurations[0].countryRules = { SMS: { FR: "DENY" } };
      d.collections.optOutLists.push({ ...d.collections.optOutLists[0] });
      d.collections.unicorns = [];
      d.collections.registrations[0].status = "LIVE";
      (d.collections.registrations[0].versions as Array<Record<string, unknown>>)[0].status = "DONE";
      d.collections.registrationAttachments[0].status = "UPLOADED";
    });
    const lines = message.split("\n").slice(1);
    assert.equal(lines.length, 13, message);
    for (const expected of [
      /^ {2}- clientTokens\[0\] \["token",5\] must be a \[key, ARN\] pair of strings$/,
      /^ {2}- policies\[0\]\.principals "210987654321" must be a list of account IDs \(or "\*"\)$/,
      /^ {2}- collections\.phoneNumbers\[0\] \(.*\)\.numberCapabilities \["SMS","FAX"\] must be a list, each one of: SMS, VOICE/,
      /^ {2}- collections\.senderIds\[0\] \(.*\)\.registered "no" must be true or false$/,
      /^ {2}- collections\.optedOutNumbers\[0\] \(.*\)\.endUserOptedOut 1 must be true or false$/,
      /^ {2}- collections\.keywords\[0\] \(.*\)\.action "STOP" must be one of: AUTOMATIC_RESPONSE, OPT_OUT, OPT_IN$/,
      /^ {2}- collections\.configurationSets\[0\] \(.*\)\.eventDestinations .* must be a list of the model's EventDestination$/,
      /^ {2}- collections\.protectConfigurations\[0\] \(.*\)\.countryRules \{"SMS":\{"FR":"DENY"\}\} must be an object of number capability/,
      /^ {2}- collections\.optOutLists\[\d+\] \(.*\) repeats an ARN another record has; keep one$/,
      /^ {2}- collections\.unicorns is not a resource kind of this emulator; kinds: /,
      /^ {2}- collections\.registrations\[0\] \(.*\)\.status "LIVE" must be one of: CREATED, SUBMITTED/,
      /^ {2}- collections\.registrations\[0\] \(.*\)\.versions .* must be a list, each a registration version/,
      /^ {2}- collections\.registrationAttachments\[0\] \(.*\)\.status "UPLOADED" must be one of: UPLOAD_IN_PROGRESS/,
    ]) {
      assert.ok(
        lines.some((l) => expected.test(l)),
        `${expected} in:\n${message}`,
      );
    }
  });
});
