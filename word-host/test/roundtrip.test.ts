import { Document, Packer, Paragraph, HeadingLevel, TextRun } from "docx";
import { createWordHost } from "../index";
import { makeDocx, readPart } from "../fixtures";

const NS = "urn:handreiking-regie:test";

async function buildForm(profile: "web" | "desktop") {
  const h = await createWordHost({
    profile,
    docx: await makeDocx({ paragraphs: ["Handreiking"], tables: [[["Stap", ""]]] }),
  });
  let partId = "";
  await h.Word.run(async (ctx) => {
    const title = ctx.document.body.paragraphs.getFirst().insertContentControl();
    title.tag = "hr:titel";
    title.title = "Titel";
    title.cannotEdit = true;
    title.cannotDelete = true;
    const cell = ctx.document.body.tables.getFirst().getCell(0, 1).body.insertContentControl();
    cell.tag = "hr:stap1";
    cell.title = "Stap 1";
    cell.cannotDelete = true;
    cell.insertText("ingevuld", "Replace");
    const part = ctx.document.customXmlParts.add(`<state xmlns="${NS}"><step n="1">klaar</step></state>`);
    part.load("id");
    ctx.document.settings.add("versie", { major: 1 });
    await ctx.sync();
    partId = part.id;
  });
  h.Office.context.document.settings.set("hr.status", { step: 3 });
  h.Office.context.document.settings.set("hr.unsaved", true);
  await new Promise<void>((resolve) => h.Office.context.document.settings.saveAsync(() => resolve()));
  h.Office.context.document.settings.set("hr.afterSave", "lost");
  return { h, partId };
}

