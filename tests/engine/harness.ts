// Runs real Pulumi stacks for the engine lane: the CLI from .engine/bin (npm run engine:setup), a private
// PULUMI_HOME, a file backend in a temporary folder, and the program run in this process, as Automation API
// runs inline programs (the CLI's --client reaches @pulumi/pulumi's own language server).
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";

export const repoRoot = path.resolve(__dirname, "../..");
const engineBin = path.join(repoRoot, ".engine", "bin");
/** The stand-in for the AWS provider plugin (see its header): on PATH only for stacks that ask for it. */
const awsStandIn = path.join(__dirname, "awsStandIn");

/** A CLI command may take this long; past it the command is killed and the spec fails with its output. */
const COMMAND_DEADLINE_MS = 180_000;
/** Anything that tries the internet goes to a port where nothing listens, and fails at once. */
const NOWHERE_PROXY = "http://127.0.0.1:9";

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface StackOptions {
  /** The folder holding Pulumi.yaml: the CLI's working directory, and where plugins resolve packages from. */
  readonly projectDir: string;
  /** The program's entry file, loaded afresh for every run with the project's own @pulumi/pulumi. */
  readonly program: string;
  readonly stackName?: string;
  /** Environment for the CLI, its plugins and the program (set in process.env until `dispose`). */
  readonly env?: Record<string, string>;
  /** Put the AWS provider stand-in on PATH. */
  readonly awsStandIn?: boolean;
  /** Stack config set right after `pulumi stack init`. */
  readonly config?: Record<string, string>;
}

/** The stack config that points every lookup of a stack at an emulator. */
export function emulatorConfig(emulator: { endpoint: string; region: string }): Record<string, string> {
  return { "sms-pools:endpoint": emulator.endpoint, "sms-pools:region": emulator.region };
}

/** Fails early, and says how to fix it, when the lane's CLI is missing. */
function requireEngine(): void {
  if (!fs.existsSync(path.join(engineBin, "pulumi"))) {
    throw new Error(`${engineBin}/pulumi is missing: run \`npm run engine:setup\` first`);
  }
}

interface LanguageServerHandle {
  readonly address: string;
  /** Pulumi's own leak check after a run (Automation API calls it too). */
  finished(hasError: boolean): void;
  stop(): void;
}

/**
 * Serves `program` with @pulumi/pulumi's LanguageServer, the one Automation API serves inline programs with
 * (`@pulumi/pulumi/automation/server`), loaded from the project so the program and the server share one
 * @pulumi/pulumi.
 */
async function serveProgram(projectDir: string, program: string): Promise<LanguageServerHandle> {
  const fromProject = createRequire(path.join(projectDir, "[engine-lane]"));
  const pulumiDir = path.dirname(fromProject.resolve("@pulumi/pulumi/package.json"));
  const fromPulumi = createRequire(path.join(pulumiDir, "[engine-lane]"));
  const grpc: typeof import("@grpc/grpc-js") = fromPulumi("@grpc/grpc-js");
  const { LanguageServer } = fromPulumi("./automation/server");
  const { LanguageRuntimeService } = fromPulumi("./proto/language_grpc_pb");
  const { grpcChannelOptions } = fromPulumi("./runtime");
  const load = () => {
    const entry = fromProject.resolve(program);
    for (const cached of Object.keys(require.cache)) {
      if (path.dirname(cached) === path.dirname(entry)) delete require.cache[cached];
    }
    return fromProject(entry);
  };
  const languageServer = new LanguageServer(load);
  const server = new grpc.Server(grpcChannelOptions);
  server.addService(LanguageRuntimeService, languageServer);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    address: `127.0.0.1:${port}`,
    finished: (hasError) => languageServer.onPulumiExit(hasError),
    stop: () => server.forceShutdown(),
  };
}

let stacksMade = 0;

/**
 * One stack in its own backend and PULUMI_HOME; `dispose` removes both, and the stack's config file
 * (Pulumi.<stack>.yaml, written beside Pulumi.yaml; .gitignore names the pattern in case a run is killed).
 */
export class EngineStack {
  readonly name: string;
  readonly projectDir: string;
  private readonly scratch: string;
  private readonly env: NodeJS.ProcessEnv;

  private constructor(
    options: StackOptions,
    private readonly server: LanguageServerHandle,
  ) {
    this.name = options.stackName ?? `lane-${process.pid}-${++stacksMade}`;
    this.projectDir = options.projectDir;
    this.scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-engine-"));
    const home = path.join(this.scratch, "home");
    const backend = path.join(this.scratch, "backend");
    fs.mkdirSync(home);
    fs.mkdirSync(backend);
    const pathDirs = [engineBin, ...(options.awsStandIn ? [awsStandIn] : []), process.env.PATH ?? ""];
    this.env = {
      ...process.env,
      PATH: pathDirs.join(path.delimiter),
      PULUMI_HOME: home,
      PULUMI_BACKEND_URL: `file://${backend}`,
      PULUMI_CONFIG_PASSPHRASE: "engine-lane-passphrase",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PULUMI_SKIP_CONFIRMATIONS: "true",
      HTTP_PROXY: NOWHERE_PROXY,
      HTTPS_PROXY: NOWHERE_PROXY,
      NO_PROXY: "127.0.0.1,localhost",
      NO_COLOR: "1",
    };
    this.setEnv(options.env ?? {});
  }

  private readonly processEnvBefore = new Map<string, string | undefined>();

