// Upgrading a form of handreiking 1.0 in an add-in whose current version is 1.1, under every Word
// profile: the pane is told what changes, nothing else may be written until it is upgraded, and
// the upgrade (two round trips) keeps every typed text, the log and the agreement.
import JSZip from "jszip";
import type { WordHost } from "word-host";
import { buildPlainHandreiking } from "../../src/document";
import {
  mapDocument,
  runAsTemplateVersion,
  templateOfVersion,
  EARLIER_HEADING,
  TAG_STAMP_PREFIX,
} from "../../src/domain";
import type { FormGateway, FormView } from "../../src/word/gateway";
import { FILLED_EXAMPLE } from "handreiking-fixtures/filled-example";
import {
  dataPartInFile,
  ES,
  FILLED,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  startHost,
  stopHost,
  visibleLogRows,
} from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(() => {
  runAsTemplateVersion("1.0");
  stopHost();
});

const LATER = () => new Date("2021-03-01T09:00:00Z");

async function bodySnapshot() {
  return Word.run(async (ctx) => {
    const paragraphs = ctx.document.body.paragraphs.load("items/text,items/tableNestingLevel");
    const tables = ctx.document.body.tables.load("items/values");
    await ctx.sync();
    return {
      paragraphs: paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
      tables: tables.items.map((t) => t.values),
    };
  });
}

/** A 1.0 form as the add-in of 1.0 leaves it: converted and some boxes filled. */
async function filled10(gateway: FormGateway): Promise<FormView> {
  await gateway.convert(PH);
  await gateway.writeBox("gaatGoed", "Sport en school gaan goed.", PH);
  await gateway.writeBox("zorgen", "Slaapt slecht.", PH);
  await gateway.writeBox("vervanger", "Jan de Vries (Ambiq)", PH);
  await gateway.writeBox("stagnatie", "Opschalen naar de gemeente.", PH);
  return gateway.writeBox("gezinAanwezig", "Ja", PH);
}

