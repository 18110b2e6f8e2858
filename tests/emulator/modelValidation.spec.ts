// The model-derived validation of every emulated operation, through the real SDK: a property test takes a valid
// request, breaks one constraint the service model states (a required member left out, a string too short or
// too long or off its pattern, a value off its enum, a list too long, a number out of range) and expects the
// ValidationException AWS answers, naming that field. Operations of the model without a handler answer
// UnknownOperationException naming the operation.

import assert from "node:assert/strict";
import * as sdk from "@aws-sdk/client-pinpoint-sms-voice-v2";
import fc from "fast-check";
import compact from "../../emulator/model/pinpoint-sms-voice-v2.json";
import { OPERATIONS } from "../../emulator/operations";
import { rejectsWith, withEmulator } from "../support/emulator";
import { alice } from "./accounts";

interface Shape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  required?: string[];
  member?: string;
  members?: Record<string, string | { shape: string }>;
}
const model = compact as unknown as {
  operations: Record<string, { input: string }>;
  shapes: Record<string, Shape>;
};
const shapeOf = (name: string) => model.shapes[name];
const memberShape = (ref: string | { shape: string }) => shapeOf(typeof ref === "string" ? ref : ref.shape);

const ARN = (type: string, id: string) => `arn:aws:sms-voice:us-east-1:123456789012:${type}/${id}`;
const tags = [{ Key: "team", Value: "sms" }];
const filter = (Name: string, Values: string[]) => [{ Name, Values }];

