// How a test sets a registration's review outcome: Emulator.setRegistrationReview, and the same over HTTP as
// POST /_emulator/registration-reviews {"registration", "accountId"?, "region"?, "outcome", "fields"?,
// "reasons"?, "delayMs"?}. An unknown registration is 404, a review that is not well formed 400.

import type { IncomingMessage, ServerResponse } from "node:http";
import { ControlRequestError, servePostedJson } from "./controlHttp";
import { plannedReview, planReview, type RegistrationReview, reviewProblems } from "./registrationReview";
import { REGISTRATIONS } from "./resources/registration";
import type { SmsService } from "./service";

export const REVIEWS_PATH = "/_emulator/registration-reviews";

export interface ReviewTarget {
  /** Registration ID (of `accountId` and `region`) or ARN. */
  registration: unknown;
  accountId?: unknown;
  region?: unknown;
}

/** Sets the review of `target` as `review` says; answers which version it decides. */
export function setRegistrationReview(
  service: SmsService,
  target: ReviewTarget,
  review: unknown,
  defaults: { accountId: string; region: string },
): { registrationId: string; appliesTo: "CURRENT" | "NEXT" } {
  const { registration } = target;
  const accountId = target.accountId ?? defaults.accountId;
  const region = target.region ?? defaults.region;
  if (typeof registration !== "string" || typeof accountId !== "string" || typeof region !== "string") {
    throw new ControlRequestError(
      400,
      `registration ${JSON.stringify(registration)} must be a registration ID or ARN (accountId and region strings when given)`,
    );
  }
  const registrations = service.store.of(REGISTRATIONS);
  const record = registration.startsWith("arn:")
    ? registrations.get(registration)
    : registrations.own(region, accountId, registration);
  if (!record) {
    throw new ControlRequestError(
      404,
      `registration ${registration} does not exist${registration.startsWith("arn:") ? "" : ` in account ${accountId}, region ${region}`}; give its ARN, or the accountId and region it is in`,
    );
  }
  const problems = reviewProblems(review, "review", record.registrationType);
  if (problems.length > 0) throw new ControlRequestError(400, problems.join("; "));
  const plan = plannedReview(review as RegistrationReview);
  return service.perform(
    { accountId: record.accountId, region: record.region },
    service.now(),
    (context) => ({
      registrationId: record.id,
      appliesTo: planReview(service.store, record, plan, context.now),
    }),
  );
}

export function serveReviews(
  request: IncomingMessage,
  response: ServerResponse,
  service: SmsService,
): Promise<void> {
  return servePostedJson(
    request,
    response,
    REVIEWS_PATH,
    '{"registration", "outcome", "fields"?, "reasons"?, "delayMs"?}',
    64 * 1024,
    (body) => {
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        throw new ControlRequestError(
          400,
          `the body must be {"registration", "outcome", ...}, not ${JSON.stringify(body)}`,
        );
      }
      const { registration, accountId, region, ...review } = body as Record<string, unknown>;
      return setRegistrationReview(service, { registration, accountId, region }, review, service.defaults);
    },
  );
}
