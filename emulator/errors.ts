// Service errors as the JSON 1.0 protocol answers them: a `__type`, an HTTP status and the shape's members.

/** A field named in a ValidationException (`ValidationExceptionField`). */
export interface ValidationField {
  Name: string;
  Message: string;
}

export class ServiceError extends Error {
  constructor(
    /** The `__type` on the wire (a bare shape name, or namespaced for the framework's own errors). */
    readonly type: string,
    readonly status: number,
    message: string,
    /** Shape members besides the message (Reason, Fields, ResourceType, ...). */
    readonly members: Record<string, unknown> = {},
    /** Framework errors (auth, serialization, unknown operation) spell it `message`; modeled ones `Message`. */
    readonly messageKey: "Message" | "message" = "Message",
  ) {
    super(message);
  }

  /** The shape name without a namespace, as SDKs report it. */
  get shapeName(): string {
    return this.type.slice(this.type.indexOf("#") + 1);
  }

  body(requestId: string): Record<string, unknown> {
    const body: Record<string, unknown> = {
      __type: this.type,
      [this.messageKey]: this.message,
      ...this.members,
    };
    if (this.type === "InternalServerException") body.RequestId = requestId;
    return body;
  }
}

export type ValidationReason =
  | "FIELD_VALIDATION_FAILED"
  | "INVALID_ARN"
  | "INVALID_FILTER_VALUES"
  | "INVALID_NEXT_TOKEN"
  | "PARAMETERS_CANNOT_BE_USED_TOGETHER"
  | "TWO_WAY_CHANNEL_NOT_PRESENT";

export function validationError(
  reason: ValidationReason,
  fields: ValidationField[],
  message?: string,
): ServiceError {
  const text =
    message ??
    `${fields.length} validation error${fields.length === 1 ? "" : "s"} detected: ${fields.map((f) => f.Message).join("; ")}`;
  return new ServiceError("ValidationException", 400, text, { Reason: reason, Fields: fields });
}

export function poolNotFound(resourceId: string): ServiceError {
  return new ServiceError("ResourceNotFoundException", 400, `Pool '${resourceId}' does not exist.`, {
    ResourceType: "pool",
    ResourceId: resourceId,
  });
}

export function deletionProtected(poolId: string): ServiceError {
  return new ServiceError(
    "ConflictException",
    400,
    `Pool '${poolId}' has deletion protection enabled; call UpdatePool with DeletionProtectionEnabled=false first.`,
    { Reason: "DELETION_PROTECTION_ENABLED", ResourceType: "pool", ResourceId: poolId },
  );
}

export function throttled(operation: string): ServiceError {
  return new ServiceError("ThrottlingException", 400, `Rate exceeded for ${operation}.`);
}

export function internalError(): ServiceError {
  return new ServiceError("InternalServerException", 500, "An internal error occurred. Please try again.");
}

export function serializationError(message: string): ServiceError {
  return new ServiceError("com.amazon.coral.service#SerializationException", 400, message, {}, "message");
}
