#!/usr/bin/env node
// `sms-pools-guard audit`: parses the command line, checks every option before anything is sent, runs the
// audit and writes the report; results on stdout (or --output), progress and problems on stderr.
import * as fs from "node:fs";
import * as path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { clientFor } from "../provider/aws/client";
import { resolveConnection } from "../provider/aws/connection";
import { resolveRegion } from "../provider/aws/region";
import { REGION } from "../provider/engine/query";
import { type LoadedConfig, loadPolicyConfig } from "./config";
import { formatJson } from "./formats/json";
import { formatSarif } from "./formats/sarif";
import { formatTable } from "./formats/table";
import type { Target } from "./read";
import { SMS_VOICE_REGIONS } from "./regions";
import { type AuditReport, EXIT, type InterruptSignal } from "./report";
import { runAudit } from "./run";

/** Where the command reads and writes: the process's own streams, or a test's. */
export interface AuditIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (the default format is then `table`, else `json`). */
  readonly stdoutIsTerminal: boolean;
  /** Whether stderr is a terminal (progress is then rewritten in place). */
  readonly stderrIsTerminal: boolean;
  /** The directory relative paths (--policy-config, --output) are read from. */
  readonly cwd?: string;
  /**
   * Aborted, with "SIGINT" or "SIGTERM" as its reason, when the run should stop: no more reads or fixes are
   * started, the fix in flight is finished, and the report of what was done is written (exit 130 or 143).
   */
  readonly interrupt?: AbortSignal;
}

