// The emulator's own HTTP paths under the reserved prefix /_emulator/: GET /_emulator/requests lists the
// request log and DELETE /_emulator/requests empties it; /_emulator/messages and /_emulator/inbound are
// messageControl.ts's, /_emulator/clock clockControl.ts's, /_emulator/registration-reviews reviewControl.ts's. They are never AWS requests: no SigV4, never logged.

import type { IncomingMessage, ServerResponse } from "node:http";
import { CLOCK_PATH, serveClock } from "./clockControl";
import { reply } from "./controlHttp";
import { INBOUND_PATH, MESSAGES_PATH, serveInbound, serveMessages } from "./messageControl";
import type { RequestLog } from "./requestLog";
import { REVIEWS_PATH, serveReviews } from "./reviewControl";
import type { SmsService } from "./service";

const PREFIX = "/_emulator";
const REQUESTS = `${PREFIX}/requests`;

function pathOf(request: IncomingMessage): string {
  return (request.url ?? "/").split("?")[0];
}

/** True for every path under the reserved prefix, whatever the method. */
export function isControlRequest(request: IncomingMessage): boolean {
  const path = pathOf(request);
  return path === PREFIX || path.startsWith(`${PREFIX}/`);
}

/** Settles once the answer is written; rejects with an emulator defect, which the server answers as a 500. */
export async function serveControl(
  request: IncomingMessage,
  response: ServerResponse,
  log: RequestLog,
  service?: SmsService,
): Promise<void> {
  if (service && pathOf(request) === MESSAGES_PATH) {
    serveMessages(request, response, service);
    return;
  }
  if (service && pathOf(request) === INBOUND_PATH) {
    return serveInbound(request, response, service);
  }
  if (service && pathOf(request) === CLOCK_PATH) {
    return serveClock(request, response, service);
  }
  if (service && pathOf(request) === REVIEWS_PATH) {
    return serveReviews(request, response, service);
  }
  request.resume(); // no other path reads a body; drain it without keeping it
  if (pathOf(request) !== REQUESTS) {
    reply(response, 404, {
      message: `${pathOf(request).slice(0, 200)} is not served; ${PREFIX}/ is reserved for the emulator, which serves GET and DELETE ${REQUESTS} and ${MESSAGES_PATH}, POST ${INBOUND_PATH} and ${REVIEWS_PATH}, and GET and POST ${CLOCK_PATH}.`,
    });
    return;
  }
  if (request.method === "GET") reply(response, 200, { requests: log.entries });
  else if (request.method === "DELETE") reply(response, 200, { cleared: log.clear() });
  else {
    reply(
      response,
      405,
      {
        message: `${request.method} ${REQUESTS} is not served; GET lists the request log, DELETE empties it.`,
      },
      { Allow: "GET, DELETE" },
    );
  }
}
