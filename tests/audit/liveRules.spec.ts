import * as assert from "node:assert/strict";
import {
  judgeAccountDefaultProtectConfiguration,
  judgePoolOriginationIdentities,
} from "../../policy/liveRules";

describe("audit-only rules", () => {
  it("sms-account-default-protect-configuration passes when one protect configuration is the default", () => {
    const record = {
      where: "account 111122223333 in us-east-1",
      protectConfigurations: [
        { id: "protect-a", accountDefault: false },
        { id: "protect-b", accountDefault: true },
      ],
    };
    assert.deepEqual(judgeAccountDefaultProtectConfiguration(record), []);
  });

  it("sms-account-default-protect-configuration names the place and the configurations that could be the default", () => {
    const [finding] = judgeAccountDefaultProtectConfiguration({
      where: "account 111122223333 in us-east-1",
      protectConfigurations: [{ id: "protect-a", accountDefault: false }],
    });
    assert.equal(finding.kind, "violation");
    assert.match(
      finding.message,
      /account 111122223333 in us-east-1 has no account default protect configuration/,
    );
    assert.match(
      finding.message,
      /make one of protect-a the default \(SetAccountDefaultProtectConfiguration\)/,
    );
  });

  it("sms-pool-has-origination-identity flags only an empty pool", () => {
    assert.deepEqual(judgePoolOriginationIdentities({ poolId: "pool-a", originationIdentities: 2 }), []);
    const [finding] = judgePoolOriginationIdentities({ poolId: "pool-a", originationIdentities: 0 });
    assert.match(finding.message, /pool pool-a has no origination identity/);
  });
});