  /**
   * Sets variables (undefined removes one) for the CLI and its plugins, and in process.env for the program,
   * which runs in this process; `dispose` puts process.env back.
   */
  setEnv(vars: Record<string, string | undefined>): void {
    for (const [key, value] of Object.entries(vars)) {
      if (!this.processEnvBefore.has(key)) this.processEnvBefore.set(key, process.env[key]);
      if (value === undefined) {
        delete this.env[key];
        delete process.env[key];
      } else {
        this.env[key] = value;
        process.env[key] = value;
      }
    }
  }

  static async create(options: StackOptions): Promise<EngineStack> {
    requireEngine();
    const server = await serveProgram(options.projectDir, options.program);
    const stack = new EngineStack(options, server);
    await stack.expectOk(["stack", "init", stack.name]);
    await stack.setConfig(options.config ?? {});
    return stack;
  }

  /** Runs `pulumi <args>` in the project with the lane's environment; never throws on a non-zero exit. */
  run(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<CommandResult> {
    const runsProgram = ["preview", "up", "refresh", "destroy"].includes(args[0]);
    const full = [...args, "--non-interactive", ...(runsProgram ? [`--client=${this.server.address}`] : [])];
    return new Promise((resolve, reject) => {
      const child = spawn(path.join(engineBin, "pulumi"), full, {
        cwd: this.projectDir,
        env: { ...this.env, ...extraEnv },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      const deadline = setTimeout(() => child.kill("SIGKILL"), COMMAND_DEADLINE_MS);
      child.on("error", (err) => {
        clearTimeout(deadline);
        reject(err);
      });
      child.on("exit", (code, signal) => {
        clearTimeout(deadline);
        if (signal) {
          reject(new Error(`pulumi ${args.join(" ")} ended by ${signal}:\n${stdout}\n${stderr}`));
          return;
        }
        if (runsProgram) this.server.finished(code !== 0);
        resolve({ code: code ?? -1, stdout, stderr });
      });
    });
  }

  /** Runs a command that must succeed; the error carries everything it printed. */
  async expectOk(args: readonly string[], extraEnv?: Record<string, string>): Promise<CommandResult> {
    const result = await this.run(args, extraEnv);
    if (result.code !== 0) {
      throw new Error(`pulumi ${args.join(" ")} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
    }
    return result;
  }

  /** Runs a command that must fail; returns what it printed, stdout and stderr together. */
  async expectFailure(args: readonly string[], extraEnv?: Record<string, string>): Promise<string> {
    const result = await this.run(args, extraEnv);
    if (result.code === 0) {
      throw new Error(`pulumi ${args.join(" ")} succeeded but should have failed:\n${result.stdout}`);
    }
    return `${result.stdout}\n${result.stderr}`;
  }

  async setConfig(values: Record<string, string>, options: { secret?: boolean } = {}): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      await this.expectOk(["config", "set", key, value, ...(options.secret ? ["--secret"] : [])]);
    }
  }

  /** Stack outputs, secrets shown. */
  async outputs(): Promise<Record<string, unknown>> {
    const { stdout } = await this.expectOk(["stack", "output", "--json", "--show-secrets"]);
    return JSON.parse(stdout);
  }

  /** The deployment as `pulumi stack export` writes it (secrets stay encrypted). */
  async exportedState(): Promise<StateExport> {
    const { stdout } = await this.expectOk(["stack", "export"]);
    return JSON.parse(stdout);
  }

  /** Every file the backend holds for this stack, as text: what a state file leak would show. */
  backendFiles(): string {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else texts.push(fs.readFileSync(full, "utf8"));
      }
    };
    walk(path.join(this.scratch, "backend"));
    return texts.join("\n");
  }

  async dispose(): Promise<void> {
    this.server.stop();
    for (const [key, value] of this.processEnvBefore) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(path.join(this.projectDir, `Pulumi.${this.name}.yaml`), { force: true });
    fs.rmSync(this.scratch, { recursive: true, force: true });
  }
}

/**
 * An example's TypeScript as the CommonJS a user's JavaScript project would hold (ES imports and
 * `export const` only, which is all the examples use): for projects outside this repository's ts-node scope.
 */
export function toCommonJs(source: string): string {
  const js = source
    .replace(/^import \* as (\w+) from "([^"]+)";$/gm, 'const $1 = require("$2");')
    .replace(/^import \{([^}]+)\} from "([^"]+)";$/gm, (_, names: string, from: string) => {
      const bare = names
        .split(",")
        .map((n) => n.trim().replace(/^type\s+\w+$/, ""))
        .filter(Boolean);
      return `const { ${bare.join(", ")} } = require("${from}");`;
    })
    .replace(/^export const (\w+) =/gm, "const $1 = exports.$1 =");
  if (/^(import|export) /m.test(js)) throw new Error(`toCommonJs: a form it does not handle is left:\n${js}`);
  return js;
}

export interface StateResource {
  readonly urn: string;
  readonly type: string;
  readonly id?: string;
  readonly inputs?: Record<string, unknown>;
  readonly outputs?: Record<string, unknown>;
}

export interface StateExport {
  readonly deployment: { readonly resources?: StateResource[] };
}

/** The resources of a type in an export, by their Pulumi name (the URN's last part). */
export function resourcesOfType(state: StateExport, type: string): Map<string, StateResource> {
  const found = new Map<string, StateResource>();
  for (const resource of state.deployment.resources ?? []) {
    if (resource.type === type) found.set(resource.urn.split("::").pop()!, resource);
  }
  return found;
}
