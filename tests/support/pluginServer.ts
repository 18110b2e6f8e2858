// Spawns one of @pulumi/pulumi's plugin servers the way the engine does and waits for the port it prints.
import { type ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";
import type * as grpc from "@grpc/grpc-js";

export interface PluginProcess {
  readonly address: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** `node <script> <engine-address> [...args]` in `cwd`; resolves once the first stdout line (the port) arrives. */
export function spawnPluginServer(
  script: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PluginProcess> {
  const child = spawn(process.execPath, [script, "127.0.0.1:1", ...args], { cwd, env, stdio: "pipe" });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    out += d;
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`plugin server printed no port in 20 s:\n${out}`));
    }, 20_000);
    const onData = () => {
      const match = /^(\d+)\s*$/m.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      resolve({ address: `127.0.0.1:${match[1]}`, child, output: () => out, stop });
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`plugin server exited with ${code} before printing a port:\n${out}`));
    });
  });
}

/** Path of a command shipped in @pulumi/pulumi, e.g. `dynamic-provider`. */
export function pulumiCommand(name: string): string {
  return path.join(path.dirname(require.resolve("@pulumi/pulumi/package.json")), "cmd", name);
}

/** Calls a unary gRPC method by name on a generated client (e.g. ResourceProviderClient's "create"). */
export function rpc<Req, Res>(client: grpc.Client, method: string, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => {
    // biome-ignore lint/suspicious/noExplicitAny: the generated client's methods are looked up by name.
    (client as any)[method](req, (err: grpc.ServiceError | null, res: Res) =>
      err ? reject(err) : resolve(res),
    );
  });
}
