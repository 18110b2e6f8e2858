// The request log: the newest requests as the emulator saw them, in a ring of fixed size, with large bodies
// summarised, so that the memory of a long-running emulator stays bounded whatever it is sent.

import type { RequestLogEntry } from "./options";

/** Requests kept when `EmulatorOptions.requestLogSize` is not given. */
export const DEFAULT_REQUEST_LOG_SIZE = 1000;
/**
 * Larger bodies are summarised when `EmulatorOptions.requestLogBodyBytes` is not given: far above what SDKs
 * send, though a request that uses every list to its model maximum can be larger.
 */
export const DEFAULT_REQUEST_LOG_BODY_BYTES = 16 * 1024;

/** Parsed bodies nested deeper are kept as text (the model's input shapes nest fewer than 10 levels). */
const MAX_LOGGED_DEPTH = 64;

/** Whether `value` holds objects or arrays more than `max` levels deep; without recursion, so any depth is safe. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

export class RequestLog {
  /** Oldest first. The same array for the emulator's life: `Emulator.requests` hands it out. */
  readonly entries: RequestLogEntry[] = [];

  constructor(
    private readonly size: number,
    private readonly bodyBytes: number,
  ) {}

  /** Logs a request on arrival; the server fills in its outcome later. Drops the oldest beyond `size`. */
  add(entry: RequestLogEntry): void {
    if (this.size === 0) return;
    this.entries.push(entry);
    if (this.entries.length > this.size) this.entries.splice(0, this.entries.length - this.size);
  }

  /**
   * Keeps the body as parsed when it is small and shallow; otherwise its first bytes and a note of its full
   * size or depth. A body nested thousands deep parses, but serialising it again (GET /_emulator/requests)
   * overflows the stack, and the model's shapes nest only a few levels.
   */
  recordInput(entry: RequestLogEntry, body: Buffer, input: unknown): void {
    const deep = body.length <= this.bodyBytes && nestsDeeperThan(input, MAX_LOGGED_DEPTH);
    if (body.length <= this.bodyBytes && !deep) {
      entry.input = input;
      return;
    }
    const head = body.subarray(0, this.bodyBytes).toString("utf8");
    entry.inputSummary = deep
      ? `${head} [nested deeper than ${MAX_LOGGED_DEPTH} levels; the request log keeps its text only]`
      : `${head}… [${body.length} bytes in all; the request log keeps the first ${this.bodyBytes}]`;
  }

  /** Empties the log; returns how many entries it held. */
  clear(): number {
    const count = this.entries.length;
    this.entries.length = 0;
    return count;
  }
}
