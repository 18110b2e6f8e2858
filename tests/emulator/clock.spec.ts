// The emulator's clock: Emulator.now/advanceClock/setClock and GET/POST /_emulator/clock move every time the
// emulator keeps (creation times, activation delays), only forward, and the state file keeps the offset.

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateOptOutListCommand,
  DescribePhoneNumbersCommand,
  RequestPhoneNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { sdkClient, withEmulator } from "../support/emulator";
import { rawCall } from "./wire";

const HOUR = 60 * 60 * 1000;
const clock = (endpoint: string, method: string, body?: unknown) =>
  rawCall(endpoint, { path: "/_emulator/clock", method, body, target: null, authorization: null });

describe("emulator: clock", () => {
  const holder = withEmulator({ activationDelayMs: HOUR });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });

  it("starts at real time and moves forward by advanceClock, stamping what is created after", async () => {
    const before = Date.now();
    const start = holder.emulator.now();
    assert.ok(start >= before && start <= Date.now() + 5, `${start} is real time`);
    const moved = holder.emulator.advanceClock(30 * 24 * HOUR);
    assert.ok(moved >= start + 30 * 24 * HOUR && moved < start + 30 * 24 * HOUR + 5000);
    const list = await client().send(new CreateOptOutListCommand({ OptOutListName: "clock-list" }));
    const created = list.CreatedTimestamp!.getTime();
    assert.ok(created >= moved && created < moved + 5000, `${created} is on the moved clock (${moved})`);
  });

  it("completes an activation delay when the clock passes it", async () => {
    const number = await client().send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "SIMULATOR",
      }),
    );
    const status = async () =>
      (await client().send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [number.PhoneNumberId!] })))
        .PhoneNumbers?.[0].Status;
    assert.equal(await status(), "PENDING");
    holder.emulator.advanceClock(HOUR - 60_000);
    assert.equal(await status(), "PENDING");
    holder.emulator.advanceClock(60_000);
    assert.equal(await status(), "ACTIVE");
  });

  it("moves to a later time and refuses an earlier one or a bad amount", () => {
    const now = holder.emulator.now();
    const target = now + 5 * HOUR;
    assert.ok(Math.abs(holder.emulator.setClock(new Date(target)) - target) < 5000);
    assert.throws(() => holder.emulator.setClock(now), /before the emulator's time .*only moves forward/);
    for (const bad of [-1, 1.5, Number.NaN, "10" as unknown as number]) {
      assert.throws(
        () => holder.emulator.advanceClock(bad),
        /advanceMs .* must be a whole number of milliseconds/,
      );
    }
    assert.throws(
      () => holder.emulator.setClock("yesterday"),
      /must be epoch milliseconds or an ISO 8601 date/,
    );
  });

  it("answers GET /_emulator/clock and moves on POST, refusing what it cannot do", async () => {
    const { endpoint } = holder.emulator;
    const got = await clock(endpoint, "GET");
    assert.equal(got.status, 200);
    assert.equal(got.json?.iso, new Date(got.json?.now as number).toISOString());
    assert.ok(Math.abs((got.json?.now as number) - holder.emulator.now()) < 5000);

    const advanced = await clock(endpoint, "POST", { advanceMs: 24 * HOUR });
    assert.equal(advanced.status, 200);
    assert.ok((advanced.json?.now as number) >= (got.json?.now as number) + 24 * HOUR);

    const later = new Date(holder.emulator.now() + 48 * HOUR).toISOString();
    const moved = await clock(endpoint, "POST", { now: later });
    assert.equal(moved.status, 200);
    assert.ok(Math.abs((moved.json?.now as number) - Date.parse(later)) < 5000);

    for (const body of [
      { now: "2001-01-01T00:00:00Z" },
      { advanceMs: -5 },
      {},
      { advanceMs: 1, now: 2 },
      [1],
    ]) {
      const refused = await clock(endpoint, "POST", body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      assert.match(String(refused.json?.message), /advanceMs|now/);
    }
    const garbled = await clock(endpoint, "POST", "{not json");
    assert.equal(garbled.status, 400);
    const put = await clock(endpoint, "PUT", {});
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, "GET, POST");
  });
});

describe("emulator: clock in the state file", () => {
  it("keeps the offset across a restart", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "sms-clock-")), "state.json");
    const first = await startEmulator({ state });
    let moved: number;
    try {
      first.advanceClock(400 * 24 * HOUR);
      moved = first.now();
    } finally {
      await first.stop();
    }
    const second = await startEmulator({ state });
    try {
      const now = second.now();
      assert.ok(now >= moved && now < moved + 60_000, `${now} continues from ${moved}`);
    } finally {
      await second.stop();
    }
  });
});
