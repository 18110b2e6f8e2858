// The state file's lock: one emulator per state file. Two emulators writing one file would each overwrite the
// other's acknowledged changes, so the second start is refused, naming the file and the process that holds it.
// The lock is proper-lockfile's (a directory made atomically beside the file, its mtime refreshed while held):
// an emulator that crashed stops refreshing it, so its lock goes stale within seconds instead of staying stuck.

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";

/** How long a lock nobody refreshes stays held (proper-lockfile's minimum); it is refreshed every half of it. */
const STALE_MS = 2_000;

/** Who holds a state file, written beside it for the refusal's message. */
interface Owner {
  pid: number;
  host: string;
  startedAt: string;
}

type Lockfile = typeof import("proper-lockfile");

/** A held lock: release it when the emulator stops. */
export interface StateLock {
  release(): Promise<void>;
  /** Why the lock was lost while held (another process took it after this one stalled), if it was. */
  readonly lost: () => Error | undefined;
}

const ownerFile = (state: string) => `${state}.owner.json`;

function readOwner(state: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(ownerFile(state), "utf8")) as Owner;
  } catch {
    return undefined;
  }
}

/** Whether `owner`, a process of this machine, is running. */
function running(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock of `state`, waiting out a lock that a process no longer running left behind; refuses at once
 * when a running emulator holds it.
 */
export async function lockStateFile(state: string): Promise<StateLock> {
  // Loaded only for a state file: it also installs the exit hook that releases the lock.
  const lockfile: Lockfile = require("proper-lockfile");
  let lost: Error | undefined;
  const options = {
    realpath: false,
    stale: STALE_MS,
    update: STALE_MS / 2,
    // The default throws from a timer, which would end the process; the saves refuse instead.
    onCompromised: (err: Error) => {
      lost = err;
    },
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(state, options);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ELOCKED") throw unwritable(state, err as Error);
    const owner = readOwner(state);
    if (owner && owner.host === hostname() && running(owner)) throw heldBy(state, owner);
    // Left by a process that ended without releasing it (killed, crashed): stale once its refreshes stop.
    try {
      release = await lockfile.lock(state, {
        ...options,
        retries: { retries: 12, minTimeout: STALE_MS / 8, maxTimeout: STALE_MS / 4, factor: 1 },
      });
    } catch (retried) {
      if ((retried as NodeJS.ErrnoException).code !== "ELOCKED") throw unwritable(state, retried as Error);
      throw heldBy(state, readOwner(state));
    }
  }
  const owner: Owner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  writeFileSync(ownerFile(state), `${JSON.stringify(owner)}\n`);
  return {
    release: async () => {
      rmSync(ownerFile(state), { force: true });
      if (!lost) await release();
    },
    lost: () => lost,
  };
}

/** The lock's folder can't be made beside the file: neither could the file be written. */
function unwritable(state: string, err: Error): Error {
  return new Error(
    `state file ${state} can't be written (${err.message}); the emulator writes it after every change: ` +
      "make the file and its folder writable, or give another --state file",
  );
}

function heldBy(state: string, owner: Owner | undefined): Error {
  const who = owner
    ? `process ${owner.pid} on ${owner.host === hostname() ? "this machine" : owner.host}, started ${owner.startedAt}`
    : "another process";
  return new Error(
    `state file ${state} is in use by another emulator (${who}): two emulators on one state file would overwrite ` +
      "each other's changes; stop that one, or give this one another --state file",
  );
}
