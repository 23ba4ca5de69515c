// An earlier release's src/ taken from git into a folder inside the repository, so that its
// imports of node_modules resolve and jest's babel transform and moduleNameMapper apply to it as to
// this tree (test/word/release-matrix.test.ts, test/domain/previous-release.test.ts).
import { execFileSync } from "child_process";
import { mkdirSync, rmSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
/** Ignored by git, ESLint and Prettier (.gitignore, eslint.config.mjs, .prettierignore). */
const RELEASES_DIR = path.join(ROOT, ".previous-release");

/**
 * Extracts `commit`'s src/ into a folder of `owner`'s own (suites running side by side do not
 * remove each other's; a fixed path keeps jest's transform cache warm between runs) and returns
 * it, or null when the clone lacks the commit. Under CI=true a missing commit throws: CI runs from
 * a full clone, and a silent skip would hide the matrix.
 */
export function extractRelease(commit: string, owner: string): string | null {
  try {
    execFileSync("git", ["cat-file", "-e", `${commit}^{commit}`], { cwd: ROOT, stdio: "ignore" });
  } catch {
    if (process.env.CI === "true") throw new Error(`Commit ${commit} (an earlier release) is missing from the clone.`);
    console.warn(`Skipped: commit ${commit} (an earlier release) is not in this clone.`);
    return null;
  }
  const dir = path.join(RELEASES_DIR, `${owner}-${commit}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync("git", ["archive", commit, "src"], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  return dir;
}

export function removeRelease(dir: string | null): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
