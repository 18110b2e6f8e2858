// DeleteRegistrationFieldValue: removes one field's value from the DRAFT version (else
// EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED) and answers what it held; a field of the type that holds no value is
// REGISTRATION_FIELD_CANNOT_BE_DELETED, a path of no field UNKNOWN_REGISTRATION_FIELD.

import { invalidField } from "../errors";
import { fieldOf } from "../registrationFields";
import { draftOf, fieldValueResult, ownRegistration, REGISTRATIONS, typeOf } from "../resources/registration";
import { defineOperation } from "./context";

export const deleteRegistrationFieldValue = defineOperation<{ RegistrationId: string; FieldPath: string }>(
  "DeleteRegistrationFieldValue",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    fieldOf(typeOf(registration), request.FieldPath);
    const version = draftOf(
      registration,
      "EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED",
      "change its field values",
    );
    const held = version.fields[request.FieldPath];
    if (held === undefined) {
      throw invalidField(
        "REGISTRATION_FIELD_CANNOT_BE_DELETED",
        "FieldPath",
        `${request.FieldPath} holds no value in version ${version.number} of registration '${registration.id}'; there is nothing to delete.`,
      );
    }
    context.collection(REGISTRATIONS).update(registration, () => {
      delete version.fields[request.FieldPath];
    });
    return fieldValueResult(registration, version, request.FieldPath, held);
  },
);
