// npm run bench [-- --json] [-- --runs N] [-- --no-browser] [-- --no-pane-time] [-- --no-scale]
// [-- --scale-sizes 1,10,100]: prints the figures as a table, or as JSON.
// Only the pane's own time and the open-time growth: node scripts/ts-run.cjs bench/pane-time.ts
import { benchConvertSizes, benchWordLayer, type Measure } from "./word-layer";
import { benchLogScale, type LogScale } from "./log-scale";
import { benchBrowser } from "./tti/run-tti";
import { benchOpenGrowth, benchPaneTime, openGrowthTable, paneTimeTable } from "./pane-time";
import { benchMdo, mdoTable } from "./mdo-actions";
import { browserTables, comparisonLine } from "./form-screen-report";
import { grid } from "./grid";
import { actionScaleTable, benchActionScale } from "./action-scale";
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
  const paneTime = process.argv.includes("--no-pane-time")
    ? null
    : {
        openGrowth: await benchOpenGrowth([100, 1000, 5000], Math.min(runs, 3)),
        actions: await benchPaneTime(Math.min(runs, 3)),
      };
  // the two pages alternate at least 15 times (issue 30: medians of ≥ 15 runs)
  const browserRuns = Math.max(15, runs);
  const browser = process.argv.includes("--no-browser") ? null : await benchBrowser(browserRuns);
  const mdo = await benchMdo();
  // issue 30 item 4: each user action at 1×, 10× and 100× a normal form (bench/scaled-form.ts makes
  // the 100× form in about 1.5 min of CPU); -- --scale-sizes 1,10 for a quicker run
  const scaleSizes = (arg("--scale-sizes") ?? "1,10,100").split(",").map(Number);
  const actionScale = process.argv.includes("--no-scale")
    ? null
    : await benchActionScale(Math.min(runs, 3), scaleSizes);
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
    actionScale,
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
  if (actionScale) {
    console.log(
      "\nEach user action as the form grows (issue 30 item 4; bench/action-scale.ts, web profile, medians; CPU ms from process.cpuUsage):\n",
    );
    console.log(actionScaleTable(actionScale, grid));
  }
  console.log("\nResearch copy: one free-text box scanned, CPU time by shape (issue 23; bench/scan-shapes.ts):\n");
  console.log(scanShapesTable(scanShapes));
  if (browser) {
    console.log(`\nTask pane in the browser (production build; median of ${browserRuns} runs, interleaved):\n`);
    console.log(browserTables(browser, grid));
  }
  console.log(`\n${comparisonLine(browser)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
