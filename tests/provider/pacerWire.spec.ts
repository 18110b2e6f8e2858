// The pacer as the provider installs it (`clientFor`), through the real SDK against the emulator: once AWS
// stops throttling the client is back to full speed within the pacer's bound, and one operation's throttling
// leaves the others alone. The margins are wide: a paced request waits about a second, an unpaced one a few ms.
import * as assert from "node:assert/strict";
import {
  DescribePoolsCommand,
  type PinpointSMSVoiceV2Client,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { clientFor, resetClients } from "../../provider/aws/client";
import type { Connection } from "../../provider/aws/connection";
import { seedPools, withEmulator } from "../support/emulator";

/** The pacer's promise (see RECOVERY_BOUND_MS in provider/pacer.ts): unpaced 16 s after the last throttle. */
const RECOVERY_BOUND_MS = 16_000;

describe("provider/pacer through the SDK against the emulator", () => {
  const pools = seedPools(3);
  const holder = withEmulator({ seed: { pools } });
  beforeEach(resetClients);
  after(resetClients);

  function client(timeoutMs = 5_000): PinpointSMSVoiceV2Client {
    const { endpoint, region } = holder.emulator;
    const connection: Connection = {
      endpoint,
      region,
      snapshot: false,
      maxAttempts: 5,
      timeoutMs,
      concurrency: 1,
    };
    return clientFor(connection);
  }

  /** A burst of three ThrottlingExceptions on DescribePools: the pacer learns 1 request/s from it. */
  async function throttleBurst(sms: PinpointSMSVoiceV2Client): Promise<void> {
    holder.emulator.setFaults([{ operation: "DescribePools", throttle: { first: 3 } }]);
    await sms.send(new DescribePoolsCommand({}));
    const throttled = holder.emulator.requests.filter((r) => r.errorType === "ThrottlingException");
    assert.equal(throttled.length, 3, "the burst happened");
  }

  it("is back to unthrottled speed within the bound once a throttle burst ends", async function () {
    this.timeout(RECOVERY_BOUND_MS + 20_000);
    const sms = client();
    await throttleBurst(sms);
    const burstEnded = Date.now();
    const durations: number[] = [];
    const lastTen = () => durations.slice(-10).reduce((a, b) => a + b, 0);
    while (Date.now() - burstEnded < RECOVERY_BOUND_MS + 4_000) {
      const start = Date.now();
      await sms.send(new DescribePoolsCommand({}));
      durations.push(Date.now() - start);
      if (durations.length >= 10 && lastTen() < 1_000) break;
    }
    const recoveredAfter = Date.now() - burstEnded;
    assert.ok(
      durations.length >= 10 && lastTen() < 1_000 && recoveredAfter <= RECOVERY_BOUND_MS + 1_000,
      `after ${recoveredAfter} ms, the last ten requests took ${durations.slice(-10).join(", ")} ms`,
    );
  });

  it("paces a client with other retry settings for the same account, region and endpoint: one quota", async function () {
    this.timeout(20_000);
    await throttleBurst(client());
    const other = client(6_000);
    assert.notEqual(other, client(), "another client");
    const start = Date.now();
    for (let i = 0; i < 3; i++) await other.send(new DescribePoolsCommand({}));
    const ms = Date.now() - start;
    // Paced: about a second or two (the pace probes faster after successes); unpaced: a few ms.
    assert.ok(ms > 500, `3 DescribePools took ${ms} ms: not paced by the quota the other client learned`);
  });

  it("does not pace UpdatePool while DescribePools is paced", async function () {
    this.timeout(20_000);
    const sms = client();
    await throttleBurst(sms);
    const start = Date.now();
    for (let i = 0; i < 10; i++) {
      await sms.send(
        new UpdatePoolCommand({ PoolId: pools[0].poolId, DeletionProtectionEnabled: i % 2 === 0 }),
      );
    }
    const ms = Date.now() - start;
    assert.ok(
      ms < 3_000,
      `10 UpdatePool took ${ms} ms (paced at DescribePools' 1 request/s: about 10,000 ms)`,
    );
  });
});
