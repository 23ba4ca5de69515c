// Renders an emulator-saved .docx with LibreOffice: proves the package is a document a real
// word processor opens. Skipped loudly without soffice and pdftoppm, failing instead when CI=true.
import { mkdtemp, readFile, writeFile, stat, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWordHost } from "../index";
import { makeDocx } from "../fixtures";
import { describeWithCommands } from "../soffice";
import { findSoffice, convertToPdf, firstPageToPng } from "../node-files";

jest.setTimeout(180000);

describeWithCommands(["soffice", "pdftoppm"], "LibreOffice", () => {
  test("LibreOffice converts an emulator-saved form to a non-empty PDF and a page image", async () => {
    const soffice = await findSoffice();
    if (!soffice) throw new Error("soffice vanished");
    const h = await createWordHost({
      profile: "desktop",
      docx: await makeDocx({
        paragraphs: ["Handreiking Regie"],
        tables: [
          [
            ["Stap", "Wie", "Wat"],
            ["1", "", ""],
          ],
        ],
      }),
    });
    await h.Word.run(async (ctx) => {
      const first = ctx.document.body.paragraphs.getFirst();
      first.styleBuiltIn = "Heading1";
      const cc = first.insertContentControl();
      cc.tag = "hr:titel";
      cc.cannotEdit = true;
      cc.appearance = "Tags";
      cc.color = "#2E74B5";
      const cell = ctx.document.body.tables.getFirst().getCell(1, 1).body.insertContentControl();
      cell.tag = "hr:wie";
      cell.insertText("Gemeente", "Replace");
      ctx.document.body.insertParagraph("Toelichting volgt.", "End");
      ctx.document.customXmlParts.add('<s xmlns="urn:hr"/>');
      await ctx.sync();
    });
    h.user.typeInControl("hr:wie", "Gemeente Enschede");
    const dir = await mkdtemp(path.join(tmpdir(), "word-host-lo-"));
    try {
      const docx = path.join(dir, "form.docx");
      await writeFile(docx, await h.saveDocx());
      const pdf = await convertToPdf(soffice, docx, dir);
      expect((await stat(pdf)).size).toBeGreaterThan(1000);
      const png = await firstPageToPng(pdf, path.join(dir, "page1"));
      expect((await stat(png)).size).toBeGreaterThan(500);
      if (process.env.WORD_HOST_KEEP_RENDER) await writeFile(process.env.WORD_HOST_KEEP_RENDER, await readFile(png));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
