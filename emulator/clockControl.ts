// The emulator's clock over HTTP, under the reserved /_emulator/ prefix: GET /_emulator/clock answers the time,
// POST moves it forward by {"advanceMs": n} or to {"now": <epoch ms or ISO 8601>}, for clients (the CLI, other
// languages) that cannot call Emulator.advanceClock.

import type { IncomingMessage, ServerResponse } from "node:http";
import { ControlRequestError, reply, servePostedJson } from "./controlHttp";
import type { SmsService } from "./service";

export const CLOCK_PATH = "/_emulator/clock";

function time(now: number): { now: number; iso: string } {
  return { now, iso: new Date(now).toISOString() };
}

export function serveClock(
  request: IncomingMessage,
  response: ServerResponse,
  service: SmsService,
): Promise<void> {
  if (request.method === "GET") {
    request.resume();
    reply(response, 200, time(service.now()));
    return Promise.resolve();
  }
  if (request.method !== "POST") {
    request.resume();
    const message = `${request.method} ${CLOCK_PATH} is not served; GET answers the time, POST moves it forward.`;
    reply(response, 405, { message }, { Allow: "GET, POST" });
    return Promise.resolve();
  }
  return servePostedJson(request, response, CLOCK_PATH, '{"advanceMs": n} or {"now": time}', 1024, (body) => {
    const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? Object.keys(body) : [];
    if (fields.length !== 1 || !["advanceMs", "now"].includes(fields[0])) {
      throw new ControlRequestError(
        400,
        `POST ${CLOCK_PATH} takes one field: {"advanceMs": <milliseconds>} or {"now": <epoch ms or ISO 8601>}, not ${JSON.stringify(body)}`,
      );
    }
    const value = (body as Record<string, unknown>)[fields[0]];
    try {
      return time(
        service.moveClock((clock) => (fields[0] === "now" ? clock.moveTo(value) : clock.advance(value))),
      );
    } catch (error) {
      if (error instanceof RangeError) throw new ControlRequestError(400, error.message);
      throw error;
    }
  });
}
