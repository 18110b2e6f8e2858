// A registration field's value checked against its definition (PutRegistrationFieldValue): the field exists, the
// value is of its type (choices for SELECT, text for TEXT, an attachment for ATTACHMENT), choices are options and
// their count is within bounds, text fits its lengths and pattern, an attachment exists and is uploaded; and at
// submission, which REQUIRED fields, and CONDITIONAL ones whose condition holds, have no value.

import { notFound, type ServiceError, type ValidationField, validationError } from "./errors";
import type { OperationContext } from "./operations/context";
import { type FieldDefinition, fieldDefinition, type RegistrationType } from "./registrationTypes";
import type { FieldValue, RegistrationVersion } from "./resources/registration";
import { REGISTRATION_ATTACHMENTS } from "./resources/registrationAttachment";

export interface FieldValueInput {
  FieldPath: string;
  SelectChoices?: string[];
  TextValue?: string;
  RegistrationAttachmentId?: string;
}

const MEMBER_OF_TYPE = {
  SELECT: "SelectChoices",
  TEXT: "TextValue",
  ATTACHMENT: "RegistrationAttachmentId",
} as const;

/** The definition of `fieldPath`, or ValidationException UNKNOWN_REGISTRATION_FIELD naming `member`. */
export function fieldOf(type: RegistrationType, fieldPath: string, member = "FieldPath"): FieldDefinition {
  const field = fieldDefinition(type, fieldPath);
  if (!field) {
    throw validationError("UNKNOWN_REGISTRATION_FIELD", [
      {
        Name: member,
        Message: `'${fieldPath}' is not a field of ${type.RegistrationType}; DescribeRegistrationFieldDefinitions lists them.`,
      },
    ]);
  }
  return field;
}

/** The value `input` puts in its field, or the ValidationException (or ResourceNotFoundException) AWS answers. */
export function checkedFieldValue(
  type: RegistrationType,
  input: FieldValueInput,
  context: OperationContext,
): FieldValue {
  const field = fieldOf(type, input.FieldPath);
  const expected = MEMBER_OF_TYPE[field.FieldType];
  const given = (Object.values(MEMBER_OF_TYPE) as string[]).filter(
    (member) => input[member as keyof FieldValueInput] !== undefined,
  );
  if (given.length === 0) {
    throw validationError("MISSING_PARAMETER", [
      {
        Name: expected,
        Message: `${field.FieldPath} is a ${field.FieldType} field: give its value in ${expected}.`,
      },
    ]);
  }
  if (given.length > 1) {
    throw validationError(
      "PARAMETERS_CANNOT_BE_USED_TOGETHER",
      given.map((member) => ({ Name: member, Message: `${given.join(" and ")} cannot be used together.` })),
      `${given.join(" and ")} cannot be used together; ${field.FieldPath} is a ${field.FieldType} field, give ${expected} only.`,
    );
  }
  if (given[0] !== expected) {
    throw validationError("INVALID_PARAMETER", [
      {
        Name: given[0],
        Message: `${field.FieldPath} is a ${field.FieldType} field: give its value in ${expected}, not ${given[0]}.`,
      },
    ]);
  }
  if (field.FieldType === "SELECT")
    return { SelectChoices: checkedChoices(field, input.SelectChoices ?? []) };
  if (field.FieldType === "TEXT") return { TextValue: checkedText(field, input.TextValue ?? "") };
  const id = input.RegistrationAttachmentId ?? "";
  const attachment = context.findOwn(REGISTRATION_ATTACHMENTS, id);
  if (!attachment) throw notFound("registration-attachment", id);
  if (attachment.status !== "UPLOAD_COMPLETE") {
    throw validationError("INVALID_PARAMETER", [
      {
        Name: "RegistrationAttachmentId",
        Message: `Registration attachment '${attachment.id}' is ${attachment.status}; only an UPLOAD_COMPLETE attachment can be a field's value.`,
      },
    ]);
  }
  return { RegistrationAttachmentId: attachment.id };
}

function fieldValidationFailed(problems: ValidationField[]): ServiceError {
  return validationError("FIELD_VALIDATION_FAILED", problems);
}

function checkedChoices(field: FieldDefinition, choices: string[]): string[] {
  const { MinChoices, MaxChoices, Options } = field.SelectValidation!;
  const problems: ValidationField[] = [];
  if (choices.length < MinChoices || choices.length > MaxChoices) {
    problems.push({
      Name: "SelectChoices",
      Message: `${field.FieldPath} takes ${MinChoices === MaxChoices ? MinChoices : `${MinChoices} to ${MaxChoices}`} choice${MaxChoices === 1 ? "" : "s"}, not ${choices.length}.`,
    });
  }
  choices.forEach((choice, i) => {
    if (!Options.includes(choice)) {
      problems.push({
        Name: `SelectChoices[${i}]`,
        Message: `'${choice}' is not an option of ${field.FieldPath}; use one of: ${Options.join(", ")}.`,
      });
    }
  });
  if (new Set(choices).size !== choices.length) {
    problems.push({ Name: "SelectChoices", Message: `${field.FieldPath} takes each option once.` });
  }
  if (problems.length > 0) throw fieldValidationFailed(problems);
  return [...choices];
}

function checkedText(field: FieldDefinition, text: string): string {
  const { MinLength, MaxLength, Pattern } = field.TextValidation!;
  const length = [...text].length;
  const problems: ValidationField[] = [];
  if (length < MinLength || length > MaxLength) {
    problems.push({
      Name: "TextValue",
      Message: `${field.FieldPath} takes ${MinLength} to ${MaxLength} characters, not ${length}.`,
    });
  }
  if (!new RegExp(Pattern, "u").test(text)) {
    problems.push({
      Name: "TextValue",
      Message: `'${text.length > 100 ? `${text.slice(0, 100)}...` : text}' does not match ${field.FieldPath}'s pattern ${Pattern}${
        field.DisplayHints.TextValidationDescription
          ? ` (${field.DisplayHints.TextValidationDescription})`
          : ""
      }.`,
    });
  }
  if (problems.length > 0) throw fieldValidationFailed(problems);
  return text;
}

/** True when the field holds a value. */
function holds(value: FieldValue | undefined): boolean {
  return (
    value !== undefined &&
    (value.SelectChoices !== undefined ||
      value.TextValue !== undefined ||
      value.RegistrationAttachmentId !== undefined)
  );
}

/** The fields a submission of `version` needs and lacks: REQUIRED ones, and CONDITIONAL ones whose condition holds. */
export function missingFields(type: RegistrationType, version: RegistrationVersion): string[] {
  return type.fields
    .filter((field) => {
      if (holds(version.fields[field.FieldPath])) return false;
      if (field.FieldRequirement === "REQUIRED") return true;
      const condition = type.conditions[field.FieldPath];
      if (field.FieldRequirement !== "CONDITIONAL" || condition === undefined) return false;
      if ("unlessSet" in condition) return !holds(version.fields[condition.unlessSet]);
      const chosen = version.fields[condition.field]?.SelectChoices ?? [];
      const matches = chosen.some((choice) => condition.values.includes(choice));
      // "unless" a value is chosen: required once the deciding field holds another value.
      return condition.unless ? chosen.length > 0 && !matches : matches;
    })
    .map((field) => field.FieldPath);
}
