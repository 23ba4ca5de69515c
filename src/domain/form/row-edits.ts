// Rows of a table field added or removed, as data: which boxes are attributed (empty for a new
// row, gone with a removed one) and the table's row order. The Word layer queues the same change
// in the document (src/word/rows.ts); pane edits, merges and repairs all go through here.
import { findField, TEMPLATE, type FieldDef, type TemplateDef } from "../template";
import { parseBoxKey, rowBoxKeys } from "./boxes";

/** The part of the data part that rows change. */
export interface RowState {
  lastAttributed: Record<string, string>;
  rowOrder: Record<string, string[]>;
}

/** A rows field and its columns; null when the id names no rows field of the template. */
export function rowsField(
  fieldId: string,
  template: TemplateDef = TEMPLATE,
): { field: FieldDef; columns: NonNullable<FieldDef["columns"]> } | null {
  const field = findField(fieldId, template)?.field;
  return field?.kind === "rows" && field.columns ? { field, columns: field.columns } : null;
}

/** The row orders per rows field, from box keys in document order (keys naming no cell are skipped). */
export function rowOrderFromKeys(keys: Iterable<string>, template: TemplateDef = TEMPLATE): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const key of keys) {
    const ref = parseBoxKey(key, template);
    if (!ref?.rowKey) continue;
    const rows = (order[ref.fieldId] ??= []);
    if (!rows.includes(ref.rowKey)) rows.push(ref.rowKey);
  }
  return order;
}

/** New rows at the end of the table: each of their boxes attributed as empty. */
export function withRowsAdded<S extends RowState>(
  state: S,
  fieldId: string,
  newKeys: readonly string[],
  columns: ReadonlyArray<{ id: string }>,
): S {
  const lastAttributed = { ...state.lastAttributed };
  for (const rowKey of newKeys) for (const key of rowBoxKeys(fieldId, rowKey, columns)) lastAttributed[key] = "";
  return {
    ...state,
    lastAttributed,
    rowOrder: { ...state.rowOrder, [fieldId]: [...(state.rowOrder[fieldId] ?? []), ...newKeys] },
  };
}

/** Rows removed from the table: their boxes are no longer attributed, their keys leave the order. */
export function withRowsRemoved<S extends RowState>(
  state: S,
  fieldId: string,
  rowKeys: readonly string[],
  columns: ReadonlyArray<{ id: string }>,
): S {
  const lastAttributed = { ...state.lastAttributed };
  for (const rowKey of rowKeys) for (const key of rowBoxKeys(fieldId, rowKey, columns)) delete lastAttributed[key];
  return {
    ...state,
    lastAttributed,
    rowOrder: { ...state.rowOrder, [fieldId]: (state.rowOrder[fieldId] ?? []).filter((r) => !rowKeys.includes(r)) },
  };
}

/** A row's texts in column order, "a | b | c": what the log keeps of a removed row. */
export function rowText(
  texts: Readonly<Record<string, string>>,
  fieldId: string,
  rowKey: string,
  columns: ReadonlyArray<{ id: string }>,
): string {
  return rowBoxKeys(fieldId, rowKey, columns)
    .map((k) => texts[k] ?? "")
    .join(" | ");
}
