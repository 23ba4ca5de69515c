// The conversion planned on plain data (no emulator): every branch of convertLoaded.
import { planConversion, type ConvertInput, type ConvertOp } from "../../../src/domain/plans/convert-plan";
import { CONVERT_REFUSED } from "../../../src/domain/text/convert";
import {
  allFields,
  compareVersions,
  findField,
  mapDocument,
  parseDataPart,
  TEMPLATE,
  TEMPLATE_VERSIONS,
  toTableRow,
  type DocSnapshot,
} from "../../../src/domain";
import { PH, snapshotOfFile } from "./plan-fixtures";

const NOW = new Date("2020-09-01T10:00:00Z");

/** A repeatable random per plan, so two plans of the same input can be compared. */
function seeded(): () => number {
  let n = 0;
  return () => ((n++ % 89) + 0.5) / 89;
}

let plain: DocSnapshot;
let filled: DocSnapshot;
beforeAll(async () => {
  plain = await snapshotOfFile("assets/handreiking-regie.docx");
  filled = await snapshotOfFile("test/fixtures/handreiking-ingevuld.docx");
});

const input = (snapshot: DocSnapshot, over: Partial<ConvertInput> = {}): ConvertInput => ({
  snapshot,
  signer: PH,
  now: NOW,
  random: seeded(),
  placeholders: true,
  key: null,
  ...over,
});

async function planned(snapshot: DocSnapshot, over: Partial<ConvertInput> = {}) {
  const plan = await planConversion(input(snapshot, over));
  if (!plan.ok) throw new Error("not converted");
  return plan;
}

const ofKind = <K extends ConvertOp["op"]>(ops: ConvertOp[], op: K) =>
  ops.filter((o): o is Extract<ConvertOp, { op: K }> => o.op === op);

