import { createWordHost } from "../index";
import { makeDocx, toBase64 } from "../fixtures";

describe("tables", () => {
  test("rowCount, values, rows/cells, getCell, cell.value, indexes, tableNestingLevel", async () => {
    const h = await createWordHost({
      profile: "desktop",
      docx: await makeDocx({
        paragraphs: ["Kop"],
        tables: [
          [
            ["Stap", "Wie"],
            ["1", "Jan"],
            ["2", "Piet"],
          ],
        ],
      }),
    });
    await h.Word.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst().load("rowCount,values,nestingLevel");
      const rows = t.rows.load("items/cellCount,items/rowIndex,items/values");
      const cell = t.getCell(2, 1).load("value,rowIndex,cellIndex");
      const cellParas = t.getCell(1, 0).body.paragraphs.load("text,tableNestingLevel");
      const inCell = ctx.document.body.paragraphs.load("tableNestingLevel");
      await ctx.sync();
      expect(t.rowCount).toBe(3);
      expect(t.values).toEqual([
        ["Stap", "Wie"],
        ["1", "Jan"],
        ["2", "Piet"],
      ]);
      expect(t.nestingLevel).toBe(1);
      expect(rows.items.map((r: any) => [r.rowIndex, r.cellCount])).toEqual([
        [0, 2],
        [1, 2],
        [2, 2],
      ]);
      expect(rows.items[1].values).toEqual([["1", "Jan"]]);
      expect(cell).toMatchObject({ value: "Piet", rowIndex: 2, cellIndex: 1 });
      expect(cellParas.items.map((p: any) => [p.text, p.tableNestingLevel])).toEqual([["1", 1]]);
      expect(inCell.items.map((p: any) => p.tableNestingLevel)).toEqual([0, 1, 1, 1, 1, 1, 1, 0]);
    });
  });

  test("row.getNext / getNextOrNullObject: the next row of the same table; after the last, ItemNotFound or a null object", async () => {
    const h = await createWordHost({
      profile: "office2019",
      docx: await makeDocx({ tables: [[["a"], ["b"], ["c"]]] }),
    });
    await h.Word.run(async (ctx) => {
      const first = ctx.document.body.tables.getFirst().getCell(0, 0).parentRow;
      const second = first.getNext().load("values,rowIndex");
      const third = second.getNext().load("values");
      const none = third.getNextOrNullObject().load("values");
      await ctx.sync();
      expect([second.values, second.rowIndex, third.values, none.isNullObject]).toEqual([[["b"]], 1, [["c"]], true]);
      third.getNext().load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("row.getNext steps into and out of a row-level content control", async () => {
    const h = await createWordHost({
      profile: "web",
      docx: await makeDocx({ tables: [[["a"], ["b"], ["c"], ["d"]]] }),
    });
    // rows b and c inside one row-level control: w:tbl > w:sdt > w:sdtContent > w:tr
    const tbl = h.engine.body.getElementsByTagName("w:tbl")[0]!;
    const rows = Array.from(tbl.getElementsByTagName("w:tr"));
    const doc = tbl.ownerDocument!;
    const sdt = doc.createElementNS(tbl.namespaceURI, "w:sdt");
    const content = doc.createElementNS(tbl.namespaceURI, "w:sdtContent");
    sdt.appendChild(content);
    tbl.insertBefore(sdt, rows[1]!);
    content.appendChild(rows[1]!);
    content.appendChild(rows[2]!);
    await h.Word.run(async (ctx) => {
      const table = ctx.document.body.tables.getFirst().load("values");
      const b = table.getCell(0, 0).parentRow.getNext();
      const c = b.getNext();
      const d = c.getNext();
      for (const r of [b, c, d]) r.load("values");
      await ctx.sync();
      expect(table.values).toEqual([["a"], ["b"], ["c"], ["d"]]);
      expect([b, c, d].map((r) => r.values[0]![0])).toEqual(["b", "c", "d"]);
    });
  });

  test("addRows / deleteRows / row.insertRows / cell.value= / cell.body writes / parentTableCell", async () => {
    const h = await createWordHost({
      profile: "web",
      docx: await makeDocx({
        tables: [
          [
            ["a", "b"],
            ["c", "d"],
          ],
        ],
      }),
    });
    await h.Word.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst();
      const added = t
        .addRows("End", 2, [
          ["e", "f"],
          ["g", "h"],
        ])
        .load("rowIndex");
      t.addRows("Start", 1, [["0", "0"]]);
      t.deleteRows(1, 1); // removes a/b
      t.rows.getFirst().insertRows("After", 1, [["x", "y"]]);
      const cell = t.getCell(0, 1);
      cell.value = "nul";
      const p = t.getCell(1, 0).body.insertParagraph("extra", "End");
      const parentCell = p.parentTableCellOrNullObject.load("rowIndex,cellIndex");
      const outside = ctx.document.body.paragraphs.getLast().parentTableCellOrNullObject.load("rowIndex");
      t.load("values");
      await ctx.sync();
      // loaded right after addRows: evaluated in queue order, before the later row operations
      expect(added.items.map((r: any) => r.rowIndex)).toEqual([2, 3]);
      expect(t.values).toEqual([
        ["0", "nul"],
        ["x\rextra", "y"],
        ["c", "d"],
        ["e", "f"],
        ["g", "h"],
      ]);
      expect(parentCell).toMatchObject({ rowIndex: 1, cellIndex: 0 });
      expect(outside.isNullObject).toBe(true);
    });
  });

  test("Body.insertTable writes a real w:tbl with grid and keeps a paragraph after it", async () => {
    const h = await createWordHost({ profile: "desktop" });
    await h.Word.run(async (ctx) => {
      const t = ctx.document.body
        .insertTable(2, 3, "End", [
          ["a", "b", "c"],
          ["d", "e", "f"],
        ])
        .load("values");
      await ctx.sync();
      expect(t.values[1]).toEqual(["d", "e", "f"]);
    });
    const xml = h.documentXml();
    expect(xml).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>){3}<\/w:tblGrid>/);
    expect(xml).toMatch(/<\/w:tbl><w:p\/><w:sectPr>/);
  });

  test("cell body content controls and locks inside cells", async () => {
    const h = await createWordHost({
      profile: "desktop",
      docx: await makeDocx({
        tables: [
          [
            ["Naam", ""],
            ["Datum", ""],
          ],
        ],
      }),
    });
    await h.Word.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst();
      const cc = t.getCell(0, 1).body.insertContentControl();
      cc.tag = "naam";
      const frozen = t.getCell(0, 0).body.insertContentControl();
      frozen.tag = "label";
      frozen.cannotEdit = true;
      await ctx.sync();
    });
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.body.tables.getFirst().getCell(0, 0).body.insertText("x", "End");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    h.user.typeInControl("naam", "Jan");
    expect(() => h.user.typeInControl("label", "x")).toThrow(/cannot be edited/);
    await h.Word.run(async (ctx) => {
      const t = ctx.document.body.tables.getFirst().load("values");
      await ctx.sync();
      expect(t.values).toEqual([
        ["Naam", "Jan"],
        ["Datum", ""],
      ]);
    });
  });
});

