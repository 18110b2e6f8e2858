// judgeAccountRegion on its own: one hand-built account-region and the rule settings that change its findings.
import * as assert from "node:assert/strict";
import type { RuleConfig } from "../../audit/config";
import { judgeAccountRegion } from "../../audit/judge";
import type { AccountRegionState } from "../../audit/read";
import type { PhoneNumber } from "../../provider/resources/phoneNumbers";
import type { SenderId } from "../../provider/resources/senderIds";

const ACCOUNT = "111122223333";
const RULE = "sms-origination-identity-deletion-protection";

const number: PhoneNumber = {
  phoneNumberArn: `arn:aws:sms-voice:us-east-1:${ACCOUNT}:phone-number/phone-1`,
  phoneNumberId: "phone-1",
  phoneNumber: "+14255550100",
  status: "ACTIVE",
  isoCountryCode: "US",
  messageType: "TRANSACTIONAL",
  numberCapabilities: ["SMS"],
  numberType: "SIMULATOR",
  monthlyLeasingPrice: "0.00",
  twoWayEnabled: false,
  selfManagedOptOutsEnabled: false,
  optOutListName: "Default",
  deletionProtectionEnabled: false,
  createdTimestamp: "2026-01-01T00:00:00.000Z",
};

const sender: SenderId = {
  senderIdArn: `arn:aws:sms-voice:us-east-1:${ACCOUNT}:sender-id/ACME/GB`,
  senderId: "ACME",
  isoCountryCode: "GB",
  messageTypes: ["TRANSACTIONAL"],
  monthlyLeasingPrice: "0.00",
  deletionProtectionEnabled: false,
  registered: false,
};

const state: AccountRegionState = {
  target: { region: "us-east-1", connection: {} as AccountRegionState["target"]["connection"] },
  account: ACCOUNT,
  pools: [],
  phoneNumbers: [number],
  senderIds: [sender],
  optOutLists: [],
  configurationSets: [],
  protectConfigurations: [],
  keywords: new Map(),
  resourcePolicies: new Map(),
  tags: new Map(),
  countryRules: new Map(),
  poolMembers: new Map(),
  unlisted: new Set(),
  failures: [],
};

const judged = (exemptResourceNames: string[]) =>
  judgeAccountRegion(
    state,
    new Map<string, RuleConfig>([
      [RULE, { name: RULE, description: "", level: "advisory", settings: { exemptResourceNames } }],
    ]),
  ).map((f) => f.resourceId);

describe("audit: judgeAccountRegion", () => {
  it("reports each unprotected origination identity once", () => {
    assert.deepEqual(judged([]), ["phone-1", "ACME/GB"]);
  });

  it("exempts a resource by its ID, its ARN, a number in E.164 or a sender ID without its country", () => {
    assert.deepEqual(judged(["phone-1", sender.senderIdArn]), []);
    assert.deepEqual(judged(["+14255550100", "ACME"]), []);
    assert.deepEqual(judged(["ACME/FR", "+14255550199"]), ["phone-1", "ACME/GB"]);
  });
});
