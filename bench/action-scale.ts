// How each user action scales with the document (issue 30): a normal filled form (bench/filled-form.ts:
// four people, two goals, two agreements) and the same form with 10× and 100× the rows, on the
// emulator (web profile). Per action the median ms, and its growth against the document's growth
// (its .docx bytes): "no faster" when the action's factor is at most the document's.
// Alone: node scripts/ts-run.cjs bench/action-scale.ts [runs, default 3] [--sizes 1,10,100]
import { readFileSync } from "fs";
import path from "path";
import { createWordHost, type WordHost } from "word-host";
import { createOfficeGateway } from "../src/word/office-gateway";
import type { FormGateway } from "../src/word/gateway";
import { anonymiseCopy } from "../src/document/anonymise-docx";
import { readCopy } from "../src/document/read-data-part";
import { dutchLexicon } from "../src/document/name-lists";
import { fillForm, PH } from "./filled-form";
import { loadTemplateBase64FromDisk } from "./template-from-disk";
import { median } from "./tti/measure";

const PLAIN = new Uint8Array(readFileSync(path.resolve(__dirname, "../assets/handreiking-regie.docx")));
const NOW = () => new Date("2020-09-02T08:00:00Z");
export const ACTIONS = ["open", "save one box", "agree", "research copy", "merge"] as const;
type Action = (typeof ACTIONS)[number];

export interface ScaleRow {
  times: number;
  docxBytes: number;
  boxes: number;
  /** Median ms per action. */
  ms: Record<Action, number>;
  /** ms to make this form through the Word layer (not an action measured). */
  makeMs: number;
}

let host: WordHost | null = null;
async function open(docx: Uint8Array): Promise<FormGateway> {
  host?.uninstall();
  host = await createWordHost({ profile: "web", docx });
  host.install(globalThis as unknown as Record<string, unknown>);
  return createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
}

async function timed(runs: number, prepare: () => Promise<() => Promise<unknown>>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const act = await prepare();
    const t = performance.now();
    await act();
    ms.push(performance.now() - t);
  }
  return Math.round(median(ms) * 10) / 10;
}

async function scaleRow(k: number, runs: number): Promise<ScaleRow> {
  const t0 = performance.now();
  const made = await open(PLAIN);
  await fillForm(made, k);
  const docx = await host!.saveDocx();
  const makeMs = Math.round(performance.now() - t0);
  // another copy of the same form with one more box filled: what a merge brings in
  const other = await open(docx);
  await other.open();
  await other.writeBox("zorgen", "Schoolverzuim sinds de zomer.", {
    initials: "ES",
    organisation: "Gemeente Hengelo",
    name: "",
  });
  const there = await readCopy(await host!.saveDocx());
  if (!there.ok) throw new Error(there.error);
  const lexicon = dutchLexicon();
  const ms = {
    open: await timed(runs, async () => {
      const g = await open(docx);
      return () => g.open();
    }),
    "save one box": await timed(runs, async () => {
      const g = await open(docx);
      await g.open();
      return () => g.writeBox("hulpvraag", "Rust en duidelijkheid in huis.", PH);
    }),
    agree: await timed(runs, async () => {
      const g = await open(docx);
      await g.open();
      return () => g.agree("20200902", PH);
    }),
    "research copy": await timed(runs, async () => async () => {
      const copy = await anonymiseCopy(docx, { code: "ONDERZOEK-1", lexicon, marked: [] });
      if (!copy.bytes.length) throw new Error("research copy: empty");
    }),
    merge: await timed(runs, async () => {
      const g = await open(docx);
      await g.open();
      return () => g.mergeCopy({ data: there.data, boxTexts: there.boxTexts }, {}, PH);
    }),
  };
  const boxes = Object.keys((await (await open(docx)).open()).boxTexts).length;
  return { times: k, docxBytes: docx.length, boxes, ms, makeMs };
}

export async function benchActionScale(runs: number, sizes: number[] = [1, 10, 100]): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  try {
    for (const k of sizes) rows.push(await scaleRow(k, runs));
  } finally {
    host?.uninstall();
    host = null;
  }
  return rows;
}

/** The table, and per action whether it grows no faster than the document. */
export function actionScaleTable(rows: ScaleRow[], grid: (head: string[], body: string[][]) => string): string {
  const base = rows[0]!;
  const factor = (a: number, b: number) => `×${(a / b).toFixed(1)}`;
  const table = grid(
    ["document", ".docx KB", "boxes", ...ACTIONS.map((a) => `${a} ms`), "made in ms"],
    rows.map((r) => [
      `${r.times}× normal`,
      (r.docxBytes / 1024).toFixed(0),
      String(r.boxes),
      ...ACTIONS.map((a) => r.ms[a].toFixed(1)),
      String(r.makeMs),
    ]),
  );
  const verdicts = rows.slice(1).flatMap((r) =>
    ACTIONS.map((a) => {
      const grew = r.ms[a] / base.ms[a];
      const input = r.boxes / base.boxes;
      const verdict = grew <= input ? "no faster than the document" : "FASTER than the document";
      return `  ${a}, ${r.times}× vs 1×: ${factor(r.ms[a], base.ms[a])} against the boxes' ${factor(
        r.boxes,
        base.boxes,
      )}: ${verdict}`;
    }),
  );
  return `${table}\n\n${verdicts.join("\n")}`;
}

if (process.argv[1] === __filename) {
  const i = process.argv.indexOf("--sizes");
  const sizes = i >= 0 ? process.argv[i + 1]!.split(",").map(Number) : [1, 10, 100];
  const runs = Number(process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : 3);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { grid } = require("./grid") as typeof import("./grid");
  benchActionScale(runs, sizes).then(
    (rows) => console.log(actionScaleTable(rows, grid)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