/** A request each emulated operation accepts by the model (it may still name resources that do not exist). */
const VALID: Record<string, Record<string, unknown>> = {
  DescribePools: { PoolIds: ["pool-a"], Filters: filter("status", ["ACTIVE"]), MaxResults: 10 },
  CreatePool: {
    OriginationIdentity: "phone-a",
    IsoCountryCode: "US",
    MessageType: "TRANSACTIONAL",
    Tags: tags,
    ClientToken: "token-a",
  },
  UpdatePool: {
    PoolId: "pool-a",
    TwoWayChannelArn: "arn:aws:sns:us-east-1:123456789012:inbound",
    OptOutListName: "Default",
  },
  DeletePool: { PoolId: "pool-a" },
  RequestPhoneNumber: {
    IsoCountryCode: "US",
    MessageType: "TRANSACTIONAL",
    NumberCapabilities: ["SMS"],
    NumberType: "SIMULATOR",
    OptOutListName: "Default",
    Tags: tags,
    ClientToken: "token-b",
  },
  DescribePhoneNumbers: {
    PhoneNumberIds: ["phone-a"],
    Filters: filter("number-type", ["SIMULATOR"]),
    MaxResults: 5,
  },
  UpdatePhoneNumber: {
    PhoneNumberId: "phone-a",
    TwoWayChannelRole: "arn:aws:iam::123456789012:role/two-way",
    OptOutListName: "Default",
  },
  ReleasePhoneNumber: { PhoneNumberId: "phone-a" },
  RequestSenderId: {
    SenderId: "Brand",
    IsoCountryCode: "GB",
    MessageTypes: ["TRANSACTIONAL"],
    Tags: tags,
    ClientToken: "token-c",
  },
  DescribeSenderIds: {
    SenderIds: [{ SenderId: "Brand", IsoCountryCode: "GB" }],
    Filters: filter("registered", ["false"]),
    MaxResults: 5,
  },
  UpdateSenderId: { SenderId: "Brand", IsoCountryCode: "GB", DeletionProtectionEnabled: true },
  ReleaseSenderId: { SenderId: "Brand", IsoCountryCode: "GB" },
  AssociateOriginationIdentity: {
    PoolId: "pool-a",
    OriginationIdentity: "phone-a",
    IsoCountryCode: "US",
    ClientToken: "token-d",
  },
  DisassociateOriginationIdentity: {
    PoolId: "pool-a",
    OriginationIdentity: "phone-a",
    IsoCountryCode: "US",
    ClientToken: "token-e",
  },
  ListPoolOriginationIdentities: {
    PoolId: "pool-a",
    Filters: filter("iso-country-code", ["US"]),
    MaxResults: 5,
  },
  CreateOptOutList: { OptOutListName: "Marketing", Tags: tags, ClientToken: "token-f" },
  DescribeOptOutLists: { OptOutListNames: ["Default"], MaxResults: 5 },
  DeleteOptOutList: { OptOutListName: "Marketing" },
  PutOptedOutNumber: { OptOutListName: "Default", OptedOutNumber: "+12065550100" },
  DescribeOptedOutNumbers: {
    OptOutListName: "Default",
    OptedOutNumbers: ["+12065550100"],
    Filters: filter("end-user-opted-out", ["false"]),
    MaxResults: 5,
  },
  DeleteOptedOutNumber: { OptOutListName: "Default", OptedOutNumber: "+12065550100" },
  TagResource: { ResourceArn: ARN("pool", "pool-a"), Tags: tags },
  UntagResource: { ResourceArn: ARN("pool", "pool-a"), TagKeys: ["team"] },
  ListTagsForResource: { ResourceArn: ARN("pool", "pool-a") },
  PutResourcePolicy: { ResourceArn: ARN("pool", "pool-a"), Policy: '{"Statement":[]}' },
  GetResourcePolicy: { ResourceArn: ARN("pool", "pool-a") },
  DeleteResourcePolicy: { ResourceArn: ARN("pool", "pool-a") },
  DescribeRegistrationTypeDefinitions: {
    RegistrationTypes: ["US_TOLL_FREE_REGISTRATION"],
    Filters: filter("supported-association-iso-country-code", ["US"]),
    MaxResults: 5,
  },
  DescribeRegistrationSectionDefinitions: {
    RegistrationType: "US_TOLL_FREE_REGISTRATION",
    SectionPaths: ["companyInfo"],
    MaxResults: 5,
  },
  DescribeRegistrationFieldDefinitions: {
    RegistrationType: "US_TOLL_FREE_REGISTRATION",
    SectionPath: "companyInfo",
    FieldPaths: ["companyInfo.companyName"],
    MaxResults: 5,
  },
  CreateRegistration: { RegistrationType: "US_TOLL_FREE_REGISTRATION", Tags: tags, ClientToken: "token-g" },
  DescribeRegistrations: {
    RegistrationIds: ["registration-a"],
    Filters: filter("registration-status", ["CREATED"]),
    MaxResults: 5,
  },
  DeleteRegistration: { RegistrationId: "registration-a" },
  CreateRegistrationVersion: { RegistrationId: "registration-a" },
  DiscardRegistrationVersion: { RegistrationId: "registration-a" },
  DescribeRegistrationVersions: {
    RegistrationId: "registration-a",
    VersionNumbers: [1],
    Filters: filter("registration-version-status", ["DRAFT"]),
    MaxResults: 5,
  },
  PutRegistrationFieldValue: {
    RegistrationId: "registration-a",
    FieldPath: "companyInfo.companyName",
    TextValue: "Example Corp",
  },
  DeleteRegistrationFieldValue: { RegistrationId: "registration-a", FieldPath: "companyInfo.companyName" },
  DescribeRegistrationFieldValues: {
    RegistrationId: "registration-a",
    VersionNumber: 1,
    SectionPath: "companyInfo",
    FieldPaths: ["companyInfo.companyName"],
    MaxResults: 5,
  },
  SubmitRegistrationVersion: { RegistrationId: "registration-a", AwsReview: false },
  CreateRegistrationAttachment: { AttachmentUrl: "s3://bucket/loa.pdf", Tags: tags, ClientToken: "token-h" },
  DescribeRegistrationAttachments: {
    RegistrationAttachmentIds: ["attachment-a"],
    Filters: filter("attachment-status", ["UPLOAD_COMPLETE"]),
    MaxResults: 5,
  },
  DeleteRegistrationAttachment: { RegistrationAttachmentId: "attachment-a" },
  CreateRegistrationAssociation: { RegistrationId: "registration-a", ResourceId: "phone-a" },
  CreateVerifiedDestinationNumber: {
    DestinationPhoneNumber: "+12065550100",
    Tags: tags,
    ClientToken: "token-i",
  },
  DescribeVerifiedDestinationNumbers: {
    VerifiedDestinationNumberIds: ["verifieddestinationnumber-a"],
    DestinationPhoneNumbers: ["+12065550100"],
    Filters: filter("status", ["PENDING"]),
    MaxResults: 5,
  },
  SendDestinationNumberVerificationCode: {
    VerifiedDestinationNumberId: "verifieddestinationnumber-a",
    VerificationChannel: "TEXT",
    LanguageCode: "EN_US",
  },
  VerifyDestinationNumber: {
    VerifiedDestinationNumberId: "verifieddestinationnumber-a",
    VerificationCode: "123456",
  },
  DeleteVerifiedDestinationNumber: { VerifiedDestinationNumberId: "verifieddestinationnumber-a" },
  SetTextMessageSpendLimitOverride: { MonthlyLimit: 100 },
  SetVoiceMessageSpendLimitOverride: { MonthlyLimit: 100 },
  SetMediaMessageSpendLimitOverride: { MonthlyLimit: 100 },
  DeleteTextMessageSpendLimitOverride: {},
  DescribeSpendLimits: { MaxResults: 5 },
  ListRegistrationAssociations: {
    RegistrationId: "registration-a",
    Filters: filter("resource-type", ["TOLL_FREE"]),
    MaxResults: 5,
  },
};

