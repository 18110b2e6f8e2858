// The emulator's clock: real time plus an offset that a test can move forward (to start a new month of spend,
// let a verification code expire, or end a registration review), never back, so that every time the emulator
// has already written stays in its past. The offset lives in the store, so the state file keeps it.

import type { Store } from "./store";

/** The furthest one move may take the clock: about 100 years, far inside what a Date holds. */
const MAX_ADVANCE_MS = 100 * 366 * 24 * 60 * 60 * 1000;

export class EmulatorClock {
  constructor(
    private readonly store: Store,
    private readonly real: () => number = Date.now,
  ) {}

  /** Epoch milliseconds as the emulator sees them. */
  now(): number {
    return this.real() + this.store.clockOffsetMs;
  }

  /** Moves the clock `ms` milliseconds forward; answers the new time. */
  advance(ms: unknown): number {
    if (typeof ms !== "number" || !Number.isInteger(ms) || ms < 0 || ms > MAX_ADVANCE_MS) {
      throw new RangeError(
        `advanceMs ${JSON.stringify(ms)} must be a whole number of milliseconds from 0 to ${MAX_ADVANCE_MS} (the clock only moves forward)`,
      );
    }
    this.store.setClockOffset(this.store.clockOffsetMs + ms);
    return this.now();
  }

  /** Moves the clock forward to `time` (epoch milliseconds or an ISO 8601 date); answers the new time. */
  moveTo(time: unknown): number {
    const target = typeof time === "string" ? Date.parse(time) : time;
    if (typeof target !== "number" || !Number.isFinite(target)) {
      throw new RangeError(
        `now ${JSON.stringify(time)} must be epoch milliseconds or an ISO 8601 date like 2030-01-01T00:00:00Z`,
      );
    }
    const now = this.now();
    if (target < now) {
      throw new RangeError(
        `now ${JSON.stringify(time)} is before the emulator's time ${new Date(now).toISOString()}; the clock only moves forward`,
      );
    }
    return this.advance(Math.round(target - now));
  }
}
