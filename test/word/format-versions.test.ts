// Add-in versions side by side on the emulator: a document of the earlier data format is read,
// checked and upgraded (logged once); fields a newer add-in wrote survive every write, repair and
// merge; a document of a later data format is only read, and nothing is written to it.
import fc from "fast-check";
import JSZip from "jszip";
import type { WordHost } from "word-host";
import { readCopy } from "../../src/document/read-data-part";
import {
  DATA_PART_NAMESPACE,
  ADDIN_VERSION,
  checkChain,
  DATA_FORMAT,
  parseDataPart,
  sealNewEntries,
  serializeDataPart,
  type DataPart,
  type ForeignElement,
} from "../../src/domain";
import { foreignFields } from "../domain/foreign-arbitraries";
import {
  dataPartInFile,
  ES,
  gatewayFor,
  partsInPackage,
  PH,
  PLAIN,
  replaceDataParts,
  startHost,
  stopHost,
} from "handreiking-fixtures/harness";

afterAll(stopHost);

function storedData(host: WordHost): DataPart {
  const parsed = parseDataPart(partsInPackage(host, DATA_PART_NAMESPACE)[0]!);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}

/** The data part as an add-in of format 1 (before this record existed) wrote it: no format, no version, no seals. */
function asFormat1(d: DataPart): DataPart {
  const { formatVersion: _f, addinVersion: _a, ...rest } = d;
  return {
    ...rest,
    changeLog: d.changeLog.map((e) => {
      const old = { ...e };
      for (const k of ["prevSeal", "seal", "textSeal", "stateSeal"] as const) delete old[k];
      return old;
    }),
  };
}

async function formIn(profile: "web" | "desktop" | "office2019" = "web"): Promise<WordHost> {
  const host = await startHost(profile, PLAIN);
  const g = gatewayFor();
  await g.convert(PH);
  await g.writeBox("zorgen", "Zorgen om school", PH);
  await g.writeBox("initialen", "AB", PH);
  return host;
}

const UPGRADED = /gegevensformaat 2\.0/;

describe("a document of the earlier data format (format 1)", () => {
  test("is read and checked without alarm, upgraded by the first write with one log entry, not again", async () => {
    let host = await formIn();
    replaceDataParts(host, serializeDataPart(asFormat1(storedData(host))));
    host = await startHost("desktop", await host.saveDocx());
    const g = gatewayFor();
    expect((await g.open()).problems).toEqual([]);
    await g.writeBox("zorgen", "Zorgen om school en thuis", ES);
    await g.writeBox("gaatGoed", "Opa helpt mee", ES);
    const data = (await dataPartInFile(host))!;
    expect(data.formatVersion).toBe(DATA_FORMAT);
    expect(data.addinVersion).toBe(ADDIN_VERSION);
    expect(data.changeLog.filter((e) => UPGRADED.test(e.description))).toHaveLength(1);
    expect((await checkChain(data.changeLog)).breaks).toEqual([]);
    // the upgrade and everything after it carry SHA-256 seals; the entries before keep the older chain only
    const upgrade = data.changeLog.findIndex((e) => UPGRADED.test(e.description));
    expect(data.changeLog.slice(upgrade).every((e) => e.seal && e.prevSeal)).toBe(true);
    const again = await startHost("office2019", await host.saveDocx());
    const later = gatewayFor();
    const view = await later.open();
    expect({ problems: view.problems, outsideEdits: view.outsideEdits }).toEqual({ problems: [], outsideEdits: [] });
    await later.writeBox("gaatGoed", "Opa en oma helpen mee", PH);
    expect((await dataPartInFile(again))!.changeLog.filter((e) => UPGRADED.test(e.description))).toHaveLength(1);
  });
});

const foreignOf = (d: DataPart) => ({ root: d.foreign, entries: d.changeLog.map((e) => e.foreign ?? null) });

/** What a newer add-in (format 2.x, a later minor) writes: its own fields on the part and on entries, sealed. */
async function writtenByNewer(host: WordHost, root: ForeignElement[], entry: ForeignElement[]): Promise<DataPart> {
  const d = storedData(host);
  const log = d.changeLog.map((e, i) => (i % 2 === 0 ? { ...e, foreign: entry } : e));
  const newer = await sealNewEntries(
    { ...d, formatVersion: "2.9", addinVersion: "3.4.0", foreign: root, changeLog: log },
    log.length,
  );
  replaceDataParts(host, serializeDataPart(newer));
  return newer;
}

