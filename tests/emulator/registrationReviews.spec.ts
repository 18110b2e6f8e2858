// The emulator's registration review: statuses over time (SUBMITTED or AWS_REVIEWING, REVIEWING half way, the
// decision at reviewDelayMs), and every outcome a test sets — approve, require updates naming fields, deny —
// through Emulator.setRegistrationReview, POST /_emulator/registration-reviews and seed rules, with the refusals
// of each.

import assert from "node:assert/strict";
import {
  CreateRegistrationVersionCommand,
  DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand,
  type PinpointSMSVoiceV2Client,
  SubmitRegistrationVersionCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { sdkClient, withEmulator } from "../support/emulator";
import { FORMS, filledRegistration, putFields, tollFreeRegistration } from "./registrationForms";
import { rawCall } from "./wire";

const HOUR = 3600_000;
const GB = "GB_SENDER_ID_REGISTRATION";

async function statuses(client: PinpointSMSVoiceV2Client, RegistrationId: string) {
  const registration = (
    await client.send(new DescribeRegistrationsCommand({ RegistrationIds: [RegistrationId] }))
  ).Registrations![0];
  const version = (
    await client.send(
      new DescribeRegistrationVersionsCommand({
        RegistrationId,
        VersionNumbers: [registration.CurrentVersionNumber!],
      }),
    )
  ).RegistrationVersions![0];
  return {
    registration: registration.RegistrationStatus,
    version: version.RegistrationVersionStatus,
    info: version,
  };
}

describe("emulator: registration reviews", () => {
  const holder = withEmulator({ reviewDelayMs: 2 * HOUR });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  const submit = (RegistrationId: string, AwsReview?: boolean) =>
    client().send(new SubmitRegistrationVersionCommand({ RegistrationId, AwsReview }));

  it("approves by default after reviewDelayMs, REVIEWING half way, with every step in the status history", async () => {
    const RegistrationId = await filledRegistration(client(), GB);
    const submittedAt = holder.emulator.now();
    await submit(RegistrationId);
    assert.deepEqual(await statuses(client(), RegistrationId).then((s) => [s.registration, s.version]), [
      "SUBMITTED",
      "SUBMITTED",
    ]);
    holder.emulator.advanceClock(HOUR - 1000);
    assert.deepEqual(await statuses(client(), RegistrationId).then((s) => [s.registration, s.version]), [
      "SUBMITTED",
      "SUBMITTED",
    ]);
    holder.emulator.advanceClock(1000);
    assert.deepEqual(await statuses(client(), RegistrationId).then((s) => [s.registration, s.version]), [
      "REVIEWING",
      "REVIEWING",
    ]);
    holder.emulator.advanceClock(HOUR);
    const done = await statuses(client(), RegistrationId);
    assert.deepEqual([done.registration, done.version], ["COMPLETE", "APPROVED"]);
    const history = done.info.RegistrationVersionStatusHistory!;
    assert.deepEqual(Object.keys(history).sort(), [
      "ApprovedTimestamp",
      "DraftTimestamp",
      "ReviewingTimestamp",
      "SubmittedTimestamp",
    ]);
    assert.ok(Math.abs(history.ReviewingTimestamp!.getTime() - (submittedAt + HOUR)) < 2000);
    assert.ok(Math.abs(history.ApprovedTimestamp!.getTime() - (submittedAt + 2 * HOUR)) < 2000);
  });

  it("goes through AWS_REVIEWING when AwsReview is asked", async () => {
    const RegistrationId = await filledRegistration(client(), GB);
    const answer = await submit(RegistrationId, true);
    assert.equal(answer.AwsReview, true);
    assert.equal(answer.RegistrationVersionStatus, "AWS_REVIEWING");
    assert.ok(answer.RegistrationVersionStatusHistory?.AwsReviewingTimestamp);
    assert.equal((await statuses(client(), RegistrationId)).registration, "AWS_REVIEWING");
    holder.emulator.advanceClock(2 * HOUR);
    assert.equal((await statuses(client(), RegistrationId)).version, "APPROVED");
  });

  it("requires updates of the fields a test names, with their reasons, and a new blank version then passes", async () => {
    const RegistrationId = await filledRegistration(client(), GB);
    const set = holder.emulator.setRegistrationReview(RegistrationId, {
      outcome: "REQUIRE_UPDATES",
      fields: [
        { fieldPath: "companyInfo.website", reason: "The website is not reachable." },
        { fieldPath: "messageSamples.messageSample1", reason: "The sample does not name the brand." },
      ],
    });
    assert.deepEqual(set, { registrationId: RegistrationId, appliesTo: "NEXT" });
    await submit(RegistrationId);
    holder.emulator.advanceClock(2 * HOUR);
    const denied = await statuses(client(), RegistrationId);
    assert.deepEqual([denied.registration, denied.version], ["REQUIRES_UPDATES", "DENIED"]);
    assert.deepEqual(denied.info.DeniedReasons, [
      {
        Reason: "Requires updates",
        ShortDescription:
          "Update companyInfo.website, messageSamples.messageSample1 and submit a new version.",
      },
    ]);
    const values = await client().send(
      new DescribeRegistrationFieldValuesCommand({
        RegistrationId,
        FieldPaths: ["companyInfo.website", "companyInfo.companyName", "messageSamples.messageSample1"],
      }),
    );
    assert.deepEqual(values.RegistrationFieldValues, [
      { FieldPath: "companyInfo.companyName", TextValue: "Example Ltd" },
      {
        FieldPath: "companyInfo.website",
        TextValue: "https://example.co.uk",
        DeniedReason: "The website is not reachable.",
      },
      {
        FieldPath: "messageSamples.messageSample1",
        TextValue: "EXAMPLE: your parcel arrives today.",
        DeniedReason: "The sample does not name the brand.",
      },
    ]);
    const registration = (
      await client().send(new DescribeRegistrationsCommand({ RegistrationIds: [RegistrationId] }))
    ).Registrations![0];
    assert.equal(registration.LatestDeniedVersionNumber, 1);
    assert.equal(registration.ApprovedVersionNumber, undefined);

    await client().send(new CreateRegistrationVersionCommand({ RegistrationId }));
    await putFields(client(), RegistrationId, FORMS[GB]);
    await submit(RegistrationId);
    holder.emulator.advanceClock(2 * HOUR);
    const approved = await statuses(client(), RegistrationId);
    assert.deepEqual([approved.registration, approved.version], ["COMPLETE", "APPROVED"]);
  });

  it("denies with the reasons a test gives, decides a version already under review, and keeps COMPLETE for an update", async () => {
    const { registrationId } = await tollFreeRegistration(client());
    await submit(registrationId);
    holder.emulator.advanceClock(2 * HOUR);
    assert.equal((await statuses(client(), registrationId)).registration, "COMPLETE");

    await client().send(new CreateRegistrationVersionCommand({ RegistrationId: registrationId }));
    await putFields(client(), registrationId, FORMS.US_TOLL_FREE_REGISTRATION);
    await submit(registrationId);
    const reasons = [
      {
        reason: "Opt-in process not compliant",
        shortDescription: "The opt-in is not explicit.",
        longDescription: "A compliant opt-in states the program and how to opt out.",
        documentationTitle: "Obtain permission",
        documentationLink: "https://docs.aws.amazon.com/sms-voice/latest/userguide/best-practices.html",
      },
    ];
    const set = holder.emulator.setRegistrationReview(registrationId, {
      outcome: "DENY",
      reasons,
      delayMs: 3 * HOUR,
    });
    assert.equal(set.appliesTo, "CURRENT");
    holder.emulator.advanceClock(2 * HOUR);
    assert.equal((await statuses(client(), registrationId)).version, "REVIEWING");
    holder.emulator.advanceClock(HOUR);
    const denied = await statuses(client(), registrationId);
    assert.equal(denied.version, "DENIED");
    assert.equal(denied.registration, "COMPLETE", "the approved version 1 still stands");
    assert.deepEqual(denied.info.DeniedReasons, [
      {
        Reason: reasons[0].reason,
        ShortDescription: reasons[0].shortDescription,
        LongDescription: reasons[0].longDescription,
        DocumentationTitle: reasons[0].documentationTitle,
        DocumentationLink: reasons[0].documentationLink,
      },
    ]);
    const registration = (
      await client().send(new DescribeRegistrationsCommand({ RegistrationIds: [registrationId] }))
    ).Registrations![0];
    assert.deepEqual([registration.ApprovedVersionNumber, registration.LatestDeniedVersionNumber], [1, 2]);

    await client().send(new CreateRegistrationVersionCommand({ RegistrationId: registrationId }));
    await putFields(client(), registrationId, FORMS.US_TOLL_FREE_REGISTRATION);
    await submit(registrationId);
    holder.emulator.advanceClock(2 * HOUR);
    const versions = await client().send(
      new DescribeRegistrationVersionsCommand({ RegistrationId: registrationId }),
    );
    assert.deepEqual(
      versions.RegistrationVersions?.map((v) => [v.VersionNumber, v.RegistrationVersionStatus]),
      [
        [3, "APPROVED"],
        [2, "DENIED"],
        [1, "ARCHIVED"],
      ],
    );
  });

  it("refuses a review that names no registration or is not well formed", () => {
    assert.throws(
      () => holder.emulator.setRegistrationReview("registration-none", { outcome: "APPROVE" }),
      /registration registration-none does not exist in account 123456789012, region us-east-1/,
    );
  });

  it("sets reviews over POST /_emulator/registration-reviews, refusing what it cannot do", async () => {
    const RegistrationId = await filledRegistration(client(), GB);
    const post = (body: unknown) =>
      rawCall(holder.emulator.endpoint, {
        path: "/_emulator/registration-reviews",
        body,
        target: null,
        authorization: null,
      });
    const ok = await post({
      registration: RegistrationId,
      outcome: "REQUIRE_UPDATES",
      fields: [{ fieldPath: "senderIdInfo.senderId", reason: "EXAMPLE is protected by another brand." }],
      delayMs: 0,
    });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json, { registrationId: RegistrationId, appliesTo: "NEXT" });
    await submit(RegistrationId);
    const denied = await statuses(client(), RegistrationId);
    assert.deepEqual([denied.registration, denied.version], ["REQUIRES_UPDATES", "DENIED"]);

    const cases: Array<[unknown, number, RegExp]> = [
      [{ registration: "registration-none", outcome: "APPROVE" }, 404, /does not exist/],
      [
        { registration: RegistrationId, outcome: "MAYBE" },
        400,
        /outcome "MAYBE" must be one of: APPROVE, REQUIRE_UPDATES, DENY/,
      ],
      [
        { registration: RegistrationId, outcome: "REQUIRE_UPDATES" },
        400,
        /fields undefined must list the fields to update/,
      ],
      [
        {
          registration: RegistrationId,
          outcome: "REQUIRE_UPDATES",
          fields: [{ fieldPath: "campaignInfo.vertical", reason: "x" }],
        },
        400,
        /fieldPath "campaignInfo.vertical" is not a field of GB_SENDER_ID_REGISTRATION/,
      ],
      [
        {
          registration: RegistrationId,
          outcome: "APPROVE",
          reasons: [{ reason: "r", shortDescription: "s" }],
        },
        400,
        /APPROVE has none/,
      ],
      [{ registration: RegistrationId, outcome: "DENY", reasons: [{ reason: 1 }] }, 400, /reasons\[0\]/],
      [
        { registration: RegistrationId, outcome: "DENY", delayMs: -1 },
        400,
        /delayMs -1 must be a whole number/,
      ],
      [
        { registration: RegistrationId, outcome: "DENY", surprise: true },
        400,
        /surprise is not a field of a review/,
      ],
      [{ outcome: "APPROVE" }, 400, /registration undefined must be a registration ID or ARN/],
      [[], 400, /the body must be/],
    ];
    for (const [body, status, message] of cases) {
      const answer = await post(body);
      assert.equal(answer.status, status, JSON.stringify(body));
      assert.match(String(answer.json?.message), message);
    }
    const get = await rawCall(holder.emulator.endpoint, {
      path: "/_emulator/registration-reviews",
      method: "GET",
      target: null,
      authorization: null,
    });
    assert.equal(get.status, 405);
  });
});