interface Breakage {
  path: string;
  reason: "MISSING_PARAMETER" | "FIELD_VALIDATION_FAILED";
  /** Text of the rule the field's message must state. */
  rule: string;
  apply(input: Record<string, unknown>): void;
}

const PATTERN_BREAKERS = [" ", "a b", "#", "\u00e9", "!", "-", "aa"];

/** Every way the model lets one break a value of `shape` at `path` (set through `set`). */
function breakages(
  shape: Shape,
  path: string,
  set: (input: Record<string, unknown>, value: unknown) => void,
): Breakage[] {
  const out: Breakage[] = [];
  const add = (rule: string, value: unknown) =>
    out.push({ path, reason: "FIELD_VALIDATION_FAILED", rule, apply: (input) => set(input, value) });
  if (shape.type === "string") {
    if (shape.enum) add("enum value set", "NOT_IN_THE_ENUM");
    else {
      if (shape.max !== undefined)
        add(`length less than or equal to ${shape.max}`, "a".repeat(shape.max + 1));
      if (shape.min !== undefined && shape.min > 0) add(`length greater than or equal to ${shape.min}`, "");
      if (shape.pattern) {
        const re = new RegExp(`^(?:${shape.pattern})$`, "u");
        const fits = (text: string) =>
          [...text].length >= (shape.min ?? 0) && [...text].length <= (shape.max ?? 1e9);
        const breaker = PATTERN_BREAKERS.map((b) =>
          b.repeat(Math.max(1, shape.min ?? 1)).slice(0, Math.max(shape.min ?? 1, b.length)),
        ).find((b) => fits(b) && !re.test(b));
        if (breaker !== undefined) add("regular expression pattern", breaker);
      }
    }
  } else if (shape.type === "integer" || shape.type === "long") {
    if (shape.max !== undefined) add(`value less than or equal to ${shape.max}`, shape.max + 1);
    if (shape.min !== undefined) add(`value greater than or equal to ${shape.min}`, shape.min - 1);
  } else if (shape.type === "list") {
    if (shape.max !== undefined && shape.max <= 200) {
      const item = shapeOf(shape.member!);
      const sample = item.type === "string" ? (item.enum?.[0] ?? "x") : undefined;
      if (sample !== undefined)
        add(`length less than or equal to ${shape.max}`, Array(shape.max + 1).fill(sample));
    }
  }
  return out;
}

function everyBreakage(operation: string): Breakage[] {
  const input = shapeOf(model.operations[operation].input);
  const valid = VALID[operation];
  const out: Breakage[] = [];
  for (const name of input.required ?? []) {
    out.push({
      path: name,
      reason: "MISSING_PARAMETER",
      rule: "must not be null",
      apply: (body) => {
        delete body[name];
      },
    });
  }
  for (const [name, ref] of Object.entries(input.members ?? {})) {
    const shape = memberShape(ref);
    out.push(
      ...breakages(shape, name, (body, value) => {
        body[name] = value;
      }),
    );
    const present = valid[name];
    if (shape.type === "list" && Array.isArray(present) && present.length > 0) {
      const item = shapeOf(shape.member!);
      if (item.type === "string") {
        out.push(
          ...breakages(item, `${name}[0]`, (body, value) => {
            (body[name] as unknown[])[0] = value;
          }),
        );
      } else if (item.type === "structure") {
        for (const [inner, innerRef] of Object.entries(item.members ?? {})) {
          out.push(
            ...breakages(memberShape(innerRef), `${name}[0].${inner}`, (body, value) => {
              (body[name] as Array<Record<string, unknown>>)[0][inner] = value;
            }),
          );
        }
      }
    }
  }
  return out;
}

function send(client: sdk.PinpointSMSVoiceV2Client, operation: string, input: unknown): Promise<unknown> {
  const Command = (sdk as unknown as Record<string, new (input: unknown) => never>)[`${operation}Command`];
  assert.ok(Command, `the AWS SDK has no ${operation}Command`);
  return client.send(new Command(input));
}

