// Issue 18, item 3: the time the pane's own code takes per action, without Word. Measured on the
// emulator (web profile, Word API batches): the time spent inside context.sync() — Word's side,
// here the emulator's — is subtracted from the action's time. What is left is the add-in's code
// in the pane (reading results, checks, building the view, preparing writes); React rendering is
// not included. Also: opening the pane as the log grows, reading the whole log (as before) against
// reading the data part's tail (now).
// Alone: node scripts/ts-run.cjs bench/pane-time.ts [--runs N]
import { readFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { createWordHost, type WordHost } from "word-host";
import { RequestContext } from "word-host/internals";
import { createOfficeGateway } from "../src/word/office-gateway";
import type { FormGateway, FormView } from "../src/word/gateway";
import { growLog } from "handreiking-fixtures/grow-log";
import { sortLog, TEMPLATE, type Profile } from "../src/domain";
import { loadTemplateBase64FromDisk } from "./template-from-disk";

const PLAIN = readFileSync(path.resolve(__dirname, "../assets/handreiking-regie.docx"));
const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };
const NOW = () => new Date("2020-09-02T08:00:00Z");

/** Milliseconds spent inside context.sync() since the last reset (Word's share of an action). */
let inWord = 0;
let wrapped = false;
function countTimeInWord(): void {
  if (wrapped) return;
  wrapped = true;
  const sync = RequestContext.prototype.sync;
  RequestContext.prototype.sync = async function timedSync<T>(this: RequestContext, passThroughValue?: T): Promise<T> {
    const t = performance.now();
    try {
      return (await sync.call(this, passThroughValue)) as T;
    } finally {
      inWord += performance.now() - t;
    }
  };
}

export interface PaneTime {
  form: string;
  action: string;
  syncs: number;
  /** Medians over the runs, milliseconds. */
  totalMs: number;
  wordMs: number;
  paneMs: number;
  runs: number;
}

