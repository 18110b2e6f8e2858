import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { DescribeKeywordsCommand, DescribePoolsCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import Ajv from "ajv-draft-04";
import { formatTable } from "../../audit/formats/table";
import { SMS_VOICE_REGIONS } from "../../audit/regions";
import { ALICE, BOB, clientOf, POLICY_CONFIG } from "./fixture";
import { findingKeys, withAuditedAccounts } from "./harness";

const ARN = (region: string, account: string) =>
  `arn:aws:sms-voice:${region}:${account}:protect-configuration`;

describe("sms-pools-guard audit: two accounts, two regions, known violations", function () {
  this.timeout(30_000);
  const h = withAuditedAccounts();

  const expected = () => {
    const s = h.seeded;
    const a = ALICE.account;
    const b = BOB.account;
    return [
      `sms-pool-deletion-protection ${a} us-east-1 ${s.alicePool.arn} mandatory`,
      `sms-origination-identity-deletion-protection ${a} us-east-1 ${s.numberA.arn} advisory`,
      `sms-pool-shared-routes ${a} us-east-1 ${s.alicePool.arn} advisory`,
      `sms-resource-policy-scope ${a} us-east-1 ${s.numberB.arn} mandatory`,
      `sms-opt-out-keywords ${a} us-east-1 ${s.numberB.arn} mandatory`,
      `sms-configuration-set-event-logging ${a} us-east-1 arn:aws:sms-voice:us-east-1:${a}:configuration-set/silent advisory`,
      `sms-account-default-protect-configuration ${a} us-east-1 ${ARN("us-east-1", a)} advisory`,
      `sms-account-default-protect-configuration ${a} eu-west-1 ${ARN("eu-west-1", a)} advisory`,
      // The emulator shares a pool seeded into another account with its own default account (123456789012).
      `sms-resource-policy-scope ${b} us-east-1 ${s.emptyPool.arn} mandatory`,
      `sms-pool-has-origination-identity ${b} us-east-1 ${s.emptyPool.arn} advisory`,
      `sms-account-default-protect-configuration ${b} us-east-1 ${ARN("us-east-1", b)} advisory`,
      `sms-protect-configuration-deletion-protection ${b} eu-west-1 ${s.protect.arn} advisory`,
      `sms-protect-configuration-countries ${b} eu-west-1 ${s.protect.arn} advisory`,
    ].sort();
  };

  describe("formats", () => {
    it("json: every seeded violation once, with its rule, account, region, ARN and level; exit 1", async () => {
      const { code, stdout } = await h.audit("--format", "json", "--quiet");
      assert.deepEqual(findingKeys(stdout), expected());
      assert.equal(code, 1);
    });

    it("json: a finding says what is wrong and the fix, with the exact call when one call fixes it", async () => {
      const report = JSON.parse((await h.audit("--format", "json", "--quiet")).stdout);
      const pool = report.findings.find((f: { rule: string }) => f.rule === "sms-pool-deletion-protection");
      assert.match(pool.message, /deletionProtectionEnabled is false/);
      assert.deepEqual(pool.call, {
        operation: "UpdatePool",
        input: { PoolId: h.seeded.alicePool.id, DeletionProtectionEnabled: true },
      });
      assert.equal(pool.profile, "alice");
      assert.deepEqual(report.summary, { mandatory: 4, advisory: 9, fixed: 0 });
    });

    it("json is the default when stdout is not a terminal", async () => {
      const { stdout } = await h.audit("--quiet");
      assert.deepEqual(findingKeys(stdout), expected());
    });

    it("table: one block per finding and a summary line with the exit code", async () => {
      const { code, stdout } = await h.audit("--format", "table", "--quiet");
      assert.equal(code, 1);
      assert.match(stdout, /^LEVEL {6}RULE/m);
      assert.match(
        stdout,
        new RegExp(
          `mandatory +sms-pool-deletion-protection +${ALICE.account} +us-east-1 +${h.seeded.alicePool.arn}`,
        ),
      );
      assert.match(stdout, /fix: UpdatePool \{"PoolId":"pool-[0-9a-f]+","DeletionProtectionEnabled":true\}/);
      assert.match(stdout, /^4 mandatory, 9 advisory findings \(exit 1\)$/m);
    });

    it("sarif: valid against the SARIF 2.1.0 schema, one rule per policy, one result per finding", async () => {
      const { stdout } = await h.audit("--format", "sarif", "--quiet");
      const sarif = JSON.parse(stdout) as {
        runs: { tool: { driver: { rules: { id: string }[] } }; results: unknown[] }[];
      };
      const schema = JSON.parse(
        fs.readFileSync(path.join(__dirname, "data/sarif-schema-2.1.0.json"), "utf8"),
      );
      const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(
        schema,
      );
      assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
      const run = sarif.runs[0];
      const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
      assert.equal(new Set(ruleIds).size, ruleIds.length);
      assert.ok(ruleIds.includes("sms-pool-has-origination-identity"));
      assert.equal(run.results.length, expected().length);
    });

    it("sarif: the ARN is each result's location, levels follow enforcement, as GitHub code scanning reads them", async () => {
      const run = JSON.parse((await h.audit("--format", "sarif", "--quiet")).stdout).runs[0];
      for (const result of run.results) {
        const uri = result.locations[0].physicalLocation.artifactLocation.uri;
        assert.match(uri, /^arn:aws:sms-voice:/);
        assert.doesNotThrow(() => new URL(uri));
        assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
        assert.ok(Object.values(result.partialFingerprints)[0]);
      }
      const levelOf = (rule: string) => run.results.find((r: { ruleId: string }) => r.ruleId === rule).level;
      assert.equal(levelOf("sms-pool-deletion-protection"), "error");
      assert.equal(levelOf("sms-pool-shared-routes"), "warning");
      const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === "sms-resource-policy-scope");
      assert.equal(rule.defaultConfiguration.level, "error");
      assert.equal(rule.properties["security-severity"], "9.5");
    });

    it("--output writes the report to a file and nothing to stdout", async () => {
      const { code, stdout } = await h.audit("--format", "sarif", "--output", "audit.sarif", "--quiet");
      assert.equal(code, 1);
      assert.equal(stdout, "");
      assert.equal(JSON.parse(fs.readFileSync(path.join(h.dir, "audit.sarif"), "utf8")).version, "2.1.0");
    });
  });

  describe("exit codes", () => {
    it("0 when no finding is mandatory", async () => {
      fs.writeFileSync(path.join(h.dir, "advisory.json"), JSON.stringify({ all: "advisory" }));
      const { code, stdout } = await h.audit("--policy-config", "advisory.json", "--quiet");
      assert.equal(code, 0);
      assert.ok(JSON.parse(stdout).findings.length > 0);
    });

    it("1 for advisory findings too with --fail-on advisory", async () => {
      fs.writeFileSync(path.join(h.dir, "advisory.json"), JSON.stringify({ all: "advisory" }));
      assert.equal(
        (await h.audit("--policy-config", "advisory.json", "--fail-on", "advisory", "--quiet")).code,
        1,
      );
    });

    it("0 for a clean selection: rules disabled in the config are not judged (and their reads not made)", async () => {
      fs.writeFileSync(path.join(h.dir, "off.json"), JSON.stringify({ all: "disabled" }));
      const { code, stdout } = await h.audit("--policy-config", "off.json", "--quiet");
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(stdout).findings, []);
      // Only the rules' own reads are skipped: the listings every rule starts from are still read.
      const skipped = [
        "GetResourcePolicy",
        "DescribeKeywords",
        "ListTagsForResource",
        "GetProtectConfigurationCountryRuleSet",
        "ListPoolOriginationIdentities",
      ];
      const made = h.emulator.requests.map((r) => r.operation).filter((op) => skipped.includes(op));
      assert.deepEqual(made, []);
      assert.ok(h.emulator.requests.some((r) => r.operation === "DescribePools"));
    });

    it("2 for bad usage: every problem named at once, nothing sent", async () => {
      fs.writeFileSync(
        path.join(h.dir, "bad.json"),
        JSON.stringify({ "sms-required-tags": { requiredTagKeys: "owner" } }),
      );
      const { code, stderr, stdout } = await h.run([
        "audit",
        "--format",
        "xml",
        "--region",
        "mars-1",
        "--yes",
        "--endpoint",
        "ftp://nowhere",
        "--policy-config",
        "bad.json",
        "--output",
        "no-such-folder/report.json",
      ]);
      assert.equal(code, 2);
      assert.equal(stdout, "");
      assert.match(stderr, /6 problems; nothing was sent/);
      assert.match(
        stderr,
        /--output no-such-folder\/report.json can't be written: its folder .* does not exist/,
      );
      assert.doesNotMatch(stderr, /fix the region option/);
      assert.match(stderr, /--format "xml" must be one of: table, json, sarif/);
      assert.match(stderr, /--region "mars-1" must be an AWS region code/);
      assert.match(stderr, /--yes only confirms --fix/);
      assert.match(stderr, /endpoint "ftp:\/\/nowhere" must be an http\(s\) URL/);
      assert.match(stderr, /"sms-required-tags".requiredTagKeys must be an array of strings/);
      assert.equal(h.emulator.requests.length, 0);
    });

    it("2 without any argument: the help on stderr, nothing on stdout, nothing sent", async () => {
      const { code, stdout, stderr } = await h.run([]);
      assert.equal(code, 2);
      assert.equal(stdout, "");
      assert.match(stderr, /^Usage: sms-pools-guard \[options\] \[command\]/);
      assert.match(stderr, /audit \[options\]/);
      assert.equal(h.emulator.requests.length, 0);
      // Asking for the help is no problem.
      assert.equal((await h.run(["--help"])).code, 0);
    });

    it("2 when --output names the --policy-config file, by any path or link; the config is left as it was", async () => {
      const config = fs.readFileSync(h.configFile, "utf8");
      fs.mkdirSync(path.join(h.dir, "sub"), { recursive: true });
      const link = path.join(h.dir, "config-link.json");
      fs.rmSync(link, { force: true });
      fs.symlinkSync(h.configFile, link);
      for (const output of [
        "policy-config.json",
        "./sub/../policy-config.json",
        h.configFile,
        "config-link.json",
      ]) {
        const { code, stdout, stderr } = await h.audit("--output", output, "--quiet");
        assert.equal(code, 2, output);
        assert.equal(stdout, "");
        assert.match(
          stderr,
          new RegExp(
            `--output ${output.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} is the --policy-config file policy-config.json: the report would overwrite the config; write the report to another file`,
          ),
        );
        assert.equal(fs.readFileSync(h.configFile, "utf8"), config, output);
      }
      assert.equal(h.emulator.requests.length, 0);
      // Another file in the same folder is fine.
      assert.equal((await h.audit("--output", "report.json", "--quiet")).code, 1);
    });

    it("--quiet silences progress, not the config's warnings", async () => {
      fs.writeFileSync(
        path.join(h.dir, "warned.json"),
        JSON.stringify({ ...POLICY_CONFIG, "sms-no-such-rule": "mandatory" }),
      );
      for (const quiet of [[], ["--quiet"]]) {
        const { code, stderr } = await h.audit(
          "--policy-config",
          "warned.json",
          "--format",
          "json",
          ...quiet,
        );
        assert.equal(code, 1);
        assert.match(
          stderr,
          /warning: warned\.json: "sms-no-such-rule" is not a policy of sms-pools-guard; it is ignored\n/,
        );
        assert.equal(/reading \d+ account-regions/.test(stderr), quiet.length === 0, stderr);
      }
    });

    it("2 for allowedCountries that are no country (empty, unknown); a lowercase one is read in capitals, with a warning", async () => {
      const countries = (allowedCountries: string[]) => {
        fs.writeFileSync(
          path.join(h.dir, "countries.json"),
          JSON.stringify({ ...POLICY_CONFIG, "sms-protect-configuration-countries": { allowedCountries } }),
        );
        return h.audit("--policy-config", "countries.json", "--format", "json", "--quiet");
      };
      const bad = await countries(["us", "XX", "", "GB"]);
      assert.equal(bad.code, 2);
      assert.equal(bad.stdout, "");
      assert.match(bad.stderr, /2 problems; nothing was sent/);
      const rule = `countries.json: "sms-protect-configuration-countries".allowedCountries`;
      assert.ok(
        bad.stderr.includes(
          `${rule}[1] "XX" is not a country of AWS's SMS rule set; give a two-letter ISO 3166-1 code in capitals such as "US"\n`,
        ),
        bad.stderr,
      );
      assert.ok(
        bad.stderr.includes(
          `${rule}[2] "" is not a country of AWS's SMS rule set; give a two-letter ISO 3166-1 code in capitals such as "US", or remove the entry\n`,
        ),
        bad.stderr,
      );
      assert.equal(h.emulator.requests.length, 0);
      const lower = await countries(["us", "GB"]);
      assert.equal(lower.code, 1);
      assert.ok(
        lower.stderr.includes(`warning: ${rule}[0] "us" is read as "US"; write it as AWS does, "US"\n`),
        lower.stderr,
      );
      assert.doesNotMatch(lower.stderr, /GB/);
    });

    it("2 for an unknown option or a bad --fail-on, as the parser reports them", async () => {
      assert.equal((await h.run(["audit", "--regoin", "us-east-1"])).code, 2);
      const { code, stderr } = await h.run(["audit", "--fail-on", "never"]);
      assert.equal(code, 2);
      assert.match(stderr, /Allowed choices are mandatory, advisory/);
    });

    it("3 when AWS can't be read: names the account, region, call and request ID", async () => {
      h.emulator.setFaults([{ operation: "DescribeConfigurationSets", internalError: { fraction: 1 } }]);
      const { code, stdout, stderr } = await h.audit("--format", "json", "--quiet", "--region", "us-east-1");
      assert.equal(code, 3);
      const report = JSON.parse(stdout);
      assert.ok(report.errors.length >= 2);
      const failed = h.emulator.requests.find((r) => r.operation === "DescribeConfigurationSets");
      for (const error of report.errors) {
        assert.equal(error.operation, "DescribeConfigurationSets");
        assert.match(
          error.message,
          /profile (alice|bob) \(account \d{12}\), (us-east-1|eu-west-1): DescribeConfigurationSets failed for all configuration sets/,
        );
        assert.match(error.message, /request ID [0-9a-f-]{36}/);
      }
      assert.ok(failed?.requestId);
      assert.match(stderr, /error: profile alice/);
    });
  });

  describe("exit codes: a partial read (the report lists every finding of what was read, and the errors)", () => {
    const audited = async (operation: string) => {
      h.emulator.setFaults([{ operation, internalError: { fraction: 1 } }]);
      const { code, stdout, stderr } = await h.audit("--format", "json", "--quiet");
      return { code, report: JSON.parse(stdout), stdout, stderr };
    };
    const where = /^profile (alice|bob) \(account \d{12}\), (us-east-1|eu-west-1): /;

    it("3 when a listing fails: the other kinds are judged, the failed kind has no count", async () => {
      const { code, report, stdout } = await audited("DescribeConfigurationSets");
      assert.equal(code, 3);
      assert.deepEqual(
        findingKeys(stdout),
        expected().filter((k) => !k.startsWith("sms-configuration-set-event-logging ")),
      );
      assert.equal(report.errors.length, 4, "one per account-region");
      for (const error of report.errors) {
        assert.equal(error.operation, "DescribeConfigurationSets");
        assert.match(error.message, where);
      }
      assert.equal(report.scope.length, 4);
      for (const entry of report.scope) {
        assert.deepEqual(Object.keys(entry.counts).sort(), [
          "opt-out list",
          "phone number",
          "pool",
          "protect configuration",
          "sender ID",
        ]);
      }
    });

    it("3 when the protect configurations can't be listed: no account is said to lack a default", async () => {
      const { code, stdout } = await audited("DescribeProtectConfigurations");
      assert.equal(code, 3);
      assert.deepEqual(
        findingKeys(stdout),
        expected().filter(
          (k) => !/^sms-(account-default-protect-configuration|protect-configuration-)/.test(k),
        ),
      );
    });

    it("3 when every per-resource read of an operation fails: the findings of everything else are reported", async () => {
      const { code, report, stdout, stderr } = await audited("GetResourcePolicy");
      assert.equal(code, 3);
      assert.deepEqual(
        findingKeys(stdout),
        expected().filter((k) => !k.startsWith("sms-resource-policy-scope ")),
      );
      // Every account-region holds at least its Default opt-out list, so each read some policy.
      assert.equal(report.errors.length, 4);
      for (const error of report.errors) {
        assert.equal(error.operation, "GetResourcePolicy");
        assert.match(error.message, where);
        assert.match(
          error.message,
          /GetResourcePolicy failed for arn:aws:sms-voice:.*; \d+ of \d+ GetResourcePolicy reads did not complete \(the audit stopped reading here after this failure\), so the rules that need them did not judge those resources$/,
        );
      }
      assert.equal(report.summary.mandatory, 2, "the pool's deletion protection and CANCEL");
      assert.match(stderr, /error: profile alice .*GetResourcePolicy/);
      // The same report as a table: the findings, the errors and the summary.
      const table = formatTable(report);
      assert.match(table, /\nmandatory +sms-pool-deletion-protection +111111111111 +us-east-1 /);
      assert.match(table, /\nerror: profile alice .*GetResourcePolicy/);
      assert.match(table, /; 4 AWS errors/);
    });
  });

  describe("throttling", () => {
    it("paces each operation under a 1 request/s quota and reports the same findings", async () => {
      const quota = { ratePerSecond: 1, burst: 1 };
      h.emulator.setFaults(
        ["DescribePools", "DescribeKeywords", "GetResourcePolicy", "ListPoolOriginationIdentities"].map(
          (operation) => ({
            operation,
            throttle: quota,
          }),
        ),
      );
      const { code, stdout } = await h.audit("--quiet");
      assert.equal(code, 1);
      assert.deepEqual(findingKeys(stdout), expected());
      assert.ok(h.emulator.requests.some((r) => r.errorType === "ThrottlingException"));
    });
  });

  describe("progress", () => {
    it("goes to stderr (what is read, how much, time left); --quiet silences it; stdout holds only the report", async () => {
      const loud = await h.audit("--format", "json");
      assert.match(
        loud.stderr,
        /reading 4 account-regions: DescribePools 4\/4, .*GetResourcePolicy \d+\/\d+/,
      );
      assert.doesNotThrow(() => JSON.parse(loud.stdout));
      const quiet = await h.audit("--format", "json", "--quiet");
      assert.equal(quiet.stderr, "");
    });
  });

  describe("--fix", () => {
    it("without --yes shows each remediable finding's call and changes nothing", async () => {
      const { code, stdout } = await h.audit("--fix", "--format", "json", "--quiet");
      assert.equal(code, 1);
      const fixes = JSON.parse(stdout).fixes as { call: { operation: string }; status: string }[];
      assert.deepEqual(fixes.map((f) => f.call.operation).sort(), [
        "PutKeyword",
        "UpdatePhoneNumber",
        "UpdatePool",
        "UpdatePool",
        "UpdateProtectConfiguration",
      ]);
      assert.ok(fixes.every((f) => f.status === "planned"));
      assert.ok(!h.emulator.requests.some((r) => /^(Update|Put)/.test(r.operation)));
    });

    it("with --yes makes the calls, reports each result, and the emulator's state shows the change", async () => {
      const { code, stdout, stderr } = await h.audit("--fix", "--yes", "--format", "json");
      const report = JSON.parse(stdout);
      assert.equal(report.summary.fixed, 5);
      assert.ok(
        report.fixes.every(
          (f: { status: string; requestId?: string }) => f.status === "fixed" && f.requestId,
        ),
      );
      assert.match(stderr, /fixed: UpdatePool on arn:aws:sms-voice:us-east-1:111111111111:pool\//);
      // The resource policies are left for a person: still mandatory.
      assert.equal(code, 1);
      const alice = clientOf(h.emulator, ALICE, "us-east-1");
      const pool = (await alice.send(new DescribePoolsCommand({ PoolIds: [h.seeded.alicePool.id] })))
        .Pools?.[0];
      assert.equal(pool?.DeletionProtectionEnabled, true);
      assert.equal(pool?.SharedRoutesEnabled, false);
      const keywords = await alice.send(
        new DescribeKeywordsCommand({ OriginationIdentity: h.seeded.numberB.arn, Keywords: ["CANCEL"] }),
      );
      assert.equal(keywords.Keywords?.[0]?.KeywordAction, "OPT_OUT");
      alice.destroy();
    });

    it("after the fixes, the next audit no longer reports them", async () => {
      const keys = findingKeys((await h.audit("--quiet")).stdout);
      assert.ok(!keys.some((k) => k.startsWith("sms-pool-deletion-protection ")));
      assert.ok(!keys.some((k) => k.startsWith("sms-opt-out-keywords ")));
      assert.equal(keys.filter((k) => k.endsWith(" mandatory")).length, 2);
    });
  });
});

