import { readFileSync } from "fs";
import path from "path";
import { mapDocument, normaliseLabel, type DocSnapshot } from "../../src/domain/template/document-map";
import { allFields, TEMPLATE } from "../../src/domain/template";
import { readDocx } from "../document/docx-content";
import { snapshotOf } from "./plans/plan-fixtures";

const root = path.resolve(__dirname, "../..");

async function mapFile(rel: string) {
  const content = await readDocx(readFileSync(path.join(root, rel)));
  return mapDocument(snapshotOf(content.body));
}

describe("mapDocument", () => {
  test("recognises the bundled plain handreiking: every step, every box, the log", async () => {
    const map = await mapFile("assets/handreiking-regie.docx");
    expect(map.kind).toBe("plain");
    expect(map.stepsFound).toEqual(TEMPLATE.steps.map((s) => s.id));
    expect(map.fieldsMissing).toEqual([]);
    expect(map.fieldsFound).toEqual(allFields().map((l) => l.field.id));
    expect(map.tables.filter((t) => t.kind === "log")).toHaveLength(1);
    expect(map.tables.some((t) => t.kind === "unknown")).toBe(false);
    const rows = map.tables.find((t) => t.kind === "rows" && t.fieldId === "betrokkenen");
    expect(rows).toMatchObject({ columns: ["naam", "organisatie", "functie", "rol", "bereikbaarheid"] });
  });

  test("keeps what a professional already typed, also after a LibreOffice re-save", async () => {
    for (const file of ["test/fixtures/handreiking-ingevuld.docx", "test/fixtures/handreiking-libreoffice.docx"]) {
      const map = await mapFile(file);
      expect(map.kind).toBe("plain");
      expect(map.fieldsMissing).toEqual([]);
      const initials = map.tables
        .flatMap((t) => (t.kind === "fields" ? t.rows : []))
        .find((r) => r.fieldId === "initialen");
      expect(initials?.text).toBe("ES");
      const people = map.tables.find((t) => t.kind === "rows" && t.fieldId === "betrokkenen");
      expect(people?.kind === "rows" && people.dataRows.filter((r) => r.some((c) => c !== "")).length).toBe(2);
    }
  });

  test("tolerates numbering, case and spacing in labels and headings", () => {
    const snapshot: DocSnapshot = {
      paragraphs: TEMPLATE.steps.map((s, i) => ({ text: `${i}.  ${s.title.toUpperCase()}`, tableNestingLevel: 0 })),
      tables: [
        allFields()
          .filter((l) => l.field.kind !== "rows")
          .map((l) => [`  ${l.field.label.toUpperCase()} : `, ""]),
      ],
    };
    const map = mapDocument(snapshot);
    expect(map.stepsFound).toHaveLength(TEMPLATE.steps.length);
    expect(map.kind).toBe("plain");
    expect(map.fieldsMissing).toEqual(["betrokkenen", "doelen", "afspraken"]);
  });

  test("an empty document and an unrelated letter are told apart", () => {
    expect(mapDocument({ paragraphs: [{ text: "", tableNestingLevel: 0 }], tables: [] }).kind).toBe("empty");
    const letter = mapDocument({
      paragraphs: [
        { text: "Geachte heer, mevrouw,", tableNestingLevel: 0 },
        { text: "Stap 1 is gezet.", tableNestingLevel: 0 },
      ],
      tables: [[["Naam", "Datum"]]],
    });
    expect(letter.kind).toBe("other");
  });

  test("normaliseLabel folds dashes, spaces, numbering and trailing colons", () => {
    expect(normaliseLabel("2.\u00a0Stap 1 \u2013 Hulpvraag :")).toBe("stap 1 - hulpvraag");
  });
});
