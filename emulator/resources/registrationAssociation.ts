// What a registration is associated with (a toll-free or 10DLC phone number, a sender ID, a 10DLC campaign's
// brand) and when: the type definition's SupportedAssociations say which resources and their behaviour —
// ASSOCIATE_BEFORE_SUBMIT while the version is a DRAFT, ASSOCIATE_AFTER_COMPLETE once the registration is
// COMPLETE, ASSOCIATE_ON_APPROVAL never by hand (the approval provisions it). A released identity leaves its
// registration, which is CLOSED when its last one goes (unless its type lets it be deleted instead). And which
// numbers may send: a US toll-free or 10DLC number needs a COMPLETE registration associated with it.

import { conflict, invalidField, notFound, quotaExceeded } from "../errors";
import type { OperationContext } from "../operations/context";
import type { SupportedAssociation } from "../registrationTypes";
import type { Store } from "../store";
import { PHONE_NUMBERS, type PhoneNumberRecord } from "./phoneNumber";
import {
  draftOf,
  REGISTRATIONS,
  type RegistrationAssociation,
  type RegistrationRecord,
  typeOf,
  underReview,
} from "./registration";
import { SENDER_IDS, type SenderIdRecord, senderIdKey } from "./senderId";

/** Associations a registration of these resource types holds at most (a toll-free registration is one number's). */
const MAX_ASSOCIATIONS: Readonly<Record<string, number>> = {
  TOLL_FREE: 1,
  US_TEN_DLC_BRAND_REGISTRATION: 1,
};

export type Resource =
  | { kind: "phone"; record: PhoneNumberRecord }
  | { kind: "sender"; record: SenderIdRecord }
  | { kind: "registration"; record: RegistrationRecord };

/** True for the numbers that can't send until a COMPLETE registration is associated with them. */
export function needsRegistration(number: PhoneNumberRecord): boolean {
  return (
    number.isoCountryCode === "US" && (number.numberType === "TOLL_FREE" || number.numberType === "TEN_DLC")
  );
}

/** The COMPLETE registration associated with `number`, if it has one. */
export function completeRegistrationOf(
  store: Store,
  number: PhoneNumberRecord,
): RegistrationRecord | undefined {
  if (number.registrationId === undefined) return undefined;
  const registration = store.of(REGISTRATIONS).own(number.region, number.accountId, number.registrationId);
  return registration?.status === "COMPLETE" &&
    registration.associations.some((a) => a.resourceArn === number.arn)
    ? registration
    : undefined;
}

function resourceOf(context: OperationContext, registration: RegistrationRecord, idOrArn: string): Resource {
  if (idOrArn.startsWith("arn:")) {
    const parsed = [PHONE_NUMBERS, SENDER_IDS, REGISTRATIONS]
      .map((kind) => ({ kind, parsed: kind.parseArn(idOrArn) }))
      .find((k) => k.parsed !== undefined);
    if (
      parsed?.parsed &&
      parsed.parsed.region !== context.region &&
      context.store.byArn(idOrArn)?.accountId === context.accountId
    ) {
      throw conflict(
        "PHONE_NUMBER_NOT_IN_REGISTRATION_REGION",
        parsed.kind.resourceType,
        idOrArn,
        `'${idOrArn}' is in ${parsed.parsed.region}; registration '${registration.id}' is in ${context.region}, and associates only resources of its own region.`,
      );
    }
  }
  const phone = context.findOwn(PHONE_NUMBERS, idOrArn);
  if (phone) return { kind: "phone", record: phone };
  const other = context.findOwn(REGISTRATIONS, idOrArn);
  if (other) return { kind: "registration", record: other };
  if (idOrArn.startsWith("arn:")) {
    const sender = context.findOwn(SENDER_IDS, idOrArn);
    if (sender) return { kind: "sender", record: sender };
  } else {
    // A bare SenderId: of the country the type associates sender IDs of.
    for (const supported of typeOf(registration).SupportedAssociations) {
      if (supported.ResourceType !== "SENDER_ID" || supported.IsoCountryCode === undefined) continue;
      const sender = context.findOwn(SENDER_IDS, senderIdKey(idOrArn, supported.IsoCountryCode));
      if (sender) return { kind: "sender", record: sender };
    }
  }
  const type = idOrArn.includes("registration")
    ? "registration"
    : idOrArn.startsWith("phone-") || PHONE_NUMBERS.parseArn(idOrArn)
      ? "phone-number"
      : "sender-id";
  throw notFound(type, idOrArn);
}

