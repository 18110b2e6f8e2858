// PoolLookup behind @pulumi/pulumi's real dynamic-provider server: the provider text it stores and the RPCs.
import * as grpc from "@grpc/grpc-js";
import * as pulumi from "@pulumi/pulumi";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { poolLookupProvider } from "../../provider/dynamicProvider/serialized";
import { type PluginProcess, pulumiCommand, rpc, spawnPluginServer } from "./pluginServer";

const POOL_LOOKUP_URN = "urn:pulumi:stack::project::pulumi-nodejs:dynamic/sms-pools:PoolLookup::lookup";

/** The provider text exactly as PoolLookup stores it in `__provider`. */
export async function serializedPoolLookupProvider(): Promise<string> {
  const sf = await pulumi.runtime.serializeFunction(() => poolLookupProvider, { allowSecrets: true });
  if (sf.containsSecrets) throw new Error("the serialized PoolLookup provider captured a secret");
  return sf.text;
}

export interface PoolLookupServer {
  readonly process: PluginProcess;
  readonly client: provrpc.ResourceProviderClient;
  /** The properties the engine sends: `props` plus the stored provider text. */
  props(props: Record<string, unknown>): Struct;
  check(news: Record<string, unknown>): Promise<provproto.CheckResponse>;
  create(props: Struct): Promise<provproto.CreateResponse>;
  diff(id: string, olds: Struct, news: Record<string, unknown>): Promise<provproto.DiffResponse>;
  stop(): Promise<void>;
}

/**
 * Starts the dynamic-provider server in `cwd` (as the engine does from a project) and sends it the stack
 * config `config`, as the engine's Configure does before the first resource.
 */
export async function startPoolLookupServer(
  cwd: string,
  config: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PoolLookupServer> {
  const providerText = await serializedPoolLookupProvider();
  const server = await spawnPluginServer(pulumiCommand("dynamic-provider"), [], cwd, env);
  const client = new provrpc.ResourceProviderClient(server.address, grpc.credentials.createInsecure());
  const configure = new provproto.ConfigureRequest();
  configure.setArgs(Struct.fromJavaScript(config));
  await rpc(client, "configure", configure);
  const props = (p: Record<string, unknown>) =>
    Struct.fromJavaScript({ ...p, __provider: providerText } as never);
  return {
    process: server,
    client,
    props,
    check(news) {
      const req = new provproto.CheckRequest();
      req.setUrn(POOL_LOOKUP_URN);
      req.setOlds(Struct.fromJavaScript({}));
      req.setNews(props(news));
      return rpc(client, "check", req);
    },
    create(properties) {
      const req = new provproto.CreateRequest();
      req.setUrn(POOL_LOOKUP_URN);
      req.setProperties(properties);
      return rpc(client, "create", req);
    },
    diff(id, olds, news) {
      const req = new provproto.DiffRequest();
      req.setId(id);
      req.setUrn(POOL_LOOKUP_URN);
      req.setOlds(olds);
      req.setNews(props(news));
      return rpc(client, "diff", req);
    },
    async stop() {
      client.close();
      await server.stop();
    },
  };
}
