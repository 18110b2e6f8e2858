// Randomness for generated IDs and fractional faults: seeded (mulberry32) when asked, crypto otherwise.

import { randomBytes } from "node:crypto";

export interface RandomSource {
  /** Uniform in [0, 1). */
  next(): number;
  /** `bytes` random bytes as lowercase hex. */
  hex(bytes: number): string;
}

/** The largest seed: the generator's state is 32 bits, so every seed from 0 to this one differs. */
export const MAX_RANDOM_SEED = 2 ** 32 - 1;

/** `seed` must be an integer from 0 to MAX_RANDOM_SEED (startEmulator checks it); without one, crypto. */
export function randomSource(seed?: number): RandomSource {
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= MAX_RANDOM_SEED)) {
    throw new RangeError(`random seed ${seed} must be an integer from 0 to ${MAX_RANDOM_SEED}`);
  }
  if (seed === undefined) {
    return {
      next: () => randomBytes(4).readUInt32BE(0) / 2 ** 32,
      hex: (bytes) => randomBytes(bytes).toString("hex"),
    };
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    hex: (bytes) => {
      let out = "";
      for (let i = 0; i < bytes; i++) {
        out += Math.floor(next() * 256)
          .toString(16)
          .padStart(2, "0");
      }
      return out;
    },
  };
}
