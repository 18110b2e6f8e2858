// Serves a policy list with @pulumi/policy's own Analyzer servicer, in this process and without a socket.
//
// `new PolicyPack(...)` calls @pulumi/policy's `serve`, which builds the servicer (analyze, analyzeStack,
// remediate, configure, ...) and binds it to a gRPC server on a port. Here `serve` runs from a private copy
// of @pulumi/policy's `server.js`, loaded with a stand-in for `@grpc/grpc-js` that keeps the servicer
// instead of binding it; requests are the protobuf messages of the @pulumi/pulumi that @pulumi/policy
// runs on, passed through their binary form as over the wire. Every decision (enforcement levels, the
// violation messages, remediation, unknown values at preview, notApplicable, config) is @pulumi/policy's.
//
// `server.js` keeps its config and the "already serving a pack" guard in module state, so each
// InProcessAnalyzer has its own copy of it: analyzers never share config, and any number can exist.
// Stability: this reaches `server.js`'s `serve` and the servicer it builds, which @pulumi/policy marks
// `@internal` (stable in shape since 1.x; the specs in tests/policy/inProcessAnalyzer.spec.ts fail first
// if a release changes it). The other modules are loaded as @pulumi/policy loads them.
import * as path from "node:path";
import type { PolicyPackArgs } from "@pulumi/policy";
import type * as analyzerTypes from "@pulumi/pulumi/proto/analyzer_pb";
import type * as emptyTypes from "google-protobuf/google/protobuf/empty_pb";
import type * as structTypes from "google-protobuf/google/protobuf/struct_pb";

const serverModule = require.resolve("@pulumi/policy/server.js");
const fromServer = (id: string) => require.resolve(id, { paths: [path.dirname(serverModule)] });
const analyzerModule = fromServer("@pulumi/pulumi/proto/analyzer_pb");
const fromAnalyzer = (id: string) => require.resolve(id, { paths: [path.dirname(analyzerModule)] });

/** The Analyzer messages @pulumi/policy's server reads and writes (its own @pulumi/pulumi's copy). */
export const analyzer: typeof analyzerTypes = require(analyzerModule);
/** google.protobuf.Struct, from the copy those messages use. */
export const Struct: typeof structTypes.Struct = require(
  fromAnalyzer("google-protobuf/google/protobuf/struct_pb"),
).Struct;
const { Empty }: typeof emptyTypes = require(fromAnalyzer("google-protobuf/google/protobuf/empty_pb"));

type Callback<Res> = (error: Error | null | undefined, response?: Res) => void;
type Handler<Req, Res> = (call: { request: Req }, callback: Callback<Res>) => unknown;

/** The servicer object `serve` hands to `grpc.Server.addService`. */
interface AnalyzerServicer {
  analyze: Handler<analyzerTypes.AnalyzeRequest, analyzerTypes.AnalyzeResponse>;
  analyzeStack: Handler<analyzerTypes.AnalyzeStackRequest, analyzerTypes.AnalyzeResponse>;
  remediate: Handler<analyzerTypes.AnalyzeRequest, analyzerTypes.RemediateResponse>;
  getAnalyzerInfo: Handler<emptyTypes.Empty, analyzerTypes.AnalyzerInfo>;
  configure: Handler<analyzerTypes.ConfigureAnalyzerRequest, unknown>;
}

type Serve = (
  policyPackName: string,
  policyPackVersion: string,
  policyPackEnforcementLevel: string,
  policyPackArgs: PolicyPackArgs,
) => void;

/** The Analyzer gRPC API of one policy pack, answered in-process by @pulumi/policy's servicer. */
export interface InProcessAnalyzer {
  getAnalyzerInfo(): Promise<analyzerTypes.AnalyzerInfo>;
  configure(request: analyzerTypes.ConfigureAnalyzerRequest): Promise<void>;
  analyze(request: analyzerTypes.AnalyzeRequest): Promise<analyzerTypes.AnalyzeResponse>;
  analyzeStack(request: analyzerTypes.AnalyzeStackRequest): Promise<analyzerTypes.AnalyzeResponse>;
  remediate(request: analyzerTypes.AnalyzeRequest): Promise<analyzerTypes.RemediateResponse>;
}

