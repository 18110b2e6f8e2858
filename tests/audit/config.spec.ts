// The audit's reading of a policy config file: what it warns about instead of ignoring without a word.
import * as assert from "node:assert/strict";
import { loadPolicyConfig } from "../../audit/config";

const warningsOf = (config: object) => loadPolicyConfig(JSON.stringify(config), "p.json").warnings;

describe("audit: the policy config", () => {
  it("warns about a name that is no policy of the pack", () => {
    assert.deepEqual(warningsOf({ "sms-pool-deletion-protecton": "advisory" }), [
      'p.json: "sms-pool-deletion-protecton" is not a policy of sms-pools-guard; it is ignored',
    ]);
  });

  it("warns about settings given under all, which sets only the level", () => {
    assert.deepEqual(warningsOf({ all: "advisory" }), []);
    assert.deepEqual(
      warningsOf({ all: { enforcementLevel: "advisory", exemptResourceNames: ["sandbox"] } }),
      [
        'p.json: "all" sets only the enforcement level; its other settings are ignored (give them per policy)',
      ],
    );
  });
});
