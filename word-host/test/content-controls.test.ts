import { createWordHost } from "../index";
import { makeDocx } from "../fixtures";

const docWithControls = () =>
  makeDocx({
    body: [
      "Intro",
      { cc: { tag: "box", title: "Vak", id: 101, content: ["box text"] } },
      {
        cc: {
          tag: "frozen",
          id: 102,
          lock: "sdtContentLocked",
          content: [{ cc: { tag: "inner", id: 103, content: ["inner text"] } }],
        },
      },
      { cc: { tag: "keep", id: 104, lock: "sdtLocked", content: ["keep me"] } },
      { cc: { tag: "ro", id: 105, lock: "contentLocked", content: ["read only"] } },
      { cc: { tag: "name", id: 106, inline: { before: "Naam: ", after: "." }, content: "Jan" } },
    ],
  });

describe("content controls", () => {
  test("properties map to w:sdt (tag, alias, id, lock, appearance, color)", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    await h.Word.run(async (ctx) => {
      const ccs = ctx.document.contentControls.load(
        "id,tag,title,text,cannotEdit,cannotDelete,type,subtype,appearance",
      );
      await ctx.sync();
      const byTag = Object.fromEntries(ccs.items.map((c: any) => [c.tag, c]));
      expect(ccs.items.map((c: any) => c.id)).toEqual([101, 102, 103, 104, 105, 106]);
      expect(byTag.box).toMatchObject({
        title: "Vak",
        text: "box text",
        cannotEdit: false,
        cannotDelete: false,
        type: "RichText",
        subtype: "RichTextParagraphs",
        appearance: "BoundingBox",
      });
      expect(byTag.frozen).toMatchObject({ cannotEdit: true, cannotDelete: true });
      expect(byTag.keep).toMatchObject({ cannotEdit: false, cannotDelete: true });
      expect(byTag.ro).toMatchObject({ cannotEdit: true, cannotDelete: false });
      expect(byTag.name).toMatchObject({ text: "Jan", subtype: "RichTextInline" });
      const box = byTag.box;
      box.appearance = "Tags";
      box.color = "#1F4E79";
      box.cannotDelete = true;
      await ctx.sync();
    });
    const xml = h.documentXml();
    expect(xml).toMatch(/<w:tag w:val="box"\/><w:id w:val="101"\/><w:lock w:val="sdtLocked"\/>/);
    expect(xml).toContain('w15:appearance w15:val="tags"');
    expect(xml).toContain('w15:color w15:val="1F4E79"');
  });

  test("insertContentControl on paragraph (block), range (inline), table and cell body", async () => {
    const h = await createWordHost({
      profile: "web",
      docx: await makeDocx({
        paragraphs: ["Titel", "Naam: Piet"],
        tables: [
          [
            ["a", "b"],
            ["c", "d"],
          ],
        ],
      }),
    });
    await h.Word.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      const block = paras.getFirst().insertContentControl();
      block.tag = "titel";
      const found = ctx.document.body.search("Piet", { matchCase: true }).getFirst();
      const inline = found.insertContentControl();
      inline.tag = "naam";
      const table = ctx.document.body.tables.getFirst();
      const tcc = table.insertContentControl();
      tcc.tag = "tabel";
      const cellCc = table.getCell(1, 1).body.insertContentControl();
      cellCc.tag = "cel";
      const all = ctx.document.contentControls.load("tag,text,subtype");
      await ctx.sync();
      expect(all.items.map((c: any) => [c.tag, c.text, c.subtype])).toEqual([
        ["titel", "Titel", "RichTextParagraphs"],
        ["naam", "Piet", "RichTextInline"],
        ["tabel", "a\rb\rc\rd", "RichTextTable"],
        ["cel", "d", "RichTextParagraphs"],
      ]);
    });
    const xml = h.documentXml();
    // inline control sits inside the paragraph, block controls around w:p / w:tbl, cell control inside w:tc
    expect(xml).toMatch(/<w:p><w:r><w:t[^>]*>Naam: <\/w:t><\/w:r><w:sdt>/);
    expect(xml).toMatch(/<w:sdt><w:sdtPr><w:tag w:val="tabel"\/><w:id w:val="\d+"\/><\/w:sdtPr><w:sdtContent><w:tbl>/);
    expect(xml).toMatch(/<w:tc><w:tcPr>.*?<\/w:tcPr><w:sdt>/);
  });

  test("getByTag / getByTitle / getById / getByIdOrNullObject / nested controls / parentContentControl", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    await h.Word.run(async (ctx) => {
      const ccs = ctx.document.contentControls;
      const byTag = ccs.getByTag("inner").load("id");
      const byTitle = ccs.getByTitle("Vak").load("tag");
      const byId = ccs.getById(104).load("text");
      const missing = ccs.getByIdOrNullObject(999).load("id");
      const nested = ccs.getById(102).contentControls.load("tag");
      const parent = ccs.getById(103).parentContentControlOrNullObject.load("tag");
      const topParent = ccs.getById(101).parentContentControlOrNullObject.load("tag");
      await ctx.sync();
      expect(byTag.items.map((c: any) => c.id)).toEqual([103]);
      expect(byTitle.items[0].tag).toBe("box");
      expect(byId.text).toBe("keep me");
      expect(missing.isNullObject).toBe(true);
      expect(nested.items.map((c: any) => c.tag)).toEqual(["inner"]);
      expect(parent.tag).toBe("frozen");
      expect(topParent.isNullObject).toBe(true);
    });
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.contentControls.getById(999).load("id");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("insertText / insertParagraph / clear / getRange / delete(keepContent)", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    await h.Word.run(async (ctx) => {
      const box = ctx.document.contentControls.getByTag("box").getFirst();
      box.insertText("nieuw", "Replace");
      box.insertParagraph("tweede", "End");
      box.insertParagraph("ervoor", "Before");
      const r = box.getRange("Whole").load("text");
      const name = ctx.document.contentControls.getById(106);
      name.insertText("!", "End");
      name.load("text");
      await ctx.sync();
      expect(r.text).toBe("nieuw\rtweede");
      expect(name.text).toBe("Jan!");
      box.clear();
      box.load("text");
      await ctx.sync();
      expect(box.text).toBe("");
      name.delete(true);
      const para = ctx.document.body.paragraphs.load("text");
      await ctx.sync();
      expect(para.items.map((p: any) => p.text)).toContain("Naam: Jan!.");
    });
    expect(h.documentXml()).not.toContain('w:val="name"');
  });

  test("placeholderText: shown with w:showingPlcHdr when empty (desktop); NotAllowed on the web", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    await h.Word.run(async (ctx) => {
      const box = ctx.document.contentControls.getByTag("box").getFirst();
      box.clear();
      box.placeholderText = "Vul hier in";
      box.load("text,placeholderText");
      await ctx.sync();
      expect(box.placeholderText).toBe("Vul hier in");
      expect(h.documentXml()).toMatch(/<w:tag w:val="box"\/><w:id w:val="101"\/><w:showingPlcHdr\/>/);
      expect(box.text).toBe("Vul hier in");
      box.insertText("echt", "End");
      box.load("text");
      await ctx.sync();
      expect(box.text).toBe("echt");
      expect(h.documentXml()).not.toContain("showingPlcHdr");
    });
    const web = await createWordHost({ profile: "web", docx: await docWithControls() });
    await expect(
      web.Word.run(async (ctx) => {
        ctx.document.contentControls.getByTag("box").getFirst().placeholderText = "x";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "NotAllowed" });
  });
});

