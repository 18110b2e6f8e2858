// Inbound messages (emulator.receive and POST /_emulator/inbound): keyword actions, the opt-out list they
// change, the answers they send, and what a later send makes of them.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DeleteOptedOutNumberCommand,
  DescribeOptedOutNumbersCommand,
  PutKeywordCommand,
  PutOptedOutNumberCommand,
  SendTextMessageCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

const NUMBER = "phone-00000000000000000000000000000011";
const POOLED = "phone-00000000000000000000000000000012";
const SELF_MANAGED = "phone-00000000000000000000000000000013";

describe("emulator: inbound messages", () => {
  const holder = withEmulator({
    seed: {
      pools: [{ poolId: "pool-inbound", optOutListName: "PoolList" }],
      optOutLists: [{ name: "PoolList" }],
      phoneNumbers: [
        { phoneNumberId: NUMBER, phoneNumber: "+12065550111" },
        { phoneNumberId: POOLED, phoneNumber: "+12065550112", poolId: "pool-inbound" },
        {
          phoneNumberId: SELF_MANAGED,
          phoneNumber: "+12065550113",
          twoWayEnabled: true,
          twoWayChannelArn: "arn:aws:sns:us-east-1:123456789012:inbound",
          selfManagedOptOutsEnabled: true,
        },
      ],
    },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const send = (to: string, from = NUMBER) =>
    client().send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: to,
        OriginationIdentity: from,
        MessageBody: "hi",
      }),
    );

  beforeEach(() => holder.emulator.clearMessages());

  it("refuses to send to a handset after it replied STOP", async () => {
    await send("+14255550201");
    const result = holder.emulator.receive({ from: "+14255550201", to: "+12065550111", body: "stop" });
    assert.equal(result.keyword, "STOP");
    assert.equal(result.action, "OPT_OUT");
    assert.equal(result.optedOut, true);
    assert.equal(result.optOutListName, "Default");
    const error = await rejectsWith(send("+14255550201"), "ConflictException");
    assert.equal(error.Reason, "DESTINATION_PHONE_NUMBER_OPTED_OUT");
    const listed = await client().send(
      new DescribeOptedOutNumbersCommand({ OptOutListName: "Default", OptedOutNumbers: ["+14255550201"] }),
    );
    assert.equal(listed.OptedOutNumbers?.[0].EndUserOptedOut, true);
  });

  it("marks a number the account opted out as opted out by its end user when it replies STOP", async () => {
    const put = await client().send(
      new PutOptedOutNumberCommand({ OptOutListName: "Default", OptedOutNumber: "+14255550209" }),
    );
    assert.equal(put.EndUserOptedOut, false);
    const result = holder.emulator.receive({ from: "+14255550209", to: "+12065550111", body: "STOP" });
    assert.equal(result.action, "OPT_OUT");
    assert.equal(result.optedOut, false);
    const listed = await client().send(
      new DescribeOptedOutNumbersCommand({ OptOutListName: "Default", OptedOutNumbers: ["+14255550209"] }),
    );
    assert.equal(listed.OptedOutNumbers?.[0].EndUserOptedOut, true);
    assert.equal(listed.OptedOutNumbers?.[0].OptedOutTimestamp?.getTime(), put.OptedOutTimestamp?.getTime());
    const cannot = await rejectsWith(
      client().send(
        new DeleteOptedOutNumberCommand({ OptOutListName: "Default", OptedOutNumber: "+14255550209" }),
      ),
      "ValidationException",
    );
    assert.equal(cannot.Reason, "PHONE_NUMBER_CANNOT_BE_OPTED_IN");
  });

  it("answers STOP with its confirmation, logged as a sent message", async () => {
    const result = holder.emulator.receive({ from: "+14255550202", to: NUMBER, body: "STOP" });
    assert.equal(result.response?.destinationPhoneNumber, "+14255550202");
    assert.equal(result.response?.source, "KEYWORD_RESPONSE");
    const [logged] = holder.emulator.sentMessages({ destinationPhoneNumber: "+14255550202" });
    assert.equal(logged.originationNumber, "+12065550111");
    assert.equal(logged.messageBody, result.response?.messageBody);
  });

  it("treats the required opt-out words as STOP", async () => {
    const result = holder.emulator.receive({ from: "+14255550203", to: NUMBER, body: "Unsubscribe please" });
    assert.equal(result.action, "OPT_OUT");
    assert.equal(result.optedOut, true);
  });

  it("answers HELP with the keyword's message and changes no list", async () => {
    await client().send(
      new PutKeywordCommand({
        OriginationIdentity: NUMBER,
        Keyword: "HELP",
        KeywordMessage: "Call 206-555-0199",
      }),
    );
    const result = holder.emulator.receive({ from: "+14255550204", to: NUMBER, body: "help" });
    assert.equal(result.action, "AUTOMATIC_RESPONSE");
    assert.equal(result.optedOut, false);
    assert.equal(result.response?.messageBody, "Call 206-555-0199");
    await send("+14255550204");
  });

  it("opts a handset back in with an OPT_IN keyword", async () => {
    await client().send(
      new PutKeywordCommand({
        OriginationIdentity: NUMBER,
        Keyword: "START",
        KeywordMessage: "Welcome back",
        KeywordAction: "OPT_IN",
      }),
    );
    holder.emulator.receive({ from: "+14255550205", to: NUMBER, body: "STOP" });
    const result = holder.emulator.receive({ from: "+14255550205", to: NUMBER, body: "START" });
    assert.equal(result.optedIn, true);
    await send("+14255550205");
  });

  it("ignores a message with no keyword", async () => {
    const result = holder.emulator.receive({ from: "+14255550206", to: NUMBER, body: "thanks, see you" });
    assert.equal(result.keyword, undefined);
    assert.equal(result.response, undefined);
  });

  it("uses the pool's keywords and opt-out list for a number in a pool", async () => {
    const result = holder.emulator.receive({ from: "+14255550207", to: POOLED, body: "STOP" });
    assert.equal(result.poolId, "pool-inbound");
    assert.equal(result.optOutListName, "PoolList");
    const error = await rejectsWith(send("+14255550207", "pool-inbound"), "ConflictException");
    assert.equal(error.Reason, "DESTINATION_PHONE_NUMBER_OPTED_OUT");
    await send("+14255550207"); // another number on another list still reaches it
  });

  it("neither answers nor opts out with self-managed opt-outs on", async () => {
    const result = holder.emulator.receive({ from: "+14255550208", to: SELF_MANAGED, body: "STOP" });
    assert.equal(result.selfManagedOptOuts, true);
    assert.equal(result.optedOut, false);
    assert.equal(result.response, undefined);
    await send("+14255550208");
  });

  it("refuses a message to a number the emulator does not have", () => {
    assert.throws(
      () => holder.emulator.receive({ from: "+14255550209", to: "+19995550000", body: "STOP" }),
      /none of the emulator's phone numbers/,
    );
  });

  it("is served at POST /_emulator/inbound", async () => {
    const { endpoint } = holder.emulator;
    const response = await fetch(`${endpoint}/_emulator/inbound`, {
      method: "POST",
      body: JSON.stringify({ from: "+14255550210", to: "+12065550111", body: "STOP" }),
    });
    assert.equal(response.status, 200);
    const result = (await response.json()) as { optedOut: boolean };
    assert.equal(result.optedOut, true);
    const bad = await fetch(`${endpoint}/_emulator/inbound`, {
      method: "POST",
      body: JSON.stringify({ to: "x" }),
    });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { message: string }).message, /from undefined must be/);
    const missing = await fetch(`${endpoint}/_emulator/inbound`, {
      method: "POST",
      body: JSON.stringify({ from: "+14255550210", to: "+19995550000", body: "hi" }),
    });
    assert.equal(missing.status, 404);
    const get = await fetch(`${endpoint}/_emulator/inbound`);
    assert.equal(get.status, 405);
  });

  it("answers POST /_emulator/inbound with a JSON 500, not a crash, when the emulator fails (state file gone)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sms-inbound-"));
    const emulator = await startEmulator({
      state: join(dir, "state.json"),
      seed: { phoneNumbers: [{ phoneNumberId: NUMBER, phoneNumber: "+12065550111" }] },
    });
    try {
      rmSync(dir, { recursive: true }); // the next save cannot write its temporary file
      const response = await fetch(`${emulator.endpoint}/_emulator/inbound`, {
        method: "POST",
        body: JSON.stringify({ from: "+14255550211", to: "+12065550111", body: "STOP" }),
      });
      assert.equal(response.status, 500);
      assert.match(response.headers.get("content-type") ?? "", /json/);
      const body = (await response.json()) as { message: string };
      assert.match(body.message, /Emulator defect: .*ENOENT/);
      const alive = await fetch(`${emulator.endpoint}/_emulator/messages`);
      assert.equal(alive.status, 200, "the endpoint still serves");
    } finally {
      await emulator.stop();
    }
  });
});
