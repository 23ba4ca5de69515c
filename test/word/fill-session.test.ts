// Filling before agreement is logged per person and session (src/domain/log/fill-session.ts):
// one entry, updated as the person keeps filling (the log's last entry and its visible row are
// replaced and sealed again). The log check accepts it and still catches tampering; after
// agreement every change is its own stamped entry; older per-box logs still read and check.
import { checkChain, checkLog, toTableRow } from "../../src/domain";
import type { WordHost } from "word-host";
import {
  dataPartInFile,
  editLogTable,
  ES,
  gatewayFor,
  partsInPackage,
  PH,
  PLAIN,
  PROFILES,
  replaceDataParts,
  startHost,
  stopHost,
  visibleLogRows,
} from "handreiking-fixtures/harness";

const FORM_NS = "urn:handreiking-regie:twente:form:1";
const SEPT_2 = (minute: number) => new Date(Date.UTC(2020, 8, 2, 8, minute));

afterEach(stopHost);

function clock(start = 0): () => Date {
  let minute = start;
  return () => SEPT_2(minute++);
}

const flat = (cell: string | undefined) => (cell ?? "").replace(/[\r\n\v]+/g, " ").trim();

function editData(host: WordHost, edit: (xml: string) => string): void {
  const [xml] = partsInPackage(host, FORM_NS);
  const edited = edit(xml!);
  expect(edited).not.toBe(xml);
  replaceDataParts(host, edited);
}

const lastEntry = (edit: (entry: string) => string) => (xml: string) => {
  const all = xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
  const last = all[all.length - 1]!;
  return xml.replace(last, edit(last));
};

