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

  /** Keeps the body as parsed when it is small; otherwise its first bytes and a note of its full size. */
  recordInput(entry: RequestLogEntry, body: Buffer, input: unknown): void {
    if (body.length <= this.bodyBytes) {
      entry.input = input;
      return;
    }
    const head = body.subarray(0, this.bodyBytes).toString("utf8");
    entry.inputSummary = `${head}… [${body.length} bytes in all; the request log keeps the first ${this.bodyBytes}]`;
  }

  /** Empties the log; returns how many entries it held. */
  clear(): number {
    const count = this.entries.length;
    this.entries.length = 0;
    return count;
  }
}
