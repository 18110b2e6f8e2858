// Raw HTTP requests to the emulator, for inputs the SDK cannot express (bad headers, bad JSON, wrong types).

import { request } from "node:http";

export interface RawRequest {
  /** Default `PinpointSMSVoiceV2.DescribePools`; null sends no X-Amz-Target. */
  target?: string | null;
  /** A string or Buffer is sent as is; anything else as JSON. Default `{}`. */
  body?: unknown;
  /** Default: a well-formed SigV4 header for us-east-1/sms-voice; null sends none. */
  authorization?: string | null;
  /** Default `application/x-amz-json-1.0`; null sends none. */
  contentType?: string | null;
  method?: string;
  /** Default `/`. */
  path?: string;
  /** Extra headers; null removes a default one. */
  headers?: Record<string, string | null>;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The parsed body, when it is JSON. */
  json?: Record<string, unknown>;
}

export function authorizationFor(
  region = "us-east-1",
  service = "sms-voice",
  terminator = "aws4_request",
): string {
  return `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/${region}/${service}/${terminator}, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${"0".repeat(64)}`;
}

export function rawCall(endpoint: string, options: RawRequest = {}): Promise<RawResponse> {
  const body =
    typeof options.body === "string" || Buffer.isBuffer(options.body)
      ? options.body
      : JSON.stringify(options.body ?? {});
  const headers: Record<string, string> = { "X-Amz-Date": "20240101T000000Z" };
  const target = options.target === undefined ? "PinpointSMSVoiceV2.DescribePools" : options.target;
  if (target !== null) headers["X-Amz-Target"] = target;
  const authorization = options.authorization === undefined ? authorizationFor() : options.authorization;
  if (authorization !== null) headers.Authorization = authorization;
  const contentType = options.contentType === undefined ? "application/x-amz-json-1.0" : options.contentType;
  if (contentType !== null) headers["Content-Type"] = contentType;
  headers["Content-Length"] = String(Buffer.byteLength(body));
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    const req = request(
      `${endpoint}${options.path ?? "/"}`,
      { method: options.method ?? "POST", headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: Record<string, unknown> | undefined;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
