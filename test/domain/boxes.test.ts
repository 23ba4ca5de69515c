import fc from "fast-check";
import {
  boxKey,
  boxTag,
  listBoxes,
  newRowKey,
  parseBoxKey,
  parseBoxTag,
  isRowKey,
  TEMPLATE,
  emptyFormValues,
  BOX_KEY_SHAPE,
  isInRow,
  rowBoxKeys,
  rowPath,
  splitBoxKey,
} from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";

describe("row keys", () => {
  it("are 'r' + 6 base-36 characters, from injectable randomness", () => {
    expect(newRowKey(() => 0)).toBe("r000000");
    expect(newRowKey(() => 0.9999)).toBe("rzzzzzz");
    expect(isRowKey(newRowKey())).toBe(true);
  });

  it("avoid keys already taken", () => {
    let n = 0;
    const seq = () => (n++ < 6 ? 0 : 0.5);
    expect(newRowKey(seq, ["r000000"])).toBe("ri" + "iiiii");
  });

  it("property: always valid, even with odd random sources", () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 6, maxLength: 6 }), (nums) => {
        let i = 0;
        expect(isRowKey(newRowKey(() => nums[i++ % 6]!))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("box keys and tags", () => {
  it("a simple field's key is its id; a cell's key names field, row and column", () => {
    expect(boxKey({ fieldId: "gemeente" })).toBe("gemeente");
    expect(boxKey({ fieldId: "doelen", rowKey: "r1a2b3c", columnId: "termijn" })).toBe("doelen.r1a2b3c.termijn");
    expect(boxTag("gemeente")).toBe("hr:gemeente");
  });

  it("parses tags back, checked against the template", () => {
    expect(parseBoxTag("hr:gemeente")).toEqual({ fieldId: "gemeente" });
    expect(parseBoxTag("hr:doelen.r1a2b3c.termijn")).toEqual({
      fieldId: "doelen",
      rowKey: "r1a2b3c",
      columnId: "termijn",
    });
    for (const bad of [
      "gemeente",
      "hr:",
      "hr:onbekend",
      "hr:doelen",
      "hr:doelen.r1a2b3c",
      "hr:doelen.r1a2b3c.naam",
      "hr:doelen.xyz.doel",
      "hr:gemeente.r1a2b3c.doel",
      "hr:doelen.r1a2b3c.doel.x",
      "HR:gemeente",
    ]) {
      expect(parseBoxTag(bad)).toBeNull();
    }
  });

  it("property: tag of every listed box parses back to the same box", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^r[0-9a-z]{6}$/), { maxLength: 4 }), (keys) => {
        const values = { ...emptyFormValues(), afspraken: [...new Set(keys)].map((key) => ({ key, cells: {} })) };
        for (const box of listBoxes(TEMPLATE, values)) {
          const ref = parseBoxTag(box.tag);
          expect(ref).not.toBeNull();
          expect(boxKey(ref!)).toBe(box.key);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the key grammar without the template", () => {
  it("splits a key into field, row and column as written", () => {
    expect(splitBoxKey("gemeente")).toEqual({ fieldId: "gemeente" });
    expect(splitBoxKey("doelen.r1a2b3c.termijn")).toEqual({
      fieldId: "doelen",
      rowKey: "r1a2b3c",
      columnId: "termijn",
    });
    expect(splitBoxKey("onbekend.x")).toEqual({ fieldId: "onbekend", rowKey: "x" });
  });

  it("names a row, tells a row's cells, and lists them in column order", () => {
    expect(rowPath("doelen", "r1a2b3c")).toBe("doelen.r1a2b3c");
    expect(isInRow("doelen.r1a2b3c.doel", "doelen", "r1a2b3c")).toBe(true);
    expect(isInRow("doelen.r1a2b3cd.doel", "doelen", "r1a2b3c")).toBe(false);
    expect(isInRow("doelen", "doelen", "r1a2b3c")).toBe(false);
    expect(rowBoxKeys("doelen", "r1a2b3c", [{ id: "doel" }, { id: "termijn" }])).toEqual([
      "doelen.r1a2b3c.doel",
      "doelen.r1a2b3c.termijn",
    ]);
  });

  it("BOX_KEY_SHAPE accepts the shape of every key boxKey makes, and nothing else", () => {
    for (const good of ["gemeente", "doelen.r1a2b3c.termijn"]) expect(BOX_KEY_SHAPE.test(good)).toBe(true);
    for (const bad of [
      "",
      "Gemeente",
      "doelen.r1a2b3c",
      "doelen.R1A2B3C.doel",
      "doelen.r1a2b3c.doel.x",
      "doelen.r1a2b3.doel",
      "a b",
    ])
      expect(BOX_KEY_SHAPE.test(bad)).toBe(false);
  });

  it("property: a split cell key builds the same key again and lies in its own row", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/),
        fc.stringMatching(/^r[0-9a-z]{6}$/),
        fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/),
        (fieldId, rowKey, columnId) => {
          const key = boxKey({ fieldId, rowKey, columnId });
          expect(splitBoxKey(key)).toEqual({ fieldId, rowKey, columnId });
          expect(BOX_KEY_SHAPE.test(key)).toBe(true);
          expect(isInRow(key, fieldId, rowKey)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("listBoxes", () => {
  it("lists simple fields and one box per cell, in document order, with their document text", () => {
    const boxes = listBoxes(TEMPLATE, filledValues());
    const byKey = Object.fromEntries(boxes.map((b) => [b.key, b]));
    expect(boxes[0]).toMatchObject({
      key: "initialen",
      tag: "hr:initialen",
      stepId: "basis",
      kind: "text",
      text: "ES",
    });
    expect(byKey["datumMdo"]?.text).toBe("01-09-2020");
    expect(byKey["indicatie"]?.text).toBe("OB3b; OB4a");
    expect(byKey["regisseur"]?.text).toBe("Petra Hof (Ambiq)");
    expect(byKey["gezinAanwezig"]?.text).toBe("Ja");
    expect(byKey["betrokkenen.r000002.rol"]).toMatchObject({
      fieldId: "betrokkenen",
      rowKey: "r000002",
      columnId: "rol",
      label: "Rol in dit traject",
      text: "Regisseur",
      stepId: "stap2",
    });
    expect(boxes.filter((b) => b.fieldId === "betrokkenen")).toHaveLength(10);
    expect(boxes.some((b) => b.key === "betrokkenen")).toBe(false);
  });

  it("an empty form has only the simple boxes, all empty", () => {
    const boxes = listBoxes(TEMPLATE, emptyFormValues());
    expect(boxes.every((b) => b.text === "")).toBe(true);
    expect(boxes).toHaveLength(TEMPLATE.steps.flatMap((s) => s.fields).filter((f) => f.kind !== "rows").length);
    expect(parseBoxKey("doelen.r000000.doel")).toEqual({ fieldId: "doelen", rowKey: "r000000", columnId: "doel" });
  });
});
