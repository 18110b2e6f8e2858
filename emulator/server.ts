// The HTTP side: AWS JSON 1.0 framing (POST, Content-Type, X-Amz-Target, x-amzn-RequestId, `__type` errors),
// the SigV4 gate, body limits, fault injection and the request log. Never crashes on bad input. Paths under
// /_emulator/ are the emulator's own (controlApi.ts), never AWS requests.

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isControlRequest, serveControl } from "./controlApi";
import { reply } from "./controlHttp";
import { internalError, ServiceError, serializationError, throttled } from "./errors";
import { type FaultInjector, MAX_LATENCY_MS } from "./faults";
import { type NumberAsSent, numbersAsSent } from "./jsonNumbers";
import type { RequestLogEntry } from "./options";
import type { RequestLog } from "./requestLog";
import type { SmsService } from "./service";
import { MODEL_OPERATIONS, SERVICE_TARGET_PREFIX } from "./serviceModel";
import { authenticate } from "./sigv4";

const JSON_CONTENT_TYPE = "application/x-amz-json-1.0";
const ACCEPTED_CONTENT_TYPES = new Set([JSON_CONTENT_TYPE, "application/x-amz-json-1.1"]);

export interface ServiceBackend {
  readonly service: SmsService;
  readonly faults: FaultInjector;
  readonly maxBodyBytes: number;
  readonly requestLog: RequestLog;
  /** Account ID -> the regions it has not enabled. */
  readonly disabledRegions: ReadonlyMap<string, ReadonlySet<string>>;
  /** The regions served; a request scoped to another is refused as AWS refuses a scope it does not serve. */
  readonly regions: ReadonlySet<string>;
}

class BodyTooLarge extends Error {}

