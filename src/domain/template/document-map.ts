// Maps a plain handreiking (as Word shows it: paragraphs and table cell texts) onto the
// template: which table row is which box, which paragraphs are static text, what is typed.
// Pure: src/word loads the snapshot, this decides, src/word applies the plan.
import { allFields, compareVersions, type FieldDef, type TemplateDef, TEMPLATE } from ".";
import { bodyContent, type ContentKind } from "./body-content";
import { splitLines, wordTextToForm } from "../text/line-breaks";

export interface SnapshotParagraph {
  text: string;
  /** 0 outside tables (Word's Paragraph.tableNestingLevel). */
  tableNestingLevel: number;
}

export interface DocSnapshot {
  paragraphs: SnapshotParagraph[];
  /** Top-level tables in document order, as Table.values. */
  tables: string[][][];
  /**
   * What the body's OOXML holds (src/document/body-content.ts), read when text and tables alone
   * look empty: a picture, a chart or a tracked deletion makes a body "other", never "empty".
   */
  ooxmlKinds?: readonly ContentKind[];
}

export type TablePlan =
  | { kind: "fields"; tableIndex: number; rows: { row: number; fieldId: string; text: string }[] }
  | { kind: "rows"; tableIndex: number; fieldId: string; columns: string[]; dataRows: string[][] }
  | { kind: "log"; tableIndex: number; dataRows: string[][] }
  | { kind: "unknown"; tableIndex: number };

export interface DocumentMap {
  kind: "empty" | "plain" | "other";
  /** What the body holds ([] for an empty one); from text and tables, and the OOXML when it was read. */
  content: ContentKind[];
  tables: TablePlan[];
  /** Indices (into snapshot.paragraphs) of paragraphs outside tables: headings, guidance, labels. */
  staticParagraphs: number[];
  stepsFound: string[];
  fieldsFound: string[];
  fieldsMissing: string[];
}

/** Lower case, NFKC, one kind of dash and space, no trailing colon/asterisk, no leading numbering. */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00a0\u2000-\u200b\u202f\s]+/g, " ")
    .replace(/^\s*(\d+[.)]|[ivx]+[.)]|[-•*])\s+/, "")
    .replace(/[\s:*]+$/, "")
    .trim();
}

function firstLine(cell: string): string {
  return splitLines(cell)[0] ?? "";
}

/** Text of a cell as the box value: Word separates paragraphs with \r; the form uses \n. */
export function cellText(cell: string): string {
  return wordTextToForm(cell);
}

function headingMatchesStep(text: string, title: string, shortTitle: string): boolean {
  const t = normaliseLabel(text);
  const wanted = normaliseLabel(title);
  if (!t.includes(wanted)) return false;
  // "Stap 1 – Hulpvraag…" or "1. Hulpvraag…" or just the title; the rest must be short.
  return t.length <= wanted.length + normaliseLabel(shortTitle).length + 6;
}

function simpleFieldByLabel(template: TemplateDef): Map<string, FieldDef> {
  const map = new Map<string, FieldDef>();
  for (const { field } of allFields(template)) if (field.kind !== "rows") map.set(normaliseLabel(field.label), field);
  return map;
}

function planTable(
  values: string[][],
  tableIndex: number,
  template: TemplateDef,
  byLabel: Map<string, FieldDef>,
): TablePlan {
  const header = (values[0] ?? []).map((c) => normaliseLabel(firstLine(c)));
  const logColumns = template.changeLog.columns.map(normaliseLabel);
  if (logColumns.every((c, i) => header[i] === c)) {
    return {
      kind: "log",
      tableIndex,
      dataRows: values
        .slice(1)
        .filter((r) => r.some((c) => c.trim() !== ""))
        .map((r) => r.map(cellText)),
    };
  }
  for (const { field } of allFields(template)) {
    if (field.kind !== "rows" || !field.columns) continue;
    const labels = field.columns.map((c) => normaliseLabel(c.label));
    if (labels.length === header.length && labels.every((l, i) => header[i] === l)) {
      return {
        kind: "rows",
        tableIndex,
        fieldId: field.id,
        columns: field.columns.map((c) => c.id),
        dataRows: values.slice(1).map((r) => r.map(cellText)),
      };
    }
  }
  const rows: { row: number; fieldId: string; text: string }[] = [];
  values.forEach((r, row) => {
    const field = r.length >= 2 ? byLabel.get(normaliseLabel(firstLine(r[0] ?? ""))) : undefined;
    if (field) rows.push({ row, fieldId: field.id, text: cellText(r[1] ?? "") });
  });
  return rows.length > 0 ? { kind: "fields", tableIndex, rows } : { kind: "unknown", tableIndex };
}

export function mapDocument(snapshot: DocSnapshot, template: TemplateDef = TEMPLATE): DocumentMap {
  const content = bodyContent({
    text: snapshot.paragraphs.map((p) => p.text).join(""),
    tables: snapshot.tables.length,
    contentControls: 0,
    ooxmlKinds: snapshot.ooxmlKinds ?? null,
  });
  const byLabel = simpleFieldByLabel(template);
  const tables = snapshot.tables.map((values, i) => planTable(values, i, template, byLabel));
  const staticParagraphs = snapshot.paragraphs.flatMap((p, i) => (p.tableNestingLevel === 0 ? [i] : []));
  const outside = snapshot.paragraphs.filter((p) => p.tableNestingLevel === 0);
  const stepsFound = template.steps
    .filter((s) => outside.some((p) => headingMatchesStep(p.text, s.title, s.shortTitle)))
    .map((s) => s.id);
  const found = new Set<string>();
  for (const t of tables) {
    if (t.kind === "fields") t.rows.forEach((r) => found.add(r.fieldId));
    if (t.kind === "rows") found.add(t.fieldId);
  }
  const ids = allFields(template).map((l) => l.field.id);
  const fieldsFound = ids.filter((id) => found.has(id));
  const fieldsMissing = ids.filter((id) => !found.has(id));
  // Plain handreiking: most step headings and most boxes are there (a re-save or hand edit
  // may have lost a few; those are reported, not guessed).
  const isPlain = stepsFound.length * 2 > template.steps.length && fieldsFound.length * 2 > ids.length;
  return {
    kind: content.length === 0 ? "empty" : isPlain ? "plain" : "other",
    content,
    tables,
    staticParagraphs,
    stepsFound,
    fieldsFound,
    fieldsMissing,
  };
}

/**
 * Which known version of the handreiking a plain document is: the one (up to `current`) whose
 * boxes it holds most of; on a tie the newest. A plain 1.0 document opened by an add-in of 1.1 is
 * converted as 1.0 and then upgraded, so text typed in a box that 1.1 no longer has is not lost.
 */
export function closestTemplate(
  snapshot: DocSnapshot,
  current: TemplateDef,
  registry: readonly TemplateDef[],
): TemplateDef {
  let best = current;
  let found = mapDocument(snapshot, current).fieldsFound.length;
  for (const t of [...registry].reverse()) {
    if (t.templateId !== current.templateId || compareVersions(t.version, current.version) >= 0) continue;
    const n = mapDocument(snapshot, t).fieldsFound.length;
    if (n > found) [best, found] = [t, n];
  }
  return best;
}
