// The emulator's HTTP paths for messages, under the reserved /_emulator/ prefix: GET /_emulator/messages lists
// the sent-message log (query parameters destinationPhoneNumber, originationIdentity, configurationSetName,
// outcome filter it), DELETE empties it, and POST /_emulator/inbound takes a handset's message as JSON
// ({"from", "to", "body"}) and answers what the emulator did with it.

import type { IncomingMessage, ServerResponse } from "node:http";
import { reply, servePostedJson } from "./controlHttp";
import { receive } from "./inbound";
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

/** Takes a handset's message ({"from", "to", "body"}) and answers what the emulator did with it. */
export function serveInbound(
  request: IncomingMessage,
  response: ServerResponse,
  service: SmsService,
): Promise<void> {
  return servePostedJson(
    request,
    response,
    INBOUND_PATH,
    'a message {"from", "to", "body"}',
    MAX_INBOUND_BYTES,
    (message) => receive(service, message, service.now()),
  );
}