describe("emulator: the service model's validation of every operation", () => {
  const holder = withEmulator();
  const emulated = [...OPERATIONS.keys()].sort();

  it("accepts the valid request of each operation here (the model finds nothing wrong with it)", async () => {
    for (const operation of Object.keys(VALID)) {
      assert.ok(OPERATIONS.has(operation), `${operation} is emulated`);
      try {
        await send(alice(holder.emulator), operation, structuredClone(VALID[operation]));
      } catch (error) {
        // An answer of the service (a conflict, a missing resource), never a failure before the request.
        assert.ok(
          (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
          String(error),
        );
        const reason = (error as { Reason?: string }).Reason;
        assert.ok(
          !["FIELD_VALIDATION_FAILED", "MISSING_PARAMETER"].includes(reason ?? ""),
          `${operation}: ${(error as Error).message}`,
        );
      }
    }
  });

  it("answers an empty request to every emulated operation with MISSING_PARAMETER naming each required member", async () => {
    for (const operation of emulated) {
      const required = shapeOf(model.operations[operation].input).required ?? [];
      if (required.length === 0 || !(`${operation}Command` in sdk)) continue;
      const error = await rejectsWith(send(alice(holder.emulator), operation, {}), "ValidationException");
      assert.equal(error.Reason, "MISSING_PARAMETER", operation);
      assert.deepEqual(error.Fields?.map((f) => f.Name).sort(), [...required].sort(), operation);
    }
  });

  it("answers one broken constraint with AWS's ValidationException naming the field (property)", async () => {
    const cases = Object.keys(VALID).flatMap((operation) =>
      everyBreakage(operation).map((breakage) => ({ operation, breakage })),
    );
    assert.ok(cases.length > 150, `${cases.length} breakages`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), async ({ operation, breakage }) => {
        const input = structuredClone(VALID[operation]);
        breakage.apply(input);
        const error = await rejectsWith(
          send(alice(holder.emulator), operation, input),
          "ValidationException",
        );
        assert.equal(error.$metadata.httpStatusCode, 400);
        assert.equal(error.Reason, breakage.reason, `${operation} ${breakage.path}: ${error.message}`);
        const field = error.Fields?.find((f) => f.Name === breakage.path);
        assert.ok(field, `${operation}: no field ${breakage.path} in ${JSON.stringify(error.Fields)}`);
        assert.ok(
          field.Message.includes(breakage.rule),
          `${operation}: "${field.Message}" lacks "${breakage.rule}"`,
        );
      }),
      { numRuns: 150, seed: 120012 },
    );
  });

  it("names every broken field of a request at once", async () => {
    const error = await rejectsWith(
      send(alice(holder.emulator), "RequestPhoneNumber", {
        IsoCountryCode: "usa",
        MessageType: "BULK",
        NumberCapabilities: [],
        NumberType: "SIMULATOR",
      }),
      "ValidationException",
    );
    assert.equal(error.Reason, "FIELD_VALIDATION_FAILED");
    assert.deepEqual(error.Fields?.map((f) => f.Name).sort(), [
      "IsoCountryCode",
      "IsoCountryCode",
      "MessageType",
      "NumberCapabilities",
    ]);
  });

  it("throttles, delays and logs every emulated operation by its name", async () => {
    for (const operation of Object.keys(VALID)) {
      holder.emulator.clearRequests();
      holder.emulator.setFaults([{ operation, latencyMs: 5, throttle: { first: 1 } }]);
      const started = Date.now();
      await rejectsWith(
        send(alice(holder.emulator), operation, structuredClone(VALID[operation])),
        "ThrottlingException",
      );
      assert.ok(Date.now() - started >= 5, operation);
      assert.deepEqual(
        holder.emulator.requests.map((r) => [r.operation, r.errorType]),
        [[operation, "ThrottlingException"]],
      );
    }
    holder.emulator.setFaults([]);
  });

  it("answers every operation of the model it does not emulate with UnknownOperationException naming it", async () => {
    const others = Object.keys(model.operations).filter((operation) => !OPERATIONS.has(operation));
    // RCS agents are not emulated: the list can't be empty by accident.
    assert.ok(others.includes("CreateRcsAgent"), others.join(", "));
    for (const operation of others) {
      if (!(`${operation}Command` in sdk)) continue;
      const error = await rejectsWith(
        send(alice(holder.emulator), operation, {}),
        "UnknownOperationException",
      );
      assert.match(
        error.message,
        new RegExp(
          `^${operation} is an operation of PinpointSMSVoiceV2 that this emulator does not implement`,
        ),
      );
    }
  });
});