describe("fields a newer add-in wrote (arbitrary names, nesting, values)", () => {
  test("travel untouched through reading, writing, repair and merge, without a false alarm", async () => {
    await fc.assert(
      fc.asyncProperty(foreignFields, foreignFields, async (root, entry) => {
        const host = await formIn();
        const newer = await writtenByNewer(host, root, entry);
        const copyB = await host.saveDocx();
        const expected = foreignOf(newer);
        const g = gatewayFor();
        expect((await g.open()).problems).toEqual([]);
        // write
        await g.writeBox("zorgen", "Zorgen om school, aangevuld", ES);
        const afterWrite = storedData(host);
        expect(afterWrite.foreign).toEqual(root);
        expect(foreignOf(afterWrite).entries.slice(0, expected.entries.length)).toEqual(expected.entries);
        // this add-in records itself as the last writer
        expect([afterWrite.formatVersion, afterWrite.addinVersion]).toEqual([DATA_FORMAT, ADDIN_VERSION]);
        // repair (a visible log row edited by hand; the data part's side chosen)
        await Word.run(async (ctx) => {
          const c = ctx.document.contentControls.getByTag("hr-log").getFirst();
          c.cannotEdit = false;
          c.tables.getFirst().getCell(1, 4).body.insertText("met de hand", "Replace");
          c.cannotEdit = true;
          await ctx.sync();
        });
        expect((await g.open()).problems.map((p) => p.id)).toEqual(["logEdited"]);
        await g.repair(PH, "data");
        const afterRepair = storedData(host);
        expect(afterRepair.foreign).toEqual(root);
        expect(foreignOf(afterRepair).entries.slice(0, expected.entries.length)).toEqual(expected.entries);
        // merge: the newer add-in's copy, amended elsewhere, merged into this one
        const bytesA = await host.saveDocx();
        const hostB = await startHost("web", copyB);
        const b = gatewayFor();
        await b.open();
        await b.writeBox("gaatGoed", "Opa helpt mee", ES);
        const other = await readCopy(await hostB.saveDocx());
        if (!other.ok) throw new Error(other.error);
        const hostA = await startHost("web", bytesA);
        const a = gatewayFor();
        await a.open();
        await a.mergeCopy({ data: other.data, boxTexts: other.boxTexts }, {}, PH);
        const merged = storedData(hostA);
        expect(merged.foreign).toEqual(root);
        for (const e of other.data.changeLog.filter((x) => x.foreign))
          expect(merged.changeLog.find((m) => m.id === e.id)?.foreign).toEqual(e.foreign);
        expect((await gatewayFor().open()).problems).toEqual([]);
      }),
      { numRuns: 3 },
    );
  }, 120_000);
});

describe("a document of a later data format (3.0)", () => {
  test("opens read-only with a Dutch message naming the version; every write refuses and the file is unchanged", async () => {
    const host = await formIn();
    const d = storedData(host);
    replaceDataParts(
      host,
      serializeDataPart({
        ...d,
        formatVersion: "3.0",
        addinVersion: "9.9.9",
        foreign: [{ ns: null, name: "nieuw", attributes: [], content: ["x"] }],
      }),
    );
    const before = await contents(host);
    const g = gatewayFor();
    const view = await g.open();
    expect(view.problems.map((p) => p.id)).toEqual(["dataFuture"]);
    const message = view.problems[0]!.message;
    expect(message).toMatch(/versie 9\.9\.9/);
    expect(message).toMatch(/gegevensformaat 3\.0/);
    expect(message).toMatch(/vraag uw IT-afdeling om de nieuwste versie/i);
    const rowKey = d.rowOrder.betrokkenen![0]!;
    const writes: Array<[string, () => Promise<unknown>]> = [
      ["writeBox", () => g.writeBox("zorgen", "x", PH)],
      ["amend", () => g.amend("zorgen", "x", PH)],
      ["agree", () => g.agree("20200902", PH)],
      ["addRow", () => g.addRow("betrokkenen", PH)],
      ["removeRow", () => g.removeRow("betrokkenen", rowKey, PH)],
      ["attributeOutsideEdits", () => g.attributeOutsideEdits([], PH)],
      ["repair", () => g.repair(PH, "data")],
      ["upgradeTemplate", () => g.upgradeTemplate(PH)],
      ["removeQuarantined", () => g.removeQuarantined("x", PH)],
      ["mergeCopy", () => g.mergeCopy({ data: d, boxTexts: view.boxTexts }, {}, PH)],
      ["convert", () => g.convert(PH)],
    ];
    for (const [name, write] of writes) {
      await expect(write().then(() => name)).rejects.toThrow();
      await g.open();
    }
    expect(await contents(host)).toEqual(before);
  });
});

/** Every part of the saved package, as text (zip dates aside). */
async function contents(host: WordHost): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await host.saveDocx());
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) out[name] = (await zip.file(name)?.async("string")) ?? "";
  out.settings = JSON.stringify(host.Office.context.document.settings.get("handreikingRegie.dataPart"));
  return out;
}
