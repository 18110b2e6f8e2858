import * as assert from "node:assert/strict";
import { analyzer, Struct, serveInProcess } from "../../policy/inProcessAnalyzer";
import { policies } from "../../policy/policies";
import { NATIVE_POOL_TYPE } from "../../policy/resourceTypes";

const PROTECTION = "sms-pool-deletion-protection";

const unprotectedPool = () =>
  new analyzer.AnalyzeRequest()
    .setType(NATIVE_POOL_TYPE)
    .setName("senders")
    .setUrn(`urn:pulumi:stack::project::${NATIVE_POOL_TYPE}::senders`)
    .setProperties(Struct.fromJavaScript({ deletionProtectionEnabled: false }))
    .setOptions(new analyzer.AnalyzerResourceOptions());

const disable = (policy: string) => {
  const request = new analyzer.ConfigureAnalyzerRequest();
  request
    .getPolicyconfigMap()
    .set(
      policy,
      new analyzer.PolicyConfig()
        .setEnforcementlevel(analyzer.EnforcementLevel.DISABLED)
        .setProperties(Struct.fromJavaScript({})),
    );
  return request;
};

describe("policy/inProcessAnalyzer: @pulumi/policy's servicer without a server", () => {
  it("neither prints a port nor keeps a server: nothing reaches stdout", () => {
    const written: unknown[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: unknown) => written.push(chunk) > 0) as typeof process.stdout.write;
    try {
      serveInProcess("sms-pools-guard", "1.0.0", { policies });
    } finally {
      process.stdout.write = write;
    }
    assert.deepEqual(written, []);
  });

  it("serves any number of packs in one process, each with its own config", async () => {
    const configured = serveInProcess("sms-pools-guard", "1.0.0", { policies });
    const other = serveInProcess("sms-pools-guard", "1.0.0", { policies });
    await configured.configure(disable(PROTECTION));
    const reported = async (pack: typeof other) =>
      (await pack.analyze(unprotectedPool()))
        .getDiagnosticsList()
        .some((d) => d.getPolicyname() === PROTECTION);
    assert.deepEqual([await reported(configured), await reported(other)], [false, true]);
  });

  it("leaves @pulumi/policy's own server module and the real gRPC in the module cache", () => {
    const server = require.resolve("@pulumi/policy/server.js");
    const before = require.cache[server];
    serveInProcess("sms-pools-guard", "1.0.0", { policies });
    assert.equal(require.cache[server], before);
    assert.equal(typeof require(require.resolve("@grpc/grpc-js", { paths: [server] })).Server, "function");
  });

  it("answers with the protobuf messages @pulumi/policy's server builds", async () => {
    const info = await serveInProcess("sms-pools-guard", "1.2.3", { policies }).getAnalyzerInfo();
    assert.ok(info instanceof analyzer.AnalyzerInfo);
    assert.deepEqual(
      [info.getName(), info.getVersion(), info.getPoliciesList().length],
      ["sms-pools-guard", "1.2.3", policies.length],
    );
  });
});