/** What @pulumi/policy's server refused (it would print this and exit the pack's process). */
export class PolicyPackRefused extends Error {}

/**
 * Loads a private instance of `server.js`: its own module state, and a `@grpc/grpc-js` whose Server only
 * records the servicer. `server.js`'s dependencies are loaded first with the real gRPC, then shared.
 */
function privateServe(): { serve: Serve; servicer: () => AnalyzerServicer } {
  require(serverModule);
  const grpcModule = fromServer("@grpc/grpc-js");
  let servicer: AnalyzerServicer | undefined;
  const recordingGrpc = {
    Server: class {
      addService(_service: unknown, implementation: AnalyzerServicer) {
        servicer = implementation;
      }
      bindAsync() {}
    },
    ServerCredentials: { createInsecure: () => undefined },
  };
  const saved = { server: require.cache[serverModule], grpc: require.cache[grpcModule] };
  delete require.cache[serverModule];
  require.cache[grpcModule] = {
    id: grpcModule,
    filename: grpcModule,
    loaded: true,
    exports: recordingGrpc,
  } as NodeJS.Module;
  let serve: Serve;
  try {
    serve = require(serverModule).serve;
  } finally {
    require.cache[serverModule] = saved.server;
    require.cache[grpcModule] = saved.grpc;
    if (!saved.server) delete require.cache[serverModule];
    if (!saved.grpc) delete require.cache[grpcModule];
  }
  return {
    serve,
    servicer: () => {
      if (!servicer) throw new Error("@pulumi/policy's serve built no Analyzer servicer");
      return servicer;
    },
  };
}

/**
 * Runs `serve` as `new PolicyPack(name, args)` does (with `version` read from the pack's package.json
 * there), turning its "print and exit" refusals (a policy named "all", enforcementLevel in a config
 * schema, a bad pack name) into a thrown PolicyPackRefused.
 */
export function serveInProcess(name: string, version: string, args: PolicyPackArgs): InProcessAnalyzer {
  const { serve, servicer } = privateServe();
  const printed: string[] = [];
  const { exit } = process;
  const { error } = console;
  console.error = (...parts: unknown[]) => printed.push(parts.map(String).join(" "));
  process.exit = ((code?: number) => {
    throw new PolicyPackRefused(printed.join("\n") || `@pulumi/policy's server exited with code ${code}`);
  }) as typeof process.exit;
  try {
    serve(name, version, args.enforcementLevel ?? "advisory", args);
  } finally {
    process.exit = exit;
    console.error = error;
  }
  const s = servicer();
  return {
    getAnalyzerInfo: () => call(s.getAnalyzerInfo, new Empty(), Empty),
    configure: async (request) => {
      await call(s.configure, request, analyzer.ConfigureAnalyzerRequest);
    },
    analyze: (request) => call(s.analyze, request, analyzer.AnalyzeRequest),
    analyzeStack: (request) => call(s.analyzeStack, request, analyzer.AnalyzeStackRequest),
    remediate: (request) => call(s.remediate, request, analyzer.AnalyzeRequest),
  };
}

interface Wire<Req> {
  deserializeBinary(bytes: Uint8Array): Req;
}

/** One unary call; the request crosses its binary form, as the server would receive it. */
function call<Req extends { serializeBinary(): Uint8Array }, Res>(
  handler: Handler<Req, Res>,
  request: Req,
  type: Wire<Req>,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const received = type.deserializeBinary(request.serializeBinary());
    handler({ request: received }, (error, response) => (error ? reject(error) : resolve(response as Res)));
  });
}
