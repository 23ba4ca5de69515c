import { rowsField, rowText, withRowsAdded, withRowsRemoved, type RowState } from "../../src/domain";

const columns = [{ id: "doel" }, { id: "termijn" }];
const state: RowState & { other: string } = {
  other: "blijft",
  lastAttributed: {
    gemeente: "Hengelo",
    "doelen.r000001.doel": "Naar school",
    "doelen.r000001.termijn": "juni",
    "doelen.r000002.doel": "Sport",
    "doelen.r000002.termijn": "",
  },
  rowOrder: { doelen: ["r000001", "r000002"], afspraken: ["r000009"] },
};

describe("rows as data", () => {
  it("knows a rows field and its columns, and nothing else", () => {
    expect(rowsField("doelen")?.columns.map((c) => c.id)).toEqual(["doel", "termijn"]);
    expect(rowsField("gemeente")).toBeNull();
    expect(rowsField("onbekend")).toBeNull();
  });

  it("a new row comes last, its boxes attributed as empty; the rest stays", () => {
    const next = withRowsAdded(state, "doelen", ["r000003"], columns);
    expect(next.rowOrder).toEqual({ doelen: ["r000001", "r000002", "r000003"], afspraken: ["r000009"] });
    expect(next.lastAttributed).toEqual({
      ...state.lastAttributed,
      "doelen.r000003.doel": "",
      "doelen.r000003.termijn": "",
    });
    expect(next.other).toBe("blijft");
    expect(state.rowOrder.doelen).toEqual(["r000001", "r000002"]); // not changed in place
  });

  it("a removed row leaves the order, its boxes are no longer attributed", () => {
    const next = withRowsRemoved(state, "doelen", ["r000001"], columns);
    expect(next.rowOrder).toEqual({ doelen: ["r000002"], afspraken: ["r000009"] });
    expect(next.lastAttributed).toEqual({
      gemeente: "Hengelo",
      "doelen.r000002.doel": "Sport",
      "doelen.r000002.termijn": "",
    });
    expect(Object.keys(state.lastAttributed)).toHaveLength(5);
  });

  it("a table without rows yet gets its first ones", () => {
    expect(withRowsAdded(state, "betrokkenen", ["r00000a"], [{ id: "naam" }]).rowOrder.betrokkenen).toEqual([
      "r00000a",
    ]);
  });

  it("a row's text is its boxes in column order, as the log keeps a removed row", () => {
    expect(rowText(state.lastAttributed, "doelen", "r000001", columns)).toBe("Naar school | juni");
    expect(rowText({}, "doelen", "r000001", columns)).toBe(" | ");
  });
});
