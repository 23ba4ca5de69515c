// Issue 14: the document forged as an auditor would, with a zip tool and a text editor (here:
// the emulator's package and its content controls), and what the pane then says.
import { said } from "../word/said";
import { AGREEMENT_CHOICE, checkChain, toTableRow, type CopyState } from "../../src/domain";
import type { FormGateway, FormView } from "../../src/word/gateway";
import type { WordHost } from "word-host";
import { recordOutsideEdits } from "../../src/word/edits";
import { currentCapabilities, handleOf } from "../../src/word/office-gateway";
import { readForm } from "../../src/word/read-form";
import {
  dataPartInFile,
  gatewayFor,
  ES,
  PH,
  PLAIN,
  partsInPackage,
  replaceDataParts,
  startHost,
  stopHost,
  visibleLogRows,
  editLogTable,
} from "handreiking-fixtures/harness";

const FORM_NS = "urn:handreiking-regie:twente:form:1";

afterEach(stopHost);

/** A converted form with three pane edits: entries 1 (created) to 4. */
async function form(profile: "web" | "office2019"): Promise<{ host: WordHost; gateway: FormGateway; view: FormView }> {
  const host = await startHost(profile, PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  await gateway.writeBox("zorgen", "Schoolverzuim", PH);
  await gateway.writeBox("gaatGoed", "Opa helpt mee", ES);
  const view = await gateway.writeBox("zorgen", "Schoolverzuim en slaapproblemen", PH);
  return { host, gateway, view };
}

/** The data part as text, edited by hand and put back (as a zip tool would). */
function editData(host: WordHost, edit: (xml: string) => string): void {
  const [xml] = partsInPackage(host, FORM_NS);
  const edited = edit(xml!);
  expect(edited).not.toBe(xml);
  replaceDataParts(host, edited);
}

/** Applies `edit` to the n-th (0-based) <entry> of the data part. */
function editEntry(n: number, edit: (entry: string) => string): (xml: string) => string {
  return (xml) => {
    let i = 0;
    return xml.replace(/<entry>[\s\S]*?<\/entry>/g, (entry) => (i++ === n ? edit(entry) : entry));
  };
}

/** The visible log, edited by hand: row n (0-based, header excluded) replaced, or removed (null). */
async function editVisibleRow(n: number, cells: string[] | null): Promise<void> {
  await editLogTable((table) => {
    if (cells === null) table.deleteRows(n + 1, 1);
    else cells.forEach((text, c) => (table.getCell(n + 1, c).value = text));
  });
}

const ids = (view: FormView) => view.problems.map((p) => p.id);
const reattribute = (entry: string) =>
  entry
    .replace("<initials>PH</initials>", "<initials>ES</initials>")
    .replace("<organisation>Ambiq</organisation>", "<organisation>Gemeente Hengelo</organisation>");

describe.each(["web", "office2019"] as const)("tampering (%s)", (profile) => {
  test("an untouched form: no problem, and the chain holds", async () => {
    const { host, gateway } = await form(profile);
    expect((await gateway.open()).problems).toEqual([]);
    expect((await checkChain((await dataPartInFile(host))!.changeLog)).breaks).toEqual([]);
  });

  test("an entry removed from both the visible log and the data part", async () => {
    const { host, gateway } = await form(profile);
    editData(
      host,
      editEntry(2, () => ""),
    );
    await editVisibleRow(2, null);
    const view = await gateway.open();
    expect(ids(view)).toEqual(["entryGap"]);
    expect(view.problems[0]!.message).toMatch(/Vóór logregel 3 .*verborgen gegevensdeel én in het zichtbare logboek/);
  });

  test("an entry re-attributed to someone else (data part and visible log)", async () => {
    const { host, gateway, view: before } = await form(profile);
    editData(host, editEntry(1, reattribute));
    const row = [...toTableRow(before.data!.changeLog[1]!)];
    await editVisibleRow(1, [row[0]!, "ES", "Gemeente Hengelo", row[3]!, row[4]!]);
    const view = await gateway.open();
    expect(ids(view)).toEqual(["entryChanged"]);
    expect(view.problems[0]!.message).toMatch(/Logregel 2 .*ES\).*én in het zichtbare logboek/);
  });

  test("who agreed the plan at the MDO re-attributed", async () => {
    const { host, gateway } = await form(profile);
    const agreed = await gateway.agree("20200902", PH);
    const last = agreed.data!.changeLog.length - 1;
    editData(host, (xml) =>
      editEntry(
        last,
        reattribute,
      )(xml.replace(/(<agreed>[\s\S]*?)<initials>PH<\/initials>/, "$1<initials>ES</initials>")),
    );
    const row = [...toTableRow(agreed.data!.changeLog[last]!)];
    await editVisibleRow(last, [row[0]!, "ES", "Gemeente Hengelo", row[3]!, row[4]!]);
    const view = await gateway.open();
    expect(ids(view)).toEqual(["entryChanged", "agreementChanged"]);
    expect(view.problems[1]!.message).toMatch(/MDO vaststelde/);
  });

  test("a box text changed together with its last attributed text", async () => {
    const { host, gateway } = await form(profile);
    host.user.typeInControl("hr:zorgen", "Geen zorgen", { mode: "replace" });
    editData(host, (xml) => xml.replace("<text>Schoolverzuim en slaapproblemen</text>", "<text>Geen zorgen</text>"));
    const view = await gateway.open();
    expect(view.outsideEdits).toEqual([]); // box and attributed text agree: only the chain can tell
    expect(ids(view)).toEqual(["textsChanged"]);
    expect(view.problems[0]).toMatchObject({
      message: expect.stringMatching(/verborgen gegevensdeel buiten de invoegtoepassing gewijzigd/),
    });
  });

  test("only the data part edited: described as such, and Herstellen does not copy the forgery into the visible log", async () => {
    const { host, gateway } = await form(profile);
    const visible = await visibleLogRows();
    editData(
      host,
      editEntry(2, (e) =>
        e
          .replace("<initials>ES</initials>", "<initials>PH</initials>")
          .replace("<organisation>Gemeente Hengelo</organisation>", "<organisation>Ambiq</organisation>"),
      ),
    );
    const view = await gateway.open();
    expect(ids(view)).toEqual(["entryChanged"]);
    expect(view.problems[0]!.message).toMatch(
      /Logregel 3 .* in het verborgen gegevensdeel buiten de invoegtoepassing gewijzigd/,
    );
    expect(view.problems[0]!.message).not.toMatch(/zichtbare logboek is met de hand/);
    expect(view.problems[0]!.sides).toEqual({
      visible: [expect.stringContaining("ES | Gemeente Hengelo")],
      data: [expect.stringContaining("PH | Ambiq")],
    });
    expect(await said(gateway.repair(PH))).toMatch(/Kies eerst/);
    expect(await visibleLogRows()).toEqual(visible);
    const repaired = await gateway.repair(PH, "visible");
    expect(repaired.problems).toEqual([]);
    const rows = await visibleLogRows();
    expect(rows.slice(0, visible.length)).toEqual(visible); // the visible log stays; only the repair row follows
    expect(rows[2]![1]).toBe("ES");
    const repair = repaired.data!.changeLog.at(-1)!;
    expect(repair).toMatchObject({ kind: "repair", chainReset: true, evidence: expect.stringContaining("PH | Ambiq") });
    expect((await gatewayFor().open()).problems).toEqual([]);
  });

  test("a crafted other copy merged: its entries are taken as that copy states them, the merge entry names the copy and its broken chain", async () => {
    const { host, gateway, view } = await form(profile);
    // one entry re-attributed in that copy, one new entry "by ES" for a box only that copy changed
    const forged = { ...view.data!.changeLog[1]!, initials: "ES", organisation: "Gemeente Hengelo" };
    // (a per-box entry, as every edit was logged before fill sessions: fill-session.ts)
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { filled, since, ...session } = view.data!.changeLog[2]!;
    const added = {
      ...session,
      boxKey: "gaatGoed",
      stepId: "stap1",
      id: "kfz0000-nieuw1",
      timestamp: "2020-09-03T10:00:00.000Z",
      day: "20200903",
      before: "Opa helpt mee",
      after: "Alles gaat goed",
    };
    const there: CopyState = {
      data: {
        ...view.data!,
        changeLog: [...view.data!.changeLog.map((e, i) => (i === 1 ? forged : e)), added],
        lastAttributed: { ...view.data!.lastAttributed, gaatGoed: "Alles gaat goed" },
        agreed: { day: "20200901", initials: "ES", organisation: "Gemeente Hengelo" },
        formVersion: 7,
        versionId: "vandere00001",
      },
      boxTexts: { ...view.boxTexts, gaatGoed: "Alles gaat goed" },
    };
    // adopting the other copy's MDO agreement is an explicit choice (issue 27)
    const merged = await gateway.mergeCopy(there, { [AGREEMENT_CHOICE]: "there" }, PH, {
      fileName: "handreiking-andere-kopie.docx",
    });
    const summary = merged.data!.changeLog.at(-1)!;
    expect(summary.kind).toBe("merge");
    expect(summary.description).toMatch(
      /‘handreiking-andere-kopie\.docx’ \(formulierversie 7, volgens die kopie vastgesteld in het MDO door ES op 01-09-2020, kenmerk [0-9a-z]{14}\)/,
    );
    expect(summary.description).toMatch(/vaststelling in het MDO is van die kopie overgenomen/);
    expect(summary.description).toMatch(/1 logregel van die kopie overgenomen/);
    expect(summary.description).toMatch(/in die kopie passen 2 logregels niet in de keten/);
    expect(merged.data!.changeLog.find((e) => e.id === added.id)).toMatchObject({
      initials: "ES",
      description: added.description,
    });
    // merged entries are sealed into this copy's chain: no false alarm afterwards
    expect((await gatewayFor().open()).problems).toEqual([]);
    expect((await checkChain((await dataPartInFile(host))!.changeLog)).breaks).toEqual([]);
  });

  test.each([
    ["the first", 0],
    ["a middle", 2],
    ["the last", 3],
  ])("the chain breaks at %s entry", async (_label, n) => {
    const { host, gateway } = await form(profile);
    editData(
      host,
      editEntry(n, (e) =>
        e.replace(/<description>[^<]*<\/description>/, "<description>Niets bijzonders</description>"),
      ),
    );
    const view = await gateway.open();
    expect(ids(view)).toEqual(["entryChanged"]);
    expect(view.problems[0]!.message).toContain(`Logregel ${n + 1} `);
    expect(view.problems[0]!.message).toMatch(/verborgen gegevensdeel/);
  });
});