describe.each(PROFILES)("fill session (%s)", (profile) => {
  test("one entry and one visible row for all the boxes and rows one person fills, each save still one round trip", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor(clock());
    await gateway.convert(PH);
    let view = await gateway.open();
    const [, second] = view.data!.rowOrder.betrokkenen!;
    host.syncCount = 0;
    await gateway.writeBox("initialen", "ES", PH);
    expect(host.syncCount).toBe(1);
    await gateway.writeBox("hulpvraag", "Rust in huis.", PH);
    await gateway.writeBox(`betrokkenen.${second}.naam`, "Moeder", PH);
    view = await gateway.addRow("betrokkenen", PH);
    view = await gateway.writeBox(`betrokkenen.${second}.rol`, "Ouder", PH);
    const log = view.data!.changeLog;
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ kind: "edit", initials: "PH", organisation: "Ambiq", day: "20200902" });
    expect(log[1]!.description).toMatch(
      /^Ingevuld in het MDO, 10:0\d–10:\d\d: Basisgegevens \(1 vak\), Stap 1 \(1 vak\), Stap 2 \(2 rijen\)\.$/,
    );
    expect(log[1]!.filled).toHaveLength(5);
    const rows = await visibleLogRows();
    expect(rows).toHaveLength(2);
    expect(flat(rows[1]?.[4])).toBe(log[1]!.description);
    // what was read back agrees: chain, visible table and state
    const reread = await gatewayFor(clock(10)).open();
    expect(reread.problems).toEqual([]);
    expect(reread.data!.changeLog).toEqual(log);
    expect((await checkChain(reread.data!.changeLog)).breaks).toEqual([]);
  });

  test("a second person gets their own entry; the first person's next save opens a new one", async () => {
    await startHost(profile, PLAIN);
    const gateway = gatewayFor(clock());
    await gateway.convert(PH);
    await gateway.open();
    await gateway.writeBox("initialen", "ES", PH);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    await gateway.writeBox("gaatGoed", "Opa helpt mee", ES);
    await gateway.writeBox("afstemming", "Elke zes weken", ES);
    const view = await gateway.writeBox("hulpvraag", "Rust in huis.", PH);
    expect(
      view.data!.changeLog.map((e) => [e.initials, e.description.replace(/, \d\d:\d\d(–\d\d:\d\d)?:/, ":")]),
    ).toEqual([
      ["PH", expect.stringMatching(/^Omgezet/)],
      ["PH", "Ingevuld in het MDO: Basisgegevens (1 vak), Stap 1 (1 vak)."],
      ["ES", "Ingevuld in het MDO: Stap 1 (1 vak), Stap 6 (1 vak)."],
      ["PH", "Ingevuld in het MDO: Stap 1 (1 vak)."],
    ]);
    expect(await visibleLogRows()).toHaveLength(4);
    expect((await gatewayFor(clock(10)).open()).problems).toEqual([]);
  });

  test("a new day opens a new entry", async () => {
    await startHost(profile, PLAIN);
    let now = new Date(Date.UTC(2020, 8, 2, 20, 0));
    const gateway = gatewayFor(() => now);
    await gateway.convert(PH);
    await gateway.open();
    await gateway.writeBox("initialen", "ES", PH);
    now = new Date(Date.UTC(2020, 8, 2, 22, 30)); // 00:30 on 3 September in Amsterdam
    const view = await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    expect(view.data!.changeLog.map((e) => e.day)).toEqual(["20200902", "20200902", "20200903"]);
  });

  test("after agreement every change is its own stamped entry", async () => {
    await startHost(profile, PLAIN);
    const gateway = gatewayFor(clock());
    await gateway.convert(PH);
    await gateway.open();
    await gateway.writeBox("vervanger", "J. de Vries", PH);
    await gateway.agree("20200902", PH);
    await gateway.writeBox("vervanger", "K. Hendriks", PH);
    const view = await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    const log = view.data!.changeLog;
    expect(log.map((e) => e.kind)).toEqual(["created", "edit", "agreed", "edit", "edit"]);
    expect(log[3]).toMatchObject({
      boxKey: "vervanger",
      before: "J. de Vries",
      after: "K. Hendriks",
      description: "Gecorrigeerd, in het document gestempeld: PH 20200902, Ambiq",
    });
    expect(log[4]).toMatchObject({ boxKey: "zorgen", before: "", after: "Schoolverzuim" });
    expect(log[4]!.filled).toBeUndefined();
    expect(await visibleLogRows()).toHaveLength(5);
    expect((await gatewayFor(clock(10)).open()).problems).toEqual([]);
  });

  test("tampering with the session entry is caught, and a tampered entry is never updated", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor(clock());
    await gateway.convert(PH);
    await gateway.open();
    await gateway.writeBox("initialen", "ES", PH);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    // the hidden entry says one box fewer
    editData(
      host,
      lastEntry((entry) => entry.replace("Basisgegevens (1 vak), ", "")),
    );
    let view = await gateway.open();
    expect(view.problems.map((p) => p.id)).toEqual(["entryChanged"]);
    // the next save does not overwrite the evidence: it opens a new entry after it
    view = await gateway.writeBox("gaatGoed", "Opa helpt mee", PH);
    expect(view.data!.changeLog).toHaveLength(3);
    const reread = await gatewayFor(clock(10)).open();
    expect(reread.problems.map((p) => p.id)).toContain("entryChanged");
  });

  test("a session entry removed from both logs, or its visible row edited, is caught", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor(clock());
    await gateway.convert(PH);
    await gateway.open();
    await gateway.writeBox("initialen", "ES", PH);
    const view = await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    const row = [...toTableRow(view.data!.changeLog[1]!)];
    await editLogTable((table) => {
      table.getCell(2, 4).value = row[4]!.replace("Stap 1 (1 vak)", "Stap 1 (2 vakken)");
    });
    expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["logEdited"]);
    // the data part's chain holds: only the visible log differs
    const check = await checkLog((await dataPartInFile(host))!, await visibleLogRows());
    expect(check.findings.map((f) => f.id)).toEqual(["visibleEdited"]);

    await editLogTable((table) => table.deleteRows(2, 1));
    editData(
      host,
      lastEntry(() => ""),
    );
    const removed = await gateway.open();
    expect(removed.problems.map((p) => p.id)).toContain("textsChanged");
  });
});