describe("emulator: registration review rules in the seed", () => {
  it("decides each submitted version by the first rule its type and field values match, else approves", async () => {
    const emulator = await startEmulator({
      seed: {
        registrationReviews: [
          { registrationType: GB, fieldValues: { "senderIdInfo.senderId": "BANNED" }, outcome: "DENY" },
          {
            registrationType: GB,
            fieldValues: { "messagingUseCase.useCaseCategory": "PROMOTIONS_AND_MARKETING" },
            outcome: "REQUIRE_UPDATES",
            fields: [
              { fieldPath: "messagingUseCase.useCaseCategory", reason: "Marketing needs opt-in proof." },
            ],
            delayMs: HOUR,
          },
        ],
      },
    });
    try {
      const client = sdkClient(emulator, { maxAttempts: 1 });
      const make = async (values: Record<string, string | string[]>) => {
        const id = await filledRegistration(client, GB);
        await putFields(client, id, values);
        await client.send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));
        return id;
      };
      const banned = await make({ "senderIdInfo.senderId": "BANNED" });
      const marketing = await make({ "messagingUseCase.useCaseCategory": ["PROMOTIONS_AND_MARKETING"] });
      const plain = await make({});
      const denied = await statuses(client, banned);
      assert.deepEqual([denied.version, denied.info.DeniedReasons?.[0].Reason], ["DENIED", "Denied"]);
      assert.equal((await statuses(client, plain)).version, "APPROVED");
      assert.equal((await statuses(client, marketing)).version, "SUBMITTED");
      emulator.advanceClock(HOUR);
      assert.equal((await statuses(client, marketing)).version, "DENIED");
    } finally {
      await emulator.stop();
    }
  });

  it("refuses rules that are not well formed, naming each problem", async () => {
    await assert.rejects(
      startEmulator({
        seed: {
          registrationReviews: [
            { registrationType: "XX", outcome: "APPROVE" },
            { outcome: "REQUIRE_UPDATES", fields: [{ fieldPath: "companyInfo.companyName", reason: "r" }] },
            { registrationType: GB, fieldValues: { a: 1 as unknown as string }, outcome: "APPROVE" },
          ],
        },
      }),
      (error: Error) =>
        /seed\.registrationReviews\[0\]\.registrationType "XX" must be one of/.test(error.message) &&
        /seed\.registrationReviews\[1\]\.registrationType must be given for a REQUIRE_UPDATES rule/.test(
          error.message,
        ) &&
        /seed\.registrationReviews\[2\]\.fieldValues .* must be an object of field path/.test(error.message),
    );
  });
});