describe("no false alarm, nothing lost", () => {
  test("a document from before the chain: no problem, said once, checked from the next write on", async () => {
    const { host, gateway } = await form("web");
    // an older document has neither seals nor the mark that the document is sealed
    editData(host, (xml) =>
      xml.replace(
        /<(prevHash|hash|textHash|stateHash|prevSeal|seal|textSeal|stateSeal|formatVersion|addinVersion|sealedFrom)>[^<]*<\/\1>/g,
        "",
      ),
    );
    const old = await gateway.open();
    expect(old.problems).toEqual([]);
    expect(old.logNotice).toMatch(/oudere versie van de invoegtoepassing/);
    const next = await gateway.writeBox("gaatGoed", "Opa en oma helpen mee", PH);
    expect(next.data!.changeLog.at(-1)!.hash).toBeDefined();
    const reread = await gatewayFor().open();
    expect(reread).toMatchObject({ problems: [], logNotice: null });
    // the old entries are covered by the first sealed one: removing one is now found
    editData(
      host,
      editEntry(1, () => ""),
    );
    await editVisibleRow(1, null);
    expect(ids(await gatewayFor().open())).toEqual(["entryGap"]);
  });

  test("two identical legitimate rows survive a rebuild after the data part is deleted", async () => {
    const { host, gateway } = await form("web");
    const rows = await visibleLogRows();
    await editLogTable((table) => table.addRows("End", 1, [rows[1]!])); // the same row twice (two identical changes on one day)
    replaceDataParts(host, null);
    expect(ids(await gateway.open())).toEqual(["dataMissing"]);
    const repaired = await gateway.repair(PH);
    expect(repaired.data!.changeLog.filter((e) => e.recovered)).toHaveLength(rows.length + 1);
    expect(repaired.data!.changeLog.at(-1)!.description).not.toMatch(/onleesbaar/);
    expect((await gatewayFor().open()).problems).toEqual([]);
    // a second repair changes nothing
    expect((await gateway.repair(PH)).data!.changeLog).toHaveLength(repaired.data!.changeLog.length);
  });

  test("the visible log edited at length: the repair keeps the edited rows whole", async () => {
    const { gateway } = await form("office2019");
    const rows = await visibleLogRows();
    const long = `Hier stond iets anders. ${"Een lange toelichting die met de hand is getypt. ".repeat(160)}`;
    await editVisibleRow(2, [...rows[2]!.slice(0, 4), long]);
    const view = await gateway.open();
    expect(ids(view)).toEqual(["logEdited"]);
    const repaired = await gateway.repair(PH, "data");
    expect(repaired.problems).toEqual([]);
    const evidence = repaired.data!.changeLog.at(-1)!.evidence!;
    expect(long.length).toBeGreaterThan(7_000);
    expect(evidence).toContain(long.trim());
    expect(await visibleLogRows()).toHaveLength(rows.length + 1);
  });
});