describe("sms-pools-guard audit: a failed read", function () {
  this.timeout(30_000);
  const h = withAuditedAccounts();

  it("stops that account-region's other reads: none starts after the audit has answered", async () => {
    const POOLS = 60;
    h.emulator.addPools(
      Array.from({ length: POOLS }, () => ({
        accountId: ALICE.account,
        region: "us-east-1",
        deletionProtectionEnabled: true,
      })),
    );
    fs.writeFileSync(path.join(h.dir, "tags.json"), JSON.stringify({ "sms-required-tags": "advisory" }));
    const LATENCY_MS = 500;
    h.emulator.setFaults([
      { operation: "ListTagsForResource", latencyMs: LATENCY_MS },
      { operation: "GetResourcePolicy", internalError: { fraction: 1 } },
    ]);
    const tagReads = () => h.emulator.requests.filter((r) => r.operation === "ListTagsForResource").length;
    const { code, stdout } = await h.run([
      "audit",
      ...["--profile", "alice", "--region", "us-east-1", "--endpoint", h.emulator.endpoint],
      ...["--policy-config", "tags.json", "--format", "json", "--quiet"],
    ]);
    assert.equal(code, 3);
    assert.equal(JSON.parse(stdout).errors[0].operation, "GetResourcePolicy");
    const answered = tagReads();
    assert.ok(answered < POOLS, `the read failed only after all ${answered} tag reads; nothing left to stop`);
    // The reads in flight when the audit answered (one per worker) may still land; no new one may start.
    await new Promise((resolve) => setTimeout(resolve, 3 * LATENCY_MS));
    assert.ok(tagReads() <= answered + 4, `${tagReads() - answered} tag reads after the audit answered`);
  });
});

