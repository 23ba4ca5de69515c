// The anchor the task pane is measured against (issue 18): the production build of Microsoft's
// React task-pane template, made Word-only, in ../shared/anchors/ms-taskpane-react (see its README).
// Served as it is, except that its CDN office.js tag loads the bench's stand-in Word, as the pane's
// page does (measure.ts). Elsewhere (a git worktree without ../shared beside it): HR_ANCHOR_DIR names
// the anchor itself, or HANDREIKING_SHARED the shared folder (as for the corpus, test/foreign/corpus.ts).
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";

export const ANCHOR_DIR =
  process.env.HR_ANCHOR_DIR ??
  path.join(process.env.HANDREIKING_SHARED ?? path.resolve(__dirname, "../../../shared"), "anchors/ms-taskpane-react");
const POLYFILL = "polyfill.js";

export interface AnchorSize {
  /** Every script in taskpane.html but office.js, gzip -9: what loads before first paint. */
  entryGz: number;
  /** The same without the template's IE11 polyfill chunk. */
  entryWithoutPolyfillGz: number;
  /** Every script of the task pane (all .js files but the ribbon's commands.js), gzip -9. */
  totalGz: number;
  files: { file: string; raw: number; gz: number }[];
}

export function anchorPresent(dir = ANCHOR_DIR): boolean {
  return existsSync(path.join(dir, "taskpane.html"));
}

/** The anchor's own script files, in the order its taskpane.html loads them (office.js left out). */
export function anchorScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]+src="?([^">\s]+\.js)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
}

export function anchorSize(dir = ANCHOR_DIR): AnchorSize {
  const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const files = anchorScripts(html).map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (list: typeof files) => list.reduce((n, f) => n + f.gz, 0);
  const totalGz = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && f !== "commands.js")
    .reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  return {
    entryGz: sum(files),
    entryWithoutPolyfillGz: sum(files.filter((f) => f.file !== POLYFILL)),
    totalGz,
    files,
  };
}
