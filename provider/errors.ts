// Errors from a lookup that reached AWS: they keep the AWS error name, message and request ID, and the query.
import { AttemptTimeoutError } from "./deadline";

/** The parts of an AWS SDK v3 service error we rely on. */
interface AwsError {
  name?: string;
  message?: string;
  ResourceId?: string;
  $metadata?: { requestId?: string; httpStatusCode?: number; attempts?: number };
}

/**
 * The SDK's error minus `$response`: that holds the raw HTTP exchange, request headers included
 * (Authorization, X-Amz-Security-Token), and errors end up in logs and crash reports.
 */
function withoutWire(cause: unknown): unknown {
  if (!(cause instanceof Error)) return cause;
  const clean = new Error(cause.message);
  clean.name = cause.name;
  clean.stack = cause.stack;
  for (const [key, value] of Object.entries(cause)) {
    if (key !== "$response") (clean as unknown as Record<string, unknown>)[key] = value;
  }
  return clean;
}

/** A DescribePools lookup failed after retries; no partial result is returned. */
export class PoolLookupError extends Error {
  override readonly name: string = "PoolLookupError";
  /** The AWS error name, e.g. ThrottlingException, or the transport error's name (TimeoutError, ...). */
  readonly awsErrorName: string;
  /** `x-amzn-RequestId` of the failing response, when AWS answered. */
  readonly requestId?: string;
  /** HTTP status of the failing response, when AWS answered. */
  readonly httpStatusCode?: number;

  constructor(
    /** Human-readable form of the query that failed. */
    readonly query: string,
    /** Region the lookup ran in. */
    readonly region: string,
    cause: unknown,
    advice = "",
  ) {
    const e = (cause ?? {}) as AwsError;
    const awsErrorName = e.name ?? "Error";
    const requestId = e.$metadata?.requestId;
    const attempts = e.$metadata?.attempts;
    super(
      `DescribePools failed for ${query} in ${region}: ${awsErrorName}: ${e.message ?? String(cause)}` +
        (requestId ? ` (request ID ${requestId})` : "") +
        (attempts && attempts > 1 ? ` after ${attempts} attempts` : "") +
        (advice ? `. ${advice}` : ""),
      { cause: withoutWire(cause) },
    );
    this.awsErrorName = awsErrorName;
    this.requestId = requestId;
    this.httpStatusCode = e.$metadata?.httpStatusCode;
  }
}

/** A pool asked for by ID or ARN does not exist (or is shared and was asked for by bare ID). */
export class PoolNotFoundError extends PoolLookupError {
  override readonly name = "PoolNotFoundError";
  /** The ID or ARN AWS reported missing. */
  readonly poolId: string;

  constructor(query: string, region: string, cause: unknown, poolId: string) {
    super(
      query,
      region,
      cause,
      `Pool ${poolId} was not found in ${region}: check the ID and region; a pool shared from another account must be given by its ARN`,
    );
    this.poolId = poolId;
  }
}

/** The same failure without the query or AWS's message (which can echo IDs): for secret arguments. */
export function withoutQuery(err: PoolLookupError): PoolLookupError {
  const cause = {
    name: err.awsErrorName,
    message: "the message is not shown because the arguments are secret",
    $metadata: { requestId: err.requestId, httpStatusCode: err.httpStatusCode },
  };
  return err instanceof PoolNotFoundError
    ? new PoolNotFoundError("a secret query", err.region, cause, "(secret)")
    : new PoolLookupError("a secret query", err.region, cause);
}

/** Wraps whatever a DescribePools call threw into the error a user sees. */
export function lookupError(query: string, region: string, cause: unknown): PoolLookupError {
  const e = cause as AwsError | undefined;
  if (e?.name === "ResourceNotFoundException") {
    return new PoolNotFoundError(query, region, cause, e.ResourceId ?? "(unknown)");
  }
  if (e?.name === "ThrottlingException") {
    return new PoolLookupError(
      query,
      region,
      cause,
      "DescribePools is limited to about 1 request/s per account and region: raise maxAttempts, run fewer lookups at once, or ask AWS for a higher quota",
    );
  }
  if (cause instanceof AttemptTimeoutError) {
    return new PoolLookupError(
      query,
      region,
      cause,
      "Every attempt timed out: raise timeoutMs or maxAttempts, or check that the endpoint answers",
    );
  }
  return new PoolLookupError(query, region, cause);
}
