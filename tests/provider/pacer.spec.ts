import * as assert from "node:assert/strict";
import { RequestPacer } from "../../provider/pacer";

describe("provider/pacer: RequestPacer", () => {
  it("never waits while AWS does not throttle", async () => {
    const pacer = new RequestPacer();
    const started = Date.now();
    for (let i = 0; i < 50; i++) {
      await pacer.acquire();
      pacer.onSuccess();
    }
    assert.equal(pacer.spacing, 0);
    assert.ok(Date.now() - started < 50);
  });

  it("finds the 1 request/s quota in three throttles in a row", () => {
    const pacer = new RequestPacer();
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      pacer.onThrottled();
      seen.push(pacer.spacing);
    }
    assert.deepEqual(seen, [260, 520, 1040]);
  });

  it("settles at the quota when throttled every other request while probing (a warm client's listing)", () => {
    const pacer = new RequestPacer();
    for (let i = 0; i < 3; i++) pacer.onThrottled();
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 8; i++) pacer.onSuccess();
      if (pacer.spacing < 1040) pacer.onThrottled();
    }
    assert.equal(pacer.spacing, 1040);
  });

  it("treats a lone throttle between successes as noise, not a reason to slow down", () => {
    const pacer = new RequestPacer();
    pacer.onThrottled();
    pacer.onThrottled();
    pacer.onSuccess();
    pacer.onThrottled();
    assert.equal(pacer.spacing, 520);
  });

  it("probes faster after a run of successes, and returns to the known pace when that is throttled", () => {
    const pacer = new RequestPacer();
    for (let i = 0; i < 3; i++) pacer.onThrottled();
    for (let i = 0; i < 8; i++) pacer.onSuccess();
    assert.equal(Math.round(pacer.spacing), 936, "10 % faster");
    pacer.onThrottled();
    assert.equal(pacer.spacing, 1040, "one throttle of the probe, even between successes, ends it");
    for (let i = 0; i < 8; i++) pacer.onSuccess();
    assert.equal(pacer.spacing, 1040, "never probes a pace already throttled");
    pacer.onThrottled();
    pacer.onThrottled();
    assert.equal(
      pacer.spacing,
      2080,
      "throttled twice in a row at the known pace: the quota shrank, slow down",
    );
  });

  it("spaces request starts once paced, including concurrent ones", async () => {
    const pacer = new RequestPacer();
    pacer.onThrottled();
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all([0, 1, 2].map(() => pacer.acquire().then(() => starts.push(Date.now() - t0))));
    starts.sort((a, b) => a - b);
    assert.ok(starts[0] >= 250, `first start waits for the throttle's slot: ${starts}`);
    assert.ok(starts[1] - starts[0] >= 250 && starts[2] - starts[1] >= 250, `spaced: ${starts}`);
  });

  it("lets go of the pace entirely after long success", () => {
    const pacer = new RequestPacer();
    pacer.onThrottled();
    for (let i = 0; i < 8 * 40; i++) pacer.onSuccess();
    assert.equal(pacer.spacing, 0);
  });
});
