import { readFileSync } from "node:fs";
import path from "node:path";
import {
  CHANGE_LOG_NOTE,
  MIN_EMPTY_ROWS,
  RULES_HEADING,
  STYLE,
  buildPlainHandreiking,
  choicesLine,
  partHeading,
  syntheticTemplate,
} from "../../src/document";
import { TEMPLATE, loadTemplate, type FieldDef, type TemplateDef } from "../../src/domain/template";
import { FILLED_EXAMPLE } from "handreiking-fixtures/filled-example";
import { describeBody, paragraphs, readDocx, tables, type BodyItem, type TableContent } from "./docx-content";

const ROOT = path.resolve(__dirname, "../..");
const ASSET = path.join(ROOT, "assets", "handreiking-regie.docx");
const FILLED_FIXTURE = path.join(ROOT, "test", "fixtures", "handreiking-ingevuld.docx");
const LO_FIXTURE = path.join(ROOT, "test", "fixtures", "handreiking-libreoffice.docx");
const REGENERATE = "Run `npm run template` to regenerate the committed documents.";

async function bodyOf(
  template: TemplateDef,
  options?: Parameters<typeof buildPlainHandreiking>[1],
): Promise<BodyItem[]> {
  return (await readDocx(await buildPlainHandreiking(template, options))).body;
}

/** The table of boxes holding `field` (label in the first cell of a row), and that row. */
function boxRow(
  body: BodyItem[],
  label: string,
): { table: TableContent; cells: TableContent["rows"][number]["cells"] } | undefined {
  for (const table of tables(body)) {
    for (const row of table.rows) {
      if (row.cells.length === 2 && row.cells[0].paragraphs[0]?.text === label) return { table, cells: row.cells };
    }
  }
  return undefined;
}

/** The table right after the "Tabeltitel" paragraph `label`. */
function rowsTable(body: BodyItem[], label: string): TableContent | undefined {
  const i = body.findIndex((b) => b.type === "p" && b.style === STYLE.rowsTitle && b.text === label);
  const next = body[i + 1];
  return i >= 0 && next?.type === "table" ? next : undefined;
}

