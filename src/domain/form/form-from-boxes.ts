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

/**
 * The box texts after the add-in wrote (a box, a row, a merge…), without reading the document
 * again, from the attributed texts before and after the write: changed and new boxes take their
 * new text, boxes of removed rows are gone, the rest stays as it was read.
 */
export function textsAfterWrite(
  attributedBefore: Readonly<Record<string, string>>,
  attributedAfter: Readonly<Record<string, string>>,
  texts: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(texts)) {
    if (key in attributedBefore && !(key in attributedAfter)) continue; // a removed row
    out[key] = text;
  }
  for (const [key, text] of Object.entries(attributedAfter)) {
    if (!(key in texts) || attributedBefore[key] !== text) out[key] = text;
  }
  return out;
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
        cells: Object.fromEntries(
          (field.columns ?? []).map((c) => [
            c.id,
            texts[boxKey({ fieldId: field.id, rowKey: key, columnId: c.id })] ?? "",
          ]),
        ),
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
