// Rebuilding the controls of a form another program stripped, as a plan (no emulator). The same
// on real LibreOffice files: test/word/libreoffice-forms.test.ts.
import { createEntry, findField, TAG_LABEL, TAG_LOG, TAG_STATIC } from "../../../src/domain";
import { cellId } from "../../../src/domain/plans/cell-ops";
import {
  cellsToRead,
  planRestore,
  staticTextChangesOf,
  type RestoreSnapshot,
} from "../../../src/domain/plans/restore-plan";
import { repairNoteText } from "../../../src/domain/text/repair";
import { bodyOf, fieldCell, formData, mapOf, rowsTable, seeded, type Body } from "./bodies";

const PH = { initials: "PH", organisation: "Ambiq" };
const options = { placeholders: true, rebuilt: false, random: seeded(2) };

function restoreOf(
  body: Body,
  cellParagraphs: Record<string, string[]> = {},
  untaggedIds: number[] = [],
): RestoreSnapshot {
  const map = mapOf(body);
  return {
    staticTexts: map.staticParagraphs.map((i) => body.paragraphs[i]!.text),
    tableValues: body.tables,
    untaggedIds,
    cellParagraphs,
  };
}

describe("text outside the boxes", () => {
  test("as the template has it: no change", () => {
    const body = bodyOf();
    expect(staticTextChangesOf(mapOf(body), restoreOf(body))).toEqual([]);
  });

  test("a paragraph retyped and a label cell changed: both reported with before and after", () => {
    const body = bodyOf();
    const map = mapOf(body);
    const { table, row } = fieldCell(map, "hulpvraag");
    body.paragraphs[0] = { ...body.paragraphs[0]!, text: "Een andere titel" };
    body.tables[table]![row]![0] = "Iets anders";
    const changes = staticTextChangesOf(map, restoreOf(body));
    expect(changes).toContainEqual(expect.objectContaining({ after: "Een andere titel" }));
    expect(changes).toContainEqual({ before: findField("hulpvraag")!.field.label, after: "Iets anders" });
  });
});

test("the cells to read: every answer cell of the fields tables, every cell of each shown row", () => {
  const body = bodyOf(undefined, {}, { betrokkenen: 2 });
  const map = mapOf(body);
  const cells = cellsToRead(map);
  expect(cells).toContainEqual({ ...fieldCell(map, "hulpvraag"), col: 1 });
  const table = rowsTable(map, "betrokkenen");
  const columns = findField("betrokkenen")!.field.columns!.length;
  expect(cells.filter((c) => c.table === table)).toHaveLength(2 * columns);
});