/** Resolves once the emulator has logged a request of one of `operations`. */
async function arrived(h: ReturnType<typeof withAuditedAccounts>, operations: readonly string[]) {
  const deadline = Date.now() + 10_000;
  while (!h.emulator.requests.some((r) => operations.includes(r.operation))) {
    assert.ok(Date.now() < deadline, `no ${operations.join("/")} request arrived`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("sms-pools-guard audit: interrupted by SIGINT or SIGTERM", function () {
  this.timeout(30_000);
  const h = withAuditedAccounts();
  const FIXES = ["UpdatePool", "UpdatePhoneNumber", "PutKeyword", "UpdateProtectConfiguration"];
  const audit = (interrupt: AbortSignal, output: string) =>
    h.run(
      [
        "audit",
        ...["--profile", "alice", "--profile", "bob", "--region", "us-east-1", "--region", "eu-west-1"],
        ...["--endpoint", h.emulator.endpoint, "--policy-config", "policy-config.json"],
        ...["--fix", "--yes", "--format", "json", "--output", output],
      ],
      interrupt,
    );
  const fixRequests = () => h.emulator.requests.filter((r) => FIXES.includes(r.operation));

  it("SIGTERM while reading: no fix is made, the report lists what was read and every fix as not made, exit 143", async () => {
    h.emulator.setFaults([{ operation: "DescribeKeywords", latencyMs: 400 }]);
    const interrupt = new AbortController();
    const running = audit(interrupt.signal, "reading.json");
    await arrived(h, ["DescribeKeywords"]);
    interrupt.abort("SIGTERM");
    const { code, stdout, stderr } = await running;
    assert.equal(code, 143);
    assert.equal(stdout, "");
    const report = JSON.parse(fs.readFileSync(path.join(h.dir, "reading.json"), "utf8"));
    assert.deepEqual(report.interrupted, { signal: "SIGTERM", during: "reading" });
    assert.equal(report.exitCode, 143);
    assert.deepEqual(fixRequests(), []);
    assert.ok(report.fixes.length > 0);
    assert.ok(report.fixes.every((f: { status: string }) => f.status === "not-made"));
    // The listings were read and judged: the pool's deletion protection is among the findings.
    assert.ok(
      findingKeys(JSON.stringify(report)).includes(
        `sms-pool-deletion-protection ${ALICE.account} us-east-1 ${h.seeded.alicePool.arn} mandatory`,
      ),
    );
    assert.match(
      stderr,
      /interrupted by SIGTERM while reading; fixes: 0 made, 0 failed, \d+ not made; the report lists what was read and fixed \(exit 143\)\n/,
    );
  });

  it("SIGINT during --fix --yes: the fix in flight is finished, no other is started, the report says which were made, exit 130", async () => {
    h.emulator.setFaults(FIXES.map((operation) => ({ operation, latencyMs: 300 })));
    const interrupt = new AbortController();
    const running = audit(interrupt.signal, "fixing.json");
    await arrived(h, FIXES);
    interrupt.abort("SIGINT");
    const { code, stderr } = await running;
    assert.equal(code, 130);
    const report = JSON.parse(fs.readFileSync(path.join(h.dir, "fixing.json"), "utf8"));
    assert.deepEqual(report.interrupted, { signal: "SIGINT", during: "fixing" });
    const made = fixRequests();
    assert.equal(made.length, 1, "only the fix in flight");
    assert.equal(made[0].status, 200);
    const statuses = report.fixes.map((f: { status: string }) => f.status);
    assert.deepEqual(statuses, ["fixed", ...Array(statuses.length - 1).fill("not-made")]);
    assert.equal(statuses.length, 5);
    assert.equal(report.fixes[0].call.operation, made[0].operation);
    assert.equal(report.summary.fixed, 1);
    assert.equal(report.findings.length, 13);
    assert.match(stderr, /fixed: \w+ on arn:/);
    assert.match(
      stderr,
      /interrupted by SIGINT while fixing; fixes: 1 made, 0 failed, 4 not made; the report lists what was read and fixed \(exit 130\)\n/,
    );
  });
});

describe("sms-pools-guard audit: a resource deleted while the audit reads it", function () {
  this.timeout(30_000);
  const h = withAuditedAccounts();

  it("is skipped, not an error: its keyword, member and policy reads answer ResourceNotFoundException", async () => {
    const pool = h.seeded.emptyPool.arn;
    const LATENCY_MS = 300;
    const reads = ["DescribeKeywords", "ListPoolOriginationIdentities", "GetResourcePolicy"];
    h.emulator.setFaults(reads.map((operation) => ({ operation, latencyMs: LATENCY_MS })));
    const running = h.run([
      "audit",
      ...["--profile", "bob", "--region", "us-east-1", "--endpoint", h.emulator.endpoint],
      ...["--policy-config", "policy-config.json", "--format", "json", "--quiet"],
    ]);
    // Each read of the pool has arrived (and waits out its latency) before the pool goes.
    const asked = (operation: string) =>
      h.emulator.requests.some(
        (r) => r.operation === operation && JSON.stringify(r.input ?? {}).includes(h.seeded.emptyPool.id),
      );
    const deadline = Date.now() + 10_000;
    while (!reads.every(asked)) {
      assert.ok(Date.now() < deadline, "the audit never read the pool");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(h.emulator.removePool(pool), true);
    const { code, stdout } = await running;
    const report = JSON.parse(stdout);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      h.emulator.requests
        .filter((r) => reads.includes(r.operation) && JSON.stringify(r.input).includes(h.seeded.emptyPool.id))
        .map((r) => `${r.operation} ${r.errorType}`)
        .sort(),
      reads.map((op) => `${op} ResourceNotFoundException`).sort(),
    );
    // What was judged of it before it went (nothing: it was protected) and the account's own finding.
    assert.deepEqual(findingKeys(stdout), [
      `sms-account-default-protect-configuration ${BOB.account} us-east-1 ${ARN("us-east-1", BOB.account)} advisory`,
    ]);
    assert.equal(code, 0);
  });
});

describe("sms-pools-guard audit: --all-regions and the opt-in regions an account has not enabled", function () {
  this.timeout(60_000);
  // Bob has not enabled two opt-in regions; Alice has enabled them all.
  const h = withAuditedAccounts({ disabledRegions: { [BOB.account]: ["af-south-1", "me-south-1"] } });
  const allRegions = (...extra: string[]) =>
    h.run([
      "audit",
      ...["--all-regions", "--profile", "alice", "--profile", "bob", "--endpoint", h.emulator.endpoint],
      ...["--policy-config", h.configFile, "--format", "json", ...extra],
    ]);

  it("skips them, saying so, and audits every other account-region", async () => {
    const { code, stdout, stderr } = await allRegions();
    assert.equal(code, 1, "the fixture's mandatory findings, and no AWS error");
    const report = JSON.parse(stdout);
    assert.deepEqual(
      report.skipped.map((s: { profile: string; region: string }) => `${s.profile} ${s.region}`),
      ["bob af-south-1", "bob me-south-1"],
    );
    assert.deepEqual(report.errors, []);
    assert.equal(report.scope.length, 2 * SMS_VOICE_REGIONS.length - 2);
    assert.match(
      stderr,
      /skipped af-south-1 for profile bob: an opt-in region profile bob's account has not enabled/,
    );
  });

  it("names such a region with --region: an error (exit 3), since it was asked for", async () => {
    const { code, stdout } = await h.run([
      "audit",
      ...["--region", "af-south-1", "--profile", "bob", "--endpoint", h.emulator.endpoint],
      ...["--format", "json", "--quiet"],
    ]);
    assert.equal(code, 3);
    assert.match(JSON.parse(stdout).errors[0].message, /UnrecognizedClientException/);
  });
});
