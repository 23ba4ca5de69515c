// A filled, agreed form through real LibreOffice (soffice .docx → .docx), opened again in every
// Word profile. Measured with LibreOffice 7.4 (docs/word-versions.md, "LibreOffice"): every content control stays,
// but as an untagged, unlocked inline control in its own paragraph (tags, locks, look and colour
// dropped; titles kept); the custom XML data part and its item properties stay (same data);
// the Office.js document settings (web extension part) are dropped; the log table and the stamp
// lines stay as plain text. The add-in recognises the form by its data part and rebuilds the rest.
import { TEMPLATE, type Profile } from "../../src/domain";
import type { FormGateway } from "../../src/word/gateway";
import { describeWithCommands } from "word-host/soffice";
import {
  dataPartInFile,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  startHost,
  stopHost,
  visibleLogRows,
  boxText,
} from "handreiking-fixtures/harness";
import {
  libreOfficeRoundTrip,
  packageFacts,
  retypeParagraph,
  typeInBox,
  typeParagraphAfter,
} from "./libreoffice-roundtrip";

afterEach(stopHost);

const KH: Profile = { initials: "KH", organisation: "Jarabee", name: "" };
const OCT_5 = new Date("2020-10-05T09:00:00Z");
const OCT_12 = new Date("2020-10-12T09:00:00Z");

/** Converted, filled, agreed; after agreement a row added (stamped) and a box corrected (stamped). */
async function agreedForm(
  profile: "web" | "desktop" | "office2019",
  withoutSets: string[] = [],
): Promise<{ bytes: Uint8Array; rowKey: string }> {
  const host = await startHost(profile, PLAIN, { withoutSets });
  const sept = gatewayFor();
  await sept.convert(PH);
  const opened = await sept.open();
  // KH of Jarabee is among the people of step 2: only then is her hand stamp taken as hers (issue 27)
  const person =
    opened.data!.rowOrder.betrokkenen?.[0] ??
    (await sept.addRow("betrokkenen", PH)).data!.rowOrder.betrokkenen!.at(-1)!;
  await sept.writeBox(`betrokkenen.${person}.naam`, "Karin Hendriks", PH);
  await sept.writeBox(`betrokkenen.${person}.organisatie`, "Jarabee", PH);
  await sept.writeBox("hulpvraag", "Ouders willen rust in huis.", PH);
  await sept.writeBox("vervanger", "J. de Vries", PH);
  await sept.agree("20200902", PH);
  const oct = gatewayFor(() => OCT_5);
  await oct.open();
  let view = await oct.addRow("afspraken", PH);
  const rowKey = view.data!.rowOrder.afspraken!.at(-1)!;
  view = await oct.writeBox(`afspraken.${rowKey}.afspraak`, "Gesprek met school", PH);
  view = await oct.writeBox("vervanger", "K. Hendriks (Jarabee)", PH);
  expect(view.problems).toEqual([]);
  return { bytes: await host.saveDocx(), rowKey };
}

async function controls(): Promise<{ tag: string; text: string; cannotEdit: boolean; cannotDelete: boolean }[]> {
  return Word.run(async (ctx) => {
    const ccs = ctx.document.contentControls;
    ccs.load("items/tag,items/text,items/cannotEdit,items/cannotDelete");
    await ctx.sync();
    return ccs.items.map((c) => ({ tag: c.tag, text: c.text, cannotEdit: c.cannotEdit, cannotDelete: c.cannotDelete }));
  });
}

/** Form values with the rows' keys left out (a form rebuilt from its log gets new ones). */
const withoutRowKeys = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.map((r: { cells: unknown }) => r.cells) : v]),
  );

const ids = (g: { problems: { id: string }[] }) => g.problems.map((p) => p.id);

