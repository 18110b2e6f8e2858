// The HTTP plumbing of the emulator's own paths (/_emulator/...): JSON answers, and POSTed JSON bodies read
// within a size limit, with the errors a control request can meet (wrong method, too large, not JSON, a bad
// field) answered as 405, 413, 400 or 404 with a message.

import type { IncomingMessage, ServerResponse } from "node:http";

export function reply(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** A control request the emulator refuses: answered with `status` and the message, never as a defect. */
export class ControlRequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Answers a POST of JSON at `path` with what `handle` returns (status 200). Settles once the answer is written;
 * rejects with any error that is not a ControlRequestError (an emulator defect, a state file that cannot be
 * written), so the server's last resort answers it instead of the error escaping the request's 'end' listener.
 */
export function servePostedJson(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  shape: string,
  maxBytes: number,
  handle: (body: unknown) => unknown,
): Promise<void> {
  if (request.method !== "POST") {
    request.resume();
    reply(
      response,
      405,
      { message: `${request.method} ${path} is not served; POST ${shape}.` },
      { Allow: "POST" },
    );
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.on("end", () => {
      try {
        answer(response, chunks, size, maxBytes, handle);
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

function answer(
  response: ServerResponse,
  chunks: Buffer[],
  size: number,
  maxBytes: number,
  handle: (body: unknown) => unknown,
): void {
  if (size > maxBytes) {
    reply(response, 413, { message: `the body is ${size} bytes; this path takes at most ${maxBytes}` });
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    reply(response, 400, { message: `the body is not JSON: ${(error as Error).message}` });
    return;
  }
  try {
    reply(response, 200, handle(body));
  } catch (error) {
    if (!(error instanceof ControlRequestError)) throw error;
    reply(response, error.status, { message: error.message });
  }
}
