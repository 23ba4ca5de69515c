// A normal filled form × k for the action-scale bench (issue 30), made through the Word layer on the
// emulator (web profile). "Normal" (spec: the MDO with the family and four or five professionals):
// the form converted, the six general boxes filled, four people in Betrokkenen, two goals, two
// agreements, filled by two professionals (PH of Ambiq, JV of Wijkteam Hengelo). × k grows all three
// sides of the document by k:
//   - rows: 4k people, 2k goals, 2k agreements (so the row boxes: 24k of them, 22k filled);
//   - the general free-text boxes' text: each box's normal text repeated k times;
//   - the log: the rows come in k rounds; in each, every table is its own fill session, by JV and PH
//     in turn, so the log holds 2 + 3k entries (conversion, PH's general boxes, three per round).
// Filling 100× box by box through the pane's actions (3,000 saves) takes over an hour on a loaded
// 2-core machine, so each round is ONE Word.run that adds its rows and writes their boxes with the
// Word layer's own pieces (queueNewRows, boxControl, withFillSession, commit): the same document a
// person filling row by row would leave, except that a table's rows of one round share one session entry. The
// form is then opened and must show no problem and no outside edit (checked, else it throws).
import { createWordHost } from "word-host";
import { createOfficeGateway, currentCapabilities, handleOf } from "../src/word/office-gateway";
import type { FormView } from "../src/word/gateway";
import { commit, type FormHandle } from "../src/word/commit";
import { boxControl } from "../src/word/controls";
import { queueNewRows } from "../src/word/rows";
import { readForm } from "../src/word/read-form";
import { runWord } from "../src/word/run";
import {
  boxKey,
  lastEntryIntact,
  newRowKey,
  rowPath,
  rowsField,
  serializeDataPart,
  signerOf,
  withFillSession,
  withRowsAdded,
  type ChangeEntry,
  type DataPart,
  type Profile,
} from "../src/domain";
import { loadTemplateBase64FromDisk } from "./template-from-disk";
import { PH } from "./filled-form";

export const JV: Profile = { initials: "JV", organisation: "Wijkteam Hengelo", name: "" };
export const NOW = () => new Date("2020-09-02T08:00:00Z");

/** Fictional people (no real persons). */
const ROWS: Record<string, { columns: string[]; rows: string[][] }> = {
  betrokkenen: {
    columns: ["naam", "organisatie", "functie", "rol", "bereikbaarheid"],
    rows: [
      ["Moeder van E.", "Gezin", "", "Ouder met gezag", "06-12345678"],
      ["P. Hendriks", "Ambiq", "Jeugdconsulent", "Regisseur", "074-1234567"],
      ["J. de Vries", "Wijkteam Hengelo", "Ambulant hulpverlener", "Hulpverlener", "074-7654321"],
      ["A. Bakker", "Basisschool De Esch", "Intern begeleider", "School", "053-1112233"],
    ],
  },
  doelen: {
    columns: ["doel", "termijn"],
    rows: [
      ["E. gaat weer vier dagen per week naar school", "Binnen drie maanden"],
      ["Minder ruzie thuis: één avond per week samen eten", "Binnen zes weken"],
    ],
  },
  afspraken: {
    columns: ["afspraak", "wie", "wanneer"],
    rows: [
      ["Huisbezoek", "Ambiq", "Wekelijks"],
      ["Overleg met school", "Wijkteam Hengelo", "Elke maand"],
    ],
  },
};

/** The general boxes; the free-text ones (the last four) grow with k. */
const GENERAL: [string, string, boolean][] = [
  ["initialen", "ES", false],
  ["gemeente", "Hengelo", false],
  ["hulpvraag", "Moeder wil dat E. weer naar school gaat en dat er thuis minder ruzie is.", true],
  ["gaatGoed", "E. sport twee keer per week bij de voetbalclub.", true],
  ["takenRegisseur", "Coördineert de hulp en roept het MDO bijeen.", true],
  ["afstemming", "Elke zes weken overleg.", true],
];

export interface ScaledForm {
  times: number;
  docx: Uint8Array;
  rows: number;
  boxes: number;
  /** Characters of text in all boxes together. */
  boxChars: number;
  logEntries: number;
  /** The data part's XML, characters (rewritten whole by every edit). */
  dataPartChars: number;
  makeMs: number;
}

