// Pure functions that used to live in src/word (and could only be tested through the emulator).
import {
  ARCHIVE_CHUNK_BUDGET,
  lastLogRowOf,
  tailStandsAlone,
  MAIN_LOG_BUDGET,
  createEntry,
  entriesToArchive,
  findOutsideEdits,
  logTableEdited,
  mergeSummary,
  ARCHIVED_DIFFERENCE,
  checkLog,
  describeQuarantine,
  logFromVisible,
  logProblems,
  rebuildData,
  sealNewEntries,
  newDataPart,
  ownerOf,
  quarantineXml,
  recoverRows,
  rowOrderFromKeys,
  serializedLogSize,
  signerOf,
  stampLinesOf,
  textsAfterWrite,
  toTableRow,
  type ChangeEntry,
  type DataPart,
} from "../../src/domain";

const PH = { initials: "PH", organisation: "Ambiq" };
let n = 0;
const random = () => (n++ * 0.618) % 1;
const entry = (description: string, at = "2020-09-02T10:00:00Z"): ChangeEntry =>
  createEntry({ kind: "edit", description }, PH, new Date(at), random);
const data = (changeLog: ChangeEntry[], lastAttributed: Record<string, string> = {}): DataPart => ({
  ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", random }),
  changeLog,
  lastAttributed,
});

describe("logTableEdited", () => {
  const log = [entry("Ingevuld"), entry("Gewijzigd")];
  it("is false when the visible rows show exactly the data part's log", async () => {
    expect(
      logTableEdited(
        log.map((e) => toTableRow(e)),
        data(log),
      ),
    ).toBe(false);
  });
  it("is true when a row was edited, removed or added by hand", async () => {
    const rows = log.map((e) => toTableRow(e));
    expect(logTableEdited([rows[0]!, rows[1]!.map((c, i) => (i === 4 ? "Iets anders" : c))], data(log))).toBe(true);
    expect(logTableEdited(rows.slice(1), data(log))).toBe(true);
    expect(logTableEdited([...rows, rows[1]!], data(log))).toBe(true);
  });
});

describe("findOutsideEdits", () => {
  const d = data([entry("Ingevuld")], { gemeente: "Hengelo", zorgen: "", "doelen.r000001.doel": "Naar school" });
  it("lists the boxes whose text differs from what was last attributed, with before and after", async () => {
    const edits = findOutsideEdits(
      d,
      { gemeente: "Hengelo", zorgen: "Nieuw getypt", "doelen.r000001.doel": "Naar school" },
      "20200903",
    );
    expect(edits.map(({ key, before, after }) => ({ key, before, after }))).toEqual([
      { key: "zorgen", before: "", after: "Nieuw getypt" },
    ]);
    expect(edits[0]!.stamp).toEqual({ stamps: [], trusted: null, reason: null });
  });
  it("ignores boxes the document no longer holds (a missing box is a problem, not an edit)", async () => {
    expect(findOutsideEdits(d, { gemeente: "Hengelo" }, "20200903")).toEqual([]);
  });
  it("reads the hand stamp an edit added, trusted only when it names a person of step 2", () => {
    const es = { ...d.lastAttributed, zorgen: "ES 02-09-2020, Ambiq: zorgen over school" };
    expect(findOutsideEdits(d, es, "20200903")[0]?.stamp.trusted).toBeNull();
    const withPeople = { ...d, rowOrder: { betrokkenen: ["r1"] } };
    const [edit] = findOutsideEdits(
      withPeople,
      { ...es, "betrokkenen.r1.naam": "Eva Smit", "betrokkenen.r1.organisatie": "Ambiq" },
      "20200903",
    );
    expect(edit?.stamp.trusted).toMatchObject({ initials: "ES", organisation: "Ambiq" });
  });
});

