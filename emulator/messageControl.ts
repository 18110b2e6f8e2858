// The emulator's HTTP paths for messages, under the reserved /_emulator/ prefix: GET /_emulator/messages lists
// the sent-message log (query parameters destinationPhoneNumber, originationIdentity, configurationSetName,
// outcome filter it), DELETE empties it, and POST /_emulator/inbound takes a handset's message as JSON
// ({"from", "to", "body"}) and answers what the emulator did with it.

import type { IncomingMessage, ServerResponse } from "node:http";
import { reply } from "./controlApi";
import { InboundError, receive } from "./inbound";
import { messageLogOf, type SentMessageFilter } from "./messages";
import type { SmsService } from "./service";

export const MESSAGES_PATH = "/_emulator/messages";
export const INBOUND_PATH = "/_emulator/inbound";
const FILTERS = ["destinationPhoneNumber", "originationIdentity", "configurationSetName", "outcome"] as const;
const MAX_INBOUND_BYTES = 64 * 1024;

export function serveMessages(request: IncomingMessage, response: ServerResponse, service: SmsService): void {
  request.resume();
  const log = messageLogOf(service.store);
  if (request.method === "DELETE") {
    reply(response, 200, { cleared: log.clear() });
    return;
  }
  if (request.method !== "GET") {
    reply(
      response,
      405,
      {
        message: `${request.method} ${MESSAGES_PATH} is not served; GET lists sent messages, DELETE empties the log.`,
      },
      { Allow: "GET, DELETE" },
    );
    return;
  }
  const query = new URL(request.url ?? "/", "http://emulator").searchParams;
  const unknown = [...query.keys()].filter((key) => !(FILTERS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    reply(response, 400, {
      message: `${unknown.join(", ")} is not a filter of ${MESSAGES_PATH}; use ${FILTERS.join(", ")}.`,
    });
    return;
  }
  const filter: SentMessageFilter = {};
  for (const key of FILTERS) {
    const value = query.get(key);
    if (value !== null) (filter as Record<string, string>)[key] = value;
  }
  reply(response, 200, { messages: log.list(filter) });
}

/**
 * Settles once the answer is written. Rejects with any error that is not an InboundError (an emulator defect,
 * a state file that cannot be written), so the server's last resort answers it instead of the error escaping
 * the request's 'end' listener and ending the process.
 */
export function serveInbound(
  request: IncomingMessage,
  response: ServerResponse,
  service: SmsService,
): Promise<void> {
  if (request.method !== "POST") {
    request.resume();
    reply(
      response,
      405,
      { message: `${request.method} ${INBOUND_PATH} is not served; POST a message {"from", "to", "body"}.` },
      { Allow: "POST" },
    );
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_INBOUND_BYTES) chunks.push(chunk);
    });
    request.on("end", () => {
      try {
        answerInbound(response, service, chunks, size);
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

function answerInbound(response: ServerResponse, service: SmsService, chunks: Buffer[], size: number): void {
  if (size > MAX_INBOUND_BYTES) {
    reply(response, 413, { message: `an inbound message is at most ${MAX_INBOUND_BYTES} bytes` });
    return;
  }
  let message: unknown;
  try {
    message = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    reply(response, 400, { message: `the body is not JSON: ${(error as Error).message}` });
    return;
  }
  try {
    reply(response, 200, receive(service, message, Date.now()));
  } catch (error) {
    if (!(error instanceof InboundError)) throw error;
    reply(response, error.status, { message: error.message });
  }
}
