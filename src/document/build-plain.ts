// Builds the plain handreiking as the region hands it out: headings, guidance and boxes (table
// cells), without content controls. Pure TypeScript on `docx`: runs in Node and in the browser.
//
// Layout (the Word layer recognises the document by these headings, styles and labels):
//   Title (style "Title")                      template.title
//   Normal paragraphs                          template.introduction
//   Heading 2 "Gebruiksregels"                 RULES_HEADING
//   "ListParagraph", numbered 1., 2., …        template.rulesOfUse
//   per step:
//     Heading 1                                partHeading(step): "Basisgegevens", "Stap 1 – Hulpvraag en situatie", …
//     "Toelichting"                            step.guidance
//     consecutive non-rows fields → one 2-column table, one row per field:
//        cell 1: "Vaklabel" paragraph = field label [+ "Vakkeuzes" paragraph "Keuze: …" for choice/yes-no fields]
//        cell 2: the answer ("Vaktekst" paragraphs; one empty paragraph when empty)
//     a rows field → "Tabeltitel" paragraph = field label, then a table: header row (column labels,
//        repeating header) + max(minRows, 3) rows (more when filled with more)
//     every table is followed by an empty "Tabelafstand" paragraph, so adjacent tables never merge
//   Heading 1 template.changeLog.title (page break before), "Toelichting" CHANGE_LOG_NOTE, a table with the 5 column
//   headers as its (repeating) header row and one empty data row (or options.changeLogRows), then one
//   empty "Tabelafstand" paragraph (the body never ends with a table). Footer: title · pagina X van Y.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Footer,
  HeightRule,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions,
} from "docx";
import type { FieldDef, StepDef, TemplateDef } from "../domain/template";
import { escapeXmlMarkup } from "../domain/data-part/xml-text";

import { CHANGE_LOG_NOTE, RULES_HEADING, choicesLine, partHeading } from "../domain/template/static-text";
import { FIELD_KIND_TRAITS } from "../domain/template/field-kinds";
import { FOOTER, GENERATOR_NAME } from "../domain/text/plain-template";
export { CHANGE_LOG_NOTE, RULES_HEADING, choicesLine, partHeading };
/** Paragraph style ids written by the generator. */
export const STYLE = {
  title: "Title",
  heading1: "Heading1",
  heading2: "Heading2",
  rule: "ListParagraph",
  guidance: "Toelichting",
  label: "Vaklabel",
  choices: "Vakkeuzes",
  answer: "Vaktekst",
  rowsTitle: "Tabeltitel",
  tableHeader: "Tabelkop",
  spacer: "Tabelafstand",
  footer: "Footer",
} as const;
/** Empty rows a rows table gets at least (more when the field's minRows is higher). */
export const MIN_EMPTY_ROWS = 3;
/** Fixed core-properties date, so generating twice gives the same document. */
export const DEFAULT_DOCUMENT_DATE = "2021-01-01T00:00:00Z";

export type FilledValue = string | string[][];

export interface BuildPlainOptions {
  /** Text already typed into boxes, by field id: a string for a box ("\n" starts a new paragraph), rows for a rows
   * field. */
  filled?: Record<string, FilledValue>;
  /** Rows already in the change log (5 cells each). Default: none. */
  changeLogRows?: string[][];
  /** Core properties created/modified date (W3CDTF). Default DEFAULT_DOCUMENT_DATE. */
  documentDate?: string;
}

/** The small grey line under a label, or undefined ("Keuze: Almelo, Borne, …"). */
/** Number of data rows the rows table of `field` gets. */
export function rowsTableRowCount(field: FieldDef, filledRows = 0): number {
  return Math.max(field.minRows ?? 0, MIN_EMPTY_ROWS, filledRows);
}

// ---- layout constants (twips) ----
const PAGE_WIDTH = 11906; // A4
const PAGE_HEIGHT = 16838;
const MARGIN_SIDE = 1134; // 2 cm
const MARGIN_TOP = 1247; // 2.2 cm
const MARGIN_BOTTOM = 1247;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE; // 9638
const LABEL_WIDTH = Math.round(TEXT_WIDTH * 0.38);
const ANSWER_WIDTH = TEXT_WIDTH - LABEL_WIDTH;

const FONT = "Arial";
const COLOR_HEADING = "1F4E79";
const COLOR_SUBTLE = "595959";
const COLOR_BORDER = "7F96AD";
const FILL_LABEL = "EAF0F6";
const FILL_HEADER = "D5E1EC";

const border = { style: BorderStyle.SINGLE, size: 6, color: COLOR_BORDER };
const TABLE_BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};
const CELL_MARGINS = { top: 57, bottom: 57, left: 100, right: 100 };

const RULES_NUMBERING = "gebruiksregels";

