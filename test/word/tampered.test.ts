// Documents people changed by hand: each case is detected, repaired or reported, and nothing
// typed is lost.
import { DATA_PART_NAMESPACE } from "../../src/domain";
import {
  boxText,
  dataPartInFile,
  gatewayFor,
  PH,
  PLAIN,
  startHost,
  stopHost,
  visibleLogRows,
  editLogTable,
} from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(stopHost);

async function form(profile: "web" | "desktop" = "desktop") {
  const host = await startHost(profile, PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  await gateway.writeBox("zorgen", "Schoolverzuim", PH);
  return { host, gateway };
}

async function partXml(namespace: string): Promise<{ id: string; xml: string }[]> {
  return Word.run(async (ctx) => {
    const parts = ctx.document.customXmlParts.getByNamespace(namespace);
    parts.load("items/id");
    await ctx.sync();
    const xml = parts.items.map((p) => ({ id: p.id, xml: p.getXml() }));
    await ctx.sync();
    return xml.map((x) => ({ id: x.id, xml: x.xml.value }));
  });
}

test("a box copied by hand: reported, the copy becomes plain text, its text stays", async () => {
  const { gateway } = await form();
  await Word.run(async (ctx) => {
    const copy = ctx.document.body.insertParagraph("Gekopieerde tekst", "End").insertContentControl();
    copy.tag = "hr:zorgen";
    await ctx.sync();
  });
  const view = await gateway.open();
  expect(view.problems.map((p) => p.id)).toEqual(["duplicateTags"]);
  expect(view.values.zorgen).toBe("Schoolverzuim");
  const repaired = await gateway.repair(PH);
  expect(repaired.problems).toEqual([]);
  expect(await boxText("hr:zorgen")).toBe("Schoolverzuim");
  const body = await Word.run(async (ctx) => {
    ctx.document.body.load("text");
    await ctx.sync();
    return ctx.document.body.text;
  });
  expect(body).toContain("Gekopieerde tekst");
});

test("a tag edited by hand: the strange control is reported, the box is made again, no text lost", async () => {
  const { gateway } = await form();
  await Word.run(async (ctx) => {
    ctx.document.contentControls.getByTag("hr:zorgen").getFirst().tag = "hr:zorgenOud";
    await ctx.sync();
  });
  const view = await gateway.open();
  expect(view.problems.map((p) => p.id).sort()).toEqual(["boxMissing", "strangeTags"]);
  const repaired = await gateway.repair(PH);
  expect(repaired.problems.map((p) => p.id)).toEqual(["strangeTags"]);
  expect(repaired.values.zorgen).toBe("Schoolverzuim");
});

test("a data part from a newer version of the add-in: reported, nothing is written or repaired", async () => {
  const { host, gateway } = await form("web");
  const [current] = await partXml(DATA_PART_NAMESPACE);
  await Word.run(async (ctx) => {
    ctx.document.customXmlParts.getItem(current!.id).delete();
    ctx.document.customXmlParts.add(current!.xml.replace(DATA_PART_NAMESPACE, "urn:handreiking-regie:twente:form:2"));
    await ctx.sync();
  });
  const view = await gateway.open();
  expect(view.problems.map((p) => p.id)).toEqual(["dataFuture"]);
  const before = host.documentXml();
  await expect(said(gateway.writeBox("zorgen", "Iets anders", PH))).resolves.toMatch(/nieuwere versie/);
  await expect(said(gateway.repair(PH))).resolves.toMatch(/nieuwere versie/);
  expect(host.documentXml()).toBe(before);
  expect(await partXml("urn:handreiking-regie:twente:form:2")).toHaveLength(1);
});

test("log rows removed by hand: detected and put back from the data part", async () => {
  const { gateway } = await form();
  await editLogTable((table) => table.deleteRows(1, 1));
  expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["logEdited"]);
  await expect(said(gateway.repair(PH))).resolves.toMatch(/Kies eerst welke van de twee klopt/);
  const repaired = await gateway.repair(PH, "data");
  expect(repaired.problems).toEqual([]);
  expect(await visibleLogRows()).toHaveLength(repaired.data!.changeLog.length);
});

