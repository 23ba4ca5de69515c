// npm run bench [-- --json] [-- --runs N] [-- --no-browser]: prints the figures as a table, or as JSON.
import { benchConvertSizes, benchWordLayer, type Measure } from "./word-layer";
import { benchLogScale, type LogScale } from "./log-scale";
import { benchBrowser, type BrowserFigures } from "./tti/run-tti";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function table(rows: Measure[]): string {
  return grid(
    ["action", "profile", "round trips", "median ms", "runs"],
    rows.map((r) => [r.action, r.profile, String(r.syncs), r.ms.toFixed(1), String(r.runs)]),
  );
}

function logTable(rows: LogScale[]): string {
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  return grid(
    ["log entries", "read trips", "read ms", "append trips", "append ms", "largest part", "archive parts", "as one part", "limit"],
    rows.map((r) => [String(r.entries), String(r.readSyncs), r.readMs.toFixed(1), String(r.appendSyncs), r.appendMs.toFixed(1), kb(r.largestPartBytes), String(r.archiveParts), kb(r.singlePartBytes), kb(r.limitBytes)]),
  );
}

function browserTables(b: BrowserFigures): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const bundle = grid(
    ["task pane bundle", "raw", "gzip -9"],
    [
      ["initial (entry chunk)", kb(b.bundle.initialRaw), kb(b.bundle.initialGz)],
      ["total (with on-demand chunks)", kb(b.bundle.totalRaw), kb(b.bundle.totalGz)],
      ...b.bundle.chunks.map((c) => [`  ${c.file}${c.initial ? "" : " (on demand)"}`, kb(c.raw), kb(c.gz)]),
    ],
  );
  if (!b.tti) return `${bundle}\n\nTime to interactive: skipped (no /usr/bin/chromium).`;
  const t = b.tti;
  const tti = grid(
    ["page (headless Chromium, cold context)", "median ms", "× baseline", "runs ms"],
    [
      ["task pane opening a filled form (stand-in Word)", t.pane.medianMs.toFixed(1), `×${t.ratio}`, t.pane.runs.join(" ")],
      ["  of which: stand-in Word ready", (t.pane.hostReadyMs ?? NaN).toFixed(1), "", ""],
      ["  interactive this long after the stand-in was ready", (t.pane.afterHostMs ?? NaN).toFixed(1), "", ""],
      ["task pane outside Office (real office.js)", t.outsideWord.medianMs.toFixed(1), `×${t.outsideWordRatio}`, t.outsideWord.runs.join(" ")],
      ["baseline: React + one Fluent button", t.baseline.medianMs.toFixed(1), "×1", t.baseline.runs.join(" ")],
    ],
  );
  return `${bundle}\n\n${tti}`;
}

function grid(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (/^[\d.]+( KB)?$/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const runs = Number(arg("--runs") ?? 5);
  const json = process.argv.includes("--json");
  const actions = await benchWordLayer(runs, ["web", "desktop", "office2019"]);
  const sizes = await benchConvertSizes(Math.max(3, Math.min(runs, 5)), [10, 100, 1000]);
  const logScale = await benchLogScale([10, 1000, 5000], runs);
  const first = logScale[0]!;
  const last = logScale[logScale.length - 1]!;
  const ratios = { read5000vs10: Math.round((last.readMs / first.readMs) * 10) / 10, append5000vs10: Math.round((last.appendMs / first.appendMs) * 10) / 10 };
  const browser = process.argv.includes("--no-browser") ? null : await benchBrowser(runs);
  const result = { date: new Date().toISOString(), node: process.version, runs, actions, convertBySize: sizes, logScale, ratios, browser };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  console.log(`Handreiking Regie — Word layer on the emulator (median of ${runs} runs; node ${process.version})\n`);
  console.log(table(actions));
  console.log("\nConvert by size (generated templates, web profile):\n");
  console.log(table(sizes));
  console.log("\nLog growth (web profile; parts against the ~1 MB per-part limit):\n");
  console.log(logTable(logScale));
  console.log(`\nratio 5,000 vs 10 entries: read ×${ratios.read5000vs10}, append ×${ratios.append5000vs10}`);
  if (browser) {
    console.log(`\nTask pane in the browser (production build; median of ${runs} runs, interleaved):\n`);
    console.log(browserTables(browser));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
