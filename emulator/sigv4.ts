// SigV4 gate: requires an `AWS4-HMAC-SHA256` Authorization header scoped to service `sms-voice` and reads the
// region from its credential scope. The signature itself is not verified (the secret is unknowable here).

import { ServiceError } from "./errors";
import { REGION } from "./seed";

const SIGNING_NAME = "sms-voice";

export interface Caller {
  accessKeyId: string;
  region: string;
}

function coral(name: string, message: string): ServiceError {
  return new ServiceError(`com.amazon.coral.service#${name}`, 400, message, {}, "message");
}

function invalidSignature(message: string): ServiceError {
  return new ServiceError("InvalidSignatureException", 400, message, {}, "message");
}

/** Reads the caller from the request headers or throws the error AWS answers with. Never echoes secrets. */
export function authenticate(headers: Record<string, string | string[] | undefined>): Caller {
  const header = headers.authorization;
  const authorization = Array.isArray(header) ? header[0] : header;
  if (authorization === undefined || authorization.trim() === "") {
    throw coral("MissingAuthenticationTokenException", "Request is missing Authentication Token");
  }
  const space = authorization.indexOf(" ");
  const algorithm = space < 0 ? authorization : authorization.slice(0, space);
  if (algorithm !== "AWS4-HMAC-SHA256") {
    throw coral(
      "IncompleteSignatureException",
      `Unsupported Authorization type '${algorithm.slice(0, 40)}'; sign requests with AWS Signature Version 4 (AWS4-HMAC-SHA256).`,
    );
  }
  const parameters = new Map<string, string>();
  for (const part of authorization.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) parameters.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing: string[] = [];
  for (const name of ["Credential", "Signature", "SignedHeaders"]) {
    if (!parameters.get(name)) missing.push(`Authorization header requires '${name}' parameter.`);
  }
  if (headers["x-amz-date"] === undefined && headers.date === undefined) {
    missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  if (missing.length > 0) throw coral("IncompleteSignatureException", missing.join(" "));

  const scope = parameters.get("Credential")!.split("/");
  if (scope.length !== 5) {
    throw coral(
      "IncompleteSignatureException",
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got ${scope.length}.`,
    );
  }
  const [accessKeyId, date, region, service, terminator] = scope;
  if (!/^\d{8}$/.test(date)) {
    throw invalidSignature(`Credential should be scoped to a valid date in yyyyMMdd form, not '${date}'. `);
  }
  if (!REGION.test(region))
    throw invalidSignature(`Credential should be scoped to a valid region, not '${region}'. `);
  if (service !== SIGNING_NAME) {
    throw invalidSignature(`Credential should be scoped to correct service: '${SIGNING_NAME}'. `);
  }
  if (terminator !== "aws4_request") {
    throw invalidSignature(
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `,
    );
  }
  return { accessKeyId, region };
}
