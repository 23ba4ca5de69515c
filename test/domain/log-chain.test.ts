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
async function written(count: number): Promise<DataPart> {
  let data = newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", random: seq });
  for (let i = 0; i < count; i++) {
    const text = `tekst ${i}`;
    data = await sealNewEntries(
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
  test("an untouched sealed log has no breaks and survives the data part's XML", async () => {
    const data = await written(4);
    const parsed = parseDataPart(serializeDataPart(data));
    expect(parsed.ok && (await checkChain(parsed.data.changeLog)).breaks).toEqual([]);
    expect((await checkLog(data, rowsOf(data))).findings).toEqual([]);
  });

  test.each([0, 2, 4])("an entry changed at %i breaks the chain exactly there", async (i) => {
    const data = await written(5);
    const log = data.changeLog.map((e, j) => (j === i ? { ...e, initials: "XX" } : e));
    expect((await checkChain(log)).breaks).toEqual([{ kind: "changed", index: i }]);
  });

  test("an entry removed shows as a gap before the next one", async () => {
    const data = await written(5);
    const log = data.changeLog.filter((_, j) => j !== 1);
    expect((await checkChain(log)).breaks).toEqual([{ kind: "gap", index: 1 }]);
  });

  test("a log from before the chain raises no alarm and says so once; the next write covers the old entries", async () => {
    const old = { ...(await written(0)), changeLog: [entry(1), entry(2)] };
    const check = await checkLog(old, rowsOf(old));
    expect(check.findings).toEqual([]);
    expect(check.notice).toMatch(/oudere versie/);
    const next = await sealNewEntries({ ...old, changeLog: [...old.changeLog, entry(3)] }, 1);
    expect(await checkLog(next, rowsOf(next))).toMatchObject({ findings: [], notice: null });
    const forged = { ...next, changeLog: next.changeLog.filter((_, j) => j !== 0) };
    expect((await checkChain(forged.changeLog)).breaks).toEqual([{ kind: "gap", index: 1 }]);
  });

  test("only the data part changed is told apart from only the visible log changed", async () => {
    const data = await written(3);
    const rows = rowsOf(data);
    const dataOnly = { ...data, changeLog: data.changeLog.map((e, j) => (j === 1 ? { ...e, initials: "XX" } : e)) };
    expect((await checkLog(dataOnly, rows)).findings.map((f) => [f.id, f.where])).toEqual([["entryChanged", "data"]]);
    const visibleOnly = rows.map((r, j) => (j === 1 ? ["01-01-2020", ...r.slice(1)] : r));
    expect((await checkLog(data, visibleOnly)).findings.map((f) => [f.id, f.where])).toEqual([
      ["visibleEdited", "visible"],
    ]);
    expect((await checkLog(dataOnly, rowsOf(dataOnly))).findings.map((f) => [f.id, f.where])).toEqual([
      ["entryChanged", "both"],
    ]);
  });

  test("an attributed text or the MDO agreement changed in the data part is found, naming the box", async () => {
    const data = await written(2);
    const texts = { ...data, lastAttributed: { hulpvraag: "vervalst" } };
    expect((await checkLog(texts, rowsOf(texts))).findings).toMatchObject([
      { id: "textsChanged", where: "data", boxes: ["hulpvraag"] },
    ]);
    const agreed = { ...data, agreed: { day: "20200910", initials: "XX", organisation: "Ambiq" } };
    expect((await checkLog(agreed, rowsOf(agreed))).findings.map((f) => f.id)).toEqual(["agreementChanged"]);
  });

  test("an entry added without its seal at the end of a sealed document is a change; by an older version (which drops the mark) it is reported as not checked", async () => {
    const data = await written(2);
    expect(data.sealedFrom).toBe(data.changeLog[0]!.id);
    const added = { ...data, changeLog: [...data.changeLog, entry(9)] };
    expect((await checkLog(added, rowsOf(added))).findings.map((f) => f.id)).toEqual(["sealsRemoved"]);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { sealedFrom, ...older } = added;
    expect((await checkLog(older, rowsOf(older))).findings.map((f) => f.id)).toEqual(["unsealedTail"]);
  });

  describe("checking only the tail (older entries archived, not read)", () => {
    let whole: DataPart;
    beforeAll(async () => {
      whole = await written(8);
    });
    const tailOf = (data: DataPart, start: number): DataPart => ({
      ...data,
      archivedEntries: start,
      changeLog: data.changeLog.slice(start),
    });

    test("an untouched tail passes without the archived entries; its first link is left to the full check", async () => {
      const tail = tailOf(whole, 5);
      expect((await checkChain(tail.changeLog)).breaks).toEqual([{ kind: "gap", index: 0 }]); // read as a whole log it would not
      const check = await checkLog(tail, rowsOf(whole), 5);
      expect(check.findings).toEqual([]);
      expect(check.logStart).toBe(5);
      expect((await checkLog(whole, rowsOf(whole))).logStart).toBe(0);
    });

    test("a change in the tail is found and numbered as in the visible log", async () => {
      const tail = tailOf(whole, 5);
      const changed = { ...tail, changeLog: tail.changeLog.map((e, j) => (j === 1 ? { ...e, initials: "XX" } : e)) };
      const check = await checkLog(changed, rowsOf(whole), 5);
      expect(check.findings.map((f) => [f.id, f.where, f.entries])).toEqual([["entryChanged", "data", [7]]]);
      expect(check.findings[0]!.message).toMatch(/^Logregel 7 /);
      const removed = { ...tail, changeLog: tail.changeLog.filter((_, j) => j !== 1) };
      expect((await checkLog(removed, rowsOf(whole), 5)).findings.map((f) => f.id)).toContain("entryGap");
    });

    test("a visible row edited in the tail is found; a row removed among the archived ones changes the count", async () => {
      const tail = tailOf(whole, 5);
      const rows = rowsOf(whole);
      const edited = rows.map((r, j) => (j === 6 ? ["01-01-2020", ...r.slice(1)] : r));
      expect((await checkLog(tail, edited, 5)).findings.map((f) => [f.id, f.entries])).toEqual([
        ["visibleEdited", [7]],
      ]);
      const fewer = rows.filter((_, j) => j !== 2);
      const found = (await checkLog(tail, fewer, 5)).findings;
      expect(found.map((f) => f.id)).toEqual(["visibleEdited"]);
      expect(found[0]!.message).toMatch(/aantal regels klopt niet/);
    });

    test("with only the newest visible rows read (rowsStart), the same findings as with every row", async () => {
      const tail = tailOf(whole, 5);
      const rows = rowsOf(whole);
      const newest = async (all: string[][], start: number) => await checkLog(tail, all.slice(start), 5, start);
      expect(await newest(rows, 3)).toEqual(await checkLog(tail, rows, 5));
      expect((await newest(rows, 5)).findings).toEqual([]);
      const edited = rows.map((r, j) => (j === 6 ? ["01-01-2020", ...r.slice(1)] : r));
      expect((await newest(edited, 4)).findings.map((f) => [f.id, f.entries])).toEqual([["visibleEdited", [7]]]);
      const fewer = rows.filter((_, j) => j !== 2); // removed among the rows not read: only the count tells
      expect((await newest(fewer, 4)).findings[0]!.message).toMatch(/aantal regels klopt niet/);
      await expect(newest(rows, 6)).rejects.toThrow(RangeError); // rows not reaching back to the tail
    });

    test("the state is checked against the tail's last seal", async () => {
      const tail = tailOf(whole, 5);
      const texts = { ...tail, lastAttributed: { hulpvraag: "vervalst" } };
      expect((await checkLog(texts, rowsOf(whole), 5)).findings.map((f) => f.id)).toEqual(["textsChanged"]);
    });
  });
});