/** The association a resource makes: its ResourceType (number type, SENDER_ID or registration type) and details. */
function associationFor(resource: Resource): RegistrationAssociation {
  if (resource.kind === "phone") {
    const n = resource.record;
    return {
      resourceArn: n.arn,
      resourceId: n.id,
      resourceType: n.numberType,
      isoCountryCode: n.isoCountryCode,
      phoneNumber: n.phoneNumber,
    };
  }
  if (resource.kind === "sender") {
    const s = resource.record;
    return {
      resourceArn: s.arn,
      resourceId: s.senderId,
      resourceType: "SENDER_ID",
      isoCountryCode: s.isoCountryCode,
    };
  }
  const r = resource.record;
  return { resourceArn: r.arn, resourceId: r.id, resourceType: r.registrationType };
}

function supportedFor(
  registration: RegistrationRecord,
  association: RegistrationAssociation,
): SupportedAssociation {
  const type = typeOf(registration);
  const supported = type.SupportedAssociations.find(
    (s) =>
      s.ResourceType === association.resourceType &&
      (s.IsoCountryCode === undefined || s.IsoCountryCode === association.isoCountryCode),
  );
  if (!supported) {
    const kinds = type.SupportedAssociations.map(
      (s) => `${s.ResourceType}${s.IsoCountryCode ? ` (${s.IsoCountryCode})` : ""}`,
    );
    throw invalidField(
      "INVALID_REGISTRATION_ASSOCIATION",
      "ResourceId",
      `A ${type.RegistrationType} registration can't be associated with '${association.resourceId}', a ${association.resourceType}${
        association.isoCountryCode ? ` of ${association.isoCountryCode}` : ""
      }; it associates ${kinds.length > 0 ? kinds.join(", ") : "nothing"}.`,
    );
  }
  return supported;
}

/**
 * Associates the resource `idOrArn` (a phone number ID or ARN, a SenderId or sender ID ARN, a registration ID or
 * ARN) with `registration` as its type definition allows; answers the association.
 */
export function associate(
  context: OperationContext,
  registration: RegistrationRecord,
  idOrArn: string,
): RegistrationAssociation {
  const resource = resourceOf(context, registration, idOrArn);
  const association = checkAssociation(context, registration, resource);
  link(context.store, registration, resource, association);
  return association;
}

