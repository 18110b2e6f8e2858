// A throwaway Pulumi project with this package installed from its packed tarball, as `npm install` leaves it.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "../..");

export interface PackedProject {
  /** The project folder: node_modules/pulumi-sms-pools holds exactly what the tarball holds. */
  readonly dir: string;
  remove(): void;
}

/**
 * Packs the repository (`npm pack`, so the `files` list decides what ships), unpacks the tarball into a new
 * project's node_modules/pulumi-sms-pools, and links the repository's installed dependencies beside it (the
 * hoisted layout npm gives; offline, and the same versions the lock file pins).
 */
export function installPackedPackage(): PackedProject {
  if (!fs.existsSync(path.join(repoRoot, "dist", "index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-pools-packed-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
        cwd: repoRoot,
        encoding: "utf8",
        timeout: 120_000,
        stdio: ["ignore", "pipe", "pipe"],
      }),
    ) as Array<{ filename: string }>;
    const tarball = path.join(dir, packed[0].filename);
    const modules = path.join(dir, "node_modules");
    const installed = path.join(modules, "pulumi-sms-pools");
    fs.mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "--strip-components=1", "-C", installed], { timeout: 60_000 });
    for (const entry of fs.readdirSync(path.join(repoRoot, "node_modules"))) {
      if (entry === "pulumi-sms-pools" || entry.startsWith(".")) continue;
      fs.symlinkSync(path.join(repoRoot, "node_modules", entry), path.join(modules, entry), "dir");
    }
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({
        name: "user-stack",
        private: true,
        dependencies: { "pulumi-sms-pools": `file:${tarball}` },
      }),
    );
    return { dir, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
