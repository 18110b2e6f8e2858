// Phone numbers through the real SDK: RequestPhoneNumber (long code, toll-free, simulator, 10DLC),
// DescribePhoneNumbers with every filter, UpdatePhoneNumber and ReleasePhoneNumber with their conflicts.

import assert from "node:assert/strict";
import {
  CreateOptOutListCommand,
  CreatePoolCommand,
  DescribePhoneNumbersCommand,
  type PhoneNumberFilter,
  ReleasePhoneNumberCommand,
  RequestPhoneNumberCommand,
  type RequestPhoneNumberCommandInput,
  SendTextMessageCommand,
  UpdatePhoneNumberCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { FROM_POOL_SENDER, POOL_SENDER, rejectsWith, withEmulator } from "../support/emulator";
import { alice, allPages } from "./accounts";

const request = (extra: Partial<RequestPhoneNumberCommandInput> = {}) =>
  new RequestPhoneNumberCommand({
    IsoCountryCode: "US",
    MessageType: "TRANSACTIONAL",
    NumberCapabilities: ["SMS"],
    NumberType: "SIMULATOR",
    ...extra,
  });

describe("emulator: phone numbers", () => {
  const holder = withEmulator({
    randomSeed: 7,
    seed: {
      senderIds: [POOL_SENDER],
      registrations: [
        { registrationId: "registration-campaign", registrationType: "US_TEN_DLC_CAMPAIGN_REGISTRATION" },
      ],
    },
  });
  const client = () => alice(holder.emulator);

  it("requests a simulator number: PENDING in the answer, ACTIVE after, priced 0.00, in E.164", async () => {
    const number = await client().send(request({ Tags: [{ Key: "team", Value: "sms" }] }));
    assert.equal(number.Status, "PENDING");
    assert.match(number.PhoneNumberId!, /^phone-[0-9a-f]{32}$/);
    assert.equal(
      number.PhoneNumberArn,
      `arn:aws:sms-voice:us-east-1:123456789012:phone-number/${number.PhoneNumberId}`,
    );
    assert.match(number.PhoneNumber!, /^\+1\d{10}$/);
    assert.equal(number.MonthlyLeasingPrice, "0.00");
    assert.equal(number.OptOutListName, "Default");
    assert.deepEqual(number.Tags, [{ Key: "team", Value: "sms" }]);
    const { PhoneNumbers } = await client().send(
      new DescribePhoneNumbersCommand({ PhoneNumberIds: [number.PhoneNumberId!] }),
    );
    assert.equal(PhoneNumbers?.[0].Status, "ACTIVE");
    assert.ok(PhoneNumbers?.[0].CreatedTimestamp instanceof Date);
  });

  it("requests toll-free numbers in the US and Canada only", async () => {
    const tollFree = await client().send(
      request({ NumberType: "TOLL_FREE", NumberCapabilities: ["SMS", "VOICE"] }),
    );
    assert.equal(tollFree.NumberType, "TOLL_FREE");
    assert.match(tollFree.PhoneNumber!, /^\+1833/);
    const error = await rejectsWith(
      client().send(request({ NumberType: "TOLL_FREE", IsoCountryCode: "GB" })),
      "ValidationException",
    );
    assert.equal(error.Reason, "INVALID_PARAMETER");
    assert.equal(error.Fields?.[0].Name, "IsoCountryCode");
  });

  it("refuses US LONG_CODE numbers for SMS (voice only), and LONG_CODE where AWS offers none", async () => {
    for (const NumberCapabilities of [["SMS"], ["SMS", "VOICE"], ["MMS"]] as const) {
      const error = await rejectsWith(
        client().send(request({ NumberType: "LONG_CODE", NumberCapabilities: [...NumberCapabilities] })),
        "ValidationException",
      );
      assert.deepEqual([error.Reason, error.Fields?.[0].Name], ["INVALID_PARAMETER", "NumberCapabilities"]);
    }
    const voice = await client().send(request({ NumberType: "LONG_CODE", NumberCapabilities: ["VOICE"] }));
    assert.deepEqual(
      [voice.IsoCountryCode, voice.NumberType, voice.NumberCapabilities],
      ["US", "LONG_CODE", ["VOICE"]],
    );
    for (const IsoCountryCode of ["CA", "GB", "DE"]) {
      const sms = await client().send(request({ IsoCountryCode, NumberType: "LONG_CODE" }));
      assert.equal(sms.IsoCountryCode, IsoCountryCode);
    }
    for (const IsoCountryCode of ["FR", "AR", "BR"]) {
      const error = await rejectsWith(
        client().send(request({ IsoCountryCode, NumberType: "LONG_CODE" })),
        "ValidationException",
      );
      assert.deepEqual([error.Reason, error.Fields?.[0].Name], ["INVALID_PARAMETER", "NumberType"]);
    }
  });

  it("refuses a country AWS does not send to, whatever the number type", async () => {
    for (const NumberType of ["LONG_CODE", "TOLL_FREE", "SIMULATOR", "TEN_DLC"] as const) {
      const error = await rejectsWith(
        client().send(request({ IsoCountryCode: "ZZ", NumberType, RegistrationId: "registration-1" })),
        "ValidationException",
      );
      assert.deepEqual([error.Reason, error.Fields?.[0].Name], ["INVALID_PARAMETER", "IsoCountryCode"]);
    }
  });

  it("draws a number of the requested country, as the country table tells it", async () => {
    for (const IsoCountryCode of ["GB", "DE", "JE", "IL", "JP", "PR"]) {
      const number = await client().send(request({ IsoCountryCode, NumberType: "LONG_CODE" }));
      await client().send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: number.PhoneNumber!,
          OriginationIdentity: number.PhoneNumberId!,
          MessageBody: "to itself",
          DryRun: true,
        }),
      );
      assert.equal(holder.emulator.sentMessages().at(-1)?.destinationCountry, IsoCountryCode);
    }
  });

  it("requests a SIMULATOR number TRANSACTIONAL only, as the model documents", async () => {
    const error = await rejectsWith(
      client().send(request({ MessageType: "PROMOTIONAL" })),
      "ValidationException",
    );
    assert.deepEqual([error.Reason, error.Fields?.[0].Name], ["INVALID_PARAMETER", "MessageType"]);
  });

  it("refuses a PoolId whose message type or opt-out list differs from the number's, as AssociateOriginationIdentity does", async () => {
    await client().send(new CreateOptOutListCommand({ OptOutListName: "Other" }));
    const pool = await client().send(
      new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
    );
    const before = await client().send(new DescribePhoneNumbersCommand({}));
    const cases: Array<[Partial<RequestPhoneNumberCommandInput>, string]> = [
      [{ NumberType: "TOLL_FREE", MessageType: "PROMOTIONAL" }, "MESSAGE_TYPE_MISMATCH"],
      [{ OptOutListName: "Other" }, "OPT_OUT_LIST_MISMATCH"],
    ];
    for (const [extra, reason] of cases) {
      const error = await rejectsWith(
        client().send(request({ PoolId: pool.PoolId, ...extra })),
        "ConflictException",
      );
      assert.equal(error.Reason, reason);
    }
    const after = await client().send(new DescribePhoneNumbersCommand({}));
    assert.equal(after.PhoneNumbers?.length, before.PhoneNumbers?.length, "a refused number is not kept");
    const fits = await client().send(request({ PoolId: pool.PoolId }));
    assert.equal(fits.PoolId, pool.PoolId);
  });

  it("needs the RegistrationId of a 10DLC campaign for a 10DLC number", async () => {
    const error = await rejectsWith(client().send(request({ NumberType: "TEN_DLC" })), "ValidationException");
    assert.equal(error.Reason, "MISSING_PARAMETER");
    const unknown = await rejectsWith(
      client().send(request({ NumberType: "TEN_DLC", RegistrationId: "registration-1" })),
      "ResourceNotFoundException",
    );
    assert.deepEqual([unknown.ResourceType, unknown.ResourceId], ["registration", "registration-1"]);
    const number = await client().send(
      request({ NumberType: "TEN_DLC", RegistrationId: "registration-campaign" }),
    );
    assert.equal(number.RegistrationId, "registration-campaign");
  });

  it("puts a requested number in a pool and refuses an opt-out list that does not exist", async () => {
    const pool = await client().send(
      new CreatePoolCommand({ ...FROM_POOL_SENDER, MessageType: "TRANSACTIONAL" }),
    );
    const number = await client().send(request({ PoolId: pool.PoolId }));
    assert.equal(number.PoolId, pool.PoolId);
    const missing = await rejectsWith(
      client().send(request({ OptOutListName: "Nope" })),
      "ResourceNotFoundException",
    );
    assert.deepEqual([missing.ResourceType, missing.ResourceId], ["opt-out-list", "Nope"]);
  });

  it("returns the same number for a repeated ClientToken", async () => {
    const first = await client().send(request({ ClientToken: "phone-token" }));
    const again = await client().send(request({ ClientToken: "phone-token" }));
    assert.equal(again.PhoneNumberArn, first.PhoneNumberArn);
  });

  it("updates the given settings only and refuses two-way without a channel", async () => {
    const { PhoneNumberId } = await client().send(request());
    await client().send(new CreateOptOutListCommand({ OptOutListName: "Marketing" }));
    const updated = await client().send(
      new UpdatePhoneNumberCommand({
        PhoneNumberId,
        OptOutListName: "Marketing",
        SelfManagedOptOutsEnabled: true,
        TwoWayEnabled: true,
        TwoWayChannelArn: "arn:aws:sns:us-east-1:123456789012:inbound",
      }),
    );
    assert.deepEqual(
      [
        updated.OptOutListName,
        updated.SelfManagedOptOutsEnabled,
        updated.TwoWayEnabled,
        updated.DeletionProtectionEnabled,
      ],
      ["Marketing", true, true, false],
    );
    const other = await client().send(request());
    const error = await rejectsWith(
      client().send(
        new UpdatePhoneNumberCommand({ PhoneNumberId: other.PhoneNumberId, TwoWayEnabled: true }),
      ),
      "ValidationException",
    );
    assert.equal(error.Reason, "TWO_WAY_CHANNEL_NOT_PRESENT");
  });

  it("refuses to release a protected number or one in a pool, then releases it (DELETED)", async () => {
    const { PhoneNumberId } = await client().send(request({ DeletionProtectionEnabled: true }));
    const conflict = await rejectsWith(
      client().send(new ReleasePhoneNumberCommand({ PhoneNumberId })),
      "ConflictException",
    );
    assert.deepEqual(
      [conflict.Reason, conflict.ResourceType, conflict.ResourceId],
      ["DELETION_PROTECTION_ENABLED", "phone-number", PhoneNumberId],
    );
    await client().send(new UpdatePhoneNumberCommand({ PhoneNumberId, DeletionProtectionEnabled: false }));
    const pool = await client().send(
      new CreatePoolCommand({ OriginationIdentity: PhoneNumberId!, MessageType: "TRANSACTIONAL" }),
    );
    const inPool = await rejectsWith(
      client().send(new ReleasePhoneNumberCommand({ PhoneNumberId })),
      "ConflictException",
    );
    assert.equal(inPool.Reason, "PHONE_NUMBER_ASSOCIATED_TO_POOL");
    assert.ok(pool.PoolId);
  });

  it("releases a free number and forgets it", async () => {
    const { PhoneNumberId, PhoneNumberArn } = await client().send(request());
    const released = await client().send(new ReleasePhoneNumberCommand({ PhoneNumberId: PhoneNumberArn }));
    assert.equal(released.Status, "DELETED");
    const missing = await rejectsWith(
      client().send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [PhoneNumberId!] })),
      "ResourceNotFoundException",
    );
    assert.deepEqual([missing.ResourceType, missing.ResourceId], ["phone-number", PhoneNumberId]);
  });
});

