// Small data parts for the plan tests: a form written in sealed writes, and its visible log rows.
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
