// LibreOffice (soffice) helpers for tests and scripts/generate-template.ts: headless conversion
// with a private, throw-away user profile so parallel runs never share one.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Path of soffice when it is on PATH, else undefined. */
export function findSoffice(): string | undefined {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      const out = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (out) return out;
    } catch {
      // not found; try the next name
    }
  }
  return undefined;
}

export function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;
}

/**
 * describe() for suites that need command-line tools (soffice, pdftoppm, …): without them the
 * suite is reported as skipped with a loud warning, and under CI=true it fails instead.
 */
export function describeWithCommands(commands: string[], name: string, fn: () => void): void {
  const missing = commands.filter((c) => (c === "soffice" ? !findSoffice() : !hasCommand(c)));
  if (missing.length === 0) return describe(name, fn);
  const message = `${missing.join(", ")} not on PATH: '${name}' did not run (apt-get install libreoffice-writer-nogui poppler-utils)`;
  if (process.env.CI === "true") {
    return describe(name, () => {
      test("the tools it needs are installed (CI=true)", () => {
        throw new Error(message);
      });
    });
  }
  console.warn(`SKIPPED: ${message}`);
  return describe.skip(name, fn);
}

/**
 * Converts `input` with LibreOffice into `outDir` (e.g. format "pdf" or "docx:MS Word 2007 XML"; no shell, so no
 * quotes).
 * Returns the output path (input's base name with the target extension).
 */
export function sofficeConvert(input: string, outDir: string, format: string, timeoutMs = 90_000): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice is not on PATH");
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  try {
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        input,
      ],
      { encoding: "utf8", timeout: timeoutMs },
    );
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
    const ext = format.split(":")[0];
    const output = path.join(outDir, `${path.basename(input, path.extname(input))}.${ext}`);
    if (!existsSync(output)) throw new Error(`soffice wrote no ${output}: ${result.stdout} ${result.stderr}`);
    return output;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
