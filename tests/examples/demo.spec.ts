import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { demoAccount } from "../../examples/demo/account";
import { repoRoot } from "../support/installedPackage";

describe("examples/demo: npm run demo", function () {
  this.timeout(60_000);
  let stdout = "";
  const seed = demoAccount().pools;
  const own = seed.filter((p) => !p.accountId);

  before(async () => {
    const tsNode = path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js");
    const run = await promisify(execFile)(
      process.execPath,
      [tsNode, "--transpile-only", "examples/demo/index.ts"],
      {
        cwd: repoRoot,
        env: { ...process.env, AWS_PROFILE: "must-be-ignored", AWS_ENDPOINT_URL: "http://127.0.0.1:9" },
      },
    );
    stdout = run.stdout;
  });

  const row = (label: string) =>
    stdout
      .split("\n")
      .find((l) => l.trim().startsWith(label))
      ?.trim()
      .split(/\s{2,}/);

  it("lists the seeded account as the emulator serves it", () => {
    assert.match(
      stdout,
      new RegExp(`${seed.length} pools seeded \\(${own.length} own, ${seed.length - own.length} shared`),
    );
    for (const type of ["TRANSACTIONAL", "PROMOTIONAL"]) {
      const of = own.filter((p) => p.messageType === type);
      const expected = [
        type,
        ...["ACTIVE", "CREATING", "DELETING"].map((s) => String(of.filter((p) => p.status === s).length)),
        String(of.filter((p) => p.deletionProtectionEnabled).length),
        String(of.filter((p) => !p.deletionProtectionEnabled).length),
        String(of.length),
      ];
      assert.deepEqual(row(type), expected);
    }
  });

  it("feeds exactly the ACTIVE TRANSACTIONAL pools into the IAM policy", () => {
    const n = own.filter((p) => p.messageType === "TRANSACTIONAL" && p.status === "ACTIVE").length;
    assert.match(
      stdout,
      new RegExp(`\\.\\.\\. ${n} pools; the role policy allows sms-voice:SendTextMessage on ${n} pool ARNs`),
    );
  });

  it("records PoolLookups with IDs derived from region and query, and their pool counts", () => {
    const transactional = row("transactional-pools");
    assert.ok(transactional, stdout);
    assert.match(transactional[1], /^us-east-1\/[0-9a-f]{16}$/);
    assert.equal(transactional[3], String(own.filter((p) => p.messageType === "TRANSACTIONAL").length));
    assert.equal(row("shared-pools")?.[3], String(seed.length - own.length));
  });

  it("shows the pack flagging the unprotected pool, remediating it, and passing the platform stack", () => {
    assert.match(stdout, /\[mandatory\] sms-pool-deletion-protection on marketing-pool/);
    assert.match(
      stdout,
      /deletionProtectionEnabled undefined -> true, sharedRoutesEnabled true -> false; mandatory findings left: 0/,
    );
    const unprotectedOrInactive = own.filter(
      (p) => p.messageType === "TRANSACTIONAL" && (p.status !== "ACTIVE" || !p.deletionProtectionEnabled),
    ).length;
    assert.match(
      stdout,
      new RegExp(`0 mandatory findings; advisory: ${unprotectedOrInactive} sms-looked-up-pools-protected`),
    );
  });

  it("passes examples/sms-stack (every @pulumi/aws SMS type) and flags its non-compliant variant", () => {
    assert.match(
      stdout,
      /9 SMS resources \(.*2 Smsvoicev2Keyword.*\); findings with its policy-config\.json: 0/,
    );
    assert.match(
      stdout,
      /\[mandatory\] sms-opt-out-keywords on otp-stop\n\s+keyword "STOP": keywordAction is AUTOMATIC_RESPONSE/,
    );
    assert.match(stdout, /\[mandatory\] sms-resource-policy-scope on otp-pool-sharing/);
    assert.match(stdout, /\[advisory\] sms-configuration-set-event-logging on otp-config/);
    assert.match(stdout, /with sms-opt-out-keywords at remediate: mandatory findings left: 1/);
  });

  it("talks only to its own emulator and finishes cleanly", () => {
    assert.match(
      stdout,
      /\d+ requests over HTTP to the emulator \(DescribePools \d+(, \w+ \d+)*\), 0 failed /,
    );
    assert.match(stdout, /finished in \d+\.\d s/);
  });

  it("shows a pool with its phone numbers and the opt-out list they use, read back over the wire", () => {
    const section = stdout.split("8. A pool with its phone numbers")[1]?.split("9. Sending")[0] ?? "";
    const rows = section.split("\n").filter((l) => /^\s+\+1\d{10}\s/.test(l));
    assert.equal(rows.length, 3, section);
    assert.ok(
      rows.every((r) => r.includes("demo-marketing-opt-outs")),
      section,
    );
    assert.match(section, /opt-out lists: Default, demo-marketing-opt-outs/);
    assert.match(
      section,
      /each number's US_TOLL_FREE_REGISTRATION \(its form filled, the opt-in screenshot attached, submitted\): 3 COMPLETE/,
    );
  });

  it("sends through the pool, refuses the send after a STOP reply, and shows what the emulator saw", () => {
    const section = stdout.split("9. Sending through the pool")[1]?.split("Summary")[0] ?? "";
    assert.match(
      section,
      /sends: sent [0-9a-f-]{36}; sent [0-9a-f-]{36}; refused: ConflictException DESTINATION_PHONE_NUMBER_OPTED_OUT/,
    );
    assert.match(
      section,
      /replied STOP: keyword STOP \(OPT_OUT\), opted out of demo-marketing-opt-outs: true/,
    );
    const rows = section.split("\n").filter((l) => /^\s+\+1\d{10}\s+\+1\d{10}\s+(SENT|REFUSED)/.test(l));
    assert.deepEqual(
      rows.map((r) => r.trim().split(/\s{2,}/)[2]),
      ["SENT", "SENT", "SENT", "REFUSED"],
    );
  });
});