describe("plain handreiking: content matches the definition", () => {
  let body: BodyItem[];
  let zipXml: Record<string, string>;
  let documentXml: string;

  beforeAll(async () => {
    const content = await readDocx(await buildPlainHandreiking(TEMPLATE));
    body = content.body;
    documentXml = content.documentXml;
    zipXml = {};
    for (const name of Object.keys(content.zip.files).filter((n) => n.endsWith(".xml"))) {
      zipXml[name] = await content.zip.file(name)!.async("string");
    }
  });

  it("starts with the title, the introduction and the numbered rules of use", () => {
    const ps = paragraphs(body);
    expect(ps[0]).toMatchObject({ style: STYLE.title, text: TEMPLATE.title });
    expect(ps.slice(1, 1 + TEMPLATE.introduction.length).map((p) => p.text)).toEqual(TEMPLATE.introduction);
    const rulesAt = ps.findIndex((p) => p.text === RULES_HEADING);
    expect(ps[rulesAt].style).toBe(STYLE.heading2);
    const rules = ps.slice(rulesAt + 1, rulesAt + 1 + TEMPLATE.rulesOfUse.length);
    expect(rules.map((p) => p.text)).toEqual(TEMPLATE.rulesOfUse);
    expect(rules.every((p) => p.numbered && p.style === STYLE.rule)).toBe(true);
  });

  it("has every part heading (Heading 1) in order, each followed by its guidance", () => {
    const headings = paragraphs(body).filter((p) => p.style === STYLE.heading1);
    expect(headings.map((h) => h.text)).toEqual([...TEMPLATE.steps.map(partHeading), TEMPLATE.changeLog.title]);
    expect(headings[0].text).toBe("Basisgegevens");
    expect(headings[1].text).toBe("Stap 1 – Hulpvraag en situatie");
    for (const step of TEMPLATE.steps) {
      const at = body.findIndex((b) => b.type === "p" && b.style === STYLE.heading1 && b.text === partHeading(step));
      expect(body[at + 1]).toMatchObject({ type: "p", style: STYLE.guidance, text: step.guidance });
    }
  });

  it("has every box: the label as the first paragraph of a label cell, an empty answer cell", () => {
    for (const step of TEMPLATE.steps) {
      for (const field of step.fields.filter((f) => f.kind !== "rows")) {
        const row = boxRow(body, field.label);
        expect(row).toBeDefined();
        expect(row!.cells[0].paragraphs[0].style).toBe(STYLE.label);
        const choices = choicesLine(field);
        expect(row!.cells[0].paragraphs.slice(1).map((p) => p.text)).toEqual(choices ? [choices] : []);
        expect(row!.cells[1].paragraphs).toHaveLength(1);
        expect(row!.cells[1].text).toBe("");
      }
    }
    expect(boxRow(body, "Gemeente")!.cells[0].paragraphs[1].text).toContain("Hengelo");
  });

  it("puts consecutive boxes of a step in one table and keeps tables apart", () => {
    const basis = TEMPLATE.steps[0];
    const table = boxRow(body, basis.fields[0].label)!.table;
    expect(table.rows.map((r) => r.cells[0].paragraphs[0].text)).toEqual(basis.fields.map((f) => f.label));
    body.forEach((item, i) => {
      if (item.type === "table") expect(body[i + 1]?.type).toBe("p");
    });
  });

  it("has rows tables with a repeating header row of the column labels and empty rows", () => {
    const rowsFields: FieldDef[] = TEMPLATE.steps.flatMap((s) => s.fields.filter((f) => f.kind === "rows"));
    expect(rowsFields.map((f) => f.id)).toEqual(["betrokkenen", "doelen", "afspraken"]);
    for (const field of rowsFields) {
      const table = rowsTable(body, field.label);
      expect(table).toBeDefined();
      const [header, ...data] = table!.rows;
      expect(header.header).toBe(true);
      expect(header.cells.map((c) => c.text)).toEqual(field.columns!.map((c) => c.label));
      expect(data).toHaveLength(Math.max(field.minRows ?? 0, MIN_EMPTY_ROWS));
      for (const row of data) {
        expect(row.header).toBe(false);
        expect(row.cells.map((c) => c.text)).toEqual(field.columns!.map(() => ""));
      }
    }
  });

  it("ends with the change log: heading, note, a 5-column header row and one empty data row", () => {
    const at = body.findIndex((b) => b.type === "p" && b.text === TEMPLATE.changeLog.title);
    expect(body[at]).toMatchObject({ style: STYLE.heading1 });
    expect(body[at + 1]).toMatchObject({ type: "p", style: STYLE.guidance, text: CHANGE_LOG_NOTE });
    const log = body[at + 2] as TableContent;
    expect(log.type).toBe("table");
    expect(log.rows).toHaveLength(2);
    expect(log.rows[0].header).toBe(true);
    expect(log.rows[1].header).toBe(false);
    expect(log.rows[1].cells.map((c) => c.text)).toEqual(["", "", "", "", ""]);
    expect(log.rows[0].cells.map((c) => c.text)).toEqual([
      "Datum",
      "Initialen",
      "Organisatie",
      "Onderdeel",
      "Wijziging",
    ]);
    expect(body.slice(at + 3)).toEqual([{ type: "p", style: STYLE.spacer, text: "", numbered: false }]);
  });

  it("gives the log's header cells room for one line each (Initialen did not fit at 2 cm)", () => {
    const grids = [...documentXml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])),
    );
    const log = grids.at(-1)!;
    // Arial Bold 10.5 pt, ×1.25 for a wider substitute font, plus 2 × 100 twips cell margin
    const needed = { Initialen: 3779, Organisatie: 5502 };
    expect(log).toHaveLength(5);
    expect(log[1]).toBeGreaterThanOrEqual(Math.ceil((needed.Initialen * 10.5 * 20 * 1.25) / 1000) + 200);
    expect(log[2]).toBeGreaterThanOrEqual(Math.ceil((needed.Organisatie * 10.5 * 20 * 1.25) / 1000) + 200);
  });

  it("has no content controls anywhere, an A4 page and a title without a person's name", () => {
    for (const [name, xml] of Object.entries(zipXml))
      expect({ name, sdt: xml.includes("<w:sdt") }).toEqual({ name, sdt: false });
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const core = zipXml["docProps/core.xml"];
    expect(core).toContain(`<dc:title>${TEMPLATE.title}</dc:title>`);
    expect(core).toContain("<dc:creator>Handreiking Regie</dc:creator>");
    expect(core).toContain("2021-01-01T00:00:00Z");
  });

  it("is deterministic", async () => {
    const a = await readDocx(await buildPlainHandreiking(TEMPLATE));
    const b = await readDocx(await buildPlainHandreiking(TEMPLATE));
    expect(b.documentXml).toBe(a.documentXml);
    expect(await b.zip.file("docProps/core.xml")!.async("string")).toBe(
      await a.zip.file("docProps/core.xml")!.async("string"),
    );
  });
});