describe("locks as Word enforces them", () => {
  test("writing into a cannotEdit control fails with AccessDenied and the batch leaves the document unchanged", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    const before = h.documentXml();
    for (const write of [
      (cc: any) => cc.insertText("x", "Replace"),
      (cc: any) => cc.insertParagraph("x", "End"),
      (cc: any) => cc.clear(),
      (cc: any) => cc.getRange("Whole").insertText("x", "End"),
      (cc: any) => cc.paragraphs.getFirst().insertText("x", "Start"),
    ]) {
      await expect(
        h.Word.run(async (ctx) => {
          write(ctx.document.contentControls.getByTag("ro").getFirst());
          ctx.document.body.insertParagraph("never", "End");
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    // nested control inside a locked one is not writable either
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.contentControls.getByTag("inner").getFirst().insertText("x", "End");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(h.documentXml()).toBe(before);
  });

  test("deleting a cannotDelete control (or content containing one) fails; cannotEdit alone may be deleted", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    for (const del of [
      (ctx: any) => ctx.document.contentControls.getByTag("keep").getFirst().delete(false),
      (ctx: any) => ctx.document.contentControls.getByTag("keep").getFirst().delete(true),
      (ctx: any) =>
        ctx.document.contentControls
          .getByTag("keep")
          .getFirst()
          .paragraphs.getFirst()
          .parentContentControl.delete(true),
      (ctx: any) => ctx.document.body.clear(),
    ]) {
      await expect(
        h.Word.run(async (ctx) => {
          del(ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    await h.Word.run(async (ctx) => {
      ctx.document.contentControls.getByTag("ro").getFirst().delete(false);
      await ctx.sync();
    });
    expect(h.documentXml()).not.toContain('w:val="ro"');
    expect(h.documentXml()).toContain('w:val="keep"');
  });

  test("unlock, write, relock in one batch works (queued in order)", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    await h.Word.run(async (ctx) => {
      const ro = ctx.document.contentControls.getByTag("ro").getFirst();
      ro.cannotEdit = false;
      ro.insertText("bijgewerkt", "Replace");
      ro.cannotEdit = true;
      ro.load("text,cannotEdit");
      await ctx.sync();
      expect(ro.text).toBe("bijgewerkt");
      expect(ro.cannotEdit).toBe(true);
    });
    expect(h.documentXml()).toMatch(/<w:tag w:val="ro"\/><w:id w:val="105"\/><w:lock w:val="contentLocked"\/>/);
  });

  test("text outside all controls stays editable through the API", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    await h.Word.run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      p.insertText("Inleiding", "Replace");
      p.load("text");
      await ctx.sync();
      expect(p.text).toBe("Inleiding");
    });
  });
});

describe("content control events (WordApi 1.5)", () => {
  test("onDataChanged / onDeleted / onSelectionChanged fire after user edits, asynchronously", async () => {
    const h = await createWordHost({ profile: "web", docx: await docWithControls() });
    const seen: string[] = [];
    await h.Word.run(async (ctx) => {
      const box = ctx.document.contentControls.getByTag("box").getFirst();
      box.onDataChanged.add(async (e: any) => void seen.push(`${e.eventType}:${e.ids[0]}`));
      box.onSelectionChanged.add(async (e: any) => void seen.push(e.eventType));
      ctx.document.contentControls
        .getByTag("name")
        .getFirst()
        .onDeleted.add(async (e: any) => void seen.push(`${e.eventType}:${e.ids[0]}`));
      await ctx.sync();
    });
    h.user.typeInControl("box", "hallo");
    expect(seen).toEqual([]); // delivered after a microtask
    await Promise.resolve();
    h.user.selectControl("box");
    h.user.deleteControl("name");
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([
      "ContentControlDataChanged:101",
      "ContentControlSelectionChanged",
      "ContentControlDeleted:106",
    ]);
  });

  test("handlers receive a usable contentControl proxy; remove() unregisters", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await docWithControls() });
    const texts: string[] = [];
    let reg: any;
    await h.Word.run(async (ctx) => {
      reg = ctx.document.contentControls
        .getByTag("box")
        .getFirst()
        .onDataChanged.add(async (e: any) => {
          e.contentControl.load("text");
          await e.contentControl.context.sync();
          texts.push(e.contentControl.text);
        });
      await ctx.sync();
    });
    h.user.typeInControl("box", "een");
    await new Promise((r) => setTimeout(r, 0));
    await h.Word.run(reg.context, async (ctx: any) => {
      reg.remove();
      await ctx.sync();
    });
    h.user.typeInControl("box", "twee");
    await new Promise((r) => setTimeout(r, 0));
    expect(texts).toEqual(["een"]);
  });
});
