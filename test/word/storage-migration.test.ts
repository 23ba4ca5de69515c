// Documents from before every Word shared the custom XML part: the old add-in on Word 2019 kept
// the data in the document settings. They open without a problem everywhere and move into the
// part on the next write. And what happens when a Common API call fails (Word 2019).
import type { ProfileName } from "word-host";
import { chooseStoredCopy, createEntry, newDataPart, type DataPart } from "../../src/domain";
import {
  ES,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  partsInPackage,
  replaceDataParts,
  SEPT_2,
  startHost,
  stopHost,
  visibleLogRows,
} from "handreiking-fixtures/harness";

afterEach(stopHost);

const FORM_NS = "urn:handreiking-regie:twente:form:1";
const KEY = "handreikingRegie.dataPart";
const OLD_2019 = { withoutSets: ["CustomXmlParts"] };

/** A form made and edited by the old add-in on Word 2019: data only in the settings. */
async function oldWord2019Document(): Promise<{ bytes: Uint8Array; values: Record<string, unknown>; log: number }> {
  const host = await startHost("office2019", PLAIN, OLD_2019);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.writeBox("zorgen", "Schoolverzuim", PH);
  let view = await gateway.addRow("betrokkenen", PH);
  view = await gateway.removeRow("betrokkenen", view.data!.rowOrder.betrokkenen![0]!, PH);
  expect(partsInPackage(host, FORM_NS)).toEqual([]);
  expect(typeof host.Office.context.document.settings.get(KEY)).toBe("string");
  return { bytes: await host.saveDocx(), values: view.values, log: view.data!.changeLog.length };
}

test.each(PROFILES)(
  "data only in the settings (old add-in on Word 2019) opens in %s without a problem and moves into the part on the next write",
  async (profile) => {
    const old = await oldWord2019Document();
    let host = await startHost(profile, old.bytes);
    const gateway = gatewayFor();
    let view = await gateway.open();
    expect(view.problems).toEqual([]);
    expect(view.outsideEdits).toEqual([]);
    expect(view.values).toEqual(old.values);
    view = await gateway.writeBox("zorgen", "Schoolverzuim en pesten", ES);
    expect(partsInPackage(host, FORM_NS)).toHaveLength(1);
    expect(host.Office.context.document.settings.get(KEY)).toBeNull();
    host = await startHost(
      PROFILES.find((p) => p !== profile)!,
      await host.saveDocx(),
    );
    view = await gatewayFor().open();
    expect(view.problems).toEqual([]);
    expect(view.data!.changeLog).toHaveLength(old.log + 1);
    expect(host.Office.context.document.settings.get(KEY)).toBeNull();
  },
);

test("data in both places: the copy the visible log agrees with wins, nothing false is said, the other is kept aside", async () => {
  // 365 made the form; the old add-in on Word 2019 could not see the part and kept going in the settings.
  let host = await startHost("web", PLAIN);
  const first = gatewayFor();
  await first.convert(PH);
  await first.writeBox("zorgen", "Schoolverzuim", PH);
  host = await startHost("office2019", await host.saveDocx(), OLD_2019);
  const old = gatewayFor();
  expect((await old.open()).problems.map((p) => p.id)).toEqual(["dataMissing"]);
  await old.repair(ES); // what users did: Herstellen, then went on working
  await old.writeBox("zorgen", "Schoolverzuim en pesten", ES);
  const newest = await visibleLogRows();
  const bytes = await host.saveDocx();

  let gateway = gatewayFor();
  for (const profile of PROFILES) {
    host = await startHost(profile, bytes);
    gateway = gatewayFor();
    const view = await gateway.open();
    expect({ profile, problems: view.problems }).toEqual({ profile, problems: [] });
    expect(view.values.zorgen).toBe("Schoolverzuim en pesten");
    expect(view.data!.changeLog).toHaveLength(newest.length);
  }
  await gateway.writeBox("zorgen", "Schoolverzuim, pesten", PH);
  expect(partsInPackage(host, FORM_NS)).toHaveLength(1);
  expect(host.Office.context.document.settings.get(KEY)).toBeNull();
  // the older part's entries are not in the newer copy (the old repair re-read them): kept aside, not deleted
  const aside = partsInPackage(host, "urn:handreiking-regie:twente:quarantine:1");
  expect(aside).toHaveLength(1);
  expect(aside[0]).toMatch(/Oudere kopie van de formuliergegevens/);
  host = await startHost("desktop", await host.saveDocx());
  expect((await gatewayFor().open()).problems).toEqual([]);
});