describe("planConversion", () => {
  test("a document that is not the plain handreiking is refused, with a code the pane words", async () => {
    const letter = { paragraphs: [{ text: "Geachte mevrouw,", tableNestingLevel: 0 }], tables: [] };
    expect(await planConversion(input(letter))).toEqual({ ok: false, code: "notHandreiking" });
    expect(await planConversion(input({ paragraphs: [], tables: [] }))).toEqual({ ok: false, code: "notHandreiking" });
    expect(CONVERT_REFUSED.notHandreiking).toBe(
      "Dit document is niet (meer) de Handreiking Regie; er is niets omgezet.",
    );
  });

  test("static paragraphs first, then each table in order; the log row last", async () => {
    const plan = await planned(plain);
    const map = mapDocument(plain);
    const paragraphs = ofKind(plan.ops, "lockParagraph").map((o) => o.paragraph);
    expect(paragraphs).toEqual(map.staticParagraphs);
    expect(plan.ops.slice(0, paragraphs.length).every((o) => o.op === "lockParagraph")).toBe(true);
    const tables = plan.ops.flatMap((o) => ("table" in o ? [o.table] : []));
    expect(tables).toEqual([...tables].sort((a, b) => a - b));
    expect(plan.ops.at(-1)?.op).toBe("log");
    expect(plan.map).toEqual(map);
  });

  test("every simple box: a locked label and a box keyed, titled and hinted from the template", async () => {
    const plan = await planned(plain);
    const boxes = ofKind(plan.ops, "box");
    const simple = allFields().filter((l) => l.field.kind !== "rows");
    for (const { field } of simple) {
      const box = boxes.find((b) => b.key === field.id);
      expect(box).toMatchObject({ column: 1, title: field.label, hint: field.hint ?? undefined });
      expect(plan.ops).toContainEqual({ op: "label", table: box!.table, row: box!.row, column: 0 });
    }
    // Word on the web cannot set placeholders: no hint then
    const web = await planned(plain, { placeholders: false });
    expect(
      ofKind(web.ops, "box")
        .filter((b) => !b.key.includes("."))
        .every((b) => b.hint === null),
    ).toBe(true);
  });

  test("a table of rows: its header cells locked, each data row's cells boxes under a new row key, in order", async () => {
    const plan = await planned(plain);
    const map = mapDocument(plain);
    for (const t of map.tables) {
      if (t.kind !== "rows") continue;
      const field = findField(t.fieldId)!.field;
      const labels = ofKind(plan.ops, "label").filter((o) => o.table === t.tableIndex);
      expect(labels.map((o) => [o.row, o.column])).toEqual(field.columns!.map((_, c) => [0, c]));
      const keys = plan.data.rowOrder[t.fieldId]!;
      expect(keys).toHaveLength(t.dataRows.length);
      const boxes = ofKind(plan.ops, "box").filter((o) => o.table === t.tableIndex);
      expect(boxes.map((b) => b.key)).toEqual(
        keys.flatMap((k) => field.columns!.map((c) => `${t.fieldId}.${k}.${c.id}`)),
      );
      expect(boxes[0]).toMatchObject({
        row: 1,
        column: 0,
        hint: "",
        title: `${field.label}: ${field.columns![0]!.label}`,
      });
    }
  });

  test("an empty plain document: nothing kept, every box attributed empty, one entry in the data part", async () => {
    const plan = await planned(plain);
    expect(plan.keptBoxes).toBe(0);
    expect(Object.values(plan.data.lastAttributed).every((t) => t === "")).toBe(true);
    expect(plan.data.changeLog).toHaveLength(1);
    expect(plan.data.changeLog[0]).toMatchObject({ kind: "created", initials: "PH", day: "20200901" });
    expect(plan.data.changeLog[0]!.description).toBe(`Omgezet naar formulier (sjabloon ${TEMPLATE.version}).`);
    expect(plan.data.changeLog[0]!.hash).toBeDefined();
    const parsed = parseDataPart(plan.xml);
    expect(parsed.ok && parsed.data).toEqual(plan.data);
  });

  test("the first log row goes into the plain document's one empty row", async () => {
    const plan = await planned(plain);
    const log = ofKind(plan.ops, "log")[0]!;
    expect(log).toEqual({
      op: "log",
      table: mapDocument(plain).tables.find((t) => t.kind === "log")!.tableIndex,
      row: toTableRow(plan.data.changeLog[0]!),
      fillEmptyRow: true,
    });
  });

  test("a log table with rows already (or none empty): the first row is added at the end", async () => {
    const logIndex = mapDocument(plain).tables.find((t) => t.kind === "log")!.tableIndex;
    const grown = { ...plain, tables: plain.tables.map((t, i) => (i === logIndex ? [...t, t[1]!.map(() => "x")] : t)) };
    expect(ofKind((await planned(grown)).ops, "log")[0]!.fillEmptyRow).toBe(false);
    const written = {
      ...plain,
      tables: plain.tables.map((t, i) => (i === logIndex ? [t[0]!, t[1]!.map(() => "x")] : t)),
    };
    expect(ofKind((await planned(written)).ops, "log")[0]!.fillEmptyRow).toBe(false);
  });

  test("the log table removed by hand: a new title and table at the end", async () => {
    const logIndex = mapDocument(plain).tables.find((t) => t.kind === "log")!.tableIndex;
    const without = { ...plain, tables: plain.tables.filter((_, i) => i !== logIndex) };
    const plan = await planned(without);
    expect(plan.ops.at(-1)).toEqual({
      op: "newLog",
      title: TEMPLATE.changeLog.title,
      columns: TEMPLATE.changeLog.columns,
      row: toTableRow(plan.data.changeLog[0]!),
    });
    expect(ofKind(plan.ops, "log")).toEqual([]);
  });

  test("a table nobody expected is kept and locked", async () => {
    const extra = { ...plain, tables: [...plain.tables, [["Iets", "anders"]]] };
    const plan = await planned(extra);
    expect(ofKind(plan.ops, "lockTable")).toEqual([{ op: "lockTable", table: plain.tables.length }]);
  });

  test("the profile's name and organisation go into its empty box only, not counted as kept", async () => {
    const owner = { name: "Petra Hof", organisation: "Ambiq" };
    const plan = await planned(plain, { owner });
    const prefilled = ofKind(plan.ops, "box").filter((b) => b.text !== undefined);
    expect(prefilled.map((b) => [b.key, b.text])).toEqual([["beheerder", "Petra Hof (Ambiq)"]]);
    expect(plan.data.lastAttributed.beheerder).toBe("Petra Hof (Ambiq)");
    expect(plan.keptBoxes).toBe(0);
  });

  test("what was typed is kept and counted, also in rows", async () => {
    const map = mapDocument(filled);
    const typed =
      map.tables.flatMap((t) => (t.kind === "fields" ? t.rows.filter((r) => r.text.trim() !== "") : [])).length +
      map.tables.flatMap((t) => (t.kind === "rows" ? t.dataRows.flat().filter((c) => c.trim() !== "") : [])).length;
    expect(typed).toBeGreaterThan(1);
    const plan = await planned(filled, { owner: { name: "Iemand Anders", organisation: "Elders" } });
    expect(plan.keptBoxes).toBe(typed);
    expect(plan.data.changeLog[0]!.description).toContain(`${typed} al ingevulde vakken overgenomen.`);
    expect(plan.data.lastAttributed.initialen).toBe("ES");
  });

  test("a profile box already filled is kept, counted, and not overwritten by the profile", async () => {
    const fields = mapDocument(plain).tables.flatMap((t) => (t.kind === "fields" ? [t] : []));
    const table = fields.find((t) => t.rows.some((r) => r.fieldId === "beheerder"))!;
    const row = table.rows.find((r) => r.fieldId === "beheerder")!.row;
    const tables = plain.tables.map((t, i) =>
      i === table.tableIndex ? t.map((cells, r) => (r === row ? [cells[0]!, "Petra Hof (Ambiq)"] : cells)) : t,
    );
    const plan = await planned({ ...plain, tables }, { owner: { name: "Iemand Anders", organisation: "Elders" } });
    expect(ofKind(plan.ops, "box").find((b) => b.key === "beheerder")?.text).toBeUndefined();
    expect(plan.data.lastAttributed.beheerder).toBe("Petra Hof (Ambiq)");
    expect(plan.keptBoxes).toBe(1);
    expect(plan.data.changeLog[0]!.description).toContain("1 al ingevuld vak overgenomen.");
  });

  test("boxes the document lacks are counted in the entry", async () => {
    const map = mapDocument(plain);
    const fields = map.tables.find((t) => t.kind === "fields")!;
    const lacking = { ...plain, tables: plain.tables.map((t, i) => (i === fields.tableIndex ? t.slice(0, -1) : t)) };
    const plan = await planned(lacking);
    expect(plan.map.fieldsMissing.length).toBe(1);
    expect(plan.data.changeLog[0]!.description).toContain("1 vak niet gevonden in het document.");
  });

  test("where earlier content ended is recorded; the same seeded input plans the same conversion", async () => {
    const appendedAfter = { paragraphs: 3, tables: 0, controls: 0, fingerprint: "abc" };
    const plan = await planned(plain, { appendedAfter });
    expect(plan.data.appendedAfter).toEqual(appendedAfter);
    expect((await planned(plain)).data.appendedAfter).toBeUndefined();
    expect(await planned(plain)).toEqual(await planned(plain));
  });

  test("a given template is used as is; else the closest version the snapshot matches", async () => {
    const later = TEMPLATE_VERSIONS.find((t) => compareVersions(t.version, TEMPLATE.version) > 0)!;
    expect((await planned(plain, { template: later })).data.templateVersion).toBe(later.version);
    expect((await planned(plain)).data.templateVersion).toBe(TEMPLATE.version);
  });
});