describe("entriesToArchive", () => {
  it("archives nothing while the log fits its budget, and never the last entry", async () => {
    expect(entriesToArchive([entry("a"), entry("b")])).toEqual([]);
    const big = (i: number) =>
      createEntry(
        { kind: "edit", description: `regel ${i}`, before: "", after: "y".repeat(9_000) },
        PH,
        new Date(Date.UTC(2020, 8, 2, 10, 0, i)),
        random,
      );
    const over = Array.from({ length: 220 }, (_, i) => big(i));
    expect(serializedLogSize(over)).toBeGreaterThan(MAIN_LOG_BUDGET);
    expect(entriesToArchive(over.slice(0, 1))).toEqual([]);
  });
  it("moves the oldest entries out, about one chunk's worth, once the log is over budget", async () => {
    const big = (i: number) =>
      createEntry(
        { kind: "edit", description: `regel ${i}`, before: "", after: "y".repeat(9_000) },
        PH,
        new Date(Date.UTC(2020, 8, 2, 10, 0, i)),
        random,
      );
    // each logged value is shortened: ~1,300 characters an entry
    const log = Array.from({ length: 220 }, (_, i) => big(i));
    expect(serializedLogSize(log)).toBeGreaterThan(MAIN_LOG_BUDGET);
    const chunk = entriesToArchive(log);
    expect(chunk).toEqual(log.slice(0, chunk.length));
    expect(chunk.length).toBeLessThan(log.length);
    // entries are counted one by one until the chunk reaches its budget
    const sizes = chunk.map((e) => serializedLogSize([e]));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(ARCHIVE_CHUNK_BUDGET);
    expect(sizes.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(ARCHIVE_CHUNK_BUDGET);
  });
});

describe("textsAfterWrite", () => {
  const before = { gemeente: "Hengelo", zorgen: "", "doelen.r000001.doel": "School", "doelen.r000001.termijn": "" };
  const read = { ...before, zorgen: "buiten het venster getypt" };
  it("a written box takes its new text; a box typed in outside the pane and not written keeps what was read", async () => {
    expect(textsAfterWrite(before, { ...before, gemeente: "Enschede" }, read)).toEqual({
      ...read,
      gemeente: "Enschede",
    });
  });
  it("a new row's boxes appear empty; a removed row's boxes are gone", async () => {
    expect(
      textsAfterWrite(before, { ...before, "doelen.r000002.doel": "", "doelen.r000002.termijn": "" }, read),
    ).toEqual({ ...read, "doelen.r000002.doel": "", "doelen.r000002.termijn": "" });
    expect(textsAfterWrite(before, { gemeente: "Hengelo", zorgen: "" }, read)).toEqual({
      gemeente: "Hengelo",
      zorgen: "buiten het venster getypt",
    });
  });
  it("an outside edit that was attributed keeps its text", async () => {
    expect(textsAfterWrite(before, { ...before, zorgen: read.zorgen }, read)).toEqual(read);
  });

  it("changed and new boxes take their new text, removed rows' boxes go, the rest stays as read", async () => {
    const before = { gemeente: "Hengelo", zorgen: "oud", "doelen.r000001.doel": "weg", "doelen.r000001.termijn": "" };
    const after = {
      gemeente: "Hengelo",
      zorgen: "nieuw",
      "doelen.r000002.doel": "erbij",
      "doelen.r000002.termijn": "",
    };
    const texts = {
      gemeente: "Hengelo",
      zorgen: "oud",
      "doelen.r000001.doel": "weg",
      "doelen.r000001.termijn": "",
      vervanger: "zoals gelezen",
    };
    expect(textsAfterWrite(before, after, texts)).toEqual({
      gemeente: "Hengelo",
      zorgen: "nieuw",
      "doelen.r000002.doel": "erbij",
      "doelen.r000002.termijn": "",
      vervanger: "zoals gelezen",
    });
  });
});

describe("mergeSummary", () => {
  const there = {
    data: {
      ...data([entry("Ingevuld")]),
      formVersion: 3,
      agreed: { day: "20200902", initials: "ES", organisation: "Ambiq" },
    },
    boxTexts: { gemeente: "Hengelo" },
  };
  it("names the other copy's file, version, agreement and a mark of what it held", async () => {
    const text = await mergeSummary(there, 1, { fileName: "20200902 Handreiking Regie ES.docx" }, true);
    expect(text).toMatch(
      /^Samengevoegd met de kopie ‘20200902 Handreiking Regie ES\.docx’ \(formulierversie 3, volgens die kopie vastgesteld in het MDO door ES op .+, kenmerk [^)]+\): 1 logregel van die kopie overgenomen zoals die kopie ze vermeldt\. De vaststelling in het MDO is van die kopie overgenomen\.$/,
    );
  });
  it("says when the file name is unknown, and counts in plural", async () => {
    expect(await mergeSummary({ ...there, data: { ...there.data, agreed: null } }, 2)).toMatch(
      /^Samengevoegd met de kopie zonder bestandsnaam \(formulierversie 3, kenmerk [^)]+\): 2 logregels van die kopie/,
    );
  });
});

