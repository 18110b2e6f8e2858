import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { poolFixture } from "../support/pools";
import { analyzer, diagnosticsOf, type RunningPack, SECRET_SIG, startPack, wireUrn } from "./packProcess";
import { UNKNOWN } from "./util";

const Level = analyzer.EnforcementLevel;
const repoRoot = path.resolve(__dirname, "../..");
const packDir = path.join(repoRoot, "policy");
const packVersion: string = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")).version;

const NATIVE_POOL = "aws-native:smsvoice:Pool";
const LOOKUP = "pulumi-nodejs:dynamic/sms-pools:PoolLookup";
const TAGS = [
  { key: "owner", value: "messaging" },
  { key: "cost-center", value: "cc-42" },
];

/** The pack's public contract: every policy and its default enforcement level. */
const CONTRACT: Record<string, (typeof Level)[keyof typeof Level]> = {
  "sms-pool-deletion-protection": Level.MANDATORY,
  "sms-origination-identity-deletion-protection": Level.ADVISORY,
  "sms-looked-up-pools-protected": Level.ADVISORY,
  "sms-pool-shared-routes": Level.ADVISORY,
  "sms-self-managed-opt-outs": Level.ADVISORY,
  "sms-two-way-channel-configured": Level.MANDATORY,
  "sms-required-tags": Level.ADVISORY,
  "sms-protect-configuration-deletion-protection": Level.ADVISORY,
  "sms-resource-policy-scope": Level.MANDATORY,
  "sms-protect-configuration-countries": Level.ADVISORY,
  "sms-opt-out-keywords": Level.MANDATORY,
  "sms-configuration-set-event-logging": Level.ADVISORY,
  "sms-account-default-protect-configuration": Level.ADVISORY,
  "sms-pool-has-origination-identity": Level.ADVISORY,
};

function lookedUpPool(id: string, deletionProtectionEnabled: boolean) {
  return poolFixture(id, { deletionProtectionEnabled });
}

describe("policy pack sms-pools-guard, started as the Node.js language host starts it", function () {
  this.timeout(30_000);
  let pack: RunningPack;

  before(async () => {
    pack = await startPack(packDir);
  });
  after(async () => {
    await pack?.stop();
  });

  it("GetAnalyzerInfo lists every policy with its default level and config schema", async () => {
    const info = await pack.getAnalyzerInfo();
    assert.equal(info.getName(), "sms-pools-guard");
    assert.equal(info.getVersion(), packVersion);
    assert.ok(info.getSupportsconfig());
    const levels = Object.fromEntries(
      info.getPoliciesList().map((p) => [p.getName(), p.getEnforcementlevel()]),
    );
    assert.deepEqual(levels, CONTRACT);
    for (const policy of info.getPoliciesList()) {
      assert.ok(policy.getConfigschema()?.getProperties(), `${policy.getName()} has a config schema`);
    }
    const stackPolicies = info
      .getPoliciesList()
      .filter((p) => p.getPolicyType() === analyzer.PolicyType.POLICY_TYPE_STACK)
      .map((p) => p.getName());
    assert.deepEqual(stackPolicies, [
      "sms-looked-up-pools-protected",
      "sms-configuration-set-event-logging",
      "sms-account-default-protect-configuration",
      "sms-pool-has-origination-identity",
    ]);
  });

  it("Analyze flags an unprotected pool at mandatory, and passes a well-formed one", async () => {
    const bad = diagnosticsOf(
      await pack.analyze({
        type: NATIVE_POOL,
        name: "senders",
        props: { deletionProtectionEnabled: false, tags: TAGS },
      }),
    );
    assert.deepEqual(
      bad.map((d) => [d.policy, d.level]),
      [["sms-pool-deletion-protection", Level.MANDATORY]],
    );
    assert.match(bad[0].message, /deletionProtectionEnabled is false/);

    const good = await pack.analyze({
      type: NATIVE_POOL,
      name: "senders",
      props: { deletionProtectionEnabled: true, tags: TAGS, twoWay: { enabled: false } },
    });
    assert.deepEqual(diagnosticsOf(good), []);
  });

  it("Analyze reports a mistyped property as advisory 'could not check', not as a mandatory violation", async () => {
    const diagnostics = diagnosticsOf(
      await pack.analyze({
        type: NATIVE_POOL,
        name: "senders",
        props: { deletionProtectionEnabled: "yes", tags: TAGS },
      }),
    );
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].policy, "sms-pool-deletion-protection");
    assert.equal(diagnostics[0].level, Level.ADVISORY);
    assert.match(diagnostics[0].message, /could not check deletionProtectionEnabled: expected a boolean/);
  });

  it("Analyze turns an unknown value at preview into an advisory, not a violation", async () => {
    const diagnostics = diagnosticsOf(
      await pack.analyze({
        type: NATIVE_POOL,
        name: "senders",
        props: { deletionProtectionEnabled: UNKNOWN, tags: TAGS },
      }),
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.level]),
      [["sms-pool-deletion-protection", Level.ADVISORY]],
    );
    assert.match(diagnostics[0].message, /can't run policy 'sms-pool-deletion-protection'.*during preview/);
  });

  it("AnalyzeStack flags a PoolLookup holding an unprotected pool (and runs only the stack policies)", async () => {
    const response = await pack.analyzeStack([
      {
        type: LOOKUP,
        name: "senders",
        props: { pools: [lookedUpPool("pool-a", true), lookedUpPool("pool-b", false)] },
      },
      { type: NATIVE_POOL, name: "declared", props: { deletionProtectionEnabled: false } },
    ]);
    const diagnostics = diagnosticsOf(response);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].policy, "sms-looked-up-pools-protected");
    assert.equal(diagnostics[0].level, Level.ADVISORY);
    assert.equal(diagnostics[0].urn, wireUrn(LOOKUP, "senders"));
    assert.match(diagnostics[0].message, /pool-b \(arn:aws:sms-voice:us-east-1:111122223333:pool\/pool-b\)/);
  });

  it("Remediate changes nothing while no policy is at 'remediate'", async () => {
    const response = await pack.remediate({
      type: NATIVE_POOL,
      name: "senders",
      props: { deletionProtectionEnabled: false },
    });
    assert.deepEqual(response.getRemediationsList(), []);
  });
});