const FORMATS = ["table", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

const FORMATTERS: Record<Format, (report: AuditReport) => string> = {
  table: formatTable,
  json: formatJson,
  sarif: formatSarif,
};

interface AuditFlags {
  region: string[];
  allRegions?: boolean;
  profile: string[];
  endpoint?: string;
  policyConfig?: string;
  format?: string;
  output?: string;
  failOn: string;
  fix?: boolean;
  yes?: boolean;
  quiet?: boolean;
}

const repeat = (value: string, previous: string[]) => [...previous, value];

function version(): string {
  for (const candidate of ["../package.json", "../../package.json"]) {
    const file = path.join(__dirname, candidate);
    if (fs.existsSync(file))
      return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "0.0.0";
}

function program(io: AuditIo, run: (flags: AuditFlags) => Promise<number>): Command {
  const root = new Command("sms-pools-guard")
    .description("Runs the sms-pools-guard policies against live AWS accounts.")
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  root
    .command("audit")
    .description(
      "Audit AWS End User Messaging SMS resources (pools, phone numbers, sender IDs, opt-out lists, " +
        "configuration sets, protect configurations) with the pack's rules.",
    )
    .option("--region <region>", "a region to audit (repeatable); default: the AWS SDK's region", repeat, [])
    .option("--all-regions", "every region where the SMS API is offered (aws partition)")
    .option(
      "--profile <profile>",
      "a profile (account) to audit (repeatable); default: the AWS SDK's chain",
      repeat,
      [],
    )
    .option("--endpoint <url>", "endpoint URL (e.g. a local emulator); default: AWS_ENDPOINT_URL*, else AWS")
    .option("--policy-config <file>", "the same JSON file as pulumi preview --policy-pack-config")
    .addOption(
      new Option("--format <format>", "table | json | sarif (default: table on a terminal, else json)"),
    )
    .option("--output <file>", "write the report to this file instead of stdout")
    .addOption(
      new Option("--fail-on <level>", "the lowest level that fails the audit")
        .choices(["mandatory", "advisory"])
        .default("mandatory"),
    )
    .option("--fix", "show the API call that fixes each remediable finding (nothing is changed)")
    .option("--yes", "with --fix: make those calls and report each result")
    .option("--quiet", "no progress on stderr")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (flags: AuditFlags) => {
      exitCode = await run(flags);
    });
  return root;
}

let exitCode: number = EXIT.ok;

/** Runs `sms-pools-guard <argv>` and returns its exit code (0 none mandatory, 1 findings, 2 usage, 3 AWS). */
export async function main(argv: readonly string[], io: AuditIo): Promise<number> {
  exitCode = EXIT.ok;
  // Without a command there is nothing to run: the help, and the exit code of a command-line problem.
  if (argv.length === 0) {
    io.stderr(program(io, async () => EXIT.usage).helpInformation());
    return EXIT.usage;
  }
  const cli = program(io, (flags) => audit(flags, io));
  try {
    await cli.parseAsync([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
      ) {
        return EXIT.ok;
      }
      if (err.code === "commander.executeSubCommandAsync") return exitCode;
      return EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}

/** Every problem of the options at once (exit 2), before any request. */
async function audit(flags: AuditFlags, io: AuditIo): Promise<number> {
  const problems: string[] = [];
  const cwd = io.cwd ?? process.cwd();
  const format = (flags.format ?? (io.stdoutIsTerminal ? "table" : "json")) as Format;
  if (!FORMATS.includes(format))
    problems.push(`--format ${JSON.stringify(flags.format)} must be one of: ${FORMATS.join(", ")}`);
  if (flags.yes && !flags.fix)
    problems.push("--yes only confirms --fix; add --fix to make the fixes, or drop --yes");
  if (flags.allRegions && flags.region.length > 0)
    problems.push("--all-regions and --region can't be used together; pick one");
  for (const region of flags.region) {
    if (!REGION.test(region))
      problems.push(`--region ${JSON.stringify(region)} must be an AWS region code such as "us-east-1"`);
  }
  for (const profile of flags.profile) {
    if (profile.trim() === "") problems.push("--profile must name a profile of the shared AWS config files");
  }
  if (flags.output !== undefined) {
    const problem = unwritable(path.resolve(cwd, flags.output));
    if (problem) problems.push(`--output ${flags.output} can't be written: ${problem}`);
    if (
      flags.policyConfig !== undefined &&
      sameFile(path.resolve(cwd, flags.output), path.resolve(cwd, flags.policyConfig))
    ) {
      problems.push(
        `--output ${flags.output} is the --policy-config file ${flags.policyConfig}: the report would overwrite the config; write the report to another file`,
      );
    }
  }
  let config: LoadedConfig | undefined;
  if (flags.policyConfig !== undefined) {
    const file = path.resolve(cwd, flags.policyConfig);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (err) {
      problems.push(`--policy-config ${flags.policyConfig} can't be read: ${(err as Error).message}`);
    }
    if (text !== undefined) config = loadPolicyConfig(text, flags.policyConfig);
  } else {
    config = loadPolicyConfig(undefined);
  }
  problems.push(...(config?.problems ?? []));
  const regions = [...new Set(flags.allRegions ? SMS_VOICE_REGIONS : flags.region)];
  const profiles: (string | undefined)[] =
    flags.profile.length > 0 ? [...new Set(flags.profile)] : [undefined];
  const targets: Target[] = [];
  const validRegions = regions.filter((r) => REGION.test(r));
  // The endpoint is checked even when no region is valid (problems repeat per target and are listed once).
  problems.push(
    ...resolveConnection({ endpoint: flags.endpoint }).problems.map((p) =>
      p.message.replace(/; fix the endpoint option.*$/, ""),
    ),
  );
  for (const profile of profiles) {
    const forProfile = regions.length > 0 ? validRegions : [undefined];
    for (const region of forProfile) {
      const { connection, problems: connectionProblems } = resolveConnection({
        region,
        profile,
        endpoint: flags.endpoint,
        snapshot: false,
      });
      problems.push(...connectionProblems.map((p) => p.message.replace(/; fix the endpoint option.*$/, "")));
      if (connectionProblems.length > 0) continue;
      let resolved = region;
      if (resolved === undefined) {
        try {
          resolved = await resolveRegion(clientFor(connection));
        } catch {
          problems.push(
            `no region for ${profile ? `profile ${profile}` : "the default credentials"}: pass --region <region> (repeatable) or --all-regions, or set AWS_REGION or the profile's region`,
          );
          continue;
        }
      }
      targets.push({
        ...(profile ? { profile } : {}),
        region: resolved,
        connection: { ...connection, region: resolved },
      });
    }
  }
  const unique = [...new Set(problems)];
  if (unique.length > 0 || !config) {
    io.stderr(
      `sms-pools-guard audit: ${unique.length} problem${unique.length === 1 ? "" : "s"}; nothing was sent:\n`,
    );
    for (const p of unique) io.stderr(`  - ${p}\n`);
    return EXIT.usage;
  }
  // Not progress: --quiet keeps them, since a setting ignored without a word changes what is judged.
  for (const warning of config.warnings) io.stderr(`warning: ${warning}\n`);

  const report = await runAudit({
    targets,
    config,
    failOn: flags.failOn as "mandatory" | "advisory",
    ...(flags.fix ? { fix: flags.yes ? ("apply" as const) : ("plan" as const) } : {}),
    skipRegionsNotEnabled: flags.allRegions === true,
    version: version(),
    ...(io.interrupt ? { interrupt: io.interrupt } : {}),
    progress: { write: io.stderr, enabled: !flags.quiet, terminal: io.stderrIsTerminal },
  });
  const text = FORMATTERS[format](report);
  let written = true;
  if (flags.output !== undefined) {
    try {
      fs.writeFileSync(path.resolve(cwd, flags.output), text);
      if (!flags.quiet) io.stderr(`report written to ${flags.output}\n`);
    } catch (err) {
      // Checked before the audit, but the file system may change during it: the report is not lost.
      io.stderr(
        `error: --output ${flags.output} can't be written (${(err as Error).message}); the report follows\n`,
      );
      io.stdout(text);
      written = false;
    }
  } else {
    io.stdout(text);
  }
  for (const e of report.errors) io.stderr(`error: ${e.message}\n`);
  if (report.interrupted) io.stderr(`${interruptionSummary(report)}\n`);
  if (!flags.quiet) {
    for (const s of report.skipped ?? []) {
      io.stderr(`skipped ${s.region}${s.profile ? ` for profile ${s.profile}` : ""}: ${s.reason}\n`);
    }
  }
  return written ? report.exitCode : Math.max(report.exitCode, EXIT.usage);
}

/** What an interrupted run did and left undone, in one line for stderr. */
function interruptionSummary(report: AuditReport): string {
  const { signal, during } = report.interrupted!;
  const count = (status: string) => (report.fixes ?? []).filter((f) => f.status === status).length;
  const fixes = report.fixes?.some((f) => f.status !== "planned")
    ? `; fixes: ${count("fixed")} made, ${count("failed")} failed, ${count("not-made")} not made`
    : "";
  return `interrupted by ${signal} while ${during}${fixes}; the report lists what was read and fixed (exit ${report.exitCode})`;
}

/** Whether two paths name one file: the same path, or (through links) the same file on disk. */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Why a report file can't be written there, or undefined: its folder must exist and take files. */
function unwritable(file: string): string | undefined {
  try {
    if (fs.existsSync(file)) {
      if (fs.statSync(file).isDirectory()) return "it is a directory";
      fs.accessSync(file, fs.constants.W_OK);
    } else {
      const dir = path.dirname(file);
      if (!fs.existsSync(dir)) return `its folder ${dir} does not exist`;
      fs.accessSync(dir, fs.constants.W_OK);
    }
    return undefined;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (err as Error).message;
  }
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const interrupt = new AbortController();
  const onSignal = (signal: InterruptSignal) => {
    const code = signal === "SIGINT" ? EXIT.sigint : EXIT.sigterm;
    if (interrupt.signal.aborted) {
      process.stderr.write(`sms-pools-guard: ${signal} again: stopping now, without a report\n`);
      process.exit(code);
    }
    process.stderr.write(
      `sms-pools-guard: ${signal}: no more reads or fixes are started; finishing the fix in flight, then writing the report (${signal} again stops at once)\n`,
    );
    interrupt.abort(signal);
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTerminal: process.stdout.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    interrupt: interrupt.signal,
  }).then(
    (code) => {
      process.exitCode = code;
      // Reads abandoned by the interruption may still be waiting on their deadlines: they change nothing.
      if (interrupt.signal.aborted) process.exit(code);
    },
    (err) => {
      process.stderr.write(`sms-pools-guard: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = EXIT.aws;
    },
  );
}
