// How each user action scales with the document (issue 30 item 4): a normal filled form and the
// same × 10 and × 100 (bench/scaled-form.ts says exactly what grows: rows, the free-text boxes'
// text and the log, each × k), through the real Word layer on the emulator (web profile). Per
// action: CPU ms (process.cpuUsage: the machine is shared, wall time is not ours alone), wall ms,
// round trips (context.sync), XML parses and SHA-256 hashes, medians of the runs; then the growth
// per step (10× vs 1×, 100× vs 10×) next to the input's growth (the boxes' text).
// Alone: node scripts/ts-run.cjs bench/action-scale.ts [runs, default 3] [--sizes 1,10,100]
import { readFileSync } from "fs";
import path from "path";
import { createWordHost, type WordHost } from "word-host";
import { createOfficeGateway } from "../src/word/office-gateway";
import type { FormGateway } from "../src/word/gateway";
import { anonymiseCopy } from "../src/document/anonymise-docx";
import { readCopy } from "../src/document/read-data-part";
import { dutchLexicon } from "../src/document/name-lists";
import type { CopyState, Profile } from "../src/domain";
import { loadTemplateBase64FromDisk } from "./template-from-disk";
import { NOW, scaledForm, type ScaledForm } from "./scaled-form";
import { workOf, type Work } from "./work-counter";

const PLAIN = new Uint8Array(readFileSync(path.resolve(__dirname, "../assets/handreiking-regie.docx")));
export const ACTIONS = ["save one box", "agree", "open", "research copy", "merge"] as const;
export type Action = (typeof ACTIONS)[number];
/** A third person (not PH or JV, who filled the rows), so every save starts its own log entry at every size. */
const ES: Profile = { initials: "ES", organisation: "Gemeente Hengelo", name: "" };
const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };

export interface ActionFigures extends Work {
  cpuMs: number;
  wallMs: number;
  syncs: number;
}

export interface ScaleRow extends Omit<ScaledForm, "docx"> {
  docxBytes: number;
  actions: Record<Action, ActionFigures>;
}

let host: WordHost | null = null;
export async function openOn(docx: Uint8Array): Promise<{ g: FormGateway; host: WordHost }> {
  host?.uninstall();
  host = await createWordHost({ profile: "web", docx });
  host.install(globalThis as unknown as Record<string, unknown>);
  return { g: createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW }), host };
}

export function closeHost(): void {
  host?.uninstall();
  host = null;
}

/** Measures one run of the action that `prepare` sets up (preparing is not measured). */
export async function measureOnce(prepare: () => Promise<() => Promise<unknown>>): Promise<ActionFigures> {
  const act = await prepare();
  const h = host!;
  h.syncCount = 0;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const work = await workOf(act);
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { ...work, cpuMs: (used.user + used.system) / 1000, wallMs, syncs: h.syncCount };
}

/** The setup of each action on a form's .docx: what the pane does before the user acts. */
export function actionSetups(
  docx: Uint8Array,
  there: CopyState,
): Record<Action, () => Promise<() => Promise<unknown>>> {
  const lexicon = dutchLexicon();
  return {
    "save one box": async () => {
      const { g } = await openOn(docx);
      await g.open();
      return () => g.writeBox("gemeente", "Enschede", ES);
    },
    agree: async () => {
      const { g } = await openOn(docx);
      await g.open();
      return () => g.agree("20200902", PH);
    },
    open: async () => {
      const { g } = await openOn(docx);
      return () => g.open();
    },
    // as the Kopieën tab makes it: the file from Word (getFileAsync), then anonymised
    "research copy": async () => {
      const { g } = await openOn(docx);
      return async () => {
        const bytes = await g.getCopy();
        if (!bytes) throw new Error("research copy: this Word gives no file");
        const copy = await anonymiseCopy(bytes, { code: "ONDERZOEK-1", lexicon, marked: [] });
        if (!copy.bytes.length) throw new Error("research copy: empty");
      };
    },
    merge: async () => {
      const { g } = await openOn(docx);
      await g.open();
      return () => g.mergeCopy(there, {}, PH, { fileName: "kopie.docx" });
    },
  };
}

