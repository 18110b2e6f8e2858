// `npm run engine:setup`: puts a Pulumi CLI and the Node.js plugins it needs in .engine/bin, for the engine lane.
//
// 1. Reuse .engine/bin when it already holds the pinned CLI (seconds).
// 2. Else use a `pulumi` on PATH that is new enough (linked into .engine/bin), unless --build is given.
// 3. Else build the CLI with Go from the Go module proxy: the wrapper module beside this file pins one release
//    (go.mod, go.sum); the build stamps the version as Pulumi's release build does.
// The plugins (dynamic providers, policy packs without a language host) are this folder's scripts, copied.
// The last line printed is the folder, so `PATH="$(npm run --silent engine:setup | tail -n 1):$PATH"` works.
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const here = __dirname;
const root = path.resolve(here, "..");
const binDir = path.join(root, ".engine", "bin");
const PLUGINS = ["pulumi-resource-pulumi-nodejs", "pulumi-analyzer-policy-nodejs", "serveFromProject.js"];
/** The CLI before 3.221 looked for the policy-pack plugin under this name. */
const LEGACY_POLICY_PLUGIN = "pulumi-analyzer-policy";
/** --client (how the lane runs programs in its own process) arrived in 3.181. */
const MINIMUM_PATH_VERSION = [3, 181, 0] as const;
/** No step may hang: a stalled download or build fails the setup with what it printed. */
const BUILD_DEADLINE_MS = 60 * 60_000;

/** The release the wrapper module pins, read from its go.mod (one source for the version). */
function pinnedVersion(goMod = fs.readFileSync(path.join(here, "go.mod"), "utf8")): string {
  const match = /^\s*github\.com\/pulumi\/pulumi\/pkg\/v3 (v\d+\.\d+\.\d+)\s*$/m.exec(goMod);
  if (!match) throw new Error("pulumi-cli/go.mod requires no github.com/pulumi/pulumi/pkg/v3 release");
  return match[1];
}

/** `v3.248.0` or `3.248.0` (as `pulumi version` prints) as numbers; undefined for anything else. */
function parseVersion(text: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+]\S*)?$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function atLeast(version: readonly number[], minimum: readonly number[]): boolean {
  for (let i = 0; i < minimum.length; i++) {
    if (version[i] !== minimum[i]) return version[i] > minimum[i];
  }
  return true;
}

function versionOf(cli: string): string | undefined {
  try {
    return execFileSync(cli, ["version"], {
      encoding: "utf8",
      timeout: 30_000,
      env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: "true" },
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir || path.resolve(dir) === binDir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function installPlugins(): void {
  for (const name of PLUGINS) {
    fs.copyFileSync(path.join(here, "plugins", name), path.join(binDir, name));
  }
  fs.copyFileSync(path.join(here, "plugins", PLUGINS[1]), path.join(binDir, LEGACY_POLICY_PLUGIN));
  for (const name of [PLUGINS[0], PLUGINS[1], LEGACY_POLICY_PLUGIN])
    fs.chmodSync(path.join(binDir, name), 0o755);
}

function elapsed(since: number): string {
  const s = Math.round((Date.now() - since) / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

/** Runs a go command in the wrapper module, printing `label: <count> ... (time)` every 15 s and at the end. */
function go(args: string[], label: string, countLines: RegExp): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn("go", args, {
      cwd: here,
      // GOTOOLCHAIN=local: never fetch another Go; GOFLAGS from the machine (e.g. -mod=mod) must not loosen go.sum.
      env: {
        ...process.env,
        GOTOOLCHAIN: "local",
        GOFLAGS: "-mod=readonly -buildvcs=false",
        CGO_ENABLED: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let count = 0;
    let tail = "";
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      count += text.split("\n").filter((line) => countLines.test(line)).length;
      tail = (tail + text).slice(-4000);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const report = () => console.log(`  ${label}: ${count} (${elapsed(started)})`);
    const ticker = setInterval(report, 15_000);
    const deadline = setTimeout(() => child.kill("SIGKILL"), BUILD_DEADLINE_MS);
    child.on("error", (err) => {
      clearInterval(ticker);
      clearTimeout(deadline);
      reject(
        new Error(
          `can't run go (${err.message}): install Go 1.25 or newer, or put a pulumi >= 3.181 on PATH`,
        ),
      );
    });
    child.on("exit", (code, signal) => {
      clearInterval(ticker);
      clearTimeout(deadline);
      report();
      if (code === 0) return resolve();
      const why =
        signal === "SIGKILL" ? `did not finish in ${BUILD_DEADLINE_MS / 60_000} min` : `exited ${code}`;
      reject(new Error(`go ${args.join(" ")} ${why}:\n${tail}`));
    });
  });
}

async function build(version: string): Promise<void> {
  const started = Date.now();
  console.log(
    `Building the Pulumi CLI ${version} with ${execFileSync("go", ["version"], { encoding: "utf8" }).trim()}`,
  );
  console.log(
    "  (the first build downloads about 540 modules and compiles about 1,650 packages: 10 to 15 minutes on 2 cores)",
  );
  await go(["mod", "download", "-x"], "modules fetched", /^# get .*: 200 OK/);
  const target = path.join(binDir, "pulumi");
  const ldflags = `-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=${version}`;
  await go(
    [
      "build",
      "-v",
      "-trimpath",
      "-ldflags",
      ldflags,
      "-o",
      target,
      "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi",
    ],
    "packages compiled",
    /^[\w.-]+(\/[\w.~-]+)*$/,
  );
  console.log(`Built ${target} in ${elapsed(started)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--build");
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}; the only option is --build`);
  const forceBuild = args.includes("--build");
  const version = pinnedVersion();
  fs.mkdirSync(binDir, { recursive: true });
  const target = path.join(binDir, "pulumi");

  const present = fs.existsSync(target) ? versionOf(target) : undefined;
  if (present && !forceBuild && (fs.lstatSync(target).isSymbolicLink() || present === version)) {
    console.log(`Reusing the Pulumi CLI ${present} in ${binDir}`);
  } else {
    fs.rmSync(target, { force: true });
    const fromPath = forceBuild ? undefined : onPath("pulumi");
    const pathVersion = fromPath ? versionOf(fromPath) : undefined;
    const parsed = pathVersion ? parseVersion(pathVersion) : undefined;
    if (fromPath && parsed && atLeast(parsed, MINIMUM_PATH_VERSION)) {
      fs.symlinkSync(fromPath, target);
      console.log(
        `Using the Pulumi CLI ${pathVersion} on PATH (${fromPath}); --build builds ${version} instead`,
      );
    } else {
      if (fromPath) {
        console.log(
          `The pulumi on PATH (${fromPath}, ${pathVersion ?? "version unknown"}) is older than 3.181`,
        );
      }
      await build(version);
      const built = versionOf(target);
      if (built !== version)
        throw new Error(`the built CLI says ${built ?? "nothing"} for \`pulumi version\`, not ${version}`);
    }
  }
  installPlugins();
  console.log(binDir);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`engine:setup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
