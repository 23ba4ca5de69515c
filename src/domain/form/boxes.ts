// Boxes are the fill-in areas of the document. Each one is a content control tagged
// "hr:<boxKey>": a simple field's key is its id; a table cell's key is
// "<fieldId>.<rowKey>.<columnId>", so it survives rows being added, removed or moved.
import type { FieldKind, TemplateDef } from "../template";
import { TEMPLATE, allFields, findField } from "../template";
import type { FormValues, RowValue } from "./form-values";
import { isRows } from "./form-values";
import { boxDefOf, formatBoxText } from "./box-text";
import type { BoxValue } from "./box-text";
import { isRowKey, ROW_KEY } from "./row-key";

export { newRowKey, isRowKey, ROW_KEY } from "./row-key";

export const BOX_TAG_PREFIX = "hr:";
// Everything else the add-in locks carries one of these tags.
export const TAG_STATIC = "hr-static"; // headings, guidance, spacing: locked text
export const TAG_LABEL = "hr-label"; // label cells and table headers: locked
export const TAG_LOG = "hr-log"; // the visible change-log table: locked, written only by the add-in
/**
 * "hr-stamp:<fieldId>.<rowKey>" / "hr-stamp:<boxKey>": locked stamp lines the add-in writes after
 * agreement, under a row's first box ("Toegevoegd: PH 20201005, Ambiq") or under a corrected box
 * ("Gecorrigeerd: PH 20201005, Ambiq").
 */
export const TAG_STAMP_PREFIX = "hr-stamp:";

export interface BoxRef {
  fieldId: string;
  rowKey?: string;
  columnId?: string;
}

export interface Box extends BoxRef {
  key: string;
  tag: string;
  stepId: string;
  /** The field's label, or the column's label for a cell. */
  label: string;
  kind: Exclude<FieldKind, "rows">;
  /** The canonical document text of the current value. */
  text: string;
}

export function boxKey(ref: BoxRef): string {
  return ref.rowKey !== undefined && ref.columnId !== undefined
    ? `${rowPath(ref.fieldId, ref.rowKey)}.${ref.columnId}`
    : ref.fieldId;
}

/** The shape of a field or column id (as the template schema requires). */
export const FIELD_ID_SHAPE = /^[a-z][a-zA-Z0-9]*$/;
const inner = (shape: RegExp): string => shape.source.slice(1, -1);
/** The shape of a box key, without the template: a field id, or "<fieldId>.<rowKey>.<columnId>". */
export const BOX_KEY_SHAPE = new RegExp(`^${inner(FIELD_ID_SHAPE)}(\\.${inner(ROW_KEY)}\\.${inner(FIELD_ID_SHAPE)})?$`);

/** Splits a box key by the grammar only (no template check; see parseBoxKey for that). */
export function splitBoxKey(key: string): BoxRef {
  const [fieldId = "", rowKey, columnId] = key.split(".");
  return { fieldId, ...(rowKey !== undefined ? { rowKey } : {}), ...(columnId !== undefined ? { columnId } : {}) };
}

/** "<fieldId>.<rowKey>": names a whole row (the tag of its "Toegevoegd" stamp line; the start of its cells' keys). */
export function rowPath(fieldId: string, rowKey: string): string {
  return `${fieldId}.${rowKey}`;
}

/** Whether the box key is a cell of that row. */
export function isInRow(key: string, fieldId: string, rowKey: string): boolean {
  return key.startsWith(`${rowPath(fieldId, rowKey)}.`);
}

/** The keys of one row's boxes, in column order. */
export function rowBoxKeys(fieldId: string, rowKey: string, columns: ReadonlyArray<{ id: string }>): string[] {
  return columns.map((c) => boxKey({ fieldId, rowKey, columnId: c.id }));
}

export function boxTag(key: string): string {
  return BOX_TAG_PREFIX + key;
}

/** Reads a box key and checks it against the template; null when it names no box. */
export function parseBoxKey(key: string, template: TemplateDef = TEMPLATE): BoxRef | null {
  const parts = key.split(".");
  const { fieldId, rowKey, columnId } = splitBoxKey(key);
  const field = findField(fieldId, template)?.field;
  if (!field) return null;
  if (parts.length === 1) return field.kind === "rows" ? null : { fieldId: field.id };
  if (parts.length !== 3 || field.kind !== "rows" || rowKey === undefined || columnId === undefined) return null;
  if (!isRowKey(rowKey) || !field.columns?.some((c) => c.id === columnId)) return null;
  return { fieldId: field.id, rowKey, columnId };
}

export function parseBoxTag(tag: string, template: TemplateDef = TEMPLATE): BoxRef | null {
  return tag.startsWith(BOX_TAG_PREFIX) ? parseBoxKey(tag.slice(BOX_TAG_PREFIX.length), template) : null;
}

/** Every box of the form in document order, with its current text. */
export function listBoxes(template: TemplateDef = TEMPLATE, values: FormValues = {}): Box[] {
  return allFields(template).flatMap(({ step, field }): Box[] => {
    if (field.kind !== "rows") {
      const key = field.id;
      const text = formatBoxText(boxDefOf(field), (values[field.id] ?? null) as BoxValue);
      return [
        { key, tag: boxTag(key), fieldId: field.id, stepId: step.id, label: field.label, kind: field.kind, text },
      ];
    }
    const rows: RowValue[] = isRows(values[field.id]) ? (values[field.id] as RowValue[]) : [];
    return rows.flatMap((row) =>
      (field.columns ?? []).map((column) => {
        const key = boxKey({ fieldId: field.id, rowKey: row.key, columnId: column.id });
        const text = formatBoxText(boxDefOf(field, column), row.cells[column.id] ?? "");
        return {
          key,
          tag: boxTag(key),
          fieldId: field.id,
          rowKey: row.key,
          columnId: column.id,
          stepId: step.id,
          label: column.label,
          kind: column.kind,
          text,
        };
      }),
    );
  });
}
