// An open pane keeps asking for the chunks of the version it was opened with (Logboek,
// Verzenden, Kopieën, Zelftest, the copy worker load on demand). So a release also carries the
// hashed chunks of the previous releases in the same release/ folder: the server can replace
// its files by the new folder and a pane opened before the update still finds its chunks.
// Each release lists its own chunks in CHUNKS; only those are carried (not what an earlier
// release carried itself), from at most KEEP_PREVIOUS earlier versions.
import { copyFileSync, existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";

export const KEEP_PREVIOUS = 3;
export const RELEASE_PREFIX = "handreiking-regie-";
/** A hashed chunk (webpack's [name].[contenthash:8].js) and its extracted licence comments. */
export const HASHED_CHUNK = /\.[0-9a-f]{8}\.js(\.LICENSE\.txt)?$/;

/** Compares "1.10.0" and "1.9.2" as versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The versions released in `root` before `version`, newest first, at most `keep`. */
export function previousVersions(root: string, version: string, keep = KEEP_PREVIOUS): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith(RELEASE_PREFIX))
    .map((e) => e.name.slice(RELEASE_PREFIX.length))
    .filter((v) => compareVersions(v, version) < 0 && existsSync(join(root, RELEASE_PREFIX + v, "CHUNKS")))
    .sort((a, b) => compareVersions(b, a))
    .slice(0, keep);
}

/** The CHUNKS list of a built folder: its own hashed chunks. */
export function ownChunks(files: readonly string[]): string[] {
  return files.filter((f) => !f.includes("/") && HASHED_CHUNK.test(f)).sort();
}

/**
 * Copies the previous releases' own chunks into `dir` where a file of that name is not there
 * yet; returns "file  version" lines for KEPT-CHUNKS (sorted).
 */
export function carryPreviousChunks(root: string, dir: string, version: string, keep = KEEP_PREVIOUS): string[] {
  const kept: string[] = [];
  for (const previous of previousVersions(root, version, keep)) {
    const from = join(root, RELEASE_PREFIX + previous);
    const chunks = readFileSync(join(from, "CHUNKS"), "utf8").split("\n").filter(Boolean);
    for (const chunk of chunks) {
      if (!HASHED_CHUNK.test(chunk) || chunk.includes("/") || existsSync(join(dir, chunk))) continue;
      if (!existsSync(join(from, chunk))) continue;
      copyFileSync(join(from, chunk), join(dir, chunk));
      kept.push(`${chunk}  ${previous}`);
    }
  }
  return kept.sort();
}