/** The association `resource` would make with `registration`, or the error AWS answers; changes nothing. */
export function checkAssociation(
  context: OperationContext,
  registration: RegistrationRecord,
  resource: Resource,
): RegistrationAssociation {
  const association = associationFor(resource);
  const supported = supportedFor(registration, association);
  if (supported.AssociationBehavior === "ASSOCIATE_ON_APPROVAL") {
    throw invalidField(
      "INVALID_REGISTRATION_ASSOCIATION",
      "ResourceId",
      `A ${registration.registrationType} registration provisions and associates its ${supported.ResourceType} itself when it is approved; nothing is associated by hand.`,
    );
  }
  if (registration.associations.some((a) => a.resourceArn === association.resourceArn)) {
    throw conflict(
      "RESOURCE_ALREADY_ASSOCIATED",
      "registration",
      registration.id,
      `'${association.resourceId}' is already associated with registration '${registration.id}'.`,
    );
  }
  if (supported.AssociationBehavior === "ASSOCIATE_BEFORE_SUBMIT") {
    draftOf(registration, "REGISTRATION_ALREADY_SUBMITTED", `associate resources with it`);
  } else if (registration.status !== "COMPLETE") {
    throw conflict(
      "REGISTRATION_NOT_COMPLETE",
      "registration",
      registration.id,
      `Registration '${registration.id}' is ${registration.status}; ${supported.ResourceType} resources are associated with it once it is COMPLETE.`,
    );
  }
  const held = registration.associations.filter((a) => a.resourceType === association.resourceType).length;
  const max = MAX_ASSOCIATIONS[association.resourceType];
  if (max !== undefined && held >= max) {
    throw quotaExceeded(
      "ASSOCIATIONS_PER_REGISTRATION",
      `Registration '${registration.id}' already has ${held} ${association.resourceType} association${held === 1 ? "" : "s"}, the most it can hold; a ${association.resourceType} needs a registration of its own.`,
    );
  }
  if (resource.kind === "registration") {
    const needs = typeOf(registration).needs;
    if (needs && resource.record.status !== needs.status) {
      throw conflict(
        "REGISTRATION_NOT_COMPLETE",
        "registration",
        resource.record.id,
        `Registration '${resource.record.id}' is ${resource.record.status}; a ${registration.registrationType} is associated with a ${needs.registrationType} once it is ${needs.status}.`,
      );
    }
  } else {
    const other = resource.record.registrationId;
    const holder = other === undefined ? undefined : context.findOwn(REGISTRATIONS, other);
    if (
      holder &&
      holder !== registration &&
      holder.associations.some((a) => a.resourceArn === association.resourceArn)
    ) {
      throw conflict(
        resource.kind === "phone" ? "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION" : "RESOURCE_ALREADY_ASSOCIATED",
        resource.kind === "phone" ? "phone-number" : "sender-id",
        association.resourceId,
        `'${association.resourceId}' is associated with registration '${holder.id}'; it can be in one registration only.`,
      );
    }
  }
  return association;
}

/** Records the association on both sides; a number waiting for a COMPLETE registration becomes ACTIVE. */
export function link(
  store: Store,
  registration: RegistrationRecord,
  resource: Resource,
  association: RegistrationAssociation,
): void {
  store.of(REGISTRATIONS).update(registration, (r) => {
    r.associations = [...r.associations, association];
  });
  if (resource.kind === "phone") {
    store.of(PHONE_NUMBERS).update(resource.record, (n) => {
      n.registrationId = registration.id;
      if (registration.status === "COMPLETE" && n.status === "PENDING" && n.activateAt === undefined)
        n.status = "ACTIVE";
    });
  } else if (resource.kind === "sender") {
    store.of(SENDER_IDS).update(resource.record, (s) => {
      s.registrationId = registration.id;
    });
  }
}

/** The registration a phone number or sender ID of the caller is associated with, if any. */
function registrationHolding(context: OperationContext, resourceArn: string): RegistrationRecord | undefined {
  const scan = context
    .collection(REGISTRATIONS)
    .scan(context.region, [{ name: "associated", values: [resourceArn] }]);
  for (const registration of scan) {
    if (registration.associations.some((a) => a.resourceArn === resourceArn)) return registration;
  }
  return undefined;
}

/**
 * Before a phone number or sender ID is released: refused while its registration is under review (AWS: nothing is
 * disassociated until the review returns), else it leaves the registration, which is CLOSED when it was its last
 * identity and its type closes (AWS: "The phone number or sender ID has been deleted and you must also delete the
 * registration").
 */
export function releaseFromRegistration(
  context: OperationContext,
  resourceArn: string,
  resourceId: string,
): void {
  const registration = registrationHolding(context, resourceArn);
  if (!registration) return;
  if (underReview(registration)) {
    throw conflict(
      "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION",
      "registration",
      registration.id,
      `'${resourceId}' is associated with registration '${registration.id}', which is under review; release it once the review ends.`,
    );
  }
  context.collection(REGISTRATIONS).update(registration, (r) => {
    r.associations = r.associations.filter((a) => a.resourceArn !== resourceArn);
    const identities = r.associations.filter((a) => !a.resourceArn.includes(":registration/"));
    const closes = typeOf(r).SupportedAssociations.some(
      (s) => s.DisassociationBehavior !== "DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION",
    );
    if (identities.length === 0 && closes) r.status = "CLOSED";
  });
}
