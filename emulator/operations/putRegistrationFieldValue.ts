// PutRegistrationFieldValue: sets one field of the registration's DRAFT version (else
// EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED), checked against its definition (registrationFields.ts). Putting a
// field again replaces its value; a reviewer's DeniedReason on it goes with the old value.

import { checkedFieldValue, type FieldValueInput } from "../registrationFields";
import { draftOf, fieldValueResult, ownRegistration, REGISTRATIONS, typeOf } from "../resources/registration";
import { defineOperation } from "./context";

interface PutRegistrationFieldValueInput extends FieldValueInput {
  RegistrationId: string;
}

export const putRegistrationFieldValue = defineOperation<PutRegistrationFieldValueInput>(
  "PutRegistrationFieldValue",
  (request, context) => {
    const registration = ownRegistration(context, request.RegistrationId);
    const value = checkedFieldValue(typeOf(registration), request, context);
    const version = draftOf(
      registration,
      "EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED",
      "change its field values",
    );
    context.collection(REGISTRATIONS).update(registration, () => {
      version.fields[request.FieldPath] = value;
    });
    return fieldValueResult(registration, version, request.FieldPath, value);
  },
);