describe("save / reload round trip", () => {
  test.each(["web", "desktop"] as const)(
    "controls, locks, custom XML parts and settings survive (%s)",
    async (profile) => {
      const { h, partId } = await buildForm(profile);
      const bytes = await h.saveDocx();

      // raw package checks
      const xml = (await readPart(bytes, "word/document.xml"))!;
      expect(xml).toMatch(
        /<w:alias w:val="Titel"\/><w:tag w:val="hr:titel"\/><w:id w:val="\d+"\/><w:lock w:val="sdtContentLocked"\/>/,
      );
      expect(xml).toMatch(/<w:tag w:val="hr:stap1"\/><w:id w:val="\d+"\/><w:lock w:val="sdtLocked"\/>/);
      expect(xml).toContain('mc:Ignorable="w14 w15"');
      expect(await readPart(bytes, "customXml/item1.xml")).toContain(`<state xmlns="${NS}">`);
      expect(await readPart(bytes, "customXml/itemProps1.xml")).toContain(`ds:itemID="${partId}"`);
      expect(await readPart(bytes, "word/_rels/document.xml.rels")).toContain('Target="../customXml/item1.xml"');
      expect(await readPart(bytes, "[Content_Types].xml")).toContain("/customXml/itemProps1.xml");
      const we = (await readPart(bytes, "word/webextensions/webextension1.xml"))!;
      expect(we).toContain('name="hr.status"');
      expect(we).not.toContain("afterSave");

      // reload through the emulator
      const again = await createWordHost({ profile, docx: bytes });
      await again.Word.run(async (ctx) => {
        const ccs = ctx.document.contentControls.load("tag,title,cannotEdit,cannotDelete,text,id");
        const parts = ctx.document.customXmlParts.getByNamespace(NS).load("id,namespaceUri");
        const setting = ctx.document.settings.getItem("versie").load("value");
        await ctx.sync();
        expect(ccs.items.map((c: any) => [c.tag, c.title, c.cannotEdit, c.cannotDelete, c.text])).toEqual([
          ["hr:titel", "Titel", true, true, "Handreiking"],
          ["hr:stap1", "Stap 1", false, true, "ingevuld"],
        ]);
        expect(parts.items.map((p: any) => [p.id, p.namespaceUri])).toEqual([[partId, NS]]);
        const xmlResult = parts.items[0].getXml();
        await ctx.sync();
        expect(xmlResult.value).toContain('<step n="1">klaar</step>');
        expect(setting.value).toEqual({ major: 1 });
      });
      const s = again.Office.context.document.settings;
      expect(s.get("hr.status")).toEqual({ step: 3 });
      expect(s.get("hr.unsaved")).toBe(true);
      expect(s.get("hr.afterSave")).toBeNull();

      // ids are stable across save/reload
      const ids = async (host: typeof h) =>
        host.Word.run(async (ctx) => {
          const c = ctx.document.contentControls.load("id");
          await ctx.sync();
          return c.items.map((x: any) => x.id);
        });
      expect(await ids(again)).toEqual(await ids(h));
    },
  );

  test("custom XML parts: setXml, delete, getItem / getItemOrNullObject / getOnlyItem", async () => {
    const h = await createWordHost({
      profile: "desktop",
      docx: await makeDocx({ customXml: [`<a xmlns="urn:one"/>`, `<b xmlns="urn:two"/>`] }),
    });
    await h.Word.run(async (ctx) => {
      const all = ctx.document.customXmlParts.load("id,namespaceUri");
      await ctx.sync();
      expect(all.items.map((p: any) => p.namespaceUri)).toEqual(["urn:one", "urn:two"]);
      const one = ctx.document.customXmlParts.getItem(all.items[0].id);
      one.setXml(`<a xmlns="urn:one"><v>2</v></a>`);
      ctx.document.customXmlParts.getByNamespace("urn:two").getOnlyItem().delete();
      const gone = ctx.document.customXmlParts.getItemOrNullObject("{00000000-0000-0000-0000-000000000000}").load("id");
      const xml = one.getXml();
      const count = ctx.document.customXmlParts.getCount();
      await ctx.sync();
      expect(xml.value).toBe(`<a xmlns="urn:one"><v>2</v></a>`);
      expect(count.value).toBe(1);
      expect(gone.isNullObject).toBe(true);
    });
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.customXmlParts.add("<not-closed>");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const bytes = await h.saveDocx();
    expect(await readPart(bytes, "customXml/item2.xml")).toBeUndefined();
    expect(await readPart(bytes, "customXml/item1.xml")).toContain("<v>2</v>");
  });

  test("getFileAsync(Compressed) returns the saved package in slices", async () => {
    const h = await createWordHost({ profile: "web", docx: await makeDocx({ paragraphs: ["slice me"] }) });
    const Office = h.Office;
    const bytes: number[] = await new Promise((resolve, reject) =>
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 65536 }, (res: any) => {
        if (res.status !== Office.AsyncResultStatus.Succeeded) return reject(res.error);
        const file = res.value;
        const out: number[] = [];
        const next = (i: number) =>
          file.getSliceAsync(i, (s: any) => {
            out.push(...s.value.data);
            if (i + 1 < file.sliceCount) next(i + 1);
            else file.closeAsync(() => resolve(out));
          });
        next(0);
      }),
    );
    const reread = await createWordHost({ profile: "web", docx: new Uint8Array(bytes) });
    expect(reread.user.visibleText()).toBe("slice me");
  });

  test("documents written by the docx package load, edit and save", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Kop", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun("Tekst "), new TextRun({ text: "vet", bold: true })] }),
          ],
        },
      ],
    });
    const input = new Uint8Array(await Packer.toBuffer(doc));
    const h = await createWordHost({ profile: "desktop", docx: input });
    await h.Word.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs.load("text,styleBuiltIn,style");
      await ctx.sync();
      expect(paras.items.map((p: any) => p.text)).toEqual(["Kop", "Tekst vet"]);
      expect(paras.items[0].styleBuiltIn).toBe("Heading1");
      const cc = paras.items[1].insertContentControl();
      cc.tag = "vet";
      await ctx.sync();
    });
    const again = await createWordHost({ profile: "desktop", docx: await h.saveDocx() });
    expect(again.user.visibleText()).toBe("Kop\nTekst vet");
    expect(again.documentXml()).toContain('w:val="vet"');
  });
});