describe("search", () => {
  test("matchCase / matchWholeWord; results are ranges usable for insertContentControl", async () => {
    const h = await createWordHost({
      profile: "desktop",
      docx: await makeDocx({ paragraphs: ["De regie ligt bij Regie-team", "regiecentrum en regie"] }),
    });
    await h.Word.run(async (ctx) => {
      const any = ctx.document.body.search("regie").load("text");
      const cs = ctx.document.body.search("regie", { matchCase: true }).load("text");
      const whole = ctx.document.body.search("regie", { matchWholeWord: true, matchCase: true }).load("text");
      await ctx.sync();
      expect(any.items.length).toBe(4);
      expect(cs.items.length).toBe(3);
      expect(whole.items.length).toBe(2);
      const cc = whole.items[1].insertContentControl();
      cc.tag = "hit";
      const p = ctx.document.body.paragraphs.getLast().load("text");
      await ctx.sync();
      expect(p.text).toBe("regiecentrum en regie");
    });
    expect(h.documentXml()).toMatch(/<w:sdt><w:sdtPr><w:tag w:val="hit"\/>.*?<w:t xml:space="preserve">regie<\/w:t>/);
  });
});

describe("insertFileFromBase64", () => {
  test("merges paragraphs, tables and content controls (with styles) and renumbers clashing ids", async () => {
    const source = await makeDocx({
      body: [
        { p: "Ingevoegd", style: "Heading2" },
        { cc: { tag: "in", id: 7, content: ["veld"] } },
        { table: [["1", "2"]] },
      ],
      customXml: ['<x xmlns="urn:inserted"/>'],
    });
    const h = await createWordHost({
      profile: "web",
      docx: await makeDocx({ body: ["Bestaand", { cc: { tag: "own", id: 7, content: ["eigen"] } }] }),
    });
    await h.Word.run(async (ctx) => {
      const r = ctx.document.body.insertFileFromBase64(toBase64(source), "End");
      r.load("text");
      const ccs = ctx.document.contentControls.load("tag,id");
      const paras = ctx.document.body.paragraphs.load("text,styleBuiltIn");
      const parts = ctx.document.customXmlParts.getCount();
      await ctx.sync();
      expect(ccs.items.map((c: any) => c.tag)).toEqual(["own", "in"]);
      expect(new Set(ccs.items.map((c: any) => c.id)).size).toBe(2);
      expect(paras.items.map((p: any) => p.text)).toEqual(["Bestaand", "eigen", "Ingevoegd", "veld", "1", "2", ""]);
      expect(paras.items[2].styleBuiltIn).toBe("Heading2");
      expect(parts.value).toBe(0); // the inserted file's custom XML parts are not imported
    });
    await h.Word.run(async (ctx) => {
      ctx.document.body.insertFileFromBase64(toBase64(source), "Replace");
      const b = ctx.document.body.load("text");
      await ctx.sync();
      expect(b.text).toBe("Ingevoegd\rveld\r1\r2\r");
    });
  });

  test("Replace fails when the body holds a control that cannot be deleted", async () => {
    const source = await makeDocx({ paragraphs: ["nieuw"] });
    const h = await createWordHost({
      profile: "desktop",
      docx: await makeDocx({ body: [{ cc: { tag: "keep", lock: "sdtLocked", content: ["x"] } }] }),
    });
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.body.insertFileFromBase64(toBase64(source), "Replace");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
