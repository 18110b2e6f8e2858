// Seeding every resource kind: the example seed's phone numbers, sender IDs and opt-out lists, membership
// declared on the members, and every problem of a seed reported at once with nothing loaded.

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DescribeOptedOutNumbersCommand,
  DescribeSenderIdsCommand,
  ListPoolOriginationIdentitiesCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import { alice } from "./accounts";

const EXAMPLE = join(__dirname, "..", "..", "emulator", "seed.example.json");

describe("emulator: seeding every resource", () => {
  it("loads the example seed: a pool with a toll-free number and a sender ID, an opt-out list with numbers", async () => {
    const emulator = await startEmulator({ seed: EXAMPLE });
    try {
      const client = alice(emulator);
      const members = await client.send(
        new ListPoolOriginationIdentitiesCommand({ PoolId: "pool-0123456789abcdef0123456789abcdef" }),
      );
      assert.deepEqual(
        members.OriginationIdentities?.map((o) => [o.OriginationIdentity, o.PhoneNumber]),
        [
          ["phone-0123456789abcdef0123456789abcdef", "+12065550123"],
          ["Payments", undefined],
        ],
      );
      const { SenderIds } = await client.send(new DescribeSenderIdsCommand({}));
      assert.deepEqual(SenderIds?.[0].MessageTypes, ["TRANSACTIONAL"]);
      const numbers = await client.send(new DescribeOptedOutNumbersCommand({ OptOutListName: "Marketing" }));
      assert.deepEqual(numbers.OptedOutNumbers?.map((n) => [n.OptedOutNumber, n.EndUserOptedOut]).sort(), [
        ["+12065550100", false],
        ["+12065550101", true],
      ]);
    } finally {
      await emulator.stop();
    }
  });

  it("reports every problem of a seed at once and loads nothing", async () => {
    const seed = {
      phoneNumbers: [
        { phoneNumberId: "phone-a", poolId: "pool-missing" },
        { phoneNumberId: "phone-b", numberType: "FAX" },
        { phoneNumberId: "phone-a" },
      ],
      senderIds: [{ senderId: "way-too-long-sender", isoCountryCode: "gb" }, { isoCountryCode: "GB" }],
      optOutLists: [{ name: "bad name", optedOutNumbers: ["abc"] }],
      resourcePolicies: [{ resourceArn: "arn:aws:sms-voice:us-east-1:123456789012:pool/none", policy: "{" }],
      unicorns: [],
    };
    const expected = [
      /unicorns is not a seed section/,
      /seed\.phoneNumbers\[1\]\.numberType "FAX" is not valid: .*enum value set/,
      /seed\.phoneNumbers\[2\]\.phoneNumberId "phone-a" already exists/,
      /seed\.phoneNumbers\[0\]\.poolId "pool-missing" names no pool/,
      /seed\.senderIds\[0\]\.senderId "way-too-long-sender" is not valid: .*length less than or equal to 11/,
      /seed\.senderIds\[0\]\.isoCountryCode "gb" is not valid/,
      /seed\.senderIds\[1\]\.senderId is required/,
      /seed\.optOutLists\[0\]\.name "bad name" is not valid/,
      /seed\.optOutLists\[0\]\.optedOutNumbers\[0\]\.number "abc" is not valid/,
      /seed\.resourcePolicies\[0\]\.resourceArn .* names no seeded or stored resource/,
      /seed\.resourcePolicies\[0\]\.policy: .*Policy is not valid JSON/,
    ];
    await assert.rejects(startEmulator({ seed: seed as never }), (error: Error) => {
      for (const line of expected) assert.match(error.message, line);
      return true;
    });
  });
});
