// The lookups of every SMS resource kind: validation before anything is sent, mocks, Output forms.
import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import {
  getConfigurationSet,
  getConfigurationSets,
  getKeywords,
  getOptOutList,
  getOptOutLists,
  getPhoneNumber,
  getPhoneNumbers,
  getPhoneNumbersOutput,
  getPoolOriginationIdentities,
  getPools,
  getProtectConfigurations,
  getSenderId,
  getSenderIds,
  lookupToken,
  PoolQueryError,
} from "../../index";
import { validateQuery } from "../../provider/engine/query";
import { KEYWORDS } from "../../provider/resources/keywords";
import { SENDER_IDS } from "../../provider/resources/senderIds";
import { settle, useMocks } from "../support/pulumi";

const ACCOUNT = "123456789012";
const phoneNumber = (id: string) => ({
  phoneNumberArn: `arn:aws:sms-voice:eu-west-1:${ACCOUNT}:phone-number/${id}`,
  phoneNumberId: id,
  phoneNumber: "+447700900123",
  status: "ACTIVE",
});

/** The problems of a rejected lookup, as messages. */
async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof PoolQueryError, String(err));
    return err.problems.map((p) => p.message);
  }
  assert.fail("expected the lookup to be refused");
}

describe("sdk: lookups of every resource kind, checked before anything is sent", () => {
  // An endpoint nobody listens on: a request would fail with a connection error, not a PoolQueryError.
  const opts = { endpoint: "http://127.0.0.1:9", region: "us-east-1", maxAttempts: 1 };

  it("names a filter that is not the operation's, with the operation's own names", async () => {
    const [message] = await problemsOf(
      getPhoneNumbers({ filters: [{ name: "status" as never, values: ["ON"] }] }, opts),
    );
    assert.equal(
      message,
      'filters[0].values[0] "ON" never matches a phone number\'s status; use one of: PENDING, ACTIVE, ASSOCIATING, DISASSOCIATING, DELETED',
    );
    const [unknown] = await problemsOf(
      getPhoneNumbers({ filters: [{ name: "pool-id" as never, values: ["x"] }] }, opts),
    );
    assert.match(
      unknown,
      /^filters\[0\]\.name "pool-id" is not a phone number filter; use one of: status, iso-country-code, /,
    );
  });

  it("bounds the message of 10,000 bad entries: the first 10 problems and a count, every one in problems", async () => {
    const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
      [
        "pool IDs",
        () => getPools({ poolIds: Array.from({ length: 10_000 }, (_, i) => `bad id ${i}`) }, opts),
        /^ {2}- poolIds\[0\] "bad id 0" is not a pool ID or ARN: /,
      ],
      [
        "sender IDs",
        () =>
          getSenderIds(
            {
              senderIds: Array.from({ length: 10_000 }, (_, i) => ({
                senderId: `bad id ${i}`,
                isoCountryCode: "gb",
              })),
            },
            opts,
          ),
        /^ {2}- senderIds\[0\]\.senderId "bad id 0" is not a sender ID or ARN: /,
      ],
    ];
    for (const [what, call, first] of cases) {
      const err = await call().then(
        () => assert.fail(`${what}: expected a refusal`),
        (e: unknown) => e,
      );
      assert.ok(err instanceof PoolQueryError, String(err));
      const problems = what === "sender IDs" ? 20_000 : 10_000;
      assert.equal(err.problems.length, problems, what);
      const lines = err.message.split("\n");
      assert.equal(lines.length, 1 + 10 + 1, `${what}: ${err.message.length} characters`);
      assert.match(lines[0], new RegExp(`\\(${problems} problems; no request was sent\\):$`));
      assert.match(lines[1], first);
      assert.deepEqual(
        lines.slice(1, 11),
        err.problems.slice(0, 10).map((p) => `  - ${p.message}`),
      );
      assert.equal(lines[11], `  - and ${problems - 10} more problems (the error's problems list every one)`);
      assert.ok(err.message.length < 3_000, `${what}: ${err.message.length} characters`);
    }
  });

  it("shows every problem up to 10, and says 'and 1 more problem' for 11", async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `bad id ${i}`);
    const refusal = (n: number) =>
      getPools({ poolIds: ids(n) }, opts).then(
        () => assert.fail("expected a refusal"),
        (e: PoolQueryError) => e,
      );
    const ten = await refusal(10);
    assert.equal(ten.message.split("\n").length, 11);
    assert.doesNotMatch(ten.message, /more problem/);
    const eleven = await refusal(11);
    assert.match(eleven.message, /\n {2}- and 1 more problem \(the error's problems list every one\)$/);
  });

  it("names each kind with its article and ID noun ('an opt-out list', 'a sender ID', never 'a sender ID ID')", async () => {
    const poolArn = `arn:aws:sms-voice:us-east-1:${ACCOUNT}:pool/pool-a`;
    assert.deepEqual(await problemsOf(getOptOutLists({ optOutListNames: [poolArn] }, opts)), [
      `optOutListNames[0] "${poolArn}" is not an opt-out list ARN; expected arn:aws:sms-voice:<region>:<account-id>:opt-out-list/<opt-out-list-id>`,
    ]);
    assert.deepEqual(await problemsOf(getOptOutLists({ optOutListNames: ["a b"] }, opts)), [
      `optOutListNames[0] "a b" is not an opt-out list ID or ARN: at most 256 characters of letters, digits, _ : / -`,
    ]);
    assert.deepEqual(
      await problemsOf(getSenderIds({ senderIds: [{ senderId: "a b", isoCountryCode: "GB" }] }, opts)),
      [
        `senderIds[0].senderId "a b" is not a sender ID or ARN: at most 256 characters of letters, digits, _ : / -`,
      ],
    );
    assert.deepEqual(await problemsOf(getSenderIds({ senderIds: "Brand" as never }, opts)), [
      `senderIds "Brand" must be an array of sender IDs or ARNs, e.g. [{ senderId: "MyBrand", isoCountryCode: "US" }]`,
    ]);
    assert.deepEqual(await problemsOf(getPhoneNumbers({ phoneNumberIds: "x" as never }, opts)), [
      `phoneNumberIds "x" must be an array of phone number IDs or ARNs, e.g. ["phone-0123..."]`,
    ]);
  });

  it("refuses owner together with an ID list, as the operation does", async () => {
    const [message] = await problemsOf(
      getOptOutLists({ optOutListNames: ["Default"], owner: "SHARED" }, opts),
    );
    assert.match(
      message,
      /owner "SHARED" can't be used together with optOutListNames \(DescribeOptOutLists rejects both at once\)/,
    );
  });

  it("refuses owner for an operation that takes none (DescribeConfigurationSets)", async () => {
    assert.deepEqual(await problemsOf(getConfigurationSets({ owner: "SELF" } as never, opts)), [
      "owner is not a lookup argument; use one of: configurationSetNames, filters, pageSize, region",
    ]);
  });

  it("refuses filters for an operation that takes none (DescribeOptOutLists)", async () => {
    assert.deepEqual(await problemsOf(getOptOutLists({ filters: [] } as never, opts)), [
      "filters is not a lookup argument; use one of: optOutListNames, owner, pageSize, region",
    ]);
  });

  it("checks an event type filter's values against the model's event types", async () => {
    const [problem, ...rest] = await problemsOf(
      getConfigurationSets(
        { filters: [{ name: "matching-event-types", values: ["TEXT_DELIVERED", "TEXT_DELIVERD"] }] },
        opts,
      ),
    );
    assert.deepEqual(rest, []);
    assert.match(problem, /filters\[0\]\.values\[1\] "TEXT_DELIVERD" .*TEXT_DELIVERED/);
  });

  it("checks each sender ID entry's two members", async () => {
    const problems = await problemsOf(
      getSenderIds(
        { senderIds: [{ senderId: "", isoCountryCode: "gb" }, { senderId: "Brand" } as never] },
        opts,
      ),
    );
    assert.deepEqual(problems, [
      "senderIds[0].senderId is empty; give a sender ID or sender ID ARN, or remove the entry",
      'senderIds[0].isoCountryCode "gb" must be a two-letter ISO 3166-1 country code in capitals, e.g. "GB"',
      'senderIds[1].isoCountryCode undefined must be a two-letter ISO 3166-1 country code in capitals, e.g. "GB"',
    ]);
  });

  it("checks a sender ID ARN's country: present, and the entry's own", async () => {
    const arn = "arn:aws:sms-voice:us-east-1:123456789012:sender-id/Brand";
    const problems = await problemsOf(
      getSenderIds(
        {
          senderIds: [
            { senderId: arn, isoCountryCode: "GB" },
            { senderId: `${arn}/GB`, isoCountryCode: "FR" },
          ],
        },
        opts,
      ),
    );
    assert.deepEqual(problems, [
      `senderIds[0].senderId "${arn}" is not a sender ID ARN; expected arn:aws:sms-voice:<region>:<account-id>:sender-id/<sender-id>/<country code>`,
      `senderIds[1].isoCountryCode "FR" differs from the GB at the end of senderIds[1].senderId's ARN; give "GB", or the ARN of the sender ID for FR`,
    ]);
    assert.deepEqual(
      validateQuery(SENDER_IDS, { senderIds: [{ senderId: `${arn}/GB`, isoCountryCode: "GB" }] }).ids,
      [`${arn}/GB|GB`],
    );
  });

  it("names a one-resource function's problems after its own arguments", async () => {
    assert.deepEqual(await problemsOf(getSenderId({ senderId: "Brand", isoCountryCode: "G" }, opts)), [
      'isoCountryCode "G" must be a two-letter ISO 3166-1 country code in capitals, e.g. "GB"',
    ]);
    assert.deepEqual(
      await problemsOf(getPhoneNumber({ phoneNumberId: "arn:aws:sms-voice:us-east-1:1:pool/x" }, opts)),
      [
        'phoneNumberId "arn:aws:sms-voice:us-east-1:1:pool/x" is not a phone number ARN; expected arn:aws:sms-voice:<region>:<account-id>:phone-number/<phone-number-id>',
      ],
    );
    assert.deepEqual(
      await problemsOf(getOptOutList({ optOutListName: "Default", owner: "SELF" } as never, opts)),
      [
        "owner is not a getOptOutList argument; getOptOutList takes optOutListName, region (for owner, use getOptOutLists)",
      ],
    );
  });

  it("requires the parent of a child listing", async () => {
    assert.deepEqual(await problemsOf(getPoolOriginationIdentities({} as never, opts)), [
      'poolId undefined must be a pool ID ("pool-...") or pool ARN: at most 256 characters of letters, digits, _ : / -',
    ]);
    const problems = await problemsOf(
      getKeywords({ originationIdentity: "phone-1", keywords: ["A\tB"] }, opts),
    );
    assert.deepEqual(problems, [
      'keywords[0] "A\\tB" is not a keyword: 1 to 30 characters (spaces allowed, no tabs or line breaks)',
    ]);
  });

  it("checks the resource type of a parent given as an ARN", async () => {
    const optOutList = "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Marketing";
    assert.deepEqual(await problemsOf(getKeywords({ originationIdentity: optOutList }, opts)), [
      `originationIdentity "${optOutList}" is not a phone number ID, phone number ARN, pool ID or pool ARN; ` +
        "expected arn:aws:sms-voice:<region>:<account-id>:phone-number/<phone-number-id> or " +
        "arn:aws:sms-voice:<region>:<account-id>:pool/<pool-id>",
    ]);
    const phone = "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123";
    assert.match(
      (await problemsOf(getPoolOriginationIdentities({ poolId: phone }, opts)))[0],
      /^poolId ".*phone-number\/phone-0123" is not a pool ID \("pool-..."\) or pool ARN; expected arn:aws:sms-voice:<region>:<account-id>:pool\/<pool-id>$/,
    );
    for (const parent of [phone, phone.replace("phone-number/phone", "pool/pool"), "phone-0123"]) {
      assert.equal(validateQuery(KEYWORDS, { originationIdentity: parent }).parent, parent);
    }
  });

  it("reports every problem of arguments and options at once", async () => {
    const problems = await problemsOf(
      getProtectConfigurations(
        {
          protectConfigurationIds: ["arn:aws-cn:sms-voice:us-east-1:123456789012:protect-configuration/p"],
          pageSize: 0,
        },
        { ...opts, maxAttempts: 0 },
      ),
    );
    assert.equal(problems.length, 3, problems.join("\n"));
  });
});

