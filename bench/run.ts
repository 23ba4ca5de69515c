// npm run bench [-- --json] [-- --runs N]: prints the figures as a table, or as JSON.
import { benchConvertSizes, benchWordLayer, type Measure } from "./word-layer";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function table(rows: Measure[]): string {
  const head = ["action", "profile", "round trips", "median ms", "runs"];
  const body = rows.map((r) => [r.action, r.profile, String(r.syncs), r.ms.toFixed(1), String(r.runs)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const runs = Number(arg("--runs") ?? 5);
  const json = process.argv.includes("--json");
  const actions = await benchWordLayer(runs, ["web", "desktop", "office2019"]);
  const sizes = await benchConvertSizes(Math.max(3, Math.min(runs, 5)), [10, 100, 1000]);
  const result = { date: new Date().toISOString(), node: process.version, runs, actions, convertBySize: sizes };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  console.log(`Handreiking Regie — Word layer on the emulator (median of ${runs} runs; node ${process.version})\n`);
  console.log(table(actions));
  console.log("\nConvert by size (generated templates, web profile):\n");
  console.log(table(sizes));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
