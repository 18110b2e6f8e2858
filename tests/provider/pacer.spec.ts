// The pacer on a fake clock: how it learns a quota from throttles, lets go of it once AWS stops throttling,
// and keeps one pace per operation. "AWS" here is a token bucket on the same fake clock.
import * as assert from "node:assert/strict";
import type { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { installPacers, type PacerClock, RequestPacer } from "../../provider/aws/pacer";

/** Time that moves only when a test or a sleeping pacer moves it; every sleep's wake-up time is kept. */
class FakeClock implements PacerClock {
  private t = 0;
  readonly wakes: number[] = [];
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
    this.wakes.push(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Answers a request sent at `at`: true for success, false for ThrottlingException. */
type Aws = (at: number) => boolean;

/** AWS's quota for one operation: a token bucket of `ratePerSecond`, burst 1, full at first. */
function quota(ratePerSecond: number): Aws {
  let tokens = 1;
  let updatedAt = 0;
  return (at) => {
    tokens = Math.min(1, tokens + ((at - updatedAt) / 1000) * ratePerSecond);
    updatedAt = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

const noQuota: Aws = () => true;
const LATENCY_MS = 20;
/** The SDK's backoff before a retry (ours is jittered up to 200 ms at first). */
const BACKOFF_MS = 100;

/** One request as the SDK sends it: paced, answered after LATENCY_MS, retried after throttles. */
async function send(pacer: RequestPacer, clock: FakeClock, aws: Aws): Promise<{ throttles: number }> {
  for (let throttles = 0; ; throttles++) {
    await pacer.acquire();
    const ok = aws(clock.now());
    clock.advance(LATENCY_MS);
    if (ok) {
      pacer.onSuccess();
      return { throttles };
    }
    pacer.onThrottled();
    clock.advance(BACKOFF_MS);
  }
}

/** `count` requests one after another (a listing's pages); how long they took and how many were throttled. */
async function listPages(pacer: RequestPacer, clock: FakeClock, aws: Aws, count: number) {
  const start = clock.now();
  let throttles = 0;
  for (let i = 0; i < count; i++) throttles += (await send(pacer, clock, aws)).throttles;
  return { ms: clock.now() - start, throttles };
}

function pacerOn(clock: FakeClock): RequestPacer {
  return new RequestPacer(clock);
}

describe("provider/pacer: RequestPacer", () => {
  it("never waits while AWS does not throttle", async () => {
    const clock = new FakeClock();
    const pacer = pacerOn(clock);
    await listPages(pacer, clock, noQuota, 50);
    assert.deepEqual(clock.wakes, []);
    assert.equal(pacer.spacing, 0);
  });

  it("finds the 1 request/s quota in three throttles in a row", () => {
    const pacer = pacerOn(new FakeClock());
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      pacer.onThrottled();
      seen.push(pacer.spacing);
    }
    assert.deepEqual(seen, [260, 520, 1040]);
  });

  it("treats a lone throttle between successes as noise, not a reason to slow down", () => {
    const pacer = pacerOn(new FakeClock());
    pacer.onThrottled();
    pacer.onThrottled();
    pacer.onSuccess();
    pacer.onThrottled();
    assert.equal(pacer.spacing, 520);
  });

  it("slows down when throttled twice in a row at a pace that worked (the quota shrank)", () => {
    const pacer = pacerOn(new FakeClock());
    for (let i = 0; i < 3; i++) pacer.onThrottled();
    pacer.onSuccess();
    pacer.onThrottled();
    pacer.onThrottled();
    assert.equal(pacer.spacing, 2080);
  });

  it("spaces request starts once paced, including concurrent ones", async () => {
    const clock = new FakeClock();
    const pacer = pacerOn(clock);
    pacer.onThrottled();
    await Promise.all([pacer.acquire(), pacer.acquire(), pacer.acquire()]);
    assert.deepEqual(clock.wakes, [260, 520, 780]);
  });

  describe("after throttling stops", () => {
    it("halves the spacing for every quiet second", () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      for (let i = 0; i < 6; i++) pacer.onThrottled();
      const seen = [pacer.spacing];
      for (let i = 0; i < 3; i++) {
        clock.advance(1_000);
        seen.push(pacer.spacing);
      }
      assert.deepEqual(seen, [8320, 4160, 2080, 1040]);
    });

    it("sends unpaced within 16 s of a six-throttle burst (the issue's case: 4 s apart for ever)", async () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      const burst = [false, false, false, false, false, false];
      await send(pacer, clock, (at) => burst.shift() ?? noQuota(at));
      const lastThrottle = clock.now();
      clock.advance(16_000);
      const later = await listPages(pacer, clock, noQuota, 10);
      assert.equal(later.ms, 10 * LATENCY_MS, `waited: ${clock.wakes.filter((w) => w > lastThrottle)}`);
    });

    it("sends unpaced within 16 s from its slowest pace, even after many refused probes", () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      for (let i = 0; i < 6; i++) pacer.onThrottled();
      // Every probe faster than 8,320 ms is refused: the next one waits 1, 2, 4, then 8 s.
      for (const quietMs of [1_000, 2_000, 4_000, 8_000, 8_000]) {
        clock.advance(quietMs);
        assert.equal(pacer.spacing, 4160, `probing after ${quietMs} ms`);
        pacer.onThrottled();
      }
      assert.equal(pacer.spacing, 8320);
      clock.advance(16_000);
      assert.equal(pacer.spacing, 0);
    });

    it("lets a request waiting for a long slot go as the pace relaxes", async () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      for (let i = 0; i < 6; i++) pacer.onThrottled();
      await pacer.acquire();
      const waited = clock.now();
      assert.ok(waited > 0 && waited <= 2_100, `waited ${waited} ms of the 8,320 ms slot`);
    });
  });

  describe("at a true quota of 1 request/s", () => {
    it("settles back at the pace that worked when a faster probe is refused", async () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      await listPages(pacer, clock, quota(1), 30);
      assert.equal(pacer.spacing, 1040);
    });

    it("learns the quota on a fresh client within 5 % of the quota floor over 10 pages", async () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      const { ms } = await listPages(pacer, clock, quota(1), 10);
      assert.ok(ms <= 1.05 * 10_000, `${ms} ms for a 10,000 ms floor`);
    });

    it("keeps a warm client within 5 % of the quota floor: refused probes cost no time", async () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      const aws = quota(1);
      await listPages(pacer, clock, aws, 10);
      const warm = await listPages(pacer, clock, aws, 100);
      assert.ok(warm.ms <= 1.05 * 100_000, `${warm.ms} ms for a 100,000 ms floor`);
    });

    it("probes rarely: at most one refused probe per 8 s once probes keep being refused", async () => {
      const clock = new FakeClock();
      const pacer = pacerOn(clock);
      const aws = quota(1);
      await listPages(pacer, clock, aws, 20);
      const warm = await listPages(pacer, clock, aws, 100);
      assert.ok(warm.throttles <= Math.ceil(warm.ms / 8_000), `${warm.throttles} throttles in ${warm.ms} ms`);
    });
  });
});

