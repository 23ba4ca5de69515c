// The previous release (commit d01b405, before data format 2) and this one on the same log, at
// the level of the data part: the old add-in's reader and chain check on what this one wrote, and
// this one's on what the old one then added. Zero false alarms, no form field lost. The old
// domain code is taken from git into a folder inside the repository (so its imports resolve);
// the journey through the Word layer is test/word/release-matrix.test.ts.
import path from "path";
import {
  checkLog,
  createEntry,
  newDataPart,
  parseDataPart,
  sealNewEntries,
  serializeDataPart,
  stampedByThisAddin,
  toTableRow,
  type DataPart,
} from "../../src/domain";
import { extractRelease, removeRelease } from "../release-source";

/** The previous release: main at the start of the data-format work. */
const PREVIOUS_RELEASE = "d01b405";
// a folder of this process's own: the release matrix (test/word) extracts releases side by side
const OLD = extractRelease(PREVIOUS_RELEASE, "domain");
const available = OLD !== null;
afterAll(() => removeRelease(OLD));

interface OldDomain {
  parseDataPart: typeof parseDataPart;
  serializeDataPart: typeof serializeDataPart;
  sealNewEntries: (d: DataPart, n: number) => DataPart;
  checkLog: (d: DataPart, rows: string[][]) => { findings: unknown[] };
  createEntry: typeof createEntry;
  toTableRow: typeof toTableRow;
}

function oldDomain(): OldDomain {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(OLD!, "src/domain/index.ts")) as OldDomain;
}

const PH = { initials: "PH", organisation: "Ambiq" };
const ES = { initials: "ES", organisation: "Gemeente Hengelo" };
const at = (day: number) => new Date(Date.UTC(2020, 8, day, 8));

(available ? describe : describe.skip)(`previous release ${PREVIOUS_RELEASE} and this one on one log`, () => {
  test("created in the old, amended in the new, amended again in the old, read in the new: no alarm, nothing lost", async () => {
    const old = oldDomain();
    // created and filled in the old release
    let oldData: DataPart = {
      ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }),
      lastAttributed: { zorgen: "Zorgen om school" },
      changeLog: [old.createEntry({ kind: "created", description: "Aangemaakt." }, PH, at(1))],
    };
    oldData = old.sealNewEntries(oldData, 1);
    const xml1 = old.serializeDataPart(oldData);

    // amended in this release (format upgrade logged on the way, as commit() does)
    const read1 = parseDataPart(xml1);
    if (!read1.ok) throw new Error(read1.error);
    expect(
      (
        await checkLog(
          read1.data,
          read1.data.changeLog.map((e) => toTableRow(e)),
        )
      ).findings,
    ).toEqual([]);
    const edit = createEntry({ kind: "edit", description: "Gewijzigd.", boxKey: "zorgen" }, ES, at(2));
    const newData = await sealNewEntries(
      stampedByThisAddin({
        ...read1.data,
        lastAttributed: { zorgen: "Zorgen om school en thuis" },
        changeLog: [...read1.data.changeLog, edit],
      }),
      1,
    );
    const xml2 = serializeDataPart(newData);

    // read and amended again in the old release
    const read2 = old.parseDataPart(xml2);
    if (!read2.ok) throw new Error(read2.error);
    expect(
      old.checkLog(
        read2.data,
        read2.data.changeLog.map((e) => old.toTableRow(e)),
      ).findings,
    ).toEqual([]);
    expect(read2.data.lastAttributed).toEqual(newData.lastAttributed);
    const again = old.createEntry({ kind: "edit", description: "Weer gewijzigd.", boxKey: "gaatGoed" }, PH, at(3));
    const oldAgain = old.sealNewEntries(
      {
        ...read2.data,
        lastAttributed: { ...read2.data.lastAttributed, gaatGoed: "Opa helpt" },
        changeLog: [...read2.data.changeLog, again],
      },
      1,
    );
    const xml3 = old.serializeDataPart(oldAgain);

    // read in this release: the old add-in dropped the seals and the format, the older chain still holds
    const read3 = parseDataPart(xml3);
    if (!read3.ok) throw new Error(read3.error);
    expect(
      (
        await checkLog(
          read3.data,
          read3.data.changeLog.map((e) => toTableRow(e)),
        )
      ).findings,
    ).toEqual([]);
    expect(read3.data.lastAttributed).toEqual({ zorgen: "Zorgen om school en thuis", gaatGoed: "Opa helpt" });
    expect(read3.data.changeLog.map((e) => e.id)).toEqual([...newData.changeLog.map((e) => e.id), again.id]);
    expect(read3.data.formatVersion).toBeUndefined(); // the old add-in wrote last: format 1 again
  });
});
