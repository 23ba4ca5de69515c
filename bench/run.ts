// npm run bench [-- --json] [-- --runs N]: prints the figures as a table, or as JSON.
import { benchConvertSizes, benchWordLayer, type Measure } from "./word-layer";
import { benchLogScale, type LogScale } from "./log-scale";

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
  const result = { date: new Date().toISOString(), node: process.version, runs, actions, convertBySize: sizes, logScale, ratios };
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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