test.each(PROFILES)(
  "Herstellen after the data part was really lost (%s): rows of cells and of removed rows are read back without a lasting false alarm",
  async (profile) => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    const view = await gateway.writeBox(
      `betrokkenen.${(await gateway.open()).data!.rowOrder.betrokkenen![0]!}.naam`,
      "J. de Vries",
      PH,
    );
    await gateway.removeRow("betrokkenen", view.data!.rowOrder.betrokkenen![1]!, PH); // "Was:  |  |  |  | "
    replaceDataParts(host, null);
    expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["dataMissing"]);
    expect((await gateway.repair(ES)).problems).toEqual([]);
    expect((await gatewayFor().open()).problems).toEqual([]);
    await startHost(
      PROFILES.find((p) => p !== profile)!,
      await host.saveDocx(),
    );
    expect((await gatewayFor().open()).problems).toEqual([]);
  },
);

describe("Word 2019: the Common API is not part of the Word batch", () => {
  async function form2019() {
    const host = await startHost("office2019", PLAIN);
    // A clock that moves, as a real one does between saves: two saves of one fill session differ in time.
    let minute = 0;
    const gateway = gatewayFor(() => new Date(SEPT_2.getTime() + 60_000 * minute++));
    await gateway.convert(PH);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    return { host, gateway };
  }

  test("adding the new part fails: the data goes into the settings, the next open reads it without a problem and moves it back", async () => {
    const { host, gateway } = await form2019();
    host.failCommonCall("addAsync");
    await gateway.writeBox("zorgen", "Schoolverzuim en pesten", PH);
    expect(typeof host.Office.context.document.settings.get(KEY)).toBe("string");
    const web = await startHost("web", await host.saveDocx());
    const next = gatewayFor();
    const view = await next.open();
    expect(view.problems).toEqual([]);
    expect(view.outsideEdits).toEqual([]);
    expect(view.values.zorgen).toBe("Schoolverzuim en pesten");
    await next.writeBox("zorgen", "Pesten", PH);
    expect(web.Office.context.document.settings.get(KEY)).toBeNull();
    expect(partsInPackage(web, FORM_NS)).toHaveLength(1);
  });

  test("deleting the old part fails: two parts of one document, the newer is read, the next write removes the older", async () => {
    const { host, gateway } = await form2019();
    host.failCommonCall("deleteAsync");
    await gateway.writeBox("zorgen", "Schoolverzuim en pesten", PH);
    expect(partsInPackage(host, FORM_NS)).toHaveLength(2);
    const bytes = await host.saveDocx();
    for (const profile of ["office2019", "desktop"] as ProfileName[]) {
      const h = await startHost(profile, bytes);
      const next = gatewayFor();
      const view = await next.open();
      expect(view.problems).toEqual([]);
      expect(view.values.zorgen).toBe("Schoolverzuim en pesten");
      await next.writeBox("zorgen", "Pesten", PH);
      expect(partsInPackage(h, FORM_NS)).toHaveLength(1);
    }
  });

  test("the Word batch fails: no part describes the edit that never happened", async () => {
    const { host, gateway } = await form2019();
    const before = partsInPackage(host, FORM_NS);
    host.failSyncAt(1);
    await expect(gateway.writeBox("zorgen", "Nooit geschreven", PH)).rejects.toThrow();
    expect(partsInPackage(host, FORM_NS)).toEqual(before);
    expect((await gatewayFor().open()).problems).toEqual([]);
  });
});

describe("chooseStoredCopy", () => {
  const base = (): DataPart => ({
    ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }),
    documentId: "doc1",
  });
  const entry = (n: number) =>
    createEntry(
      { kind: "edit", description: `e${n}` },
      { initials: "PH", organisation: "Ambiq" },
      new Date(Date.UTC(2020, 8, n)),
      () => n / 10,
    );
  const older = { ...base(), changeLog: [entry(1)] };
  const newer = { ...base(), changeLog: [entry(1), entry(2)] };

  test("the copy the visible log agrees with wins, even when shorter", () => {
    const choice = chooseStoredCopy(
      [
        { data: newer, source: "part" },
        { data: older, source: "settings" },
      ],
      (d) => d === older,
    )!;
    expect(choice.chosen.source).toBe("settings");
    expect(choice.others).toEqual([{ data: newer, source: "part", contained: false }]);
  });

  test("otherwise the longer log, and an older copy counts as contained", () => {
    const choice = chooseStoredCopy(
      [
        { data: older, source: "part" },
        { data: newer, source: "settings" },
      ],
      () => false,
    )!;
    expect(choice.chosen.source).toBe("settings");
    expect(choice.others[0]!.contained).toBe(true);
  });

  test("another document's copy is foreign, not a newer version", () => {
    const foreign = { ...newer, documentId: "doc2" };
    const choice = chooseStoredCopy(
      [
        { data: older, source: "a" },
        { data: foreign, source: "b" },
      ],
      (d) => d === older,
    )!;
    expect(choice.chosen.source).toBe("a");
    expect(choice.others).toEqual([]);
    expect(choice.foreign.map((f) => f.source)).toEqual(["b"]);
    expect(chooseStoredCopy([], () => true)).toBeNull();
  });
});
