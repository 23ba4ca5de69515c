import {
  checkChain,
  checkLog,
  createEntry,
  newDataPart,
  parseDataPart,
  sealNewEntries,
  serializeDataPart,
  toTableRow,
  type ChangeEntry,
  type DataPart,
} from "../../src/domain";

const who = { initials: "PH", organisation: "Ambiq" };
let n = 0;
const seq = () => ((n++ % 97) + 0.5) / 97;

function entry(i: number, boxKey?: string, after?: string): ChangeEntry {
  return createEntry(
    { kind: "edit", description: `Wijziging ${i}`, ...(boxKey ? { boxKey, before: "", after: after ?? "" } : {}) },
    who,
    new Date(Date.UTC(2020, 8, 1 + i, 10)),
    seq,
  );
}

/** A form written in `count` writes of one entry each, every write sealed like commit() does. */
function written(count: number): DataPart {
  let data = newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", random: seq });
  for (let i = 0; i < count; i++) {
    const text = `tekst ${i}`;
    data = sealNewEntries(
      {
        ...data,
        lastAttributed: { ...data.lastAttributed, hulpvraag: text },
        changeLog: [...data.changeLog, entry(i, "hulpvraag", text)],
      },
      1,
    );
  }
  return data;
}

const rowsOf = (data: DataPart) => data.changeLog.map((e) => [...toTableRow(e)]);