function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    {
      id: STYLE.guidance,
      name: STYLE.guidance,
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { italics: true, color: COLOR_SUBTLE },
      paragraph: { spacing: { before: 0, after: 120 } },
    },
    {
      id: STYLE.label,
      name: STYLE.label,
      basedOn: "Normal",
      next: STYLE.label,
      quickFormat: true,
      run: { bold: true },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      id: STYLE.choices,
      name: STYLE.choices,
      basedOn: "Normal",
      next: STYLE.choices,
      run: { size: 16, color: COLOR_SUBTLE },
      paragraph: { spacing: { before: 40, after: 0 } },
    },
    {
      id: STYLE.answer,
      name: STYLE.answer,
      basedOn: "Normal",
      next: STYLE.answer,
      quickFormat: true,
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      id: STYLE.rowsTitle,
      name: STYLE.rowsTitle,
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { bold: true },
      paragraph: { spacing: { before: 60, after: 60 }, keepNext: true },
    },
    {
      id: STYLE.tableHeader,
      name: STYLE.tableHeader,
      basedOn: "Normal",
      next: STYLE.tableHeader,
      run: { bold: true },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      id: STYLE.footer,
      name: "footer",
      basedOn: "Normal",
      run: { size: 16, color: COLOR_SUBTLE },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      id: STYLE.spacer,
      name: STYLE.spacer,
      basedOn: "Normal",
      next: "Normal",
      run: { size: 12 },
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
    },
  ];
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

function textParagraphs(text: string | undefined, style: string): Paragraph[] {
  if (text === undefined || text === "") return [new Paragraph({ style })];
  return splitLines(text).map((line) => new Paragraph({ style, children: line ? [new TextRun(line)] : [] }));
}

function fieldsTable(fields: FieldDef[], filled: Record<string, FilledValue>): Table {
  const rows = fields.map((field) => {
    const value = filled[field.id];
    const answer =
      typeof value === "string" ? value : Array.isArray(value) ? value.map((r) => r.join(" ")).join("\n") : undefined;
    const choices = choicesLine(field);
    const labelChildren = [new Paragraph({ style: STYLE.label, children: [new TextRun(field.label)] })];
    if (choices) labelChildren.push(new Paragraph({ style: STYLE.choices, children: [new TextRun(choices)] }));
    return new TableRow({
      cantSplit: true,
      height: FIELD_KIND_TRAITS[field.kind].multiLine ? { value: 1134, rule: HeightRule.ATLEAST } : undefined,
      children: [
        new TableCell({
          width: { size: LABEL_WIDTH, type: WidthType.DXA },
          shading: { fill: FILL_LABEL, type: ShadingType.CLEAR, color: "auto" },
          margins: CELL_MARGINS,
          children: labelChildren,
        }),
        new TableCell({
          width: { size: ANSWER_WIDTH, type: WidthType.DXA },
          margins: CELL_MARGINS,
          children: textParagraphs(answer, STYLE.answer),
        }),
      ],
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, ANSWER_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows,
  });
}

/** Column widths (twips) over the text width, proportional to `weights`; the last column takes the rounding. */
function columnWidths(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  widths[widths.length - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Relative column widths of the change log: Datum · Initialen · Organisatie · Onderdeel · Wijziging.
 * Each header fits on one line in bold 10.5 pt with room to spare for a wider substitute font
 * (a viewer without Arial): "Initialen" wrapped to "Initiale/n" at 12.
 */
export const CHANGE_LOG_WEIGHTS = [15, 14, 18, 21, 32];

function gridTable(headers: string[], data: string[][], emptyRowCount: number, weights?: number[]): Table {
  const widths = columnWidths(weights && weights.length === headers.length ? weights : headers.map(() => 1));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map(
      (h, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          shading: { fill: FILL_HEADER, type: ShadingType.CLEAR, color: "auto" },
          margins: CELL_MARGINS,
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: [new Paragraph({ style: STYLE.tableHeader, children: [new TextRun(h)] })],
        }),
    ),
  });
  const rowCount = Math.max(emptyRowCount, data.length);
  const body: TableRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells = data[r] ?? [];
    body.push(
      new TableRow({
        cantSplit: true,
        height: { value: 400, rule: HeightRule.ATLEAST },
        children: headers.map(
          (_, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              margins: CELL_MARGINS,
              children: textParagraphs(cells[i], STYLE.answer),
            }),
        ),
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: [header, ...body],
  });
}

function spacer(): Paragraph {
  return new Paragraph({ style: STYLE.spacer });
}

function stepBlocks(step: StepDef, filled: Record<string, FilledValue>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(partHeading(step))] }),
    new Paragraph({ style: STYLE.guidance, keepNext: true, children: [new TextRun(step.guidance)] }),
  ];
  let run: FieldDef[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    out.push(fieldsTable(run, filled), spacer());
    run = [];
  };
  for (const field of step.fields) {
    if (field.kind !== "rows") {
      run.push(field);
      continue;
    }
    flush();
    const columns = field.columns ?? [];
    const value = filled[field.id];
    const data = Array.isArray(value) ? value : [];
    out.push(
      new Paragraph({ style: STYLE.rowsTitle, children: [new TextRun(field.label)] }),
      gridTable(
        columns.map((c) => c.label),
        data,
        rowsTableRowCount(field, data.length),
      ),
      spacer(),
    );
  }
  flush();
  return out;
}

