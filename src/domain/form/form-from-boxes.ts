// From the texts in the document's boxes back to form values: what the pane shows is what
// the document holds, not a copy kept elsewhere.
import { boxDefOf, parseBoxText } from "./box-text";
import { emptyValue, type FieldValue, type FormValues, type RowValue } from "./form-values";
import { allFields, TEMPLATE, type TemplateDef } from "../template";
import { boxKey } from "./boxes";

export interface ValuesFromBoxes {
  values: FormValues;
  /** Field id → Dutch message where the text could not be read as the box's kind. */
  unreadable: Record<string, string>;
}

export function valuesFromBoxTexts(
  texts: Readonly<Record<string, string>>,
  rowOrder: Readonly<Record<string, readonly string[]>>,
  template: TemplateDef = TEMPLATE,
): ValuesFromBoxes {
  const values: FormValues = {};
  const unreadable: Record<string, string> = {};
  for (const { field } of allFields(template)) {
    if (field.kind === "rows") {
      const rows: RowValue[] = (rowOrder[field.id] ?? []).map((key) => ({
        key,
        cells: Object.fromEntries((field.columns ?? []).map((c) => [c.id, texts[boxKey({ fieldId: field.id, rowKey: key, columnId: c.id })] ?? ""])),
      }));
      values[field.id] = rows;
      continue;
    }
    const text = texts[field.id];
    if (text === undefined) {
      values[field.id] = emptyValue(field);
      continue;
    }
    const parsed = parseBoxText(boxDefOf(field), text);
    if (parsed.ok) values[field.id] = parsed.value as FieldValue;
    else {
      values[field.id] = emptyValue(field);
      unreadable[field.id] = parsed.error;
    }
  }
  return { values, unreadable };
}