describe("quarantineXml", () => {
  it("keeps the raw text whole, with when and why, and is read back by describeQuarantine", async () => {
    const raw = `<form>kapot & <half "${"x".repeat(50)}`;
    const xml = quarantineXml(raw, "Beschadigd <gegevensdeel>", new Date("2020-09-02T10:00:00Z"));
    expect(describeQuarantine(xml, "p1")).toEqual([
      expect.objectContaining({ id: "p1", day: "20200902", reason: "Beschadigd <gegevensdeel>", size: raw.length }),
    ]);
    expect(describeQuarantine(xml + xml, "settings").map((q) => q.id)).toEqual(["settings:0", "settings:1"]);
  });
});

describe("stampLinesOf", () => {
  it("gives the stamp lines the add-in wrote, from the log's descriptions", async () => {
    const log = [
      { description: "Gecorrigeerd, in het document gestempeld: PH 20201005, Ambiq" },
      { description: "Rij 2: ingevuld, in het document gestempeld: ES 20201006, Gemeente Hengelo" },
      { description: "Rij 3 toegevoegd, in het document gestempeld: PH 20201007, Ambiq" },
      { description: "Gewijzigd" },
    ];
    expect([...stampLinesOf(log)]).toEqual([
      "Gecorrigeerd: PH 20201005, Ambiq",
      "Ingevuld: ES 20201006, Gemeente Hengelo",
      "Toegevoegd: PH 20201007, Ambiq",
    ]);
  });
});

describe("recoverRows", () => {
  it("reads visible rows back as entries; an unreadable row is null; identical rows keep their own ids", async () => {
    const e = entry("Ingevuld");
    const row = toTableRow(e);
    const out = recoverRows([row, ["kapot"], row], new Set([e.id]));
    expect(out[1]).toBeNull();
    expect(out[0]?.description).toBe("Ingevuld");
    expect(new Set([e.id, out[0]!.id, out[2]!.id]).size).toBe(3);
  });
});

describe("rowOrderFromKeys", () => {
  it("groups cell keys into each table's rows in document order, once each; other keys are skipped", async () => {
    const keys = [
      "gemeente",
      "doelen.r000002.doel",
      "doelen.r000002.termijn",
      "doelen.r000001.doel",
      "afspraken.r00000a.wie",
      "doelen.xyz.doel",
      "onbekend.r000003.x",
    ];
    expect(rowOrderFromKeys(keys)).toEqual({ doelen: ["r000002", "r000001"], afspraken: ["r00000a"] });
  });
});

describe("signerOf and ownerOf", () => {
  it("sign with initials and organisation only; the name goes only where the form asks for it", async () => {
    const profile = { initials: "PH", organisation: "Ambiq", name: "Petra van der Hof" };
    expect(signerOf(profile)).toEqual({ initials: "PH", organisation: "Ambiq" });
    expect(ownerOf(profile)).toEqual({ name: "Petra van der Hof", organisation: "Ambiq" });
  });
});

describe("rebuilding the data from what the document shows", () => {
  const first = entry("Ingevuld", "2020-09-02T10:00:00Z");
  const second = entry("Gewijzigd", "2020-09-03T10:00:00Z");
  let sealed: DataPart;
  let rows: string[][];
  let edited: string[][];
  beforeAll(async () => {
    sealed = await sealNewEntries(data([first, second]), 2);
    rows = sealed.changeLog.map((e) => toTableRow(e));
    edited = [rows[0]!, rows[1]!.map((c, i) => (i === 4 ? "Niets gewijzigd" : c))];
  });

  it("logFromVisible takes the differing stretch from the visible rows and keeps the data part's side as evidence", async () => {
    const check = await checkLog(sealed, edited);
    expect(check.difference?.start).toBe(1);
    const rebuilt = logFromVisible(sealed, check, 0)!;
    expect(rebuilt.log.map((e) => e.description)).toEqual(["Ingevuld", "Niets gewijzigd"]);
    expect(rebuilt.log[0]).toEqual(sealed.changeLog[0]);
    expect(rebuilt.evidence).toBe(toTableRow(sealed.changeLog[1]!).join(" | "));
  });

  it("logFromVisible gives nothing when the difference lies in the archived entries, or there is none", async () => {
    expect(logFromVisible(sealed, await checkLog(sealed, edited), 2)).toBeNull();
    expect(logFromVisible(sealed, await checkLog(sealed, rows), 0)).toBeNull();
    expect(ARCHIVED_DIFFERENCE).toMatch(/^Het verschil ligt in het oudere/);
  });

  it("rebuildData takes the readable log rows and the boxes as they stand, and says so in Dutch", async () => {
    const { data: rebuilt, notes } = rebuildData([...rows, ["onleesbaar"]], {
      gemeente: "Hengelo",
      "doelen.r000002.doel": "Sport",
      "doelen.r000001.doel": "School",
    });
    expect(rebuilt.changeLog.map((e) => e.description)).toEqual(["Ingevuld", "Gewijzigd"]);
    expect(rebuilt.lastAttributed).toEqual({
      gemeente: "Hengelo",
      "doelen.r000002.doel": "Sport",
      "doelen.r000001.doel": "School",
    });
    expect(rebuilt.rowOrder).toEqual({ doelen: ["r000002", "r000001"] });
    expect(notes[0]).toBe("2 regels uit het zichtbare logboek overgenomen, 1 onleesbaar (ze blijven zichtbaar staan).");
    expect(rebuildData(null, {}).notes[0]).toBe("0 regels uit het zichtbare logboek overgenomen.");
  });
});

