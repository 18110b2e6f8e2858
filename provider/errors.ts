// Errors from a lookup that reached AWS: they keep the AWS error name, message and request ID, and the query.
import { AttemptTimeoutError } from "./aws/deadline";

/** The parts of an AWS SDK v3 service error we rely on. */
interface AwsError {
  name?: string;
  message?: string;
  ResourceId?: string;
  ResourceType?: string;
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

/** A lookup failed after retries; no partial result is returned. The base of every lookup error. */
export class SmsLookupError extends Error {
  override readonly name: string = "SmsLookupError";
  /** The AWS error name, e.g. ThrottlingException, or the transport error's name (TimeoutError, ...). */
  readonly awsErrorName: string;
  /** `x-amzn-RequestId` of the failing response, when AWS answered. */
  readonly requestId?: string;
  /** HTTP status of the failing response, when AWS answered. */
  readonly httpStatusCode?: number;

  constructor(
    /** The API operation that failed, e.g. DescribePhoneNumbers. */
    readonly operation: string,
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
      `${operation} failed for ${query} in ${region}: ${awsErrorName}: ${e.message ?? String(cause)}` +
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

/** A pool lookup (DescribePools, or a pool's own listing) failed after retries. */
export class PoolLookupError extends SmsLookupError {
  override readonly name: string = "PoolLookupError";
  constructor(query: string, region: string, cause: unknown, advice = "", operation = "DescribePools") {
    super(operation, query, region, cause, advice);
  }
}

/** A pool asked for by ID or ARN does not exist (or is shared and was asked for by bare ID). */
export class PoolNotFoundError extends PoolLookupError {
  override readonly name = "PoolNotFoundError";
  /** The ID or ARN AWS reported missing. */
  readonly poolId: string;
  readonly resourceType = "pool";

  constructor(query: string, region: string, cause: unknown, poolId: string, operation = "DescribePools") {
    super(
      query,
      region,
      cause,
      `Pool ${poolId} was not found in ${region}: check the ID and region; a pool shared from another account must be given by its ARN`,
      operation,
    );
    this.poolId = poolId;
  }

  /** The ID or ARN AWS reported missing (the same as `poolId`). */
  get resourceId(): string {
    return this.poolId;
  }
}

/** A resource asked for by ID, name or ARN does not exist (or is shared and was asked for without its ARN). */
export class SmsResourceNotFoundError extends SmsLookupError {
  override readonly name: string = "SmsResourceNotFoundError";
  constructor(
    operation: string,
    query: string,
    region: string,
    cause: unknown,
    /** AWS's resource type, e.g. phone-number. */
    readonly resourceType: string,
    /** The ID, name or ARN AWS reported missing. */
    readonly resourceId: string,
  ) {
    super(
      operation,
      query,
      region,
      cause,
      `${resourceType} ${resourceId} was not found in ${region}: check the ID and region; a resource shared from another account must be given by its ARN`,
    );
  }
}

/** A phone number that does not exist. */
export class PhoneNumberNotFoundError extends SmsResourceNotFoundError {
  override readonly name = "PhoneNumberNotFoundError";
}
/** A sender ID (for the country asked) that does not exist. */
export class SenderIdNotFoundError extends SmsResourceNotFoundError {
  override readonly name = "SenderIdNotFoundError";
}
/** An opt-out list that does not exist. */
export class OptOutListNotFoundError extends SmsResourceNotFoundError {
  override readonly name = "OptOutListNotFoundError";
}
/** A configuration set that does not exist. */
export class ConfigurationSetNotFoundError extends SmsResourceNotFoundError {
  override readonly name = "ConfigurationSetNotFoundError";
}
/** A protect configuration that does not exist. */
export class ProtectConfigurationNotFoundError extends SmsResourceNotFoundError {
  override readonly name = "ProtectConfigurationNotFoundError";
}
/** A keyword that does not exist on the origination identity asked. */
export class KeywordNotFoundError extends SmsResourceNotFoundError {
  override readonly name = "KeywordNotFoundError";
}

const NOT_FOUND: Record<string, typeof SmsResourceNotFoundError> = {
  "phone-number": PhoneNumberNotFoundError,
  "sender-id": SenderIdNotFoundError,
  "opt-out-list": OptOutListNotFoundError,
  "configuration-set": ConfigurationSetNotFoundError,
  "protect-configuration": ProtectConfigurationNotFoundError,
  keyword: KeywordNotFoundError,
};

/** The not-found error of the package for AWS's resource type. */
export function notFoundError(
  operation: string,
  query: string,
  region: string,
  cause: unknown,
  resourceType: string,
  resourceId: string,
): SmsLookupError {
  if (resourceType === "pool") return new PoolNotFoundError(query, region, cause, resourceId, operation);
  const NotFound = NOT_FOUND[resourceType] ?? SmsResourceNotFoundError;
  return new NotFound(operation, query, region, cause, resourceType, resourceId);
}

/** The same failure without the query or AWS's message (which can echo IDs): for secret arguments. */
export function withoutQuery(err: SmsLookupError): SmsLookupError {
  const cause = {
    name: err.awsErrorName,
    message: "the message is not shown because the arguments are secret",
    $metadata: { requestId: err.requestId, httpStatusCode: err.httpStatusCode },
  };
  if (err instanceof PoolNotFoundError) {
    return new PoolNotFoundError("a secret query", err.region, cause, "(secret)", err.operation);
  }
  if (err instanceof SmsResourceNotFoundError) {
    return notFoundError(err.operation, "a secret query", err.region, cause, err.resourceType, "(secret)");
  }
  if (err instanceof PoolLookupError)
    return new PoolLookupError("a secret query", err.region, cause, "", err.operation);
  return new SmsLookupError(err.operation, "a secret query", err.region, cause);
}

/**
 * The error factory of one operation: what a call threw, as the error a user sees. Pools' own operations
 * (DescribePools) give PoolLookupErrors; the others SmsLookupErrors.
 */
export function errorsOf(operation: string, resourceType: string) {
  return (query: string, region: string, cause: unknown): SmsLookupError => {
    const e = cause as AwsError | undefined;
    const make = (advice: string) =>
      resourceType === "pool" && operation === "DescribePools"
        ? new PoolLookupError(query, region, cause, advice)
        : new SmsLookupError(operation, query, region, cause, advice);
    if (e?.name === "ResourceNotFoundException") {
      return notFoundError(
        operation,
        query,
        region,
        cause,
        e.ResourceType ?? resourceType,
        e.ResourceId ?? "(unknown)",
      );
    }
    if (e?.name === "ThrottlingException") {
      return make(
        `${operation} is limited to about 1 request/s per account and region: raise maxAttempts, run fewer lookups at once, or ask AWS for a higher quota`,
      );
    }
    if (cause instanceof AttemptTimeoutError) {
      return make(
        "Every attempt timed out: raise timeoutMs or maxAttempts, or check that the endpoint answers",
      );
    }
    return make("");
  };
}

/** Wraps whatever a DescribePools call threw into the error a user sees. */
export const lookupError = errorsOf("DescribePools", "pool");