export interface OpenGrowth {
  entries: number;
  read: "whole log (before)" | "tail (now)";
  syncs: number;
  totalMs: number;
  /** Inside context.sync(): Word's share (the emulator's here). */
  wordMs: number;
  paneMs: number;
  /** Log entries the open put in memory. */
  entriesRead: number;
  /** Entries left unread in the archive parts. */
  logStart: number;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

let host: WordHost | null = null;
async function startForm(): Promise<FormGateway> {
  host?.uninstall();
  host = await createWordHost({ profile: "web", docx: PLAIN });
  host.install(globalThis as unknown as Record<string, unknown>);
  const gateway = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
  await gateway.convert(PH);
  await gateway.open();
  return gateway;
}

/** Times one action `runs` times: total, inside context.sync(), and the rest (the pane's code). */
async function time(
  runs: number,
  act: (i: number) => Promise<unknown>,
): Promise<{ syncs: number; totalMs: number; wordMs: number; paneMs: number }> {
  const totals: number[] = [];
  const words: number[] = [];
  const panes: number[] = [];
  let syncs = 0;
  for (let i = 0; i < runs; i++) {
    host!.syncCount = 0;
    inWord = 0;
    const t = performance.now();
    await act(i);
    const total = performance.now() - t;
    totals.push(total);
    words.push(inWord);
    panes.push(total - inWord);
    syncs = host!.syncCount;
  }
  return { syncs, totalMs: round(median(totals)), wordMs: round(median(words)), paneMs: round(median(panes)) };
}

/** The Logboek's own work when it opens: the log newest first, and the people in it (as ChangeLogView). */
function logboekWork(view: FormView): number {
  const log = view.data?.changeLog ?? [];
  const newestFirst = sortLog(log).reverse();
  const people = new Set(newestFirst.map((e) => `${e.initials} · ${e.organisation}`));
  return newestFirst.length + people.size;
}

const ROWS_FIELD = "doelen";

/** The standard form, or a big one: rows added until the form has `boxes` boxes, and a log of `entries`. */
async function formOfSize(boxes: number, entries: number): Promise<FormGateway> {
  const gateway = await startForm();
  let view = await gateway.open();
  while (Object.keys(view.boxTexts).length < boxes) view = await gateway.addRow(ROWS_FIELD, PH);
  if (entries > 0) await growLog(entries, PH, NOW(), 20, 1000);
  return gateway;
}

async function paneActions(form: string, gateway: FormGateway, runs: number): Promise<PaneTime[]> {
  const out: PaneTime[] = [];
  let view = await gateway.open();
  const row = async (action: string, act: (i: number) => Promise<unknown>) =>
    out.push({ form, action, runs, ...(await time(runs, act)) });
  await row("open the pane (read the form)", async () => (view = await gateway.open()));
  await row("save a box", async (i) => (view = await gateway.writeBox("hulpvraag", `Rust in huis ${i}.`, PH)));
  await row("add a row", async () => (view = await gateway.addRow(ROWS_FIELD, PH)));
  const step = TEMPLATE.steps[1]!.fields[0]!.id;
  await row("switch step (select its first box)", () => gateway.selectBox(step));
  await row("open the Logboek (log newest first, people)", () => Promise.resolve(logboekWork(view)));
  return out;
}

export async function benchPaneTime(
  runs: number,
  big: { boxes: number; entries: number } = { boxes: 1000, entries: 5000 },
): Promise<PaneTime[]> {
  countTimeInWord();
  const standard = await paneActions("standard", await formOfSize(0, 0), runs);
  const large = await paneActions(
    `${big.boxes.toLocaleString("en")} boxes, ${big.entries.toLocaleString("en")} log entries`,
    await formOfSize(big.boxes, big.entries),
    runs,
  );
  host?.uninstall();
  host = null;
  return [...standard, ...large];
}

/** Opening the pane at each log size: the whole log read (before) against the tail (now). */
export async function benchOpenGrowth(sizes: number[], runs: number): Promise<OpenGrowth[]> {
  countTimeInWord();
  const out: OpenGrowth[] = [];
  for (const n of sizes) {
    const gateway = await formOfSize(0, n);
    for (const [read, open] of [
      ["whole log (before)", () => gateway.openWholeLog()],
      ["tail (now)", () => gateway.open()],
    ] as const) {
      let view: FormView | null = null;
      const t = await time(runs, async () => (view = await open()));
      const v = view as FormView | null;
      out.push({
        entries: n,
        read,
        syncs: t.syncs,
        totalMs: t.totalMs,
        wordMs: t.wordMs,
        paneMs: t.paneMs,
        entriesRead: v?.data?.changeLog.length ?? 0,
        logStart: v?.logStart ?? 0,
      });
    }
  }
  host?.uninstall();
  host = null;
  return out;
}

export function grid(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (/^[\d.,]+$/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function paneTimeTable(rows: PaneTime[]): string {
  return grid(
    ["form", "action", "round trips", "total ms", "in Word ms", "pane ms", "runs"],
    rows.map((r) => [
      r.form,
      r.action,
      String(r.syncs),
      r.totalMs.toFixed(1),
      r.wordMs.toFixed(1),
      r.paneMs.toFixed(1),
      String(r.runs),
    ]),
  );
}

export function openGrowthTable(rows: OpenGrowth[]): string {
  return grid(
    [
      "log entries",
      "open reads",
      "round trips",
      "total ms",
      "in Word ms",
      "pane ms",
      "entries read",
      "left in archive",
    ],
    rows.map((r) => [
      r.entries.toLocaleString("en"),
      r.read,
      String(r.syncs),
      r.totalMs.toFixed(1),
      r.wordMs.toFixed(1),
      r.paneMs.toFixed(1),
      String(r.entriesRead),
      String(r.logStart),
    ]),
  );
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--runs");
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 3;
  console.log(`Opening the pane as the log grows (web profile, median of ${runs}):\n`);
  console.log(openGrowthTable(await benchOpenGrowth([100, 1000, 5000], runs)));
  console.log(
    `\nThe pane's own time per action, without Word (time inside context.sync() subtracted; median of ${runs}):\n`,
  );
  console.log(paneTimeTable(await benchPaneTime(runs)));
}

// ts-run sets argv[1] to the file it runs (require.main is ts-run itself)
if (process.argv[1] === __filename) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
