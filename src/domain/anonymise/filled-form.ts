// The filled form as the anonymiser reads it: the data part, the box texts as they stand in the
// document and the template, with the small look-ups the other steps share (a box key's field and
// column, the key of a role's field or cell, every value a box has had).
import type { DataPart } from "../data-part/data-part-model";
import { boxKey, splitBoxKey } from "../form/boxes";
import {
  columnWithRole,
  fieldWithRole,
  findField,
  type ColumnRole,
  type FieldRole,
  type TemplateDef,
} from "../template";

export interface FilledForm {
  data: DataPart;
  /** Box key → text as it stands in the document. */
  boxTexts: Record<string, string>;
  template: TemplateDef;
}

// splitBoxKey, not parseBoxKey: that refuses keys the template or the row-key grammar does not
// know, and the log may still hold such keys; here they are only split.
export const fieldOf = (key: string): string => splitBoxKey(key).fieldId;
export const rowOf = (key: string): string | undefined => splitBoxKey(key).rowKey;
export const columnOf = (key: string): string | undefined => splitBoxKey(key).columnId;

/** Is the box key a cell of a column with the role "organisation"? */
export function isOrganisationCell(template: TemplateDef, key: string): boolean {
  const field = findField(fieldOf(key), template)?.field;
  const columnId = columnOf(key);
  return columnId !== undefined && field?.columns?.find((c) => c.id === columnId)?.role === "organisation";
}

/** The box key of the field with the role ("" when the template has none: no box has that key). */
export function roleKey(template: TemplateDef, role: FieldRole): string {
  return fieldWithRole(template, role)?.id ?? "";
}

/** The box key of a cell of the people field (Betrokkenen) in the column with the role. */
export function peopleCellKey(template: TemplateDef, rowKey: string, role: ColumnRole): string {
  const field = fieldWithRole(template, "people");
  const column = columnWithRole(field, role);
  return field && column ? boxKey({ fieldId: field.id, rowKey, columnId: column.id }) : "";
}

/** The text of a box now, else as last attributed, else "". */
export function currentText(form: FilledForm, key: string): string {
  return form.boxTexts[key] ?? form.data.lastAttributed[key] ?? "";
}

/** Every value a box has had: now, last attributed, and before/after in the log. */
export function history(form: FilledForm, key: string): string[] {
  const out = new Set<string>();
  const add = (v: string | undefined): void => {
    if (v !== undefined && v.trim() !== "") out.add(v);
  };
  add(form.boxTexts[key]);
  add(form.data.lastAttributed[key]);
  for (const e of form.data.changeLog) {
    if (e.boxKey !== key) continue;
    add(e.before);
    add(e.after);
  }
  return [...out];
}

/** Every box key the form or its log names. */
export function allKeys(form: FilledForm): string[] {
  const keys = new Set<string>([...Object.keys(form.boxTexts), ...Object.keys(form.data.lastAttributed)]);
  for (const e of form.data.changeLog) if (e.boxKey) keys.add(e.boxKey);
  return [...keys];
}

/** Lower-case words of a text, split at the separators. */
export function lowerWords(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .filter((w) => w !== "")
    .map((w) => w.toLocaleLowerCase("nl"));
}