describeWithCommands(["soffice"], "a form saved by LibreOffice", () => {
  test("what LibreOffice keeps and drops (measured), and every profile restores controls, locks, stamps, data and log", async () => {
    const { bytes, rowKey } = await agreedForm("desktop");
    await startHost("desktop", bytes);
    const before = await gatewayFor(() => OCT_12).open();
    const beforeControls = await controls();
    const beforeLog = await visibleLogRows();
    const saved = await libreOfficeRoundTrip(bytes);

    const [w, lo] = [await packageFacts(bytes), await packageFacts(saved)];
    expect({
      controls: lo.controls,
      tags: lo.tags,
      locks: lo.locks,
      titles: lo.titles,
      dataParts: lo.dataParts,
      itemProps: lo.itemProps,
    }).toEqual({
      controls: w.controls, // every control stays…
      tags: 0, // …without its tag
      locks: 0, // …and without its lock
      titles: w.titles, // the boxes' titles stay
      dataParts: 1,
      itemProps: 1,
    });
    expect(lo.documentXml).toContain("Toegevoegd: PH 20201005, Ambiq");
    expect(lo.documentXml).toContain("Gecorrigeerd: PH 20201005, Ambiq");

    for (const profile of PROFILES) {
      const host = await startHost(profile, saved);
      expect(await dataPartInFile(host)).toEqual(before.data); // the data part survived whole
      const gateway = gatewayFor(() => OCT_12);
      const view = await gateway.open();
      expect(view.kind).toBe("form");
      expect(ids(view)).toEqual(["controlsStripped"]);
      expect(view.problems[0]!.message).toMatch(
        /ander programma \(bijvoorbeeld LibreOffice\).*de gegevens en het logboek zijn er nog/,
      );
      expect(view.problems[0]!.message).not.toMatch(/Buiten de vakken/);
      // the boxes are gone, the data is not: the pane is given the data part's values to show (issue 28)
      expect(view.boxTexts).toEqual({});
      expect(view.notRestored).toBe(true);
      expect(view.values).toEqual(before.values);

      const repaired = await gateway.repair(PH);
      expect(ids(repaired)).toEqual([]);
      expect(repaired.notRestored).toBe(false);
      expect(repaired.outsideEdits).toEqual([]);
      expect(repaired.boxTexts).toEqual(before.boxTexts);
      expect(repaired.data!.changeLog.slice(0, -1)).toEqual(before.data!.changeLog);
      expect(repaired.data!.changeLog.at(-1)).toMatchObject({
        kind: "repair",
        initials: "PH",
        day: "20201012",
        description: expect.stringMatching(/^Vakken en vergrendelingen hersteld/),
      });
      expect((await visibleLogRows()).slice(0, -1)).toEqual(beforeLog);

      const after = await controls();
      const shape = (cs: typeof after) =>
        cs
          .map((c) => ({ tag: c.tag, cannotEdit: c.cannotEdit, cannotDelete: c.cannotDelete }))
          .sort((a, b) => a.tag.localeCompare(b.tag));
      // Same controls (Word on the web has no placeholders either way), same locks; the stamps are lines of their own
      // again.
      expect(shape(after.filter((c) => c.tag !== ""))).toEqual(shape(beforeControls));
      expect(after.find((c) => c.tag === `hr-stamp:afspraken.${rowKey}`)?.text).toBe("Toegevoegd: PH 20201005, Ambiq");
      expect(after.find((c) => c.tag === "hr-stamp:vervanger")?.text).toBe("Gecorrigeerd: PH 20201005, Ambiq");
      expect(await boxText("hr:vervanger")).toBe("K. Hendriks (Jarabee)");
      expect(() => host.user.typeOutsideControls(0, "Eigen tekst")).toThrow();
      expect(() => host.user.typeInControl("hr-log", "vervalst")).toThrow();

      const reopened = await gatewayFor(() => OCT_12).open();
      expect(reopened.problems).toEqual([]);
      expect(reopened.outsideEdits).toEqual([]);
    }
  });

  test("typing in a box and outside the boxes in LibreOffice: box changes shown for attribution (hand stamp recognised), outside text logged with before/after", async () => {
    const { bytes } = await agreedForm("web");
    const guidance = TEMPLATE.steps[1]!.guidance;
    const saved = await libreOfficeRoundTrip(bytes, [
      typeInBox("hr:hulpvraag", ["Ouders willen rust in huis.", "KH 20201005, Jarabee: ook school vraagt om rust."]),
      retypeParagraph(guidance, "Hier mag je alles schrijven."),
      typeParagraphAfter(TEMPLATE.introduction[0]!, "Opmerking van KH: graag bellen."),
    ]);
    for (const profile of ["office2019", "web"] as const) {
      await startHost(profile, saved);
      const gateway: FormGateway = gatewayFor(() => OCT_12);
      const view = await gateway.open();
      expect(ids(view)).toEqual(["controlsStripped"]);
      expect(view.problems[0]!.message).toMatch(/Buiten de vakken is op 2 plaatsen tekst veranderd/);

      const repaired = await gateway.repair(PH);
      expect(ids(repaired)).toEqual([]);
      const outside = repaired.data!.changeLog.filter(
        (e) => e.kind === "repair" && /Tekst buiten de vakken/.test(e.description),
      );
      expect(outside.map((e) => ({ before: e.before, after: e.after }))).toEqual([
        { before: "", after: "Opmerking van KH: graag bellen." },
        { before: guidance, after: "Hier mag je alles schrijven." },
      ]);
      expect(repaired.outsideEdits).toHaveLength(1);
      const edit = repaired.outsideEdits[0]!;
      expect(edit).toMatchObject({
        key: "hulpvraag",
        before: "Ouders willen rust in huis.",
        after: "Ouders willen rust in huis.\nKH 20201005, Jarabee: ook school vraagt om rust.",
      });
      expect(edit.stamp.reason).toBeNull();
      expect(edit.stamp.trusted).toMatchObject({ initials: "KH", organisation: "Jarabee", day: "20201005" });

      const attributed = await gateway.attributeOutsideEdits([{ ...edit, author: { kind: "stamp" } }], PH);
      expect(attributed.data!.changeLog.at(-1)).toMatchObject({
        kind: "externalEdit",
        initials: KH.initials,
        organisation: KH.organisation,
        day: "20201005",
        recorderInitials: "PH",
      });
      const reopened = await gatewayFor(() => OCT_12).open();
      expect(reopened.problems).toEqual([]);
      expect(reopened.outsideEdits).toEqual([]);
    }
  });

  test("a form whose data lived in the document settings (Word 2019 without the Common API parts) loses its data part in LibreOffice: said so, rebuilt from the visible log", async () => {
    const { bytes } = await agreedForm("office2019", ["CustomXmlParts"]);
    await startHost("office2019", bytes, { withoutSets: ["CustomXmlParts"] });
    const before = await gatewayFor(() => OCT_12).open();
    const saved = await libreOfficeRoundTrip(bytes);
    const [w, lo] = [await packageFacts(bytes), await packageFacts(saved)];
    expect(w.webExtensionParts).toBeGreaterThan(0);
    expect({ webExtensionParts: lo.webExtensionParts, dataParts: lo.dataParts }).toEqual({
      webExtensionParts: 0,
      dataParts: 0,
    });

    await startHost("desktop", saved);
    const gateway = gatewayFor(() => OCT_12);
    const view = await gateway.open();
    expect(view.kind).toBe("form");
    expect(ids(view)).toEqual(["dataMissing", "controlsStripped"]);
    expect(view.problems[1]!.message).toMatch(/ook de gegevens zijn weg, het zichtbare logboek staat er nog/);
    const repaired = await gateway.repair(PH);
    expect(ids(repaired)).toEqual([]);
    expect(repaired.outsideEdits).toEqual([]);
    // the rows get new keys; every text stays
    expect(withoutRowKeys(repaired.values)).toEqual(withoutRowKeys(before.values));
    const recovered = repaired.data!.changeLog.filter((e) => e.recovered);
    expect(recovered.map((e) => [e.day, e.initials, e.organisation])).toEqual(
      before.data!.changeLog.map((e) => [e.day, e.initials, e.organisation]),
    );
    expect((await gatewayFor(() => OCT_12).open()).problems).toEqual([]);
  });
});
