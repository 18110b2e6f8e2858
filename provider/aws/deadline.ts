// Bounds every HTTP attempt from the first byte sent to the last byte of the answer, body included.
import type { NodeHttpHandler } from "@smithy/node-http-handler";

type HttpRequest = Parameters<NodeHttpHandler["handle"]>[0];
type HttpHandlerOptions = NonNullable<Parameters<NodeHttpHandler["handle"]>[1]>;
type HandlerOutput = Awaited<ReturnType<NodeHttpHandler["handle"]>>;

/** Answers of this API are small JSON documents; anything far larger is not an answer. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The error of an attempt that outlived its deadline; the SDK's retry strategy treats the name as transient. */
export class AttemptTimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly code = "ETIMEDOUT";
  constructor(timeoutMs: number) {
    super(
      `timed out: no complete answer within ${timeoutMs} ms (timeoutMs); raise timeoutMs or check the endpoint`,
    );
  }
}

/**
 * Wraps the SDK's Node handler. The SDK's own `requestTimeout` stops at the response headers (and a socket
 * timeout only at silence), so a server that sends headers and then stalls, or trickles the body a byte at
 * a time, would keep a lookup pending forever. Here one timer covers the whole attempt and the body is read
 * to the end inside it; when the timer fires, the socket is destroyed and the attempt fails with a
 * TimeoutError, which the SDK retries like any other transient failure.
 */
export class DeadlineHandler {
  constructor(
    private readonly inner: NodeHttpHandler,
    private readonly timeoutMs: number,
  ) {}

  get metadata() {
    return this.inner.metadata;
  }

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<HandlerOutput> {
    const attempt = new AbortController();
    const timeout = new AttemptTimeoutError(this.timeoutMs);
    const parent = options.abortSignal as AbortSignal | undefined;
    const forwardAbort = () => attempt.abort(parent?.reason);
    if (parent?.aborted) forwardAbort();
    parent?.addEventListener?.("abort", forwardAbort, { once: true });
    const timer = setTimeout(() => attempt.abort(timeout), this.timeoutMs);
    try {
      const { response } = await this.inner.handle(request, { ...options, abortSignal: attempt.signal });
      response.body = await readBody(response.body, attempt.signal);
      return { response };
    } catch (err) {
      throw attempt.signal.reason === timeout ? timeout : err;
    } finally {
      clearTimeout(timer);
      parent?.removeEventListener?.("abort", forwardAbort);
    }
  }

  updateHttpClientConfig(key: never, value: never): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs() {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}

/** The whole body as bytes (the SDK's deserializers take a Uint8Array as it is); fails when the signal aborts. */
async function readBody(body: unknown, signal: AbortSignal): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  const stream = body as NodeJS.ReadableStream & { destroy?(err?: Error): void };
  const stop = () => stream.destroy?.(signal.reason as Error);
  if (signal.aborted) stop();
  signal.addEventListener("abort", stop, { once: true });
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > MAX_BODY_BYTES) {
        throw new Error(`the answer exceeded ${MAX_BODY_BYTES} bytes; this is not an SMS API response`);
      }
      chunks.push(bytes);
    }
    return new Uint8Array(Buffer.concat(chunks));
  } finally {
    signal.removeEventListener("abort", stop);
  }
}