describe("provider/pacer: installPacers (one pace per operation, as AWS's quotas are)", () => {
  type Next = (args: unknown) => Promise<unknown>;
  type PacingMiddleware = (next: Next, context: { commandName?: string }) => Next;

  const throttling = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
  const isThrottling = (err: unknown) => err === throttling;

  /** A client that only records the middleware installed in it, and a way to send through it. */
  function pacedClient(clock: FakeClock) {
    let middleware: PacingMiddleware | undefined;
    const client = {
      middlewareStack: {
        addRelativeTo: (mw: PacingMiddleware) => {
          middleware = mw;
        },
      },
    } as unknown as PinpointSMSVoiceV2Client;
    installPacers(client, isThrottling, clock);
    assert.ok(middleware, "installPacers adds a middleware");
    const installed = middleware;
    return (commandName: string, answer: "ok" | "throttle") =>
      installed(
        async () => {
          if (answer === "throttle") throw throttling;
          return {};
        },
        { commandName },
      )({}).catch((err) => assert.equal(err, throttling));
  }

  it("does not pace one operation because AWS throttled another", async () => {
    const clock = new FakeClock();
    const send = pacedClient(clock);
    for (let i = 0; i < 3; i++) await send("DescribePoolsCommand", "throttle");
    const waitsBefore = clock.wakes.length;
    for (let i = 0; i < 10; i++) await send("DescribePhoneNumbersCommand", "ok");
    assert.equal(
      clock.wakes.length,
      waitsBefore,
      `DescribePhoneNumbers waited: ${clock.wakes.slice(waitsBefore)}`,
    );
  });

  it("paces the next request of the operation AWS throttled", async () => {
    const clock = new FakeClock();
    const send = pacedClient(clock);
    await send("DescribePoolsCommand", "throttle");
    await send("DescribePoolsCommand", "ok");
    assert.deepEqual(clock.wakes, [260]);
  });
});