test("two sets of form data in one document (a second form pasted in): the first is kept, the other set aside", async () => {
  const { host, gateway } = await form("web");
  const [current] = await partXml(DATA_PART_NAMESPACE);
  await Word.run(async (ctx) => {
    ctx.document.customXmlParts.add(
      current!.xml.replace(/<documentId>[^<]+<\/documentId>/, "<documentId>ander-document</documentId>"),
    );
    await ctx.sync();
  });
  expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["dataSeveral"]);
  const repaired = await gateway.repair(PH);
  expect(repaired.problems).toEqual([]);
  expect(await partXml(DATA_PART_NAMESPACE)).toHaveLength(1);
  expect((await partXml("urn:handreiking-regie:twente:quarantine:1"))[0]?.xml).toContain("ander-document");
  expect((await dataPartInFile(host))!.lastAttributed.zorgen).toBe("Schoolverzuim");
});

/** The whole table of a rows field, cut and pasted elsewhere in document.xml (as Word keeps it). */
async function moveTable(
  docx: Uint8Array,
  tagPrefix: string,
  place: (xml: string, table: string) => string,
): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables = [...xml.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g)];
  const match = tables.find((m) => m[0].includes(`w:val="${tagPrefix}`));
  if (!match) throw new Error(`no table with ${tagPrefix}`);
  const without = xml.slice(0, match.index) + "<w:p/>" + xml.slice(match.index! + match[0].length);
  zip.file("word/document.xml", place(without, match[0]));
  return zip.generateAsync({ type: "uint8array" });
}

describe.each([
  [
    "to the end of the document",
    (xml: string, table: string) => xml.replace(/<w:sectPr(?![\s\S]*<w:sectPr)/, `${table}<w:p/><w:sectPr`),
    1,
  ],
  [
    "into a cell of another table (nested)",
    (xml: string, table: string) => {
      // the label cell of the table that holds "zorgen": a table in a cell must be followed by a paragraph
      const at = xml.indexOf('w:val="hr:zorgen"');
      const cellEnd = xml.lastIndexOf("</w:tc>", at);
      return xml.slice(0, cellEnd) + table + "<w:p/>" + xml.slice(cellEnd);
    },
    2,
  ],
] as const)("a form table the user moved %s", (where, place, nesting) => {
  test("is found by its boxes: read, written, grown by a row, nothing lost or reported", async () => {
    const { host, gateway } = await form();
    let view = await gateway.open();
    const row = view.data!.rowOrder.betrokkenen![0]!;
    await gateway.writeBox(`betrokkenen.${row}.naam`, "K. Jansen", PH);
    const moved = await moveTable(await host.saveDocx(), "hr:betrokkenen.", place);

    await startHost("desktop", moved);
    // the table really moved: after the change log, or one level deeper
    const where2 = await Word.run(async (ctx) => {
      const p = ctx.document.contentControls.getByTag(`hr:betrokkenen.${row}.naam`).getFirst().paragraphs.getFirst();
      p.load("tableNestingLevel");
      ctx.document.body.load("text");
      await ctx.sync();
      return {
        nesting: p.tableNestingLevel,
        afterLog: ctx.document.body.text.indexOf("K. Jansen") > ctx.document.body.text.indexOf("Wijzigingslogboek"),
      };
    });
    expect(where2).toEqual({ nesting, afterLog: where.startsWith("to the end") });
    const after = gatewayFor();
    view = await after.open();
    expect(view.problems).toEqual([]);
    expect(view.outsideEdits).toEqual([]);
    expect(view.boxTexts[`betrokkenen.${row}.naam`]).toBe("K. Jansen");
    expect(view.values.zorgen).toBe("Schoolverzuim");

    view = await after.writeBox(`betrokkenen.${row}.rol`, "Voogd", PH);
    view = await after.addRow("betrokkenen", PH);
    const added = view.data!.rowOrder.betrokkenen!.at(-1)!;
    await after.writeBox(`betrokkenen.${added}.naam`, "T. Bakker", PH);

    const reread = await gatewayFor().open();
    expect(reread.problems).toEqual([]);
    expect(reread.outsideEdits).toEqual([]);
    expect(reread.boxTexts[`betrokkenen.${row}.rol`]).toBe("Voogd");
    expect(reread.boxTexts[`betrokkenen.${added}.naam`]).toBe("T. Bakker");
    expect(reread.values.zorgen).toBe("Schoolverzuim");
    expect((await visibleLogRows()).length).toBe(reread.data!.changeLog.length);
    // the new row went into the moved table: its cells sit next to the first row's
    const tableTexts = await Word.run(async (ctx) => {
      const t = ctx.document.contentControls.getByTag(`hr:betrokkenen.${row}.naam`).getFirst().parentTable;
      t.load("values");
      await ctx.sync();
      return t.values.map((r) => r.join("|"));
    });
    expect(tableTexts.some((r) => r.startsWith("T. Bakker"))).toBe(true);
  });
});