/** Round `r` of the rows: adds them at the end of their tables and fills them, in one batch; each
 * table is its own fill session, by `signers` in turn (so each is a new log entry). */
async function addRound(
  context: Word.RequestContext,
  h: FormHandle,
  r: number,
  signers: readonly Profile[],
): Promise<FormHandle> {
  let data: DataPart = h.data;
  const written: Record<string, string> = {};
  const entries: ChangeEntry[] = [];
  let intact = h.lastLogRow !== undefined && (await lastEntryIntact(data.changeLog));
  for (const [t, [fieldId, spec]] of Object.entries(ROWS).entries()) {
    const field = rowsField(fieldId);
    if (!field) throw new Error(`bench: no rows field ${fieldId}`);
    const existing = data.rowOrder[fieldId] ?? [];
    // the converted form has one empty row per table: round 0 fills it first
    const reuse = r === 0 ? existing.slice(0, 1) : [];
    const newKeys: string[] = [];
    while (newKeys.length < spec.rows.length - reuse.length)
      newKeys.push(newRowKey(undefined, [...existing, ...newKeys]));
    const table =
      newKeys.length > 0 ? queueNewRows(context, field.field, existing, newKeys, { code: "tableNotFound" }) : null;
    data = withRowsAdded(data, fieldId, newKeys, field.columns);
    const keys = newKeys.map((rowKey) => rowPath(fieldId, rowKey));
    [...reuse, ...newKeys].forEach((rowKey, i) => {
      const rowIndex = existing.length - reuse.length + 1 + i; // the header row first
      spec.columns.forEach((columnId, c) => {
        const text = spec.rows[i]![c]!;
        if (!text) return;
        const key = boxKey({ fieldId, rowKey, columnId });
        // a new row's box through its cell: looking each up by tag would walk the whole document
        const cc =
          table && !reuse.includes(rowKey)
            ? table.getCell(rowIndex, c).body.contentControls.getFirst()
            : boxControl(context, key);
        cc.insertText(text, "Replace");
        written[key] = text;
        keys.push(key);
      });
    });
    const who = { signer: signerOf(signers[t % signers.length]!), now: NOW() };
    const session = withFillSession(data, keys, who, intact);
    if (session.replacesLast) throw new Error("bench: a round's session must be a new log entry");
    intact = false;
    data = { ...session.data, lastAttributed: { ...session.data.lastAttributed, ...written } };
    entries.push(...session.entries);
  }
  return commit(context, h, data, entries, NOW(), false);
}

const total = (texts: Record<string, string>) => Object.values(texts).reduce((n, t) => n + t.length, 0);

/** Makes the normal form × k; throws when the form does not open clean. */
export async function scaledForm(plain: Uint8Array, k: number): Promise<ScaledForm> {
  const t0 = performance.now();
  const host = await createWordHost({ profile: "web", docx: plain });
  host.install(globalThis as unknown as Record<string, unknown>);
  try {
    const g = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
    await g.convert(PH);
    for (const [key, text, grows] of GENERAL)
      await g.writeBox(key, grows ? Array.from({ length: k }, () => text).join(" ") : text, PH);
    const caps = currentCapabilities();
    let handle = await runWord(async (ctx) => handleOf(await readForm(ctx, caps, { log: "tail" })));
    for (let r = 0; r < k; r++) {
      const h = handle;
      if (!h) throw new Error("bench: the converted form has no data part");
      handle = await runWord((ctx) => addRound(ctx, h, r, r % 2 === 0 ? [JV, PH] : [PH, JV]));
    }
    const view: FormView = await g.openWholeLog();
    if (view.problems.length > 0 || view.outsideEdits.length > 0)
      throw new Error(
        `bench: the ${k}× form does not open clean: ${JSON.stringify([...view.problems, ...view.outsideEdits])}`,
      );
    const docx = await host.saveDocx();
    return {
      times: k,
      docx,
      rows: Object.values(view.data?.rowOrder ?? {}).reduce((n, keys) => n + keys.length, 0),
      boxes: Object.keys(view.boxTexts).length,
      boxChars: total(view.boxTexts),
      logEntries: view.data?.changeLog.length ?? 0,
      dataPartChars: view.data ? serializeDataPart(view.data).length : 0,
      makeMs: Math.round(performance.now() - t0),
    };
  } finally {
    host.uninstall();
  }
}
