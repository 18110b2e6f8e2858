// The in-process evaluator and the pack's real Analyzer server (a separate process, over gRPC) report the same.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { stackOf } from "../../bench/policyPack";
import {
  type Diagnostic,
  type EvaluatedResource,
  evaluatePolicies,
  resourceNameOf,
  smsPoolsGuard,
} from "../../policy/evaluate";
import { serveInProcess } from "../../policy/inProcessAnalyzer";
import { configureRequest, levelName, type PackConfig } from "../../policy/packConfig";
import { policies } from "../../policy/policies";
import {
  CLASSIC_POOL_TYPE,
  CLASSIC_SENDER_ID_TYPE,
  NATIVE_PHONE_NUMBER_TYPE,
  NATIVE_POOL_TYPE,
  POOL_LOOKUP_TYPE,
} from "../../policy/resourceTypes";
import { poolFixture } from "../support/pools";
import { type RunningPack, SECRET_SIG, startPack } from "./packProcess";
import { UNKNOWN } from "./util";

const packDir = path.resolve(__dirname, "../../policy");

/** Resources that reach every branch the server decides: violations, unknowns, mistypes, secrets, lookups. */
const EDGES: EvaluatedResource[] = [
  {
    type: NATIVE_POOL_TYPE,
    name: "open-pool",
    props: {
      deletionProtectionEnabled: false,
      sharedRoutesEnabled: true,
      optOutListName: { ...SECRET_SIG, value: "team-opt-outs" },
      tags: [{ key: "owner", value: "x" }],
    },
  },
  { type: CLASSIC_POOL_TYPE, name: "pending-pool", props: { deletionProtectionEnabled: UNKNOWN, tags: {} } },
  {
    type: NATIVE_PHONE_NUMBER_TYPE,
    name: "two-way-number",
    props: { twoWay: { enabled: true }, deletionProtectionEnabled: true },
  },
  { type: CLASSIC_SENDER_ID_TYPE, name: "mistyped-sender", props: { deletionProtectionEnabled: "yes" } },
  {
    type: POOL_LOOKUP_TYPE,
    name: "found",
    props: {
      pools: [
        poolFixture("pool-a"),
        poolFixture("pool-b", { deletionProtectionEnabled: false }),
        poolFixture("pool-c", { status: "CREATING" }),
      ],
    },
  },
  { type: POOL_LOOKUP_TYPE, name: "not-run-yet", props: { pools: UNKNOWN } },
  { type: "aws:sns/topic:Topic", name: "unrelated", props: { name: "inbound" } },
];

const CONFIGS: Record<string, PackConfig> = {
  "the defaults": {},
  "remediation on, a stack policy at remediate, settings": {
    "sms-pool-deletion-protection": "remediate",
    "sms-pool-shared-routes": "remediate",
    "sms-origination-identity-deletion-protection": { enforcementLevel: "remediate" },
    "sms-looked-up-pools-protected": { enforcementLevel: "remediate", exemptPools: ["pool-c"] },
    "sms-required-tags": { enforcementLevel: "mandatory", requiredTagKeys: ["team"] },
    "sms-two-way-channel-configured": "disabled",
  },
  "all mandatory, one advisory": { all: "mandatory", "sms-required-tags": "advisory" },
};

interface Reported {
  readonly policy: string;
  readonly enforcementLevel: string;
  readonly resource?: string;
  readonly message: string;
}

const comparable = (d: Diagnostic): Reported => ({ ...d, resource: resourceNameOf(d) });

/**
 * The engine's calls to a pack process: Configure, then per resource Remediate and Analyze on the
 * remediated properties, then AnalyzeStack; diagnostics as the engine files them.
 */
async function throughServer(
  pack: RunningPack,
  resources: readonly EvaluatedResource[],
  config: PackConfig,
): Promise<{ diagnostics: Reported[]; resources: EvaluatedResource[] }> {
  const configs: Parameters<RunningPack["configure"]>[0] = {};
  configureRequest(await pack.getAnalyzerInfo(), config)
    .getPolicyconfigMap()
    .forEach((c, name) => {
      configs[name] = { level: c.getEnforcementlevel(), properties: c.getProperties()?.toJavaScript() };
    });
  await pack.configure(configs);
  const diagnostics: Reported[] = [];
  const remediated: EvaluatedResource[] = [];
  for (const resource of resources) {
    let props = resource.props;
    for (const r of (await pack.remediate(resource)).getRemediationsList()) {
      if (r.getDiagnostic()) {
        diagnostics.push({
          policy: r.getPolicyname(),
          enforcementLevel: "advisory",
          resource: resource.name,
          message: r.getDiagnostic(),
        });
      } else {
        props = r.getProperties()?.toJavaScript() ?? props;
      }
    }
    remediated.push({ ...resource, props });
    for (const d of (await pack.analyze({ ...resource, props })).getDiagnosticsList()) {
      const level = levelName(d.getEnforcementlevel());
      diagnostics.push({
        policy: d.getPolicyname(),
        enforcementLevel: level === "remediate" ? "mandatory" : level,
        resource: resource.name,
        message: d.getMessage(),
      });
    }
  }
  for (const d of (await pack.analyzeStack(remediated)).getDiagnosticsList()) {
    const urn = d.getUrn();
    diagnostics.push({
      policy: d.getPolicyname(),
      enforcementLevel: levelName(d.getEnforcementlevel()),
      resource: urn ? urn.slice(urn.lastIndexOf("::") + 2) : undefined,
      message: d.getMessage(),
    });
  }
  return { diagnostics, resources: remediated };
}

describe("policy/evaluate reports what the pack's Analyzer server reports", function () {
  this.timeout(30_000);
  let pack: RunningPack;

  before(async () => {
    pack = await startPack(packDir);
  });
  after(async () => {
    await pack?.stop();
  });

  it("describes the pack as the server does (GetAnalyzerInfo, byte for byte)", async () => {
    const { name, version, description } = smsPoolsGuard();
    const local = await serveInProcess(name, version, { description, policies }).getAnalyzerInfo();
    assert.deepEqual(local.serializeBinary(), (await pack.getAnalyzerInfo()).serializeBinary());
  });

  for (const [label, config] of Object.entries(CONFIGS)) {
    for (const [set, resources] of [
      ["edge cases", EDGES],
      ["a 60-resource stack", stackOf(60)],
    ] as const) {
      it(`the same diagnostics for ${set}, with ${label}`, async () => {
        const server = await throughServer(pack, resources, config);
        const local = await evaluatePolicies(policies, resources, config);
        assert.ok(server.diagnostics.length > 0, "the scenario reports something");
        assert.deepEqual(local.diagnostics.map(comparable), server.diagnostics);
      });
    }
    it(`the same remediated resources, with ${label}`, async () => {
      const server = await throughServer(pack, EDGES, config);
      const local = await evaluatePolicies(policies, EDGES, config);
      assert.deepEqual(local.resources, server.resources);
    });
  }
});