describe("sdk: lookups of every resource kind under pulumi.runtime.setMocks", () => {
  const recorded = useMocks((args) => {
    if (args.token === lookupToken("getPhoneNumbers")) {
      return {
        phoneNumbers: ((args.inputs.phoneNumberIds as string[]) ?? ["phone-listed"]).map(phoneNumber),
        region: "eu-west-1",
      };
    }
    if (args.token === lookupToken("getPhoneNumber")) return phoneNumber(args.inputs.phoneNumberId as string);
    if (args.token === lookupToken("getConfigurationSet")) return { nothing: true };
    return {};
  });

  it("routes each function to mocks.call under sms-pools:index:<function name>", async () => {
    const result = await getPhoneNumbers({ phoneNumberIds: ["phone-a", "phone-b"] });
    assert.deepEqual(recorded.calls, [
      { token: "sms-pools:index:getPhoneNumbers", inputs: { phoneNumberIds: ["phone-a", "phone-b"] } },
    ]);
    assert.deepEqual(result.ids, ["phone-a", "phone-b"], "ids derived from the mocked numbers");
    assert.equal(result.arns[1], phoneNumber("phone-b").phoneNumberArn);
    assert.equal(result.region, "eu-west-1");
  });

  it("routes the one-resource function with its own token", async () => {
    const found = await getPhoneNumber({ phoneNumberId: "phone-one", region: "eu-west-1" });
    assert.deepEqual(recorded.calls[0], {
      token: "sms-pools:index:getPhoneNumber",
      inputs: { phoneNumberId: "phone-one", region: "eu-west-1" },
    });
    assert.equal(found.phoneNumberId, "phone-one");
  });

  it("explains a mock that returns nothing useful", async () => {
    await assert.rejects(
      getConfigurationSet({ configurationSetName: "set", region: "eu-west-1" }),
      /mocks\.call for sms-pools:index:getConfigurationSet returned \{"nothing":true\}; under pulumi\.runtime\.setMocks it must return one configuration set/,
    );
  });

  it("keeps secret inputs secret in the Output form", async () => {
    const { value, secret } = await settle(
      getPhoneNumbersOutput({ phoneNumberIds: pulumi.secret(["phone-s"]) }),
    );
    assert.deepEqual(value.ids, ["phone-s"]);
    assert.equal(secret, true);
  });

  it("names the function, not another operation, in the error of a bad secret argument", async () => {
    // An element may be an Output, as in Pulumi's generated Output functions.
    const invalid = getPhoneNumbersOutput({ phoneNumberIds: [pulumi.secret("bad id!")] });
    const err = await (invalid as unknown as { promise(): Promise<unknown> }).promise().then(
      () => assert.fail("should reject"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof PoolQueryError);
    assert.equal(
      err.problems[0].message,
      "phoneNumberIds[0] is not valid in the getPhoneNumbers arguments (the value is not shown because the " +
        "arguments are secret; the same call with a plain value names the rule it breaks)",
    );
    assert.ok(!err.message.includes("bad id!"));
  });
});