describe("emulator: DescribePhoneNumbers filters", () => {
  const numbers = [
    {
      phoneNumberId: "phone-a",
      isoCountryCode: "US",
      numberType: "LONG_CODE",
      numberCapabilities: ["SMS", "VOICE"],
    },
    {
      phoneNumberId: "phone-b",
      isoCountryCode: "CA",
      numberType: "TOLL_FREE",
      messageType: "PROMOTIONAL",
      status: "PENDING",
    },
    {
      phoneNumberId: "phone-c",
      numberType: "SIMULATOR",
      twoWayEnabled: true,
      twoWayChannelArn: "arn:aws:sns:us-east-1:123456789012:inbound",
      selfManagedOptOutsEnabled: true,
      optOutListName: "Marketing",
      deletionProtectionEnabled: true,
      numberCapabilities: ["MMS"],
    },
  ] as const;
  const holder = withEmulator({
    seed: {
      phoneNumbers: numbers.map((n, i) => ({ ...n, createdTimestamp: 1_700_000_000 + i })) as never,
    },
  });
  const cases: Array<[string, PhoneNumberFilter[], string[]]> = [
    ["status", [{ Name: "status", Values: ["PENDING"] }], ["phone-b"]],
    [
      "iso-country-code",
      [{ Name: "iso-country-code", Values: ["CA", "US"] }],
      ["phone-a", "phone-b", "phone-c"],
    ],
    ["message-type", [{ Name: "message-type", Values: ["PROMOTIONAL"] }], ["phone-b"]],
    [
      "number-capability (any of a number's)",
      [{ Name: "number-capability", Values: ["VOICE", "MMS"] }],
      ["phone-a", "phone-c"],
    ],
    ["number-type", [{ Name: "number-type", Values: ["SIMULATOR", "TOLL_FREE"] }], ["phone-b", "phone-c"]],
    ["two-way-enabled", [{ Name: "two-way-enabled", Values: ["true"] }], ["phone-c"]],
    [
      "self-managed-opt-outs-enabled",
      [{ Name: "self-managed-opt-outs-enabled", Values: ["false"] }],
      ["phone-a", "phone-b"],
    ],
    ["opt-out-list-name", [{ Name: "opt-out-list-name", Values: ["Marketing"] }], ["phone-c"]],
    ["deletion-protection-enabled", [{ Name: "deletion-protection-enabled", Values: ["true"] }], ["phone-c"]],
    [
      "two-way-channel-arn",
      [{ Name: "two-way-channel-arn", Values: ["arn:aws:sns:us-east-1:123456789012:inbound"] }],
      ["phone-c"],
    ],
    [
      "two filters (AND)",
      [
        { Name: "iso-country-code", Values: ["US"] },
        { Name: "number-capability", Values: ["SMS"] },
      ],
      ["phone-a", "phone-c"].filter((id) => id === "phone-a"),
    ],
  ];
  for (const [title, Filters, expected] of cases) {
    it(`filters by ${title}`, async () => {
      const client = alice(holder.emulator);
      const found = await allPages(
        (NextToken) => client.send(new DescribePhoneNumbersCommand({ Filters, NextToken, MaxResults: 1 })),
        (page) => page.PhoneNumbers,
      );
      assert.deepEqual(
        found.map((n) => n.PhoneNumberId),
        expected,
      );
    });
  }

  it("refuses filter values that can never match (INVALID_FILTER_VALUES)", async () => {
    const error = await rejectsWith(
      alice(holder.emulator).send(
        new DescribePhoneNumbersCommand({ Filters: [{ Name: "number-type", Values: ["LANDLINE"] }] }),
      ),
      "ValidationException",
    );
    assert.equal(error.Reason, "INVALID_FILTER_VALUES");
  });
});

