// The decisions of readForm on plain data (no emulator): controls, the archive, the whole log, the kind.
import {
  archiveDecision,
  assembleLog,
  documentKind,
  mainData,
  readControls,
  type ControlSnapshot,
} from "../../../src/domain/plans/form-reading";
import type { DataState } from "../../../src/domain/plans/view-findings";
import { mapDocument, serializeLogArchive, TAG_LOG, TAG_STATIC, type DataPart } from "../../../src/domain";
import { written } from "./plan-fixtures";

const cc = (id: number, tag: string, text = "", cannotDelete = true): ControlSnapshot => ({
  id,
  tag,
  text,
  cannotDelete,
});

describe("readControls", () => {
  test("boxes by key with their text and lock; the log control; our controls counted; untagged ones listed", () => {
    const read = readControls([
      cc(1, TAG_STATIC),
      cc(2, "hr:hulpvraag", "Rust in huis.", true),
      cc(3, "hr:betrokkenen.r000001.naam", "Moeder", false),
      cc(4, TAG_LOG),
      cc(5, ""),
      cc(6, "iets-anders"),
    ]);
    expect(read.boxes).toEqual({
      hulpvraag: { id: 2, text: "Rust in huis.", cannotDelete: true },
      "betrokkenen.r000001.naam": { id: 3, text: "Moeder", cannotDelete: false },
    });
    expect(read).toMatchObject({ boxesFound: 2, hasLogTable: true, ours: 4, untaggedIds: [5] });
    expect(read).toMatchObject({ duplicateTags: [], duplicateIds: [], strangeTags: [] });
  });

  test("a copied box keeps the first; every later copy's id is listed, its tag once", () => {
    const read = readControls([
      cc(1, "hr:hulpvraag", "eerste"),
      cc(2, "hr:hulpvraag", "tweede"),
      cc(3, "hr:hulpvraag", "derde"),
    ]);
    expect(read.boxes).toEqual({ hulpvraag: { id: 1, text: "eerste", cannotDelete: true } });
    expect(read).toMatchObject({ boxesFound: 1, duplicateTags: ["hr:hulpvraag"], duplicateIds: [2, 3] });
  });

  test("a box tag that names no box of the template is strange, not a box", () => {
    const read = readControls([cc(1, "hr:bestaatNiet"), cc(2, "hr:bestaatNiet")]);
    expect(read).toMatchObject({ boxes: {}, boxesFound: 0, strangeTags: ["hr:bestaatNiet", "hr:bestaatNiet"] });
    expect(read.ours).toBe(2);
  });

  test("no control of ours", () => {
    expect(readControls([cc(1, ""), cc(2, "")])).toMatchObject({ ours: 0, hasLogTable: false, untaggedIds: [1, 2] });
  });
});