describe("policy pack sms-pools-guard, configured through the Configure call", function () {
  this.timeout(30_000);
  let pack: RunningPack;

  before(async () => {
    pack = await startPack(packDir);
    await pack.configure({
      "sms-pool-deletion-protection": { level: Level.REMEDIATE },
      "sms-pool-shared-routes": { level: Level.DISABLED },
      "sms-required-tags": { level: Level.MANDATORY, properties: { requiredTagKeys: ["team"] } },
      "sms-looked-up-pools-protected": { level: Level.MANDATORY, properties: { exemptPools: ["pool-a"] } },
    });
  });
  after(async () => {
    await pack?.stop();
  });

  it("Remediate returns the fixed properties, keeping secret inputs secret", async () => {
    const response = await pack.remediate({
      type: NATIVE_POOL,
      name: "senders",
      props: { deletionProtectionEnabled: false, optOutListName: { ...SECRET_SIG, value: "team-opt-outs" } },
    });
    const remediations = response.getRemediationsList();
    assert.deepEqual(
      remediations.map((r) => r.getPolicyname()),
      ["sms-pool-deletion-protection"],
    );
    assert.deepEqual(remediations[0].getProperties()?.toJavaScript(), {
      deletionProtectionEnabled: true,
      optOutListName: { ...SECRET_SIG, value: "team-opt-outs" },
    });
  });

  it("Analyze applies the configured levels and settings", async () => {
    const diagnostics = diagnosticsOf(
      await pack.analyze({
        type: NATIVE_POOL,
        name: "senders",
        props: {
          deletionProtectionEnabled: false,
          sharedRoutesEnabled: true,
          tags: [{ key: "owner", value: "x" }],
        },
      }),
    );
    const byPolicy = Object.fromEntries(diagnostics.map((d) => [d.policy, d]));
    // A violation left after remediation is reported as mandatory; shared routes are disabled.
    assert.deepEqual(Object.keys(byPolicy).sort(), ["sms-pool-deletion-protection", "sms-required-tags"]);
    assert.equal(byPolicy["sms-pool-deletion-protection"].level, Level.MANDATORY);
    assert.equal(byPolicy["sms-required-tags"].level, Level.MANDATORY);
    assert.match(byPolicy["sms-required-tags"].message, /missing required tag "team"/);
    // The server puts the policy's description first; the rule's own message is the last line.
    assert.doesNotMatch(byPolicy["sms-required-tags"].message.split("\n").at(-1) ?? "", /cost-center/);
  });

  it("AnalyzeStack applies the configured level and exemptPools", async () => {
    const diagnostics = diagnosticsOf(
      await pack.analyzeStack([
        {
          type: LOOKUP,
          name: "shared",
          props: { pools: [lookedUpPool("pool-a", false), lookedUpPool("pool-b", false)] },
        },
      ]),
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.level, /pool (pool-\S+)/.exec(d.message)?.[1]]),
      [[Level.MANDATORY, "pool-b"]],
    );
  });
});

describe("policy pack sms-pools-guard, installed as node_modules/pulumi-sms-pools/policy", function () {
  this.timeout(30_000);
  let project: string;
  let pack: RunningPack;

  before(async () => {
    // The files the package ships for the pack: policy/{package.json,PulumiPolicy.yaml} and dist/policy.
    project = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-guard-"));
    const installed = path.join(project, "node_modules", "pulumi-sms-pools");
    fs.mkdirSync(path.join(installed, "policy"), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, "package.json"), path.join(installed, "package.json"));
    fs.copyFileSync(
      path.join(packDir, "PulumiPolicy.yaml"),
      path.join(installed, "policy", "PulumiPolicy.yaml"),
    );
    // A distinct version proves the pack ran from this directory: PolicyPack reads it from cwd/package.json.
    const manifest = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8"));
    fs.writeFileSync(
      path.join(installed, "policy", "package.json"),
      JSON.stringify({ ...manifest, version: `${manifest.version}-installed` }),
    );
    fs.cpSync(path.join(repoRoot, "dist", "policy"), path.join(installed, "dist", "policy"), {
      recursive: true,
    });
    fs.symlinkSync(
      path.join(repoRoot, "node_modules", "@pulumi"),
      path.join(project, "node_modules", "@pulumi"),
      "dir",
    );
    pack = await startPack(path.join(installed, "policy"));
  });
  after(async () => {
    await pack?.stop();
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  it("loads ../dist/policy from the installed package and serves every policy", async () => {
    const info = await pack.getAnalyzerInfo();
    assert.equal(info.getName(), "sms-pools-guard");
    assert.equal(info.getVersion(), `${packVersion}-installed`);
    assert.deepEqual(
      info
        .getPoliciesList()
        .map((p) => p.getName())
        .sort(),
      Object.keys(CONTRACT).sort(),
    );
    const diagnostics = diagnosticsOf(
      await pack.analyze({
        type: NATIVE_POOL,
        name: "senders",
        props: { deletionProtectionEnabled: false, tags: TAGS },
      }),
    );
    assert.deepEqual(
      diagnostics.map((d) => d.policy),
      ["sms-pool-deletion-protection"],
    );
  });
});