function footer(template: TemplateDef): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [
              FOOTER.beforePage(template.title),
              PageNumber.CURRENT,
              FOOTER.betweenPages,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

function coreXml(template: TemplateDef, date: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXmlMarkup(template.title)}</dc:title>` +
    `<dc:creator>${GENERATOR_NAME}</dc:creator>` +
    `<cp:keywords>${escapeXmlMarkup(`${template.templateId} ${template.version}`)}</cp:keywords>` +
    `<cp:lastModifiedBy>${GENERATOR_NAME}</cp:lastModifiedBy>` +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXmlMarkup(date)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXmlMarkup(date)}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** The default styles: body text, title, headings and list paragraphs in the house font and colour. */
const DEFAULT_STYLES = {
  document: {
    run: { font: FONT, size: 21, language: { value: "nl-NL" } },
    paragraph: { spacing: { after: 100, line: 264 } },
  },
  title: {
    run: { font: FONT, size: 40, bold: true, color: COLOR_HEADING },
    paragraph: { spacing: { before: 0, after: 240 } },
  },
  heading1: {
    run: { font: FONT, size: 30, bold: true, color: COLOR_HEADING },
    paragraph: {
      spacing: { before: 360, after: 100 },
      keepNext: true,
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR_HEADING, space: 2 } },
    },
  },
  heading2: {
    run: { font: FONT, size: 24, bold: true, color: COLOR_HEADING },
    paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
  },
  listParagraph: {
    run: { font: FONT, size: 21 },
    paragraph: { spacing: { after: 60 } },
  },
};

/** The numbered list of the rules of use. */
const RULES_NUMBERING_CONFIG = {
  config: [
    {
      reference: RULES_NUMBERING,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 400, hanging: 400 } } },
        },
      ],
    },
  ],
};

/** The body: title, introduction, rules of use, the steps, then the change log on a page of its own. */
function bodyBlocks(template: TemplateDef, options: BuildPlainOptions): (Paragraph | Table)[] {
  const filled = options.filled ?? {};
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(template.title)] }),
    ...template.introduction.map((p) => new Paragraph({ children: [new TextRun(p)] })),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(RULES_HEADING)] }),
    ...template.rulesOfUse.map(
      (rule) =>
        new Paragraph({
          style: STYLE.rule,
          numbering: { reference: RULES_NUMBERING, level: 0 },
          children: [new TextRun(rule)],
        }),
    ),
  ];
  for (const step of template.steps) children.push(...stepBlocks(step, filled));
  children.push(
    // The log grows at the end; it starts on a page of its own.
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(template.changeLog.title)],
    }),
    new Paragraph({ style: STYLE.guidance, keepNext: true, children: [new TextRun(CHANGE_LOG_NOTE)] }),
    // One empty data row: rows Word adds later copy its plain formatting, not the header's.
    gridTable(template.changeLog.columns, options.changeLogRows ?? [], 1, CHANGE_LOG_WEIGHTS),
    // Word keeps a paragraph after a final table anyway; write it so every reader sees the same body.
    new Paragraph({ style: STYLE.spacer }),
  );
  return children;
}

/** The docx `Document` of the plain handreiking (exposed for callers that pack it themselves). */
export function plainHandreikingDocument(template: TemplateDef, options: BuildPlainOptions = {}): Document {
  const children = bodyBlocks(template, options);
  return new Document({
    title: template.title,
    creator: GENERATOR_NAME,
    lastModifiedBy: GENERATOR_NAME,
    styles: { default: DEFAULT_STYLES, paragraphStyles: paragraphStyles() },
    numbering: RULES_NUMBERING_CONFIG,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN_TOP,
              bottom: MARGIN_BOTTOM,
              left: MARGIN_SIDE,
              right: MARGIN_SIDE,
              header: 567,
              footer: 567,
            },
          },
        },
        footers: { default: footer(template) },
        children,
      },
    ],
  });
}

/** The plain handreiking (no content controls) for any valid template, as .docx bytes. */
export async function buildPlainHandreiking(
  template: TemplateDef,
  options: BuildPlainOptions = {},
): Promise<Uint8Array> {
  const doc = plainHandreikingDocument(template, options);
  const core = { path: "docProps/core.xml", data: coreXml(template, options.documentDate ?? DEFAULT_DOCUMENT_DATE) };
  const buffer = await Packer.toArrayBuffer(doc, false, [core]);
  return new Uint8Array(buffer);
}
