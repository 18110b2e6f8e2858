// Lookups of what messages are sent with (configuration sets, protect configurations, keywords) against the
// emulator through the real AWS SDK.
import * as assert from "node:assert/strict";
import {
  CreateConfigurationSetCommand,
  CreateProtectConfigurationCommand,
  DeleteKeywordCommand,
  PutKeywordCommand,
  RequestPhoneNumberCommand,
  SetAccountDefaultProtectConfigurationCommand,
  SetDefaultMessageTypeCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import {
  ConfigurationSetNotFoundError,
  getConfigurationSet,
  getConfigurationSets,
  getKeywords,
  getProtectConfiguration,
  getProtectConfigurations,
  ProtectConfigurationNotFoundError,
} from "../../index";
import { resetClients } from "../../provider/aws/client";
import { resolveConnection } from "../../provider/aws/connection";
import { SnapshotCatalog } from "../../provider/engine/catalog";
import { lookup } from "../../provider/engine/lookup";
import { validateQuery } from "../../provider/engine/query";
import { errorsOf } from "../../provider/errors";
import { KEYWORDS } from "../../provider/resources/keywords";
import { sdkClient, withEmulator } from "../support/emulator";

describe("sdk: configuration sets, protect configurations and keywords against the emulator", () => {
  const holder = withEmulator();
  const opts = (extra: object = {}) => ({
    endpoint: holder.emulator.endpoint,
    region: "us-east-1",
    ...extra,
  });
  const requests = (operation: string) => holder.emulator.requests.filter((r) => r.operation === operation);
  const setNames = Array.from({ length: 7 }, (_, i) => `set-${i}`);
  const protectIds: string[] = [];
  let phoneNumberId = "";

  before(async () => {
    const client = sdkClient(holder.emulator);
    for (const name of setNames)
      await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    await client.send(
      new SetDefaultMessageTypeCommand({ ConfigurationSetName: "set-2", MessageType: "PROMOTIONAL" }),
    );
    for (let i = 0; i < 3; i++) {
      const created = await client.send(
        new CreateProtectConfigurationCommand({ DeletionProtectionEnabled: i === 0 }),
      );
      protectIds.push(created.ProtectConfigurationId!);
    }
    await client.send(
      new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: protectIds[1] }),
    );
    const n = await client.send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "SIMULATOR",
      }),
    );
    phoneNumberId = n.PhoneNumberId!;
    for (const [keyword, action] of [
      ["JOIN", "OPT_IN"],
      ["INFO", "AUTOMATIC_RESPONSE"],
      ["QUIT", "OPT_OUT"],
    ] as const) {
      await client.send(
        new PutKeywordCommand({
          OriginationIdentity: phoneNumberId,
          Keyword: keyword,
          KeywordMessage: `${keyword} reply`,
          KeywordAction: action,
        }),
      );
    }
  });
  after(resetClients);

  describe("getConfigurationSets / getConfigurationSet", () => {
    it("lists every set across pages, ordered by ARN", async () => {
      const result = await getConfigurationSets({ pageSize: 3 }, opts());
      assert.deepEqual([...result.names].sort(), setNames);
      assert.deepEqual(result.arns, [...result.arns].sort());
      assert.equal(requests("DescribeConfigurationSets").length, 3);
    });

    it("filters by default message type", async () => {
      const result = await getConfigurationSets(
        { filters: [{ name: "default-message-type", values: ["PROMOTIONAL"] }] },
        opts(),
      );
      assert.deepEqual(result.names, ["set-2"]);
      assert.equal(result.configurationSets[0].defaultMessageType, "PROMOTIONAL");
    });

    it("looks up 7 names in requests of 5, in the order asked, with event destinations", async () => {
      const asked = [...setNames].reverse();
      const result = await getConfigurationSets({ configurationSetNames: asked }, opts());
      assert.deepEqual(result.names, asked);
      assert.equal(requests("DescribeConfigurationSets").length, 2);
      assert.ok(result.configurationSets.every((c) => Array.isArray(c.eventDestinations)));
    });

    it("getConfigurationSet names a missing set", async () => {
      assert.equal(
        (await getConfigurationSet({ configurationSetName: "set-4" }, opts())).configurationSetName,
        "set-4",
      );
      await assert.rejects(
        getConfigurationSet({ configurationSetName: "set-missing" }, opts()),
        (err: unknown) => err instanceof ConfigurationSetNotFoundError && err.resourceId === "set-missing",
      );
    });
  });

  describe("getProtectConfigurations / getProtectConfiguration", () => {
    it("finds the account default with its filter", async () => {
      const result = await getProtectConfigurations(
        { filters: [{ name: "account-default", values: ["true"] }] },
        opts(),
      );
      assert.deepEqual(result.ids, [protectIds[1]]);
      assert.equal(result.protectConfigurations[0].accountDefault, true);
    });

    it("looks up by ID in the order asked, and names a missing one", async () => {
      const asked = [protectIds[2], protectIds[0]];
      assert.deepEqual(
        (await getProtectConfigurations({ protectConfigurationIds: asked }, opts())).ids,
        asked,
      );
      assert.equal(
        (await getProtectConfiguration({ protectConfigurationId: protectIds[0] }, opts()))
          .deletionProtectionEnabled,
        true,
      );
      await assert.rejects(
        getProtectConfiguration({ protectConfigurationId: "protect-missing" }, opts()),
        ProtectConfigurationNotFoundError,
      );
    });
  });

  describe("getKeywords", () => {
    it("lists a number's keywords, filters by action, and looks up by keyword", async () => {
      const all = await getKeywords({ originationIdentity: phoneNumberId }, opts());
      for (const k of ["HELP", "STOP", "JOIN", "INFO", "QUIT"]) {
        assert.ok(
          all.keywords.some((w) => w.keyword === k),
          `${k} in ${all.keywords.map((w) => w.keyword)}`,
        );
      }
      const optOuts = await getKeywords(
        { originationIdentity: phoneNumberId, filters: [{ name: "keyword-action", values: ["OPT_OUT"] }] },
        opts(),
      );
      assert.ok(optOuts.keywords.every((k) => k.keywordAction === "OPT_OUT"));
      assert.ok(optOuts.keywords.some((k) => k.keyword === "QUIT"));
      const asked = await getKeywords(
        { originationIdentity: phoneNumberId, keywords: ["INFO", "JOIN"] },
        opts(),
      );
      assert.deepEqual(
        asked.keywords.map((k) => [k.keyword, k.keywordAction]),
        [
          ["INFO", "AUTOMATIC_RESPONSE"],
          ["JOIN", "OPT_IN"],
        ],
      );
    });

    it("takes a keyword that starts with arn: as a keyword, matched in any case, from AWS and from the snapshot", async () => {
      const client = sdkClient(holder.emulator);
      await client.send(
        new PutKeywordCommand({
          OriginationIdentity: phoneNumberId,
          Keyword: "ARN:INFO",
          KeywordMessage: "arn reply",
          KeywordAction: "AUTOMATIC_RESPONSE",
        }),
      );
      try {
        for (const snapshot of [false, true]) {
          for (const asked of ["ARN:INFO", "arn:info", "Arn:Info"]) {
            const found = await getKeywords(
              { originationIdentity: phoneNumberId, keywords: [asked, "join"] },
              opts({ snapshot }),
            );
            assert.deepEqual(
              found.keywords,
              [
                { keyword: "ARN:INFO", keywordMessage: "arn reply", keywordAction: "AUTOMATIC_RESPONSE" },
                { keyword: "JOIN", keywordMessage: "JOIN reply", keywordAction: "OPT_IN" },
              ],
              `${asked}, snapshot ${snapshot}`,
            );
          }
        }
        // The run's snapshot of the number's keywords answers too, without a request.
        const catalog = new SnapshotCatalog();
        const connection = resolveConnection(opts()).connection;
        const run = (args: object) =>
          lookup(
            KEYWORDS,
            validateQuery(KEYWORDS, { originationIdentity: phoneNumberId, ...args }),
            connection,
            errorsOf("DescribeKeywords", "keyword"),
            catalog,
          );
        await run({ filters: [{ name: "keyword-action", values: ["OPT_OUT"] }] });
        await run({ filters: [{ name: "keyword-action", values: ["OPT_IN"] }] });
        const before = requests("DescribeKeywords").length;
        const fromSnapshot = await run({ keywords: ["arn:info"] });
        assert.equal(requests("DescribeKeywords").length, before, "served by the snapshot");
        assert.deepEqual(
          fromSnapshot.items.map((k) => k.keyword),
          ["ARN:INFO"],
        );
      } finally {
        await client.send(
          new DeleteKeywordCommand({ OriginationIdentity: phoneNumberId, Keyword: "ARN:INFO" }),
        );
      }
    });

    it("finds keywords whatever their case, as AWS does, one keyword once", async () => {
      const asked = await getKeywords(
        { originationIdentity: phoneNumberId, keywords: ["help", "HELP", "Stop"] },
        opts(),
      );
      assert.deepEqual(
        asked.keywords.map((k) => k.keyword),
        ["HELP", "STOP"],
      );
    });
  });
});