describe("planRestore", () => {
  test("untagged controls unwrapped first; labels, log, statics locked; every answer cell a box; noted first", () => {
    const body = bodyOf();
    const map = mapOf(body);
    const data = formData({ hulpvraag: "Rust" });
    const plan = planRestore(map, restoreOf(body, {}, [7, 8]), data, options);
    expect(plan.operations.slice(0, 2)).toEqual([
      { op: "unwrap", controlId: 7 },
      { op: "unwrap", controlId: 8 },
    ]);
    const { table, row } = fieldCell(map, "hulpvraag");
    expect(plan.operations).toContainEqual({ op: "lockCell", table, row, col: 0, tag: TAG_LABEL });
    expect(plan.operations).toContainEqual({ op: "lockTable", table: body.tables.length - 1, tag: TAG_LOG });
    expect(plan.operations.filter((o) => o.op === "lockParagraph")).toHaveLength(map.staticParagraphs.length);
    expect(plan.operations).toContainEqual(expect.objectContaining({ op: "lockParagraph", tag: TAG_STATIC }));
    const field = findField("hulpvraag")!.field;
    expect(plan.operations).toContainEqual({
      op: "wrapBox",
      table,
      row,
      col: 1,
      key: "hulpvraag",
      title: field.label,
      hint: field.hint,
    });
    expect(plan.notes[0]).toEqual({ note: { code: "controlsRestored" } });
    expect(plan.data.lastAttributed.hulpvraag).toBe("Rust");
  });

  test("stamp lines at the end of a cell come out of the box and go back as stamp notes", () => {
    const body = bodyOf();
    const map = mapOf(body);
    const stamp = (description: string) => createEntry({ kind: "edit", description }, PH, new Date(), seeded(4));
    const log = [
      stamp("Gecorrigeerd, in het document gestempeld: PH 20200902, Ambiq"),
      stamp("Rij toegevoegd, in het document gestempeld: PH 20200903, Ambiq"),
    ];
    const data = {
      ...formData({ hulpvraag: "Rust", "betrokkenen.r000001.naam": "Moeder" }, { betrokkenen: ["r000001"] }),
      changeLog: log,
    };
    const cell = { ...fieldCell(map, "hulpvraag"), col: 1 };
    const first = { table: rowsTable(map, "betrokkenen"), row: 1, col: 0 };
    const cells = {
      [cellId(cell)]: ["Rust", "Gecorrigeerd: PH 20200902, Ambiq"],
      [cellId(first)]: ["Moeder", "Toegevoegd: PH 20200903, Ambiq"],
    };
    const plan = planRestore(map, restoreOf(body, cells), data, options);
    const here = plan.operations.filter(
      (o) => "table" in o && o.table === cell.table && "row" in o && o.row === cell.row && o.col === 1,
    );
    expect(here.map((o) => o.op)).toEqual(["deleteCellParagraph", "wrapBox", "stampLine"]);
    expect(here[0]).toMatchObject({ index: 1 });
    expect(here[2]).toMatchObject({ text: "Gecorrigeerd: PH 20200902, Ambiq", key: "hulpvraag" });
    // a row's "Toegevoegd" stamp belongs to the row, not to its first box
    expect(plan.operations).toContainEqual({
      op: "stampLine",
      ...first,
      text: "Toegevoegd: PH 20200903, Ambiq",
      key: "betrokkenen.r000001",
    });
  });

  test("a hint saved as text stays out of an empty box; when the data was lost the cells' texts are taken over", () => {
    const body = bodyOf();
    const map = mapOf(body);
    const field = findField("hulpvraag")!.field;
    const cell = { ...fieldCell(map, "hulpvraag"), col: 1 };
    const other = { ...fieldCell(map, "zorgen"), col: 1 };
    const read = restoreOf(body, { [cellId(cell)]: [field.hint ?? ""], [cellId(other)]: ["Veel", ""] });
    const kept = planRestore(map, read, formData(), options);
    expect(kept.operations).toContainEqual(expect.objectContaining({ op: "wrapBox", key: "hulpvraag", clear: true }));
    const rebuilt = planRestore(map, read, formData(), { ...options, rebuilt: true });
    expect(rebuilt.data.lastAttributed.hulpvraag).toBe("");
    expect(rebuilt.data.lastAttributed.zorgen).toBe("Veel");
  });

  test("rows removed in another program are noted with their text; rows added get keys and a note", () => {
    const columns = findField("betrokkenen")!.field.columns!;
    const data = formData(
      { "betrokkenen.r000001.naam": "Moeder", "betrokkenen.r000002.naam": "Vader" },
      { betrokkenen: ["r000001", "r000002"] },
    );
    const fewer = bodyOf(undefined, {}, { betrokkenen: 1 });
    const removed = planRestore(mapOf(fewer), restoreOf(fewer), data, options);
    expect(removed.notes).toContainEqual({
      note: { code: "rowRemoved", label: findField("betrokkenen")!.field.label },
      before: expect.stringContaining("Vader"),
    });
    expect(removed.data.rowOrder.betrokkenen).toEqual(["r000001"]);
    const more = bodyOf(undefined, {}, { betrokkenen: 3 });
    const added = planRestore(mapOf(more), restoreOf(more), data, options);
    expect(added.data.rowOrder.betrokkenen).toHaveLength(3);
    const betrokkenen = { code: "rowAdded", label: findField("betrokkenen")!.field.label };
    expect(added.notes.filter((n) => n.note.code === "rowAdded" && n.note.label === betrokkenen.label)).toHaveLength(1);
    const wraps = added.operations.filter(
      (o) => o.op === "wrapBox" && o.table === rowsTable(mapOf(more), "betrokkenen"),
    );
    expect(wraps).toHaveLength(3 * columns.length);
    expect(
      planRestore(mapOf(more), restoreOf(more), data, { ...options, rebuilt: true }).notes.filter(
        (n) => n.note.code === "rowAdded",
      ),
    ).toEqual([]);
  });

  test("the notes' wording", () => {
    expect(repairNoteText({ code: "staticChanged", change: "removed" })).toBe(
      "Tekst buiten de vakken verwijderd in een ander programma; de tekst is blijven staan en weer vergrendeld.",
    );
    expect(repairNoteText({ code: "controlsRestored" })).toMatch(/^Vakken en vergrendelingen hersteld/);
  });
});