describe("the log chain", () => {
  test("an untouched sealed log has no breaks and survives the data part's XML", () => {
    const data = written(4);
    const parsed = parseDataPart(serializeDataPart(data));
    expect(parsed.ok && checkChain(parsed.data.changeLog).breaks).toEqual([]);
    expect(checkLog(data, rowsOf(data)).findings).toEqual([]);
  });

  test.each([0, 2, 4])("an entry changed at %i breaks the chain exactly there", (i) => {
    const data = written(5);
    const log = data.changeLog.map((e, j) => (j === i ? { ...e, initials: "XX" } : e));
    expect(checkChain(log).breaks).toEqual([{ kind: "changed", index: i }]);
  });

  test("an entry removed shows as a gap before the next one", () => {
    const data = written(5);
    const log = data.changeLog.filter((_, j) => j !== 1);
    expect(checkChain(log).breaks).toEqual([{ kind: "gap", index: 1 }]);
  });

  test("a log from before the chain raises no alarm and says so once; the next write covers the old entries", () => {
    const old = { ...written(0), changeLog: [entry(1), entry(2)] };
    const check = checkLog(old, rowsOf(old));
    expect(check.findings).toEqual([]);
    expect(check.notice).toMatch(/oudere versie/);
    const next = sealNewEntries({ ...old, changeLog: [...old.changeLog, entry(3)] }, 1);
    expect(checkLog(next, rowsOf(next))).toMatchObject({ findings: [], notice: null });
    const forged = { ...next, changeLog: next.changeLog.filter((_, j) => j !== 0) };
    expect(checkChain(forged.changeLog).breaks).toEqual([{ kind: "gap", index: 1 }]);
  });

  test("only the data part changed is told apart from only the visible log changed", () => {
    const data = written(3);
    const rows = rowsOf(data);
    const dataOnly = { ...data, changeLog: data.changeLog.map((e, j) => (j === 1 ? { ...e, initials: "XX" } : e)) };
    expect(checkLog(dataOnly, rows).findings.map((f) => [f.id, f.where])).toEqual([["entryChanged", "data"]]);
    const visibleOnly = rows.map((r, j) => (j === 1 ? ["01-01-2020", ...r.slice(1)] : r));
    expect(checkLog(data, visibleOnly).findings.map((f) => [f.id, f.where])).toEqual([["visibleEdited", "visible"]]);
    expect(checkLog(dataOnly, rowsOf(dataOnly)).findings.map((f) => [f.id, f.where])).toEqual([
      ["entryChanged", "both"],
    ]);
  });

  test("an attributed text or the MDO agreement changed in the data part is found, naming the box", () => {
    const data = written(2);
    const texts = { ...data, lastAttributed: { hulpvraag: "vervalst" } };
    expect(checkLog(texts, rowsOf(texts)).findings).toMatchObject([
      { id: "textsChanged", where: "data", boxes: ["hulpvraag"] },
    ]);
    const agreed = { ...data, agreed: { day: "20200910", initials: "XX", organisation: "Ambiq" } };
    expect(checkLog(agreed, rowsOf(agreed)).findings.map((f) => f.id)).toEqual(["agreementChanged"]);
  });

  test("an entry added without its seal at the end of a sealed document is a change; by an older version (which drops the mark) it is reported as not checked", () => {
    const data = written(2);
    expect(data.sealedFrom).toBe(data.changeLog[0]!.id);
    const added = { ...data, changeLog: [...data.changeLog, entry(9)] };
    expect(checkLog(added, rowsOf(added)).findings.map((f) => f.id)).toEqual(["sealsRemoved"]);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { sealedFrom, ...older } = added;
    expect(checkLog(older, rowsOf(older)).findings.map((f) => f.id)).toEqual(["unsealedTail"]);
  });

  describe("checking only the tail (older entries archived, not read)", () => {
    const whole = written(8);
    const tailOf = (data: DataPart, start: number): DataPart => ({
      ...data,
      archivedEntries: start,
      changeLog: data.changeLog.slice(start),
    });

    test("an untouched tail passes without the archived entries; its first link is left to the full check", () => {
      const tail = tailOf(whole, 5);
      expect(checkChain(tail.changeLog).breaks).toEqual([{ kind: "gap", index: 0 }]); // read as a whole log it would not
      const check = checkLog(tail, rowsOf(whole), 5);
      expect(check.findings).toEqual([]);
      expect(check.logStart).toBe(5);
      expect(checkLog(whole, rowsOf(whole)).logStart).toBe(0);
    });

    test("a change in the tail is found and numbered as in the visible log", () => {
      const tail = tailOf(whole, 5);
      const changed = { ...tail, changeLog: tail.changeLog.map((e, j) => (j === 1 ? { ...e, initials: "XX" } : e)) };
      const check = checkLog(changed, rowsOf(whole), 5);
      expect(check.findings.map((f) => [f.id, f.where, f.entries])).toEqual([["entryChanged", "data", [7]]]);
      expect(check.findings[0]!.message).toMatch(/^Logregel 7 /);
      const removed = { ...tail, changeLog: tail.changeLog.filter((_, j) => j !== 1) };
      expect(checkLog(removed, rowsOf(whole), 5).findings.map((f) => f.id)).toContain("entryGap");
    });

    test("a visible row edited in the tail is found; a row removed among the archived ones changes the count", () => {
      const tail = tailOf(whole, 5);
      const rows = rowsOf(whole);
      const edited = rows.map((r, j) => (j === 6 ? ["01-01-2020", ...r.slice(1)] : r));
      expect(checkLog(tail, edited, 5).findings.map((f) => [f.id, f.entries])).toEqual([["visibleEdited", [7]]]);
      const fewer = rows.filter((_, j) => j !== 2);
      const found = checkLog(tail, fewer, 5).findings;
      expect(found.map((f) => f.id)).toEqual(["visibleEdited"]);
      expect(found[0]!.message).toMatch(/aantal regels klopt niet/);
    });

    test("with only the newest visible rows read (rowsStart), the same findings as with every row", () => {
      const tail = tailOf(whole, 5);
      const rows = rowsOf(whole);
      const newest = (all: string[][], start: number) => checkLog(tail, all.slice(start), 5, start);
      expect(newest(rows, 3)).toEqual(checkLog(tail, rows, 5));
      expect(newest(rows, 5).findings).toEqual([]);
      const edited = rows.map((r, j) => (j === 6 ? ["01-01-2020", ...r.slice(1)] : r));
      expect(newest(edited, 4).findings.map((f) => [f.id, f.entries])).toEqual([["visibleEdited", [7]]]);
      const fewer = rows.filter((_, j) => j !== 2); // removed among the rows not read: only the count tells
      expect(newest(fewer, 4).findings[0]!.message).toMatch(/aantal regels klopt niet/);
      expect(() => newest(rows, 6)).toThrow(RangeError); // rows not reaching back to the tail
    });

    test("the state is checked against the tail's last seal", () => {
      const tail = tailOf(whole, 5);
      const texts = { ...tail, lastAttributed: { hulpvraag: "vervalst" } };
      expect(checkLog(texts, rowsOf(whole), 5).findings.map((f) => f.id)).toEqual(["textsChanged"]);
    });
  });
});