/** Another copy of the form with one more box changed (by ES): what a merge brings in. */
export async function otherCopy(docx: Uint8Array): Promise<CopyState> {
  const { g, host: h } = await openOn(docx);
  await g.open();
  await g.writeBox("afstemming", "Elke vier weken overleg.", ES);
  const read = await readCopy(await h.saveDocx());
  if (!read.ok) throw new Error(read.error);
  return { data: read.data, boxTexts: read.boxTexts };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianFigures(runs: ActionFigures[]): ActionFigures {
  const m = (pick: (f: ActionFigures) => number) => Math.round(median(runs.map(pick)) * 10) / 10;
  return {
    cpuMs: m((f) => f.cpuMs),
    wallMs: m((f) => f.wallMs),
    syncs: m((f) => f.syncs),
    xmlParses: m((f) => f.xmlParses),
    xmlChars: m((f) => f.xmlChars),
    hashes: m((f) => f.hashes),
    hashedBytes: m((f) => f.hashedBytes),
  };
}

/** `warmUp`: one unmeasured run per action first (the first size pays for loading and compiling the code). */
async function scaleRow(k: number, runs: number, warmUp: boolean): Promise<ScaleRow> {
  const { docx, ...form } = await scaledForm(PLAIN, k);
  const setups = actionSetups(docx, await otherCopy(docx));
  const actions = {} as Record<Action, ActionFigures>;
  for (const action of ACTIONS) {
    if (warmUp) await measureOnce(setups[action]);
    const figures: ActionFigures[] = [];
    for (let i = 0; i < runs; i++) figures.push(await measureOnce(setups[action]));
    actions[action] = medianFigures(figures);
  }
  return { ...form, docxBytes: docx.length, actions };
}

export async function benchActionScale(runs: number, sizes: number[] = [1, 10, 100]): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  try {
    for (const [i, k] of sizes.entries()) rows.push(await scaleRow(k, runs, i === 0));
  } finally {
    closeHost();
  }
  return rows;
}

const x = (a: number, b: number) => (b > 0 ? `×${(a / b).toFixed(1)}` : "—");

/** The documents, the figures per action and size, and per step each action's growth beside the input's. */
export function actionScaleTable(rows: ScaleRow[], grid: (head: string[], body: string[][]) => string): string {
  const docs = grid(
    ["document", "rows", "boxes", "box text chars", "log entries", "data part chars", ".docx KB", "made in ms"],
    rows.map((r) => [
      `${r.times}×`,
      String(r.rows),
      String(r.boxes),
      String(r.boxChars),
      String(r.logEntries),
      String(r.dataPartChars),
      (r.docxBytes / 1024).toFixed(0),
      String(r.makeMs),
    ]),
  );
  const figures = grid(
    ["action", "document", "CPU ms", "wall ms", "round trips", "XML parses", "XML KB parsed", "hashes", "KB hashed"],
    ACTIONS.flatMap((a) =>
      rows.map((r) => {
        const f = r.actions[a];
        return [
          a,
          `${r.times}×`,
          f.cpuMs.toFixed(1),
          f.wallMs.toFixed(1),
          String(f.syncs),
          String(f.xmlParses),
          (f.xmlChars / 1024).toFixed(0),
          String(f.hashes),
          (f.hashedBytes / 1024).toFixed(0),
        ];
      }),
    ),
  );
  const steps = rows.slice(1).map((r, i) => [rows[i]!, r] as const);
  const growth = grid(
    ["action", "step", "input (box text)", "CPU", "wall", "round trips", "XML parsed", "hashed", "CPU vs input"],
    ACTIONS.flatMap((a) =>
      steps.map(([from, to]) => {
        const input = to.boxChars / from.boxChars;
        const cpu = to.actions[a].cpuMs / from.actions[a].cpuMs;
        return [
          a,
          `${to.times}× vs ${from.times}×`,
          `×${input.toFixed(1)}`,
          `×${cpu.toFixed(1)}`,
          x(to.actions[a].wallMs, from.actions[a].wallMs),
          x(to.actions[a].syncs, from.actions[a].syncs),
          x(to.actions[a].xmlChars, from.actions[a].xmlChars),
          x(to.actions[a].hashedBytes, from.actions[a].hashedBytes),
          cpu <= input ? "no faster" : "FASTER",
        ];
      }),
    ),
  );
  return `${docs}\n\n${figures}\n\n${growth}`;
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