function unknownOperation(message: string): ServiceError {
  return new ServiceError("com.amazon.coral.service#UnknownOperationException", 400, message, {}, "message");
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge(`${declared}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.pause();
        reject(new BodyTooLarge(`more than ${limit}`));
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function createEmulatorServer(backend: ServiceBackend): {
  server: Server;
  pending: Set<NodeJS.Timeout>;
} {
  const pending = new Set<NodeJS.Timeout>();
  // Several matching rules add up their latencies, possibly beyond what one timer holds: wait in steps.
  const delay = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const step = Math.min(ms, MAX_LATENCY_MS);
      const timer = setTimeout(() => {
        pending.delete(timer);
        resolve(delay(ms - step));
      }, step);
      pending.add(timer);
    });

  // Last resort: a bug must not take the endpoint down. `answer` writes the 500 in the path's own format.
  const lastResort =
    (response: ServerResponse, answer: (message: string) => void) =>
    (error: unknown): void => {
      if (!response.headersSent) answer(`Emulator defect: ${error}`);
      else response.destroy();
    };
  const server = createServer((request, response) => {
    if (isControlRequest(request)) {
      serveControl(request, response, backend.requestLog, backend.service).catch(
        lastResort(response, (message) => reply(response, 500, { message })),
      );
      return;
    }
    handle(request, response).catch(
      lastResort(response, (message) => {
        const requestId = randomUUID();
        send(response, requestId, 500, { ...internalError().body(requestId), Message: message });
      }),
    );
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });

  function send(
    response: ServerResponse,
    requestId: string,
    status: number,
    body: unknown,
    contentType = JSON_CONTENT_TYPE,
    close = false,
  ): void {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const headers: Record<string, string | number> = {
      "Content-Type": contentType,
      "Content-Length": Buffer.byteLength(text),
      "x-amzn-RequestId": requestId,
    };
    if (close) headers.Connection = "close";
    response.writeHead(status, headers);
    response.end(text);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const at = Date.now();
    const target = headerText(request.headers["x-amz-target"]) ?? "";
    const dot = target.indexOf(".");
    const named =
      dot > 0 && target.slice(0, dot) === SERVICE_TARGET_PREFIX ? target.slice(dot + 1) : undefined;
    const entry: RequestLogEntry = {
      operation: named !== undefined && MODEL_OPERATIONS.has(named) ? named : target,
      input: undefined,
      status: 0,
      requestId,
      at,
    };
    backend.requestLog.add(entry);
    const fail = (error: ServiceError, close = false) => {
      entry.status = error.status;
      entry.errorType = error.shapeName;
      send(response, requestId, error.status, error.body(requestId), JSON_CONTENT_TYPE, close);
    };

    let body: Buffer;
    try {
      body = await readBody(request, backend.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      const tooLarge = new ServiceError(
        "RequestEntityTooLargeException",
        413,
        `Request body of ${error.message} bytes exceeds the limit of ${backend.maxBodyBytes} bytes.`,
        {},
        "message",
      );
      fail(tooLarge, true);
      return;
    }

    if (request.method !== "POST") {
      const error = unknownOperation(`${request.method} is not served; AWS JSON 1.0 requests are POST /.`);
      fail(new ServiceError(error.type, 404, error.message, {}, "message"));
      return;
    }
    const contentType = (headerText(request.headers["content-type"]) ?? "")
      .split(";")[0]
      .trim()
      .toLowerCase();
    if (!ACCEPTED_CONTENT_TYPES.has(contentType)) {
      // AWS cannot pick a protocol for the request, so it cannot answer in JSON either.
      entry.status = 404;
      entry.errorType = "UnknownOperationException";
      send(
        response,
        requestId,
        404,
        `<UnknownOperationException><Message>Content-Type '${xmlText(contentType.slice(0, 100))}' is not served; send ${JSON_CONTENT_TYPE}.</Message></UnknownOperationException>\n`,
        "application/xml",
      );
      return;
    }
    if (named === undefined || !MODEL_OPERATIONS.has(named)) {
      fail(
        unknownOperation(
          target === ""
            ? `Missing X-Amz-Target header; send X-Amz-Target: ${SERVICE_TARGET_PREFIX}.<Operation>.`
            : `X-Amz-Target '${target.slice(0, 200)}' is not an operation of ${SERVICE_TARGET_PREFIX}.`,
        ),
      );
      return;
    }
    if (!backend.service.emulates(named)) {
      fail(
        unknownOperation(
          `${named} is an operation of ${SERVICE_TARGET_PREFIX} that this emulator does not implement; emulator/README.md lists the operations it serves.`,
        ),
      );
      return;
    }

    let region: string;
    let accountId: string;
    let input: unknown;
    let numberAsSent: NumberAsSent = () => undefined;
    try {
      const caller = authenticate(request.headers);
      region = caller.region;
      accountId = backend.service.accountFor(caller.accessKeyId);
      const text = body.toString("utf8");
      try {
        input = text.trim() === "" ? {} : JSON.parse(text);
        numberAsSent = numbersAsSent(text);
      } catch (error) {
        throw serializationError(`Request body is not valid JSON: ${(error as Error).message}`);
      }
      backend.requestLog.recordInput(entry, body, input);
    } catch (error) {
      if (error instanceof ServiceError) return fail(error);
      throw error;
    }

    if (!backend.regions.has(region)) {
      return fail(
        new ServiceError(
          "InvalidSignatureException",
          400,
          `Credential should be scoped to a valid region, not '${region}': End User Messaging SMS is not offered there (emulator/README.md lists the regions served). `,
          {},
          "message",
        ),
      );
    }
    if (backend.disabledRegions.get(accountId)?.has(region)) {
      // What AWS answers in an opt-in region the account has not enabled.
      return fail(
        new ServiceError(
          "UnrecognizedClientException",
          403,
          "The security token included in the request is invalid.",
          {},
          "message",
        ),
      );
    }
    const decision = backend.faults.decide(named, accountId, region, at);
    await delay(decision.latencyMs);
    if (decision.action === "drop") {
      entry.status = 0;
      entry.errorType = "ConnectionDropped";
      request.socket.destroy();
      return;
    }
    if (decision.action === "throttle") return fail(throttled(named));
    if (decision.action === "internalError") return fail(internalError());

    try {
      const result = backend.service.invoke(
        named,
        input,
        { accountId, region },
        backend.service.now(),
        numberAsSent,
      );
      entry.status = 200;
      send(response, requestId, 200, result);
    } catch (error) {
      if (error instanceof ServiceError) return fail(error);
      fail(new ServiceError("InternalServerException", 500, `Emulator defect: ${(error as Error).message}`));
    }
  }

  return { server, pending };
}