describe("the archive and the whole log", () => {
  let sealed: DataPart;
  beforeAll(async () => {
    sealed = await written(4);
  });

  test("mainData: the data part, of several the chosen one", () => {
    expect(mainData({ status: "ok", data: sealed })).toBe(sealed);
    expect(mainData({ status: "several", count: 2, data: sealed })).toBe(sealed);
    expect(mainData({ status: "several", count: 2, data: null })).toBeNull();
    expect(mainData({ status: "missing" })).toBeNull();
    expect(mainData({ status: "unreadable", error: "x", raw: "" })).toBeNull();
    expect(mainData({ status: "future" })).toBeNull();
  });

  test("archiveDecision: no data, nothing to read", () => {
    expect(archiveDecision({ status: "missing" }, true)).toEqual({ readsArchives: false, firstChecked: 0 });
    expect(archiveDecision({ status: "missing" }, false)).toEqual({ readsArchives: false, firstChecked: 0 });
  });

  test("archiveDecision: the whole check reads the archive, from entry 0", () => {
    const data: DataState = { status: "ok", data: { ...sealed, archivedEntries: 10 } };
    expect(archiveDecision(data, false)).toEqual({ readsArchives: true, firstChecked: 0 });
  });

  test("archiveDecision: opening leaves a sealed tail's archive unread and checks from the first entry it holds", () => {
    const data: DataState = { status: "ok", data: { ...sealed, archivedEntries: 10 } };
    expect(archiveDecision(data, true)).toEqual({ readsArchives: false, firstChecked: 10 });
    expect(archiveDecision({ status: "ok", data: sealed }, true)).toEqual({ readsArchives: false, firstChecked: 0 });
  });

  test("archiveDecision: a tail that cannot be checked alone (an entry not sealed) is read whole on opening", () => {
    const unsealed = sealed.changeLog.map((e, i) => (i === 3 ? { ...e, hash: undefined, seal: undefined } : e));
    const data: DataState = { status: "ok", data: { ...sealed, changeLog: unsealed, archivedEntries: 10 } };
    expect(archiveDecision(data, true)).toEqual({ readsArchives: true, firstChecked: 0 });
  });

  test("assembleLog: no data part, no log", () => {
    expect(assembleLog({ status: "missing" }, true, [], 3)).toEqual({
      data: { status: "missing" },
      archive: { count: 0, parts: 0, missing: false },
      logStart: 0,
    });
  });

  test("assembleLog: the archive left unread starts the log after the archived entries", () => {
    const data: DataState = { status: "ok", data: { ...sealed, archivedEntries: 7 } };
    expect(assembleLog(data, false, [], 2)).toEqual({
      data,
      archive: { count: 7, parts: 2, missing: false },
      logStart: 7,
    });
  });

  test("assembleLog: archived entries go in front in their order; another document's and unreadable parts are ignored", () => {
    const [a, b, c, d] = sealed.changeLog;
    const main = { ...sealed, changeLog: [d!], archivedEntries: 3 };
    const xmls = [
      serializeLogArchive({ documentId: sealed.documentId, seq: 2, entries: [c!] }),
      serializeLogArchive({ documentId: "een-ander-document", seq: 1, entries: [d!] }),
      "<kapot",
      serializeLogArchive({ documentId: sealed.documentId, seq: 1, entries: [a!, b!] }),
    ];
    const whole = assembleLog({ status: "ok", data: main }, true, xmls, 4);
    expect(whole.logStart).toBe(0);
    expect(whole.archive).toEqual({ count: 3, parts: 2, missing: false });
    expect(whole.data.status === "ok" && whole.data.data.changeLog.map((e) => e.id)).toEqual(
      sealed.changeLog.map((e) => e.id),
    );
    // of several data parts the chosen one gets the whole log, and stays "several"
    const several = assembleLog({ status: "several", count: 2, data: main }, true, xmls, 4);
    expect(several.data).toMatchObject({ status: "several", count: 2 });
    expect(several.data.status === "several" && several.data.data?.changeLog).toHaveLength(4);
  });

  test("assembleLog: fewer archived entries than the data part counts is missing; extra ones are not taken", () => {
    const [a, b, c, d] = sealed.changeLog;
    const short = assembleLog(
      { status: "ok", data: { ...sealed, changeLog: [d!], archivedEntries: 3 } },
      true,
      [serializeLogArchive({ documentId: sealed.documentId, seq: 1, entries: [a!, b!] })],
      1,
    );
    expect(short.archive).toEqual({ count: 3, parts: 1, missing: true });
    const extra = assembleLog(
      { status: "ok", data: { ...sealed, changeLog: [c!, d!], archivedEntries: 1 } },
      true,
      [serializeLogArchive({ documentId: sealed.documentId, seq: 1, entries: [a!, b!] })],
      1,
    );
    expect(extra.archive.missing).toBe(false);
    expect(extra.data.status === "ok" && extra.data.data.changeLog.map((e) => e.id)).toEqual([a!.id, c!.id, d!.id]);
  });
});

describe("documentKind", () => {
  const other = mapDocument({ paragraphs: [{ text: "Geachte mevrouw,", tableNestingLevel: 0 }], tables: [] });
  const empty = mapDocument({ paragraphs: [], tables: [] });
  const kind = (boxesFound: number, ours: number, data: DataState, logRows: string[][] | null, map = other) =>
    documentKind({ controls: { boxesFound, ours }, data, logRows, documentMap: map });

  test("a body without boxes, data or a log is what its map says, with the map", () => {
    expect(kind(0, 0, { status: "missing" }, null)).toEqual({ kind: "other", map: other, stripped: false });
    expect(kind(0, 0, { status: "missing" }, [], empty)).toEqual({ kind: "empty", map: empty, stripped: false });
  });

  test("boxes make a form; with our controls there nothing was stripped", async () => {
    expect(kind(3, 5, { status: "missing" }, [])).toEqual({ kind: "form", map: null, stripped: false });
    expect(kind(0, 2, { status: "ok", data: await written(0) }, null)).toMatchObject({ kind: "form", stripped: false });
  });

  test("a data part without any control of ours: a form stripped by another program", async () => {
    expect(kind(0, 0, { status: "ok", data: await written(0) }, null)).toEqual({
      kind: "form",
      map: null,
      stripped: true,
    });
    expect(kind(0, 0, { status: "unreadable", error: "x", raw: "" }, null)).toMatchObject({ stripped: true });
  });

  test("a visible log with rows and no control or data: a form stripped of both", () => {
    expect(kind(0, 0, { status: "missing" }, [["01-09-2020", "PH"]])).toEqual({
      kind: "form",
      map: null,
      stripped: true,
    });
    // with controls of ours the rows alone do not make a form
    expect(kind(0, 1, { status: "missing" }, [["01-09-2020", "PH"]])).toMatchObject({ kind: "other", stripped: false });
  });

  test("a data part of a later format is a form, never called stripped", () => {
    expect(kind(0, 0, { status: "future" }, null)).toEqual({ kind: "form", map: null, stripped: false });
  });
});
