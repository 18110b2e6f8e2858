// Keywords through the real SDK: the defaults a phone number and a pool carry, PutKeyword, DescribeKeywords
// (by ID or ARN, named keywords, filters, paging) and DeleteKeyword, with the refusals for HELP and STOP.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreatePoolCommand,
  DeleteKeywordCommand,
  DescribeKeywordsCommand,
  PutKeywordCommand,
  ReleasePhoneNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

const NUMBER_ID = "phone-00000000000000000000000000000001";
const NUMBER_ARN = `arn:aws:sms-voice:us-east-1:123456789012:phone-number/${NUMBER_ID}`;

describe("emulator: keywords", () => {
  const holder = withEmulator({
    seed: {
      pools: [{ poolId: "pool-keywords" }],
      phoneNumbers: [
        { phoneNumberId: NUMBER_ID, phoneNumber: "+12065550101" },
        { phoneNumberId: "phone-00000000000000000000000000000002", phoneNumber: "+12065550102" },
        { phoneNumberId: "phone-00000000000000000000000000000003", phoneNumber: "+12065550103" },
      ],
    },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });

  it("gives a phone number HELP (AUTOMATIC_RESPONSE) and STOP (OPT_OUT)", async () => {
    const described = await client().send(
      new DescribeKeywordsCommand({ OriginationIdentity: "phone-00000000000000000000000000000002" }),
    );
    assert.equal(described.OriginationIdentity, "phone-00000000000000000000000000000002");
    assert.deepEqual(
      described.Keywords?.map((k) => [k.Keyword, k.KeywordAction]),
      [
        ["HELP", "AUTOMATIC_RESPONSE"],
        ["STOP", "OPT_OUT"],
      ],
    );
    assert.ok(described.Keywords?.every((k) => (k.KeywordMessage ?? "").length > 0));
  });

  it("gives a pool the same defaults, by ID or ARN", async () => {
    const described = await client().send(
      new DescribeKeywordsCommand({
        OriginationIdentity: "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-keywords",
      }),
    );
    assert.equal(
      described.OriginationIdentityArn,
      "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-keywords",
    );
    assert.deepEqual(
      described.Keywords?.map((k) => k.Keyword),
      ["HELP", "STOP"],
    );
  });

  it("adds a keyword, changes it, filters by action and pages", async () => {
    const put = await client().send(
      new PutKeywordCommand({
        OriginationIdentity: NUMBER_ARN,
        Keyword: "INFO",
        KeywordMessage: "Visit example.com",
      }),
    );
    assert.deepEqual(
      [put.OriginationIdentity, put.Keyword, put.KeywordAction],
      [NUMBER_ID, "INFO", "AUTOMATIC_RESPONSE"],
    );
    await client().send(
      new PutKeywordCommand({
        OriginationIdentity: NUMBER_ID,
        Keyword: "START",
        KeywordMessage: "Welcome back",
        KeywordAction: "OPT_IN",
      }),
    );
    const changed = await client().send(
      new PutKeywordCommand({
        OriginationIdentity: NUMBER_ID,
        Keyword: "info",
        KeywordMessage: "See example.org",
      }),
    );
    assert.equal(changed.Keyword, "INFO");
    assert.equal(changed.KeywordMessage, "See example.org");

    const automatic = await client().send(
      new DescribeKeywordsCommand({
        OriginationIdentity: NUMBER_ID,
        Filters: [{ Name: "keyword-action", Values: ["AUTOMATIC_RESPONSE"] }],
      }),
    );
    assert.deepEqual(
      automatic.Keywords?.map((k) => k.Keyword),
      ["HELP", "INFO"],
    );
    const named = await client().send(
      new DescribeKeywordsCommand({ OriginationIdentity: NUMBER_ID, Keywords: ["start", "STOP"] }),
    );
    assert.deepEqual(
      named.Keywords?.map((k) => k.Keyword),
      ["START", "STOP"],
    );
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await client().send(
        new DescribeKeywordsCommand({ OriginationIdentity: NUMBER_ID, MaxResults: 3, NextToken: token }),
      );
      seen.push(...(page.Keywords ?? []).map((k) => k.Keyword!));
      token = page.NextToken;
    } while (token);
    assert.deepEqual(seen, ["HELP", "STOP", "INFO", "START"]);
  });

  it("lets HELP's message change but not its action", async () => {
    const changed = await client().send(
      new PutKeywordCommand({
        OriginationIdentity: NUMBER_ID,
        Keyword: "HELP",
        KeywordMessage: "Call 555-0199",
      }),
    );
    assert.equal(changed.KeywordMessage, "Call 555-0199");
    const refused = await rejectsWith(
      client().send(
        new PutKeywordCommand({
          OriginationIdentity: NUMBER_ID,
          Keyword: "HELP",
          KeywordMessage: "x",
          KeywordAction: "OPT_OUT",
        }),
      ),
      "ConflictException",
    );
    assert.equal(refused.Reason, "RESOURCE_MODIFICATION_NOT_ALLOWED");
  });

  it("deletes a keyword and refuses to delete STOP or a keyword the number lacks", async () => {
    await client().send(
      new PutKeywordCommand({ OriginationIdentity: NUMBER_ID, Keyword: "PROMO", KeywordMessage: "10% off" }),
    );
    const deleted = await client().send(
      new DeleteKeywordCommand({ OriginationIdentity: NUMBER_ID, Keyword: "promo" }),
    );
    assert.equal(deleted.Keyword, "PROMO");
    const stop = await rejectsWith(
      client().send(new DeleteKeywordCommand({ OriginationIdentity: NUMBER_ID, Keyword: "STOP" })),
      "ConflictException",
    );
    assert.equal(stop.Reason, "RESOURCE_DELETION_NOT_ALLOWED");
    const missing = await rejectsWith(
      client().send(new DeleteKeywordCommand({ OriginationIdentity: NUMBER_ID, Keyword: "PROMO" })),
      "ResourceNotFoundException",
    );
    assert.equal(missing.ResourceType, "keyword");
  });

  it("answers ResourceNotFoundException for an unknown number or pool", async () => {
    const number = await rejectsWith(
      client().send(
        new DescribeKeywordsCommand({ OriginationIdentity: "phone-ffffffffffffffffffffffffffffffff" }),
      ),
      "ResourceNotFoundException",
    );
    assert.equal(number.ResourceType, "phone-number");
    const pool = await rejectsWith(
      client().send(new DescribeKeywordsCommand({ OriginationIdentity: "pool-missing" })),
      "ResourceNotFoundException",
    );
    assert.equal(pool.ResourceType, "pool");
  });

  it("copies a phone number's keywords, custom messages included, to a pool created from it", async () => {
    const number = "phone-00000000000000000000000000000003";
    await client().send(
      new PutKeywordCommand({ OriginationIdentity: number, Keyword: "HELP", KeywordMessage: "Custom help" }),
    );
    await client().send(
      new PutKeywordCommand({ OriginationIdentity: number, Keyword: "STOP", KeywordMessage: "Custom stop" }),
    );
    await client().send(
      new PutKeywordCommand({
        OriginationIdentity: number,
        Keyword: "JOIN",
        KeywordMessage: "Welcome back",
        KeywordAction: "OPT_IN",
      }),
    );
    const { PoolId } = await client().send(
      new CreatePoolCommand({ OriginationIdentity: number, MessageType: "TRANSACTIONAL" }),
    );
    const described = await client().send(new DescribeKeywordsCommand({ OriginationIdentity: PoolId }));
    assert.deepEqual(described.Keywords?.map((k) => [k.Keyword, k.KeywordMessage, k.KeywordAction]).sort(), [
      ["HELP", "Custom help", "AUTOMATIC_RESPONSE"],
      ["JOIN", "Welcome back", "OPT_IN"],
      ["STOP", "Custom stop", "OPT_OUT"],
    ]);
  });

  it("removes a pool's and a number's keywords with them, so a later pool or number of the same ARN starts afresh", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-keywords-")), "state.json");
    const emulator = await startEmulator({
      state,
      seed: {
        pools: [{ poolId: "pool-reused" }],
        phoneNumbers: [{ phoneNumberId: "phone-released", phoneNumber: "+12065550109" }],
      },
    });
    try {
      const alice = sdkClient(emulator, { maxAttempts: 1 });
      for (const identity of ["pool-reused", "phone-released"]) {
        await alice.send(
          new PutKeywordCommand({ OriginationIdentity: identity, Keyword: "INFO", KeywordMessage: "old" }),
        );
      }
      assert.equal(emulator.removePool("pool-reused"), true);
      await alice.send(new ReleasePhoneNumberCommand({ PhoneNumberId: "phone-released" }));
      const saved = JSON.parse(readFileSync(state, "utf8")) as {
        collections: { keywords?: Array<{ identityArn: string }> };
      };
      assert.deepEqual(
        (saved.collections.keywords ?? []).filter((k) => /pool-reused|phone-released/.test(k.identityArn)),
        [],
        "no keyword outlives its pool or number",
      );
      // A pool added again under the same ID, dated before the first one, has only the defaults.
      emulator.addPools([{ poolId: "pool-reused", createdTimestamp: 1_600_000_000 }]);
      const described = await alice.send(new DescribeKeywordsCommand({ OriginationIdentity: "pool-reused" }));
      assert.deepEqual(described.Keywords?.map((k) => k.Keyword).sort(), ["HELP", "STOP"]);
    } finally {
      await emulator.stop();
    }
  });
});