describe("logProblems", () => {
  it("a hand-edited visible log is one repairable problem that carries both sides and asks which is right", async () => {
    const sealed = await sealNewEntries(data([entry("Ingevuld"), entry("Gewijzigd")]), 2);
    const rows = sealed.changeLog.map((e) => toTableRow(e));
    const problems = logProblems(
      await checkLog(sealed, [rows[0]!, rows[1]!.map((c, i) => (i === 4 ? "Niets gewijzigd" : c))]),
    );
    expect(problems).toEqual([
      {
        id: "logEdited",
        repairable: true,
        message: expect.stringMatching(
          / Herstellen vraagt eerst welke van de twee klopt; de andere wordt volledig in het logboek bewaard\.$/,
        ),
        sides: {
          visible: [expect.stringContaining("Niets gewijzigd")],
          data: [toTableRow(sealed.changeLog[1]!).join(" | ")],
        },
      },
    ]);
    expect(logProblems(await checkLog(sealed, rows))).toEqual([]);
  });

  it("entries added after the chain by an older version (which drops the seal mark) are reported, not repairable", async () => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { sealedFrom, ...sealed } = await sealNewEntries(data([entry("Ingevuld")]), 1);
    const tail = { ...sealed, changeLog: [...sealed.changeLog, entry("Later")] };
    const problems = logProblems(
      await checkLog(
        tail,
        tail.changeLog.map((e) => toTableRow(e)),
      ),
    );
    expect(problems.map((p) => [p.id, p.repairable])).toEqual([["unsealedTail", false]]);
  });
});

describe("lastLogRowOf (which visible row a fill session may replace)", () => {
  const log = [entry("Omgezet"), entry("Ingevuld in het MDO")];
  const rows = log.map((e) => toTableRow(e));
  it("is the last entry's row when the table shows the log one row per entry", async () => {
    expect(lastLogRowOf(data(log), rows, rows.length + 1)).toBe(2);
  });
  it("counts the entries and rows a tail read left out", async () => {
    // 40 older entries not read; of the visible rows only the last two were read
    expect(lastLogRowOf(data(log), rows, 43, 40, 40)).toBe(42);
    expect(lastLogRowOf(data(log), rows, 43, 40, 0)).toBeUndefined();
  });
  it("is unknown when the table has an extra (empty) row, the last row was edited, or there is no log", async () => {
    expect(lastLogRowOf(data(log), rows, rows.length + 2)).toBeUndefined();
    expect(lastLogRowOf(data(log), [rows[0]!, rows[1]!.map((c, i) => (i === 4 ? "Anders" : c))], 3)).toBeUndefined();
    expect(lastLogRowOf(data([]), [], 1)).toBeUndefined();
    expect(lastLogRowOf(data(log), null, null)).toBeUndefined();
  });
});

describe("tailStandsAlone", () => {
  it("only for a non-empty tail whose every entry is sealed", async () => {
    const sealed = await sealNewEntries(data([entry("a"), entry("b")]), 2);
    expect(tailStandsAlone(sealed)).toBe(true);
    expect(tailStandsAlone(data([entry("a")]))).toBe(false);
    expect(tailStandsAlone({ ...sealed, changeLog: [...sealed.changeLog, entry("c")] })).toBe(false);
    expect(tailStandsAlone(data([]))).toBe(false);
  });
});
