// The files of a release folder: SHA-256 checksums in `sha256sum` format and a zip that is the
// same bytes for the same files (fixed order, fixed dates, fixed permissions and compression).
import { createHash } from "crypto";
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, sep } from "path";
import JSZip from "jszip";

/** Every file below `dir`, as sorted POSIX paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

export const sha256 = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

/** `sha256sum -c SHA256SUMS` checks these lines (every file but SHA256SUMS itself). */
export function checksums(dir: string): string {
  return (
    listFiles(dir)
      .filter((f) => f !== "SHA256SUMS")
      .map((f) => `${sha256(readFileSync(join(dir, f)))}  ${f}`)
      .join("\n") + "\n"
  );
}

/** The date every zip entry carries (SOURCE_DATE_EPOCH, seconds, when set). */
export function zipDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 315532800 ? new Date(epoch * 1000) : new Date("2000-01-01T00:00:00Z");
}

/** The folder as a zip under `prefix/`, byte for byte the same for the same files. */
export async function zipFolder(dir: string, prefix: string, date: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of listFiles(dir))
    zip.file(`${prefix}/${file}`, readFileSync(join(dir, file)), {
      date,
      unixPermissions: 0o644,
      createFolders: false,
    });
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
    platform: "UNIX",
  });
}