describe.each(PROFILES)("%s", (profile) => {
  test("filled 1.0 form: notice, edits refused until upgraded, two round trips, every text kept", async () => {
    const host = await startHost(profile, PLAIN);
    const before = await filled10(gatewayFor());
    const logBefore = before.data!.changeLog;

    runAsTemplateVersion("1.1");
    const gateway = gatewayFor(LATER);
    const view = await gateway.open();
    expect(view.templateUpgrade).toMatchObject({ from: "1.0", to: "1.1", agreed: false, newAgreement: [] });
    expect(view.templateUpgrade!.changes.length).toBeGreaterThan(4);
    expect(view.problems).toEqual([]);
    await expect(said(gateway.writeBox("zorgen", "x", ES))).resolves.toMatch("Werk het eerst bij naar versie 1.1");

    host.syncCount = 0;
    await gateway.open();
    const read = host.syncCount; // the pane's read: 2 round trips, 1 on Word 2019 (parts through the Common API)
    host.syncCount = 0;
    const after = await gateway.upgradeTemplate(ES);
    expect(host.syncCount - read).toBe(2); // the upgrade itself
    expect(after.templateUpgrade).toBeNull();
    expect({ problems: after.problems, outside: after.outsideEdits }).toEqual({ problems: [], outside: [] });
    expect(after.boxTexts).toMatchObject({
      gaatGoedJeugdige: "Sport en school gaan goed.",
      gaatGoedGezin: "",
      zorgen: "Slaapt slecht.",
      vastlopen: "Opschalen naar de gemeente.",
      gezinAanwezig: "Ja",
      crisisafspraken: "",
      crisisBereikbaar: "",
    });
    expect(after.values.gezinAanwezig).toBe(true);
    expect(Object.keys(after.boxTexts)).not.toEqual(expect.arrayContaining(["gaatGoed"]));
    expect(after.data!.templateVersion).toBe("1.1");
    expect(after.data!.changeLog.slice(0, -1)).toEqual(logBefore);
    const last = after.data!.changeLog.at(-1)!;
    expect(last.description).toMatch(/^Bijgewerkt naar versie 1\.1 door ES \(was versie 1\.0\)\./);
    const rows = await visibleLogRows();
    expect(rows).toHaveLength(logBefore.length + 1);
    expect(rows.at(-1)![4]).toContain("Bijgewerkt naar versie 1.1 door ES");

    // The document is a 1.1 handreiking now: every box where the 1.1 plain document has it.
    const body = await bodySnapshot();
    const map = mapDocument(body, templateOfVersion("1.1"));
    expect(map.fieldsMissing).toEqual([]);
    const texts = body.paragraphs.map((p) => p.text);
    const earlier = texts.indexOf(EARLIER_HEADING);
    expect(earlier).toBeGreaterThan(texts.indexOf("Crisisafspraken"));
    expect(texts.slice(earlier)).toEqual(expect.arrayContaining(["Vervanger bij afwezigheid", "Jan de Vries (Ambiq)"]));
    expect(texts).toContain("Stap 4 – Doelen van het gezin");

    // edits work again, in the new boxes; saved and opened again: still nothing to report
    const edited = await gateway.writeBox("gaatGoedGezin", "Oma helpt mee.", ES);
    expect(edited.data!.lastAttributed.gaatGoedGezin).toBe("Oma helpt mee.");
    expect((await dataPartInFile(host))!.templateVersion).toBe("1.1");
    await startHost(profile, await host.saveDocx());
    const reopened = await gatewayFor(LATER).open();
    expect({ problems: reopened.problems, outside: reopened.outsideEdits, upgrade: reopened.templateUpgrade }).toEqual({
      problems: [],
      outside: [],
      upgrade: null,
    });
    expect(reopened.boxTexts.gaatGoedGezin).toBe("Oma helpt mee.");
  });

  test("plain 1.0 document with typed text: converted straight into 1.1 (as 1.0, then upgraded in the same run)", async () => {
    runAsTemplateVersion("1.1");
    const host = await startHost(profile, FILLED);
    const gateway = gatewayFor(LATER);
    expect((await gateway.open()).kind).toBe("plain");
    host.syncCount = 0;
    const view = await gateway.convert(PH);
    const total = host.syncCount;
    host.syncCount = 0;
    await gateway.open();
    expect(total - host.syncCount).toBe(2 + 2); // convert, upgrade (then the pane's read of the form)
    expect(view.data!.templateVersion).toBe("1.1");
    expect(view.data!.changeLog.map((e) => e.description.split(".")[0])).toEqual([
      "Omgezet naar formulier (sjabloon 1",
      "Bijgewerkt naar versie 1",
    ]);
    expect(view.boxTexts.gaatGoedJeugdige).toBe(FILLED_EXAMPLE.gaatGoed);
    expect(view.boxTexts.gezinAanwezig).toBe("Ja");
    expect({ problems: view.problems, outside: view.outsideEdits, upgrade: view.templateUpgrade }).toEqual({
      problems: [],
      outside: [],
      upgrade: null,
    });
  });

  test("plain 1.1 document (npm run template builds it from the 1.1 definition): converted as 1.1, nothing to upgrade", async () => {
    runAsTemplateVersion("1.1");
    const host = await startHost(profile, await buildPlainHandreiking(templateOfVersion("1.1")));
    const gateway = gatewayFor(LATER);
    await gateway.open();
    host.syncCount = 0;
    const view = await gateway.convert(PH);
    const total = host.syncCount;
    host.syncCount = 0;
    await gateway.open();
    expect(total - host.syncCount).toBe(2); // convert only (then the pane's read of the form)
    expect(view.data!.templateVersion).toBe("1.1");
    expect(view.data!.changeLog).toHaveLength(1);
    expect(Object.keys(view.boxTexts)).toEqual(
      expect.arrayContaining(["gaatGoedJeugdige", "gaatGoedGezin", "crisisafspraken", "vastlopen"]),
    );
    expect(view.problems).toEqual([]);
  });

  test("converted, nothing typed: upgraded without a part 'Uit eerdere versie'", async () => {
    await startHost(profile, PLAIN);
    await gatewayFor().convert(PH);
    runAsTemplateVersion("1.1");
    const gateway = gatewayFor(LATER);
    await gateway.open();
    const view = await gateway.upgradeTemplate(PH);
    expect(view.problems).toEqual([]);
    expect(view.data!.changeLog.at(-1)!.description).toBe("Bijgewerkt naar versie 1.1 door PH (was versie 1.0).");
    expect((await bodySnapshot()).paragraphs.map((p) => p.text)).not.toContain(EARLIER_HEADING);
  });

  test("agreed and then amended (stamped corrections): stays agreed, stamp lines go with their box", async () => {
    await startHost(profile, PLAIN);
    const made = gatewayFor();
    await filled10(made);
    await made.agree("20200902", PH);
    await made.writeBox("gaatGoed", "Sport gaat goed.", PH); // a correction after agreement: stamped line under the box
    await made.amend("zorgen", "Ook zorgen over school.", PH);
    await made.writeBox("gezinAanwezig", "Nee", PH); // a stamped box that moves to Basisgegevens
    const amended = await made.writeBox("vervanger", "Piet (Ambiq)", PH);
    const agreed = amended.data!.agreed;
    expect(agreed).not.toBeNull();

    runAsTemplateVersion("1.1");
    const gateway = gatewayFor(LATER);
    const notice = (await gateway.open()).templateUpgrade!;
    expect(notice).toMatchObject({ agreed: true, newAgreement: [] });
    const view = await gateway.upgradeTemplate(ES);
    expect(view.data!.agreed).toEqual(agreed);
    expect(view.data!.formVersion).toBe(amended.data!.formVersion);
    expect(view.data!.changeLog.at(-1)!.description).toContain("Het document blijft vastgesteld.");
    expect({ problems: view.problems, outside: view.outsideEdits }).toEqual({ problems: [], outside: [] });
    expect(view.boxTexts.gaatGoedJeugdige).toBe("Sport gaat goed.");
    expect(view.boxTexts.zorgen).toMatch(/^Slaapt slecht\.\nPH \d{8}, Ambiq: Ook zorgen over school\.$/);
    const stamps = await Word.run(async (ctx) => {
      const ccs = ctx.document.body.contentControls.load("items/tag,items/text");
      await ctx.sync();
      return ccs.items
        .filter((c) => c.tag.startsWith(TAG_STAMP_PREFIX))
        .map((c) => c.tag.slice(TAG_STAMP_PREFIX.length));
    });
    expect(stamps).toContain("gaatGoedJeugdige");
    expect(stamps).toContain("gezinAanwezig");
    expect(view.boxTexts.gezinAanwezig).toBe("Nee");
    const basis = (await bodySnapshot()).tables[0]!;
    expect(basis.map((row) => row[0]!.split("\r")[0])).toContain("Was het gezin aanwezig bij het MDO?");
    expect(basis.find((row) => row[0]!.startsWith("Was het gezin"))![1]).toMatch(
      /^Nee\rGecorrigeerd: PH \d{8}, Ambiq$/,
    );
    expect(stamps).not.toContain("gaatGoed");
    const texts = (await bodySnapshot()).paragraphs.map((p) => p.text);
    // the removed box's text and its stamp line are kept under "Uit eerdere versie"
    expect(texts.slice(texts.indexOf(EARLIER_HEADING))).toEqual(
      expect.arrayContaining(["Piet (Ambiq)", expect.stringMatching(/^Gecorrigeerd: PH \d{8}, Ambiq$/)]),
    );
    // amending in 1.1 works on the agreed document
    const after = await gateway.amend("gaatGoedGezin", "Oma helpt.", ES);
    expect(after.data!.agreed).toEqual(agreed);
  });
});

