// Item 5: what importing the built package costs a fresh process that has already loaded @pulumi/pulumi.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Figure } from "./figures";
import { median } from "./timing";

const REPO_ROOT = path.resolve(__dirname, "..");
const BUILT_ENTRY = path.join(REPO_ROOT, "dist", "index.js");

/**
 * Runs in each child: loads @pulumi/pulumi, then our package, timing each, and lists the AWS SDK modules
 * (`@aws-sdk/*`, `@smithy/*`) in require.cache afterwards: the SDK must wait for the first lookup.
 */
const CHILD = `
const t0 = process.hrtime.bigint();
require("@pulumi/pulumi");
const t1 = process.hrtime.bigint();
require(process.env.BENCH_PACKAGE_ENTRY);
const t2 = process.hrtime.bigint();
const sdk = Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/]@(aws-sdk|smithy)[\\\\/]/.test(k));
process.stdout.write(JSON.stringify({ pulumiMs: Number(t1 - t0) / 1e6, packageMs: Number(t2 - t1) / 1e6, sdk }));
`;

export interface ImportSample {
  readonly pulumiMs: number;
  readonly packageMs: number;
  /** AWS SDK module paths in require.cache after importing the package. */
  readonly sdk: string[];
}

/**
 * `npm run build`, so the figure is about the current source. Others' type errors don't stop tsc from
 * emitting, so a failed build only warns when dist/index.js exists.
 */
export function buildPackage(): void {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "--silent", "build"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ""}${build.stderr ?? ""}`.trim().split("\n").slice(0, 5).join("\n");
    if (!fs.existsSync(BUILT_ENTRY))
      throw new Error(`npm run build failed and left no ${BUILT_ENTRY}:\n${output}`);
    console.warn(
      `  warning: npm run build exited ${build.status}; measuring the emitted dist anyway:\n${output}`,
    );
  }
}

/** One fresh Node process: the times to load @pulumi/pulumi and then the package. */
export function sampleColdImport(entry = BUILT_ENTRY): ImportSample {
  if (!fs.existsSync(entry)) throw new Error(`${entry} does not exist: run \`npm run build\` first`);
  const out = execFileSync(process.execPath, ["-e", CHILD], {
    cwd: REPO_ROOT,
    env: { ...process.env, BENCH_PACKAGE_ENTRY: entry },
    encoding: "utf8",
  });
  return JSON.parse(out) as ImportSample;
}

export interface ColdImportOptions {
  /** Fresh processes to sample (after one discarded, which warms the file cache). Default 7. */
  readonly processes?: number;
  readonly entry?: string;
}

export async function benchColdImport(options: ColdImportOptions = {}): Promise<Figure[]> {
  const { processes = 7, entry = BUILT_ENTRY } = options;
  sampleColdImport(entry);
  const samples = Array.from({ length: processes }, () => sampleColdImport(entry));
  const pulumiMs = median(samples.map((s) => s.pulumiMs));
  const packageMs = median(samples.map((s) => s.packageMs));
  const ratio = median(samples.map((s) => (s.pulumiMs + s.packageMs) / s.pulumiMs));
  const sdk = [...new Set(samples.flatMap((s) => s.sdk))];
  return [
    {
      item: 5,
      name: "cold import after @pulumi/pulumi: time",
      value: packageMs,
      unit: "ms",
      detail: `median of ${processes} fresh processes; @pulumi/pulumi alone takes ${pulumiMs.toFixed(1)} ms`,
    },
    {
      item: 5,
      name: "cold import: (@pulumi/pulumi + package) ÷ @pulumi/pulumi",
      value: ratio,
      unit: "×",
      target: { atMost: 1.1 },
      detail: `median of the per-process ratios over ${processes} processes`,
    },
    {
      item: 5,
      name: "cold import: AWS SDK modules loaded",
      value: sdk.length,
      unit: "modules",
      target: { atMost: 0, text: "0" },
      ...(sdk.length > 0 ? { detail: sdk.slice(0, 3).join(", ") } : {}),
    },
  ];
}