test("an entry in an archive part changed: found by the whole check (not on opening, which reads no archive), as a change in the hidden data", async () => {
  const { host } = await form("office2019");
  // ~2 KB per entry: 160 entries pass the data part's 200 KB budget, so the oldest move to an archive part
  for (let round = 0; round < 2; round++) {
    await Word.run(async (ctx) => {
      const handle = handleOf(await readForm(ctx, currentCapabilities()))!;
      const edits = Array.from({ length: 80 }, (_, i) => {
        const key = ["zorgen", "gaatGoed"][i % 2]!;
        return {
          key,
          before: "",
          after: `Versie ${round}-${i}: ${"tekst ".repeat(190)}`,
          author: { kind: "person" as const, ...ES },
        };
      });
      await recordOutsideEdits(ctx, handle, edits, { signer: PH, now: new Date("2020-09-02T08:00:00Z") });
    });
  }
  const ARCHIVE_NS = "urn:handreiking-regie:twente:log-archive:1";
  expect(partsInPackage(host, ARCHIVE_NS)).toHaveLength(1);
  expect((await gatewayFor().open()).problems).toEqual([]);
  const archive = host.engine.pkg.customParts.find((p) => p.xml.includes(ARCHIVE_NS))!;
  let i = 0;
  archive.xml = archive.xml.replace(/<initials>ES<\/initials>/g, (m) => (i++ === 5 ? "<initials>PH</initials>" : m));
  const gateway = gatewayFor();
  const opened = await gateway.open();
  expect(opened.logStart).toBeGreaterThan(0);
  expect(ids(opened)).toEqual([]);
  const view = await gateway.openWholeLog();
  expect(ids(view)).toEqual(["entryChanged"]);
  expect(view.problems[0]!.message).toMatch(/in het verborgen gegevensdeel buiten de invoegtoepassing gewijzigd/);
});