async function fileParts(host: WordHost): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await host.saveDocx());
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("word/") || n.startsWith("customXml/"))) {
    if (!zip.files[name]!.dir) out[name] = await zip.file(name)!.async("string");
  }
  return out;
}

describe.each(PROFILES)("%s: a document of a newer version", (profile) => {
  test("is only read, with a Dutch message; nothing at all is written", async () => {
    runAsTemplateVersion("1.1");
    let host = await startHost(profile, PLAIN);
    await filled10Upgraded();
    const bytes = await host.saveDocx();

    runAsTemplateVersion("1.0");
    host = await startHost(profile, bytes);
    const before = await fileParts(host);
    const gateway = gatewayFor(LATER);
    const view = await gateway.open();
    expect(view.problems).toEqual([
      {
        id: "dataFuture",
        repairable: false,
        message:
          "Dit document is van versie 1.1 van de handreiking; deze invoegtoepassing kent versie 1.0. U kunt het lezen, maar de invoegtoepassing wijzigt er niets aan. Werk de invoegtoepassing bij om het te bewerken.",
      },
    ]);
    expect(view.outsideEdits).toEqual([]);
    expect(view.templateUpgrade ?? null).toBeNull();
    const refused = [
      gateway.writeBox("zorgen", "x", PH),
      gateway.amend("zorgen", "x", PH),
      gateway.agree("20210301", PH),
      gateway.addRow("betrokkenen", PH),
      gateway.repair(PH),
      gateway.convert(PH),
      gateway.upgradeTemplate(PH),
    ];
    for (const attempt of refused)
      await expect(said(attempt)).resolves.toMatch(/versie 1\.1 van de handreiking|hoeft niet/);
    expect(await fileParts(host)).toEqual(before);
  });
});

/** Made by an add-in of 1.1: a 1.0 document converted and upgraded. */
async function filled10Upgraded(): Promise<void> {
  runAsTemplateVersion("1.0");
  await filled10(gatewayFor());
  runAsTemplateVersion("1.1");
  const gateway = gatewayFor(LATER);
  await gateway.open();
  await gateway.upgradeTemplate(ES);
}
