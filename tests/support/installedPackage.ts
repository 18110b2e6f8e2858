// A throwaway Pulumi project directory with this repo "installed" as node_modules/pulumi-sms-pools.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const repoRoot = path.resolve(__dirname, "../..");

/**
 * Makes a project directory whose node_modules holds this package (a link to the built repo) and the
 * repo's dependencies, as `npm install pulumi-sms-pools` would leave it. Serialized providers resolve
 * `require("pulumi-sms-pools/...")` from here, as they do from a user's project.
 */
export function makeInstalledProject(): { dir: string; remove(): void } {
  if (!fs.existsSync(path.join(repoRoot, "dist", "provider", "index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-project-"));
  const modules = path.join(dir, "node_modules");
  fs.mkdirSync(modules);
  fs.symlinkSync(repoRoot, path.join(modules, "pulumi-sms-pools"), "dir");
  fs.symlinkSync(path.join(repoRoot, "node_modules", "@pulumi"), path.join(modules, "@pulumi"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "user-stack", private: true }));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
