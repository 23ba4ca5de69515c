// Issue 27: the chain attacked as someone with the file, a motive and the add-in's own code would
// (here: the emulator's package, parseDataPart/sealNewEntries/serializeDataPart), and what the pane
// then says. Each claim the pane makes must stay true after each attack; where the check cannot
// see an attack without a key, the pane says so (LOG_MEANING) and this suite keeps that honest.
import {
  DATA_PART_NAMESPACE,
  breakKey,
  checkChain,
  checkOtherCopy,
  createEntry,
  parseDataPart,
  sealNewEntries,
  serializeDataPart,
  toTableRow,
  type ChangeEntry,
  type CopyState,
  type DataPart,
} from "../../src/domain";
import type { FormGateway, FormView } from "../../src/word/gateway";
import type { WordHost } from "word-host";
import { LOG_MEANING } from "../../src/domain/text/log-view";
import {
  dataPartInFile,
  editLogTable,
  ES,
  gatewayFor,
  partsInPackage,
  PH,
  PLAIN,
  replaceDataParts,
  startHost,
  stopHost,
} from "handreiking-fixtures/harness";

afterEach(stopHost);

/** A converted form with three pane edits: entries 1 (created) to 4. */
async function form(): Promise<{ host: WordHost; gateway: FormGateway; view: FormView }> {
  const host = await startHost("web", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  await gateway.writeBox("zorgen", "Schoolverzuim", PH);
  await gateway.writeBox("gaatGoed", "Opa helpt mee", ES);
  const view = await gateway.writeBox("zorgen", "Schoolverzuim en slaapproblemen", PH);
  return { host, gateway, view };
}

const xmlOf = (host: WordHost): string => partsInPackage(host, DATA_PART_NAMESPACE)[0]!;

/** The data part read, changed as data and written back, as the add-in's own code would. */
async function forge(host: WordHost, change: (data: DataPart) => DataPart | Promise<DataPart>): Promise<void> {
  const parsed = parseDataPart(xmlOf(host));
  if (!parsed.ok) throw new Error(parsed.error);
  replaceDataParts(host, serializeDataPart(await change(parsed.data)));
}

/** Row n (0-based, header excluded) of the visible log replaced. */
async function editVisibleRow(n: number, cells: string[]): Promise<void> {
  await editLogTable((table) => cells.forEach((text, c) => (table.getCell(n + 1, c).value = text)));
}

const ids = (view: FormView) => view.problems.map((p) => p.id);
const asES = (e: ChangeEntry): ChangeEntry => ({ ...e, initials: "ES", organisation: "Gemeente Hengelo" });

describe("attacks on the log (issue 27)", () => {
  test("re-attributing an entry without recomputing the chain is found", async () => {
    const { host, gateway, view } = await form();
    await forge(host, (d) => ({ ...d, changeLog: d.changeLog.map((e, i) => (i === 1 ? asES(e) : e)) }));
    await editVisibleRow(1, [...toTableRow(asES(view.data!.changeLog[1]!))]);
    expect(ids(await gateway.open())).toEqual(["entryChanged"]);
  });

  test("rewriting the first entry is found", async () => {
    const { host, gateway } = await form();
    await forge(host, (d) => ({
      ...d,
      changeLog: d.changeLog.map((e, i) => (i === 0 ? { ...e, description: "Omgezet door iemand anders" } : e)),
    }));
    const view = await gateway.open();
    expect(ids(view)).toContain("entryChanged");
    expect(view.problems[0]!.message).toMatch(/^Logregel 1 /);
  });

  test("stripping every seal with one regex is a change, not an older version, and the next honest edit does not launder it", async () => {
    const { host, gateway } = await form();
    // stripping only the legacy chain leaves the SHA-256 seals, which then no longer fit: a change
    const legacyOnly = xmlOf(host);
    replaceDataParts(host, legacyOnly.replace(/<(prevHash|hash|textHash|stateHash)>[^<]*<\/\1>/g, ""));
    expect(ids(await gateway.open())).toEqual(["entryChanged", "entryChanged", "entryChanged", "entryChanged"]);
    // both chains stripped: every seal gone
    replaceDataParts(
      host,
      legacyOnly.replace(/<(prevHash|hash|textHash|stateHash|prevSeal|seal|textSeal|stateSeal)>[^<]*<\/\1>/g, ""),
    );
    const fresh = gatewayFor();
    const opened = await fresh.open();
    expect(ids(opened)).toEqual(["sealsRemoved"]);
    expect(opened.logNotice).toBeNull(); // not "made with an older version"
    expect(opened.problems[0]!.message).toMatch(/Bij 4 logregels \(vanaf regel 1\) zijn de zegels .* verwijderd/);
    // an honest edit afterwards: the stripped entries stay reported
    const next = await fresh.writeBox("gaatGoed", "Opa en oma helpen mee", PH);
    expect(ids(next)).toEqual(["sealsRemoved"]);
    expect(ids(await gatewayFor().open())).toEqual(["sealsRemoved"]);
    // a repair accepts exactly these, and says who did
    const repaired = await fresh.repair(PH);
    expect(repaired.problems).toEqual([]);
    expect(repaired.logNotice).toMatch(/erkend door PH \(Ambiq\) op 02-09-2020/);
    expect((await gatewayFor().open()).logNotice).toMatch(/logregels 1, 2, 3, 4 .*erkend door PH/);
  });

  test("a forged repair entry (chainReset) silences nothing unless it names the break as found, and a later change is found again", async () => {
    const { host, gateway, view } = await form();
    await forge(host, (d) => ({ ...d, changeLog: d.changeLog.map((e, i) => (i === 1 ? asES(e) : e)) }));
    await editVisibleRow(1, [...toTableRow(asES(view.data!.changeLog[1]!))]);
    expect(ids(await gateway.open())).toEqual(["entryChanged"]);
    // a "repair" appended and sealed with the add-in's own code, as older versions trusted it
    const fakeReset = (acknowledges?: string[]) =>
      forge(host, (d) => {
        const repair: ChangeEntry = {
          ...createEntry({ kind: "repair", description: "Hersteld" }, PH, new Date("2020-09-02T09:00:00Z")),
          chainReset: true,
          ...(acknowledges ? { acknowledges } : {}),
        };
        return sealNewEntries({ ...d, changeLog: [...d.changeLog, repair] }, 1);
      });
    await fakeReset();
    await editLogTable((t) => t.addRows("End", 1, [["02-09-2020", "PH", "Ambiq", "Document", "Hersteld"]]));
    expect(ids(await gatewayFor().open())).toEqual(["entryChanged"]);
    await fakeReset(["changed:iets-anders:0000000000000a"]);
    await editLogTable((t) => t.addRows("End", 1, [["02-09-2020", "PH", "Ambiq", "Document", "Hersteld"]]));
    expect(ids(await gatewayFor().open())).toEqual(["entryChanged"]);
    // the honest repair names the break; changing that entry again afterwards is found again
    const repaired = await gatewayFor().repair(PH, "visible");
    expect(repaired.problems).toEqual([]);
    expect(repaired.logNotice).toMatch(/logregel 2 .*erkend door PH \(Ambiq\)/);
    await forge(host, (d) => ({
      ...d,
      changeLog: d.changeLog.map((e, i) => (i === 1 ? { ...e, description: `${e.description}!` } : e)),
    }));
    expect(ids(await gatewayFor().open())).toContain("entryChanged");
  });

  test("a reset never travels through a merge: a crafted copy naming this copy's break does not silence it", async () => {
    const { host, gateway, view } = await form();
    await forge(host, (d) => ({ ...d, changeLog: d.changeLog.map((e, i) => (i === 1 ? asES(e) : e)) }));
    await editVisibleRow(1, [...toTableRow(asES(view.data!.changeLog[1]!))]);
    const here = (await dataPartInFile(host))!;
    const brk = (await checkChain(here.changeLog, false, here.sealedFrom)).breaks[0]!;
    const reset: ChangeEntry = {
      ...createEntry({ kind: "repair", description: "Hersteld" }, ES, new Date("2020-09-03T09:00:00Z")),
      chainReset: true,
      acknowledges: [breakKey(here.changeLog, brk)],
    };
    const there: CopyState = {
      data: await sealNewEntries({ ...view.data!, changeLog: [...view.data!.changeLog, reset] }, 1),
      boxTexts: view.boxTexts,
    };
    const merged = await gateway.mergeCopy(there, {}, PH, { fileName: "andere-kopie.docx" });
    const taken = merged.data!.changeLog.find((e) => e.id === reset.id)!;
    expect(taken.chainReset).toBeUndefined();
    expect(taken.acknowledges).toBeUndefined();
    expect(ids(await gatewayFor().open())).toContain("entryChanged");
  });

  test("a forged other copy: its problems are named before merging, its MDO agreement is not adopted unless chosen, its entries are marked unchecked", async () => {
    const { gateway, view } = await form();
    const forgedEntry = asES(view.data!.changeLog[1]!); // re-attributed in that copy, chain not recomputed
    const added: ChangeEntry = {
      ...createEntry({ kind: "edit", description: "Ingevuld" }, ES, new Date("2020-09-03T10:00:00Z")),
      boxKey: "gaatGoed",
      before: "Opa helpt mee",
      after: "Alles gaat goed",
    };
    const there: CopyState = {
      data: {
        ...view.data!,
        changeLog: [...view.data!.changeLog.map((e, i) => (i === 1 ? forgedEntry : e)), added],
        lastAttributed: { ...view.data!.lastAttributed, gaatGoed: "Alles gaat goed" },
        agreed: { day: "20200901", initials: "ES", organisation: "Gemeente Hengelo" },
        versionId: "vandere00002",
      },
      boxTexts: { ...view.boxTexts, gaatGoed: "Alles gaat goed" },
    };
    const shown = await checkOtherCopy({ data: view.data!, boxTexts: view.boxTexts }, there);
    expect(shown.problems).toEqual(
      expect.arrayContaining([
        "In de andere kopie is logregel 2 buiten de invoegtoepassing gewijzigd.",
        expect.stringMatching(/In de andere kopie zijn bij logregel 5 de zegels verwijderd/),
      ]),
    );
    expect(shown.agreementOffered).toEqual(there.data.agreed);
    const merged = await gateway.mergeCopy(there, {}, PH, { fileName: "andere-kopie.docx" });
    expect(merged.data!.agreed).toBeNull();
    expect(merged.data!.changeLog.at(-1)!.description).not.toMatch(/vaststelling in het MDO is van die kopie/);
    expect(merged.data!.changeLog.find((e) => e.id === added.id)).toMatchObject({ uncheckedCopy: true });
    expect((await gatewayFor().open()).problems).toEqual([]);
  });

  // The honest limit: without a key, whoever recomputes the whole chain with the add-in's own code
  // (or drops the newest write together with its effect) leaves nothing to find in one file. The
  // pane says so where it describes the log; a copy sent earlier, or signed entries, shows it.
  test("a chain recomputed as a whole is not found in one file, and the pane's text says that", async () => {
    const { host, gateway, view } = await form();
    await forge(host, (d) => {
      const stripped = d.changeLog.map((e, i) => {
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const { prevHash, hash, textHash, stateHash, ...rest } = i === 1 ? asES(e) : e;
        return rest;
      });
      return sealNewEntries({ ...d, changeLog: stripped }, stripped.length);
    });
    await editVisibleRow(1, [...toTableRow(asES(view.data!.changeLog[1]!))]);
    expect(ids(await gateway.open())).toEqual([]);
    expect(LOG_MEANING).toMatch(/zonder sleutel/);
    expect(LOG_MEANING).toMatch(/hele keten opnieuw berekent/);
    expect(LOG_MEANING).toMatch(/nieuwste wijzigingen weghaalt/);
  });
});
