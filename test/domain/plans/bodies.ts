// Document bodies as the plans' readers see them, built from a template definition the way the
// plain document lays it out: the locked paragraphs, one table of boxes per step, a table per
// table field, the change log last.
import {
  expectedLabelText,
  expectedStaticTexts,
  mapDocument,
  newDataPart,
  TEMPLATE,
  type DataPart,
  type DocumentMap,
  type TemplateDef,
} from "../../../src/domain";

export interface Body {
  paragraphs: { text: string; tableNestingLevel: number; style: string }[];
  tables: string[][][];
}

/** `texts`: box texts by field id; `rows`: how many data rows each table field shows (default 1). */
export function bodyOf(
  template: TemplateDef = TEMPLATE,
  texts: Record<string, string> = {},
  rows: Record<string, number> = {},
): Body {
  const paragraphs = expectedStaticTexts(template).map((text) => ({ text, tableNestingLevel: 0, style: "Normal" }));
  const tables: string[][][] = [];
  for (const step of template.steps) {
    const simple = step.fields.filter((f) => f.kind !== "rows");
    if (simple.length > 0) tables.push(simple.map((f) => [expectedLabelText(f), texts[f.id] ?? ""]));
    for (const field of step.fields.filter((f) => f.kind === "rows")) {
      const header = (field.columns ?? []).map((c) => c.label);
      tables.push([header, ...Array.from({ length: rows[field.id] ?? 1 }, () => header.map(() => ""))]);
    }
  }
  tables.push([[...template.changeLog.columns]]);
  return { paragraphs, tables };
}

export function mapOf(body: Body, template: TemplateDef = TEMPLATE): DocumentMap {
  return mapDocument(body, template);
}

/** A fixed sequence instead of crypto randomness: the same plan every run. */
export function seeded(seed = 1): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

export function formData(
  lastAttributed: Record<string, string> = {},
  rowOrder: Record<string, string[]> = {},
): DataPart {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: seeded(7) });
  return { ...data, lastAttributed, rowOrder };
}

/** The table index in the map of the fields table that holds `fieldId`, and the row. */
export function fieldCell(map: DocumentMap, fieldId: string): { table: number; row: number } {
  for (const t of map.tables)
    if (t.kind === "fields") {
      const row = t.rows.find((r) => r.fieldId === fieldId);
      if (row) return { table: t.tableIndex, row: row.row };
    }
  throw new Error(`no cell for ${fieldId}`);
}

export function rowsTable(map: DocumentMap, fieldId: string): number {
  const t = map.tables.find((x) => x.kind === "rows" && x.fieldId === fieldId);
  if (!t) throw new Error(`no table for ${fieldId}`);
  return t.tableIndex;
}
