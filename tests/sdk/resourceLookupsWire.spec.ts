// The lookups of every resource kind against the emulator through the real AWS SDK: paging, filters, owner and
// shared resources by ARN, ID chunks, missing resources, throttling.
import * as assert from "node:assert/strict";
import {
  AssociateOriginationIdentityCommand,
  CreateOptOutListCommand,
  CreatePoolCommand,
  PutResourcePolicyCommand,
  RequestPhoneNumberCommand,
  RequestSenderIdCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { startEmulator } from "../../emulator";
import {
  getOptOutList,
  getOptOutLists,
  getPhoneNumber,
  getPhoneNumbers,
  getPool,
  getPoolOriginationIdentities,
  getPools,
  getSenderId,
  getSenderIds,
  OptOutListNotFoundError,
  PhoneNumberNotFoundError,
  PoolNotFoundError,
  PoolQueryError,
  SenderIdNotFoundError,
} from "../../index";
import { resetClients } from "../../provider/aws/client";
import { registeredTollFreeNumber } from "../emulator/registrationForms";
import { sdkClient, seedPools, withEmulator } from "../support/emulator";

const OTHER_ACCOUNT = "210987654321";
const OTHER_KEY = "AKIDOTHERACCOUNT";

describe("sdk: lookups of every resource kind against the emulator (real SDK over HTTP)", () => {
  const holder = withEmulator({ accounts: { [OTHER_KEY]: OTHER_ACCOUNT } });
  const opts = (extra: object = {}) => ({
    endpoint: holder.emulator.endpoint,
    region: "us-east-1",
    ...extra,
  });
  const requests = (operation: string) => holder.emulator.requests.filter((r) => r.operation === operation);
  const numbers: { id: string; arn: string; type: string }[] = [];
  let sharedNumberArn = "";
  let poolId = "";

  before(async () => {
    const client = sdkClient(holder.emulator);
    for (let i = 0; i < 12; i++) {
      const type = i % 3 === 0 ? "TOLL_FREE" : "SIMULATOR";
      // A toll-free number is ACTIVE once its registration is COMPLETE, as in AWS.
      const n =
        type === "TOLL_FREE"
          ? await registeredTollFreeNumber(client)
          : await client
              .send(
                new RequestPhoneNumberCommand({
                  IsoCountryCode: "US",
                  MessageType: "TRANSACTIONAL",
                  NumberCapabilities: ["SMS"],
                  NumberType: "SIMULATOR",
                }),
              )
              .then((r) => ({ id: r.PhoneNumberId!, arn: r.PhoneNumberArn! }));
      numbers.push({ id: n.id, arn: n.arn, type });
    }
    const pool = await client.send(
      new CreatePoolCommand({
        OriginationIdentity: numbers[0].id,
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
      }),
    );
    poolId = pool.PoolId!;
    for (const n of numbers.slice(1, 7)) {
      await client.send(
        new AssociateOriginationIdentityCommand({
          PoolId: poolId,
          OriginationIdentity: n.id,
          IsoCountryCode: "US",
        }),
      );
    }
    for (const [senderId, country] of [
      ["Brand", "GB"],
      ["Brand", "DE"],
      ["Alerts", "GB"],
    ]) {
      await client.send(new RequestSenderIdCommand({ SenderId: senderId, IsoCountryCode: country }));
    }
    await client.send(new CreateOptOutListCommand({ OptOutListName: "Marketing" }));
    const other = sdkClient(holder.emulator, {
      credentials: { accessKeyId: OTHER_KEY, secretAccessKey: "x" },
    });
    const shared = await other.send(
      new RequestPhoneNumberCommand({
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        NumberCapabilities: ["SMS"],
        NumberType: "SIMULATOR",
      }),
    );
    sharedNumberArn = shared.PhoneNumberArn!;
    await other.send(
      new PutResourcePolicyCommand({
        ResourceArn: sharedNumberArn,
        Policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { AWS: "arn:aws:iam::123456789012:root" },
              Action: ["sms-voice:SendTextMessage"],
              Resource: sharedNumberArn,
            },
          ],
        }),
      }),
    );
  });
  after(resetClients);

  describe("getPhoneNumbers", () => {
    it("lists every number across pages, ordered by ARN, with ids and arns aligned", async () => {
      const result = await getPhoneNumbers({ pageSize: 5 }, opts());
      assert.equal(result.phoneNumbers.length, 12);
      assert.equal(requests("DescribePhoneNumbers").length, 3);
      assert.deepEqual(result.arns, [...numbers.map((n) => n.arn)].sort());
      assert.deepEqual(
        result.ids,
        result.phoneNumbers.map((n) => n.phoneNumberId),
      );
      assert.ok(result.phoneNumbers.every((n) => /^\d{4}-\d\d-\d\dT/.test(n.createdTimestamp)));
    });

    it("applies a filter as AWS does", async () => {
      const result = await getPhoneNumbers(
        { filters: [{ name: "number-type", values: ["TOLL_FREE"] }] },
        opts(),
      );
      assert.deepEqual(
        result.ids.sort(),
        numbers
          .filter((n) => n.type === "TOLL_FREE")
          .map((n) => n.id)
          .sort(),
      );
    });

    it("looks up 12 IDs in requests of 5, in the order asked", async () => {
      const asked = [...numbers].reverse().map((n) => n.id);
      const result = await getPhoneNumbers({ phoneNumberIds: asked }, opts());
      assert.deepEqual(result.ids, asked);
      assert.equal(requests("DescribePhoneNumbers").length, 3);
    });

    it("lists numbers shared with the account under owner SHARED, and finds one by ARN", async () => {
      assert.deepEqual((await getPhoneNumbers({ owner: "SHARED" }, opts())).arns, [sharedNumberArn]);
      assert.deepEqual((await getPhoneNumbers({ phoneNumberIds: [sharedNumberArn] }, opts())).arns, [
        sharedNumberArn,
      ]);
    });

    it("fails the whole call naming a missing number", async () => {
      await assert.rejects(
        getPhoneNumbers({ phoneNumberIds: [numbers[0].id, "phone-missing"] }, opts()),
        (err: unknown) =>
          err instanceof PhoneNumberNotFoundError &&
          err.resourceId === "phone-missing" &&
          err.resourceType === "phone-number" &&
          /DescribePhoneNumbers failed for phoneNumberIds \[/.test(err.message),
      );
    });

    it("sends nothing for arguments the operation would reject", async () => {
      await assert.rejects(getPhoneNumbers({ owner: "ALL" as "SELF" }, opts()), PoolQueryError);
      assert.equal(requests("DescribePhoneNumbers").length, 0);
    });

    it("completes while every other DescribePhoneNumbers request is throttled", async () => {
      // Fixed request numbers, not a fraction: a random half can miss all four pages and fail the spec.
      holder.emulator.setFaults([{ operation: "DescribePhoneNumbers", throttle: { nth: [1, 3, 5, 7] } }]);
      const result = await getPhoneNumbers({ pageSize: 3 }, opts());
      assert.equal(result.phoneNumbers.length, 12);
      const throttled = requests("DescribePhoneNumbers").filter((r) => r.errorType === "ThrottlingException");
      assert.equal(throttled.length, 4);
      // The pace learned here would slow the specs after it.
      resetClients();
    });
  });

  describe("getPhoneNumber", () => {
    it("returns one number by ID or ARN", async () => {
      assert.equal(
        (await getPhoneNumber({ phoneNumberId: numbers[3].id }, opts())).phoneNumberArn,
        numbers[3].arn,
      );
      assert.equal(
        (await getPhoneNumber({ phoneNumberId: numbers[3].arn }, opts())).phoneNumberId,
        numbers[3].id,
      );
    });

    it("names a missing number with its not-found error", async () => {
      await assert.rejects(
        getPhoneNumber({ phoneNumberId: "phone-nope" }, opts()),
        (err: unknown) => err instanceof PhoneNumberNotFoundError && err.resourceId === "phone-nope",
      );
    });
  });

  describe("getSenderIds / getSenderId", () => {
    it("lists every sender ID, and filters by country", async () => {
      assert.equal((await getSenderIds({}, opts())).senderIds.length, 3);
      const gb = await getSenderIds({ filters: [{ name: "iso-country-code", values: ["GB"] }] }, opts());
      assert.deepEqual(gb.senderIds.map((s) => s.senderId).sort(), ["Alerts", "Brand"]);
    });

    it("looks up sender ID and country pairs in the order asked", async () => {
      const result = await getSenderIds(
        {
          senderIds: [
            { senderId: "Brand", isoCountryCode: "DE" },
            { senderId: "Brand", isoCountryCode: "GB" },
          ],
        },
        opts(),
      );
      assert.deepEqual(
        result.senderIds.map((s) => `${s.senderId}/${s.isoCountryCode}`),
        ["Brand/DE", "Brand/GB"],
      );
    });

    it("getSenderId returns one, and a sender ID of another country is not found", async () => {
      assert.equal(
        (await getSenderId({ senderId: "Alerts", isoCountryCode: "GB" }, opts())).isoCountryCode,
        "GB",
      );
      await assert.rejects(
        getSenderId({ senderId: "Alerts", isoCountryCode: "DE" }, opts()),
        SenderIdNotFoundError,
      );
    });
  });

  describe("getOptOutLists / getOptOutList", () => {
    it("lists the account's lists, Default among them", async () => {
      const { names } = await getOptOutLists({}, opts());
      assert.deepEqual([...names].sort(), ["Default", "Marketing"]);
    });

    it("looks up by name, and names a missing list", async () => {
      assert.equal(
        (await getOptOutList({ optOutListName: "Marketing" }, opts())).optOutListName,
        "Marketing",
      );
      await assert.rejects(getOptOutList({ optOutListName: "Nope" }, opts()), OptOutListNotFoundError);
    });
  });

  describe("pool membership", () => {
    it("getPoolOriginationIdentities lists a pool's numbers across pages", async () => {
      const result = await getPoolOriginationIdentities({ poolId, pageSize: 2 }, opts());
      assert.deepEqual(
        result.arns,
        numbers
          .slice(0, 7)
          .map((n) => n.arn)
          .sort(),
      );
      assert.equal(requests("ListPoolOriginationIdentities").length, 4);
    });

    it("a missing pool is a PoolNotFoundError from ListPoolOriginationIdentities", async () => {
      await assert.rejects(
        getPoolOriginationIdentities({ poolId: "pool-missing" }, opts()),
        (err: unknown) =>
          err instanceof PoolNotFoundError && /ListPoolOriginationIdentities failed/.test(err.message),
      );
    });

    it("getPools and getPool carry origination identities only when asked", async () => {
      const plain = await getPools({}, opts());
      assert.equal(plain.pools[0].originationIdentities, undefined);
      const withMembers = await getPools({ includeOriginationIdentities: true }, opts());
      assert.equal(withMembers.pools[0].originationIdentities?.length, 7);
      const one = await getPool({ poolId, includeOriginationIdentities: true }, opts());
      assert.deepEqual(
        one.originationIdentities?.map((o) => o.originationIdentity).sort(),
        numbers
          .slice(0, 7)
          .map((n) => n.id)
          .sort(),
      );
    });

    it("with includeOriginationIdentities, a failed pool listing starts no more of them", async () => {
      const emulator = await startEmulator({ seed: { pools: seedPools(20) } });
      try {
        emulator.setFaults([
          { operation: "ListPoolOriginationIdentities", latencyMs: 50, internalError: { nth: [1] } },
        ]);
        const listings = () =>
          emulator.requests.filter((r) => r.operation === "ListPoolOriginationIdentities").length;
        await assert.rejects(
          getPools(
            { includeOriginationIdentities: true },
            { endpoint: emulator.endpoint, region: "us-east-1", maxAttempts: 1, concurrency: 2 },
          ),
          /InternalServerException/,
        );
        // The other worker may finish the listing it had started; none may start after the failure.
        await new Promise((resolve) => setTimeout(resolve, 600));
        assert.ok(listings() <= 3, `${listings()} of 20 pools listed after the first failed`);
      } finally {
        await emulator.stop();
      }
    });

    it("refuses includeOriginationIdentities that is no boolean, before anything is sent", async () => {
      await assert.rejects(
        getPools({ includeOriginationIdentities: "yes" as never }, opts()),
        /includeOriginationIdentities "yes" must be true or false/,
      );
      assert.equal(requests("DescribePools").length, 0);
    });
  });
});
