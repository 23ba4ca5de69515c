// For the plan tests: a form written in sealed writes, its visible log rows, and the snapshot
// src/word would load of a .docx.
import { readFileSync } from "fs";
import path from "path";
import type { DocSnapshot } from "../../../src/domain/template/document-map";
import { readDocx, type BodyItem } from "../../document/docx-content";
import {
  createEntry,
  newDataPart,
  sealNewEntries,
  toTableRow,
  type ChangeEntry,
  type DataPart,
} from "../../../src/domain";

export const PH = { initials: "PH", organisation: "Ambiq" };

let n = 0;
/** A repeatable stand-in for Math.random. */
export const seq = (): number => ((n++ % 97) + 0.5) / 97;

function entry(i: number, text: string): ChangeEntry {
  return createEntry(
    { kind: "edit", description: `Wijziging ${i}`, boxKey: "hulpvraag", before: "", after: text },
    PH,
    new Date(Date.UTC(2020, 8, 1 + i, 10)),
    seq,
  );
}

/** A form written in `count` writes of one entry each, every write sealed like commit() does. */
export async function written(count: number, templateVersion = "1.0"): Promise<DataPart> {
  let data = newDataPart({ templateId: "handreikingRegie", templateVersion, random: seq });
  for (let i = 0; i < count; i++) {
    const text = `tekst ${i}`;
    data = await sealNewEntries(
      { ...data, lastAttributed: { hulpvraag: text }, changeLog: [...data.changeLog, entry(i, text)] },
      1,
    );
  }
  return data;
}

/** The visible log rows that show exactly this data part's log. */
export const rowsOf = (data: DataPart): string[][] => data.changeLog.map((e) => [...toTableRow(e)]);

/** The snapshot src/word loads from Word (paragraphs with nesting, table values) of a .docx body. */
export function snapshotOf(body: BodyItem[]): DocSnapshot {
  const snapshot: DocSnapshot = { paragraphs: [], tables: [] };
  for (const item of body) {
    if (item.type === "p") snapshot.paragraphs.push({ text: item.text, tableNestingLevel: 0 });
    else {
      snapshot.tables.push(item.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join("\r"))));
      for (const r of item.rows)
        for (const c of r.cells)
          for (const p of c.paragraphs) snapshot.paragraphs.push({ text: p.text, tableNestingLevel: 1 });
    }
  }
  return snapshot;
}

/** The snapshot of a .docx in this repository (path from its root). */
export async function snapshotOfFile(rel: string): Promise<DocSnapshot> {
  const content = await readDocx(readFileSync(path.join(__dirname, "../../..", rel)));
  return snapshotOf(content.body);
}
