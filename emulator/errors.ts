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

/** A ValidationExceptionReason of the model. */
export type ValidationReason =
  | "FIELD_VALIDATION_FAILED"
  | "INVALID_ARN"
  | "INVALID_FILTER_VALUES"
  | "INVALID_NEXT_TOKEN"
  | "INVALID_PARAMETER"
  | "INVALID_REQUEST"
  | "MISSING_PARAMETER"
  | "PARAMETERS_CANNOT_BE_USED_TOGETHER"
  | "PHONE_NUMBER_CANNOT_BE_OPTED_IN"
  | "SENDER_ID_NOT_SUPPORTED"
  | "TWO_WAY_CHANNEL_NOT_PRESENT"
  | "CANNOT_PARSE"
  | "ATTACHMENT_TYPE_NOT_SUPPORTED"
  | "INVALID_REGISTRATION_ASSOCIATION"
  | "MAXIMUM_SIZE_EXCEEDED"
  | "REGISTRATION_FIELD_CANNOT_BE_DELETED"
  | "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT"
  | "UNKNOWN_REGISTRATION_FIELD"
  | "UNKNOWN_REGISTRATION_SECTION"
  | "UNKNOWN_REGISTRATION_TYPE"
  | "UNKNOWN_REGISTRATION_VERSION"
  | "VERIFICATION_CODE_MISMATCH";

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

/** One field's problem as a ValidationException with `reason`. */
export function invalidField(reason: ValidationReason, name: string, message: string): ServiceError {
  return validationError(reason, [{ Name: name, Message: message }]);
}

/** "pool" -> "Pool", "phone-number" -> "Phone number". */
function label(resourceType: string): string {
  const words = resourceType.replace(/-/g, " ");
  return words[0].toUpperCase() + words.slice(1);
}

export function notFound(resourceType: string, resourceId: string, message?: string): ServiceError {
  return new ServiceError(
    "ResourceNotFoundException",
    400,
    message ?? `${label(resourceType)} '${resourceId}' does not exist.`,
    { ResourceType: resourceType, ResourceId: resourceId },
  );
}

/** A ConflictException with the model's ConflictExceptionReason. */
export function conflict(
  reason: string,
  resourceType: string,
  resourceId: string,
  message: string,
): ServiceError {
  return new ServiceError("ConflictException", 400, message, {
    Reason: reason,
    ResourceType: resourceType,
    ResourceId: resourceId,
  });
}

export function deletionProtected(resourceType: string, resourceId: string, fix: string): ServiceError {
  return conflict(
    "DELETION_PROTECTION_ENABLED",
    resourceType,
    resourceId,
    `${label(resourceType)} '${resourceId}' has deletion protection enabled; call ${fix} with DeletionProtectionEnabled=false first.`,
  );
}

export function quotaExceeded(reason: string, message: string): ServiceError {
  return new ServiceError("ServiceQuotaExceededException", 400, message, { Reason: reason });
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