describe("emulator: RequestPhoneNumber numbers", () => {
  it("draws the same numbers for the same randomSeed, never one already held", async () => {
    const draw = async () => {
      const emulator = await startEmulator({ randomSeed: 11 });
      try {
        const numbers: string[] = [];
        for (let i = 0; i < 5; i++) numbers.push((await alice(emulator).send(request())).PhoneNumber!);
        return numbers;
      } finally {
        await emulator.stop();
      }
    };
    const first = await draw();
    assert.deepEqual(await draw(), first);
    assert.equal(new Set(first).size, 5);
  });

  /** Seeded numbers holding `count` of the 10,000 numbers a SIMULATOR number is drawn from (+1206555XXXX). */
  const holding = (count: number) => ({
    phoneNumbers: Array.from({ length: count }, (_, i) => ({
      phoneNumberId: `phone-held-${i}`,
      phoneNumber: `+1206555${String(i).padStart(4, "0")}`,
    })),
  });

  it("never draws a number already held, even when most of the space is taken", async () => {
    const emulator = await startEmulator({ randomSeed: 11, seed: holding(9000) });
    try {
      for (let i = 0; i < 5; i++) {
        const { PhoneNumber } = await alice(emulator).send(request());
        assert.ok(Number(PhoneNumber!.slice(-4)) >= 9000, `${PhoneNumber} was already held`);
      }
    } finally {
      await emulator.stop();
    }
  });

  it("answers ServiceQuotaExceededException, not a hung request, when every number is taken", async () => {
    const emulator = await startEmulator({ randomSeed: 11, seed: holding(10_000) });
    try {
      const error = await rejectsWith(alice(emulator).send(request()), "ServiceQuotaExceededException");
      assert.equal(error.Reason, "PHONE_NUMBERS_PER_ACCOUNT");
    } finally {
      await emulator.stop();
    }
  });
});