describe("committed documents match the definition", () => {
  it("assets/handreiking-regie.docx has the content the definition produces", async () => {
    const committed = describeBody((await readDocx(readFileSync(ASSET))).body);
    const fresh = describeBody(await bodyOf(TEMPLATE));
    expect({ committed, hint: REGENERATE }).toEqual({ committed: fresh, hint: REGENERATE });
  });

  it("the comparison notices a changed label (so a changed definition fails the test above)", async () => {
    const changed = structuredClone(TEMPLATE);
    changed.steps[1].fields[0].label = "Wat is de vraag?";
    const committed = describeBody((await readDocx(readFileSync(ASSET))).body);
    const fresh = describeBody(await bodyOf(loadTemplate(changed)));
    expect(fresh).not.toEqual(committed);
    const diff = fresh.filter((line, i) => line !== committed[i]);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toContain("Wat is de vraag?");
  });

  it("test/fixtures/handreiking-ingevuld.docx has the content the definition and the example produce", async () => {
    const committed = describeBody((await readDocx(readFileSync(FILLED_FIXTURE))).body);
    const fresh = describeBody(await bodyOf(TEMPLATE, { filled: FILLED_EXAMPLE }));
    expect({ committed, hint: REGENERATE }).toEqual({ committed: fresh, hint: REGENERATE });
  });

  it("test/fixtures/handreiking-libreoffice.docx (re-saved by LibreOffice) still has the headings, labels and typed text", async () => {
    const { body, documentXml } = await readDocx(readFileSync(LO_FIXTURE));
    const texts = paragraphs(body).map((p) => p.text);
    for (const step of TEMPLATE.steps) expect(texts).toContain(partHeading(step));
    expect(boxRow(body, "Initialen jeugdige")!.cells[1].text).toBe("ES");
    expect(boxRow(body, "Gemeente")!.cells[1].text).toBe("Hengelo");
    expect(rowsTable(body, "Betrokkenen")!.rows[2].cells[1].text).toBe("Wijkteam Hengelo");
    expect(documentXml).not.toContain("<w:sdt");
  });
});

describe("filled variant", () => {
  let body: BodyItem[];
  beforeAll(async () => {
    body = await bodyOf(TEMPLATE, { filled: FILLED_EXAMPLE });
  });

  it("has the typed text in the right answer cells", () => {
    expect(boxRow(body, "Initialen jeugdige")!.cells[1].text).toBe("ES");
    expect(boxRow(body, "Gemeente")!.cells[1].text).toBe("Hengelo");
    expect(boxRow(body, "Wat is de hulpvraag van de jeugdige en het gezin?")!.cells[1].text).toBe(
      FILLED_EXAMPLE.hulpvraag,
    );
    // "\n" in a value becomes two paragraphs
    const gaatGoed = boxRow(body, "Wat gaat goed?")!.cells[1];
    expect(gaatGoed.paragraphs).toHaveLength(2);
    expect(gaatGoed.text).toBe(FILLED_EXAMPLE.gaatGoed);
    // boxes not filled stay empty
    expect(boxRow(body, "Wat zijn de zorgen?")!.cells[1].text).toBe("");
    expect(boxRow(body, "Evaluatiedatum")!.cells[1].text).toBe("");
  });

  it("has the typed rows, padded with empty rows", () => {
    const betrokkenen = rowsTable(body, "Betrokkenen")!;
    expect(betrokkenen.rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual([
      ...(FILLED_EXAMPLE.betrokkenen as string[][]),
      ["", "", "", "", ""],
    ]);
    const doelen = rowsTable(body, "Doelen")!;
    expect(doelen.rows[1].cells.map((c) => c.text)).toEqual((FILLED_EXAMPLE.doelen as string[][])[0]);
    expect(doelen.rows).toHaveLength(1 + MIN_EMPTY_ROWS);
  });

  it("grows a rows table when more rows are typed than it has", async () => {
    const many = Array.from({ length: 5 }, (_, i) => [`Doel ${i + 1}`, "Binnen een maand"]);
    const doelen = rowsTable(await bodyOf(TEMPLATE, { filled: { doelen: many } }), "Doelen")!;
    expect(doelen.rows.slice(1).map((r) => r.cells[0].text)).toEqual(many.map((r) => r[0]));
  });

  it("can start with change-log rows", async () => {
    const rows = [["20200902", "PH", "Ambiq", "Stap 5 – Afspraken: wie doet wat", "Wisseling van behandelaar"]];
    const b = await bodyOf(TEMPLATE, { changeLogRows: rows });
    const log = tables(b).at(-1)!;
    expect(log.rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual(rows);
  });
});

describe("any valid template", () => {
  it.each([10, 100, 1000])("syntheticTemplate(%i) is valid and builds with every box", async (n) => {
    const template = syntheticTemplate(n);
    expect(loadTemplate(template)).toEqual(template);
    expect(template.steps.flatMap((s) => s.fields)).toHaveLength(n);
    // How long this takes is measured by `npm run bench` (conversion at 10/100/1,000 boxes), not here.
    const body = await bodyOf(template);
    const labels = tables(body).flatMap((t) =>
      t.rows.filter((r) => r.cells.length === 2).map((r) => r.cells[0].paragraphs[0].text),
    );
    expect(labels).toEqual(template.steps.flatMap((s) => s.fields.map((f) => f.label)));
  });

  it("rejects a box count that is not a positive integer", () => {
    expect(() => syntheticTemplate(0)).toThrow();
    expect(() => syntheticTemplate(2.5)).toThrow();
  });
});
