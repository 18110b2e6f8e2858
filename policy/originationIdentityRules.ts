// Rules for declared origination identities (phone numbers and sender IDs).
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { deletionProtectionPolicy } from "./deletionProtection";
import { ORIGINATION_IDENTITY_TYPES } from "./resourceTypes";

/** A released number or sender ID may be impossible to get back, and registrations take weeks. */
export const originationIdentityDeletionProtection: ResourceValidationPolicy = deletionProtectionPolicy({
  name: "sms-origination-identity-deletion-protection",
  description:
    "Phone numbers and sender IDs should have deletion protection enabled: a released number or sender ID " +
    "may never come back, and its carrier registration takes weeks to redo.",
  enforcementLevel: "advisory",
  severity: "medium",
  types: ORIGINATION_IDENTITY_TYPES,
  what: "the origination identity",
});
