// Starts the sms-pools-guard pack as Pulumi's Node.js analyzer shim does and talks to it over the Analyzer gRPC API.
import * as fs from "node:fs";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import type * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as analyzerTypes from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { type PluginProcess, spawnPluginServer } from "../support/pluginServer";

/**
 * The Analyzer stubs of the @pulumi/pulumi that @pulumi/policy runs on. @policy may bring its own copy
 * (it needs a newer one than the oldest our peer range allows), and the pack's server answers with
 * that copy's messages, so the client must speak the same version.
 */
const policyPulumi = path.dirname(
  require.resolve("@pulumi/pulumi/package.json", {
    paths: [path.dirname(require.resolve("@pulumi/policy/package.json"))],
  }),
);
export const analyzer: typeof analyzerTypes = require(path.join(policyPulumi, "proto", "analyzer_pb"));
const { AnalyzerClient }: typeof analyzerGrpc = require(path.join(policyPulumi, "proto", "analyzer_grpc_pb"));

/** The engine's marker for a secret value on the wire. */
export const SECRET_SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };

export interface RunningPack {
  readonly process: PluginProcess;
  /** The run-policy-pack script that was started, as resolved from the pack directory. */
  readonly script: string;
  getAnalyzerInfo(): Promise<analyzerTypes.AnalyzerInfo>;
  configure(
    config: Record<string, { level: analyzerTypes.EnforcementLevel; properties?: object }>,
  ): Promise<void>;
  analyze(resource: WireResource): Promise<analyzerTypes.AnalyzeResponse>;
  analyzeStack(resources: readonly WireResource[]): Promise<analyzerTypes.AnalyzeResponse>;
  remediate(resource: WireResource): Promise<analyzerTypes.RemediateResponse>;
  stop(): Promise<void>;
}

interface WireResource {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
}

export function wireUrn(type: string, name: string): string {
  return `urn:pulumi:ci::sms::${type}::${name}`;
}

function unary<Req, Res>(
  method: (req: Req, callback: (error: grpc.ServiceError | null, response: Res) => void) => unknown,
  request: Req,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    method(request, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

function analyzeRequest(r: WireResource): analyzerTypes.AnalyzeRequest {
  return new analyzer.AnalyzeRequest()
    .setType(r.type)
    .setName(r.name)
    .setUrn(wireUrn(r.type, r.name))
    .setProperties(Struct.fromJavaScript(r.props as Record<string, never>))
    .setOptions(new analyzer.AnalyzerResourceOptions());
}

/**
 * `node <run-policy-pack> <engine-address> .` with the pack directory as working directory, where
 * `run-policy-pack` is resolved from that directory as the `pulumi-analyzer-policy` shim resolves it.
 * The engine address is only shifted off the arguments by run-policy-pack; the pack never dials it.
 */
export async function startPack(packDir: string): Promise<RunningPack> {
  const entry = path.resolve(
    packDir,
    JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")).main,
  );
  if (!fs.existsSync(entry)) {
    throw new Error(`${entry} is missing: run \`npm run build\` first (npm test does)`);
  }
  const script = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
  const running = await spawnPluginServer(script, ["."], packDir);
  const client = new AnalyzerClient(running.address, grpc.credentials.createInsecure());
  const bind = <Req, Res>(method: (req: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => unknown) =>
    method.bind(client) as typeof method;
  return {
    process: running,
    script,
    getAnalyzerInfo: () => unary(bind(client.getAnalyzerInfo), new Empty()),
    configure: async (config) => {
      const request = new analyzer.ConfigureAnalyzerRequest();
      for (const [policy, { level, properties }] of Object.entries(config)) {
        // The engine always sends a properties struct, empty or not; the server reads it unconditionally.
        const policyConfig = new analyzer.PolicyConfig()
          .setEnforcementlevel(level)
          .setProperties(Struct.fromJavaScript((properties ?? {}) as Record<string, never>));
        request.getPolicyconfigMap().set(policy, policyConfig);
      }
      await unary(bind(client.configure), request);
    },
    analyze: (resource) => unary(bind(client.analyze), analyzeRequest(resource)),
    analyzeStack: (resources) => {
      const request = new analyzer.AnalyzeStackRequest().setResourcesList(
        resources.map((r) =>
          new analyzer.AnalyzerResource()
            .setType(r.type)
            .setName(r.name)
            .setUrn(wireUrn(r.type, r.name))
            .setProperties(Struct.fromJavaScript(r.props as Record<string, never>))
            .setOptions(new analyzer.AnalyzerResourceOptions()),
        ),
      );
      return unary(bind(client.analyzeStack), request);
    },
    remediate: (resource) => unary(bind(client.remediate), analyzeRequest(resource)),
    stop: async () => {
      client.close();
      await running.stop();
    },
  };
}

/** Diagnostics as plain data, for readable assertions. */
export function diagnosticsOf(response: analyzerTypes.AnalyzeResponse) {
  return response.getDiagnosticsList().map((d) => ({
    policy: d.getPolicyname(),
    level: d.getEnforcementlevel(),
    message: d.getMessage(),
    urn: d.getUrn(),
  }));
}
