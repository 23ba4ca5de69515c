// npm run bench [-- --json] [-- --runs N] [-- --no-browser] [-- --no-pane-time]: prints the figures as a table, or as
// JSON.
// Only the pane's own time and the open-time growth: node scripts/ts-run.cjs bench/pane-time.ts
import { benchConvertSizes, benchWordLayer, type Measure } from "./word-layer";
import { benchLogScale, type LogScale } from "./log-scale";
import { benchBrowser, type BrowserFigures } from "./tti/run-tti";
import { benchOpenGrowth, benchPaneTime, openGrowthTable, paneTimeTable } from "./pane-time";
import { benchMdo, mdoTable } from "./mdo-actions";
import { benchScanShapes, scanShapesTable } from "./scan-shapes";

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
    [
      "log entries",
      "read trips",
      "read ms",
      "append trips",
      "append ms",
      "largest part",
      "archive parts",
      "as one part",
      "limit",
    ],
    rows.map((r) => [
      String(r.entries),
      String(r.readSyncs),
      r.readMs.toFixed(1),
      String(r.appendSyncs),
      r.appendMs.toFixed(1),
      kb(r.largestPartBytes),
      String(r.archiveParts),
      kb(r.singlePartBytes),
      kb(r.limitBytes),
    ]),
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
  const vs = anchorTable(b);
  if (!b.tti) return `${bundle}${vs}\n\nTime to interactive: skipped (no /usr/bin/chromium).`;
  const t = b.tti;
  const tti = grid(
    ["page (headless Chromium, cold context)", "median ms", "× baseline", "runs ms"],
    [
      [
        "task pane opening a filled form (stand-in Word)",
        t.pane.medianMs.toFixed(1),
        `×${t.ratio}`,
        t.pane.runs.join(" "),
      ],
      ["  of which: stand-in Word ready", (t.pane.hostReadyMs ?? NaN).toFixed(1), "", ""],
      ["  interactive this long after the stand-in was ready", (t.pane.afterHostMs ?? NaN).toFixed(1), "", ""],
      [
        "task pane outside Office (real office.js)",
        t.outsideWord.medianMs.toFixed(1),
        `×${t.outsideWordRatio}`,
        t.outsideWord.runs.join(" "),
      ],
      ...(t.anchor
        ? [
            [
              "anchor: Microsoft's React template outside Office (same office.js)",
              t.anchor.medianMs.toFixed(1),
              `×${Math.round((t.anchor.medianMs / t.baseline.medianMs) * 100) / 100}`,
              t.anchor.runs.join(" "),
            ],
          ]
        : []),
      ["baseline: React + one Fluent button", t.baseline.medianMs.toFixed(1), "×1", t.baseline.runs.join(" ")],
    ],
  );
  const goal =
    t.anchor && t.outsideVsAnchor !== null
      ? `\n\nTime to interactive outside Office, pane / anchor: ×${t.outsideVsAnchor} (goal ≤ ×1.2)`
      : "";
  return `${bundle}${vs}\n\n${tti}${goal}`;
}

/** Issue 18: the pane's JS before first paint against Microsoft's React template. */
function anchorTable(b: BrowserFigures): string {
  if (!b.anchor) return "\n\nAnchor: skipped (../shared/anchors/ms-taskpane-react not found).";
  const a = b.anchor;
  const bytes = (n: number) => `${n.toLocaleString("en")} B`;
  const ratio = (n: number) => `×${(b.bundle.initialGz / n).toFixed(2)}`;
  return `\n\n${grid(
    ["JS before first paint, gzip -9", "task pane", "anchor", "pane / anchor"],
    [
      [
        "entry scripts (anchor: polyfill.js, react.js, taskpane.js)",
        bytes(b.bundle.initialGz),
        bytes(a.entryGz),
        ratio(a.entryGz),
      ],
      [
        "anchor without its IE11 polyfill.js",
        bytes(b.bundle.initialGz),
        bytes(a.entryWithoutPolyfillGz),
        ratio(a.entryWithoutPolyfillGz),
      ],
    ],
  )}`;
}

function grid(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (/^[\d.]+( KB)?$/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
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
  const ratios = {
    read5000vs10: Math.round((last.readMs / first.readMs) * 10) / 10,
    append5000vs10: Math.round((last.appendMs / first.appendMs) * 10) / 10,
  };
  // the browser pages alternate at least 7 times (issue 18: medians of ≥ 7 runs)
  const paneTime = process.argv.includes("--no-pane-time")
    ? null
    : {
        openGrowth: await benchOpenGrowth([100, 1000, 5000], Math.min(runs, 3)),
        actions: await benchPaneTime(Math.min(runs, 3)),
      };
  const browserRuns = Math.max(7, runs);
  const browser = process.argv.includes("--no-browser") ? null : await benchBrowser(browserRuns);
  const mdo = await benchMdo();
  const scanShapes = benchScanShapes();
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    browserRuns,
    actions,
    convertBySize: sizes,
    logScale,
    ratios,
    paneTime,
    browser,
    mdo,
    scanShapes,
  };
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
  console.log(
    `\nratio 5,000 vs 10 entries: read ×${ratios.read5000vs10}, append ×${ratios.append5000vs10} (read: the whole log, as before the tail read)`,
  );
  if (paneTime) {
    console.log(
      "\nOpening the pane as the log grows: the whole log read (before) against the data part's tail (now); web profile:\n",
    );
    console.log(openGrowthTable(paneTime.openGrowth));
    console.log(
      "\nThe pane's own time per action, without Word (time inside context.sync() subtracted; React rendering not included):\n",
    );
    console.log(paneTimeTable(paneTime.actions));
  }
  console.log("\nThe MDO in one sitting (issue 13; bench/mdo-actions.ts):\n");
  console.log(mdoTable(mdo));
  console.log("\nResearch copy: one free-text box scanned, CPU time by shape (issue 23; bench/scan-shapes.ts):\n");
  console.log(scanShapesTable(scanShapes));
  if (browser) {
    console.log(`\nTask pane in the browser (production build; median of ${browserRuns} runs, interleaved):\n`);
    console.log(browserTables(browser));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
