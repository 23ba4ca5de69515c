// Builds what the time-to-interactive bench loads: the task pane exactly as `npm run build`
// makes it (production, Office.js from the CDN), and beside it, with the same rules and mode,
// the bench's stand-in for Office and Word. Also measures the shipped bundle.
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { gzipSync } from "zlib";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");

export interface Built {
  /** The production build (dist as shipped). */
  mainDir: string;
  /** bench-host.js: the stand-in Word. */
  benchDir: string;
  bundle: BundleSize;
}

export interface BundleSize {
  /** The task pane's entry chunk: what loads before anything shows (bytes, gzip -9). */
  initialGz: number;
  /** Every chunk the task pane can load (entry + on-demand chunks). */
  totalGz: number;
  initialRaw: number;
  totalRaw: number;
  chunks: { file: string; raw: number; gz: number; initial: boolean }[];
  /** Stylesheets taskpane.html links (Fluent's CSS, extracted at build time): not script, not in the totals. */
  styles: { file: string; raw: number; gz: number }[];
  /** Data the pane fetches from its own origin when needed (the name lists, for a research copy): not script. */
  data: { file: string; raw: number; gz: number }[];
}

function run(configs: Configuration[]): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Sizes of the task pane's chunks: the entry chunk named in taskpane.html is initial. */
export function bundleSize(mainDir: string): BundleSize {
  const html = readFileSync(path.join(mainDir, "taskpane.html"), "utf8");
  const initialFiles = new Set(
    [...html.matchAll(/<script[^>]+src="?([^">\s]+\.js)/g)]
      .map((m) => path.basename(m[1]!))
      .filter((f) => !f.startsWith("office")),
  );
  const chunks = readdirSync(mainDir)
    .filter((f) => f.endsWith(".js") && !f.startsWith("commands."))
    .map((file) => {
      const bytes = readFileSync(path.join(mainDir, file));
      return { file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length, initial: initialFiles.has(file) };
    });
  const sum = (list: typeof chunks, key: "raw" | "gz") => list.reduce((n, c) => n + c[key], 0);
  const data = readdirSync(mainDir)
    .filter((f) => /^namenlijsten\.[0-9a-f]{8}\.json$/.test(f))
    .map((file) => {
      const bytes = readFileSync(path.join(mainDir, file));
      return { file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    });
  const linked = new Set([...html.matchAll(/<link[^>]+href="?([^">\s]+\.css)/g)].map((m) => path.basename(m[1]!)));
  const styles = readdirSync(mainDir)
    .filter((f) => linked.has(f))
    .map((file) => {
      const bytes = readFileSync(path.join(mainDir, file));
      return { file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    });
  const initial = chunks.filter((c) => c.initial);
  return {
    initialGz: sum(initial, "gz"),
    totalGz: sum(chunks, "gz"),
    initialRaw: sum(initial, "raw"),
    totalRaw: sum(chunks, "raw"),
    chunks,
    styles,
    data,
  };
}

/**
 * paneOnly: the production build alone (no stand-in Word), for bundle sizes; sourceMaps: with
 * .map files beside the chunks (bench/tti/bundle-modules.ts reads them; the code is the same).
 */
export async function buildForTiming(options: { paneOnly?: boolean; sourceMaps?: boolean } = {}): Promise<Built> {
  const mainDir = mkdtempSync(path.join(tmpdir(), "hr-tti-main-"));
  const benchDir = mkdtempSync(path.join(tmpdir(), "hr-tti-bench-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, string>,
    argv: Record<string, string>,
  ) => Configuration;
  const main = {
    ...makeConfig({ outDir: mainDir, localhost: "true" }, { mode: "production" }),
    mode: "production" as const,
    context: ROOT,
    ...(options.sourceMaps ? { devtool: "source-map" as const } : {}),
  };
  const bench: Configuration = {
    mode: "production",
    context: ROOT,
    entry: { "bench-host": "./bench/tti/host-entry.ts" },
    output: { path: benchDir, filename: "[name].js", clean: true },
    resolve: main.resolve,
    module: main.module,
    performance: { hints: false },
  };
  const env = { node: process.env.NODE_ENV, babel: process.env.BABEL_ENV };
  process.env.NODE_ENV = "production"; // babel.config.js targets browsers unless the env is "test"
  delete process.env.BABEL_ENV;
  try {
    await run(options.paneOnly ? [main] : [main, bench]);
  } finally {
    if (env.node === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env.node;
    if (env.babel !== undefined) process.env.BABEL_ENV = env.babel;
  }
  return { mainDir, benchDir, bundle: bundleSize(mainDir) };
}
