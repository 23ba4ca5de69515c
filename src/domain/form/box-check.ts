// What may be written into one box of the document: the Word layer checks every text with
// these rules before anything is written, so bad input gets a Dutch message and the document
// never holds what the form could not read back.
import { boxDefOf, parseBoxText } from "./box-text";
import { parseBoxKey } from "./boxes";
import { cellProblem, normaliseFieldText, textProblem, textRulesFor } from "./field-rules";
import { FIELD_KIND_TRAITS, findField, TEMPLATE, type TemplateDef } from "../template";
import { hasControlChar } from "./text-rules";
import { wordTextToForm } from "../text/line-breaks";

/** The canonical text of a box: \n line breaks, no trailing empty lines (Word drops them). */
export function canonicalBoxText(text: string): string {
  return wordTextToForm(text);
}

/** The canonical text with the field's own normalisation (client initials in capitals, no dots). */
export function normaliseBoxInput(key: string, text: string, template: TemplateDef = TEMPLATE): string {
  const canonical = canonicalBoxText(text);
  const ref = parseBoxKey(key, template);
  const field = ref && ref.columnId === undefined ? findField(ref.fieldId, template)?.field : undefined;
  return field ? normaliseFieldText(field, canonical) : canonical;
}

/** Longest text a choice, date, yes/no or person box can sensibly hold. */
const STRUCTURED_MAX = 500;

/** The first problem with writing `text` into the box `key`, in Dutch; null when it may be written. */
export function boxTextProblem(key: string, text: string, template: TemplateDef = TEMPLATE): string | null {
  const ref = parseBoxKey(key, template);
  const field = ref ? findField(ref.fieldId, template)?.field : undefined;
  if (!ref || !field) return "Dit vak bestaat niet in de handreiking.";
  if (ref.columnId !== undefined) {
    const column = field.columns?.find((c) => c.id === ref.columnId);
    return column ? cellProblem(column, text) : "Dit vak bestaat niet in de handreiking.";
  }
  if (FIELD_KIND_TRAITS[field.kind].freeText) return textProblem(field.label, text, textRulesFor(field));
  if (hasControlChar(text))
    return `‘${field.label}’ bevat onzichtbare tekens die Word niet kan bewaren. Typ de tekst opnieuw in plaats van te plakken.`;
  if (Array.from(text).length > STRUCTURED_MAX)
    return `‘${field.label}’ is te lang (maximaal ${STRUCTURED_MAX} tekens).`;
  const parsed = parseBoxText(boxDefOf(field), text);
  return parsed.ok ? null : parsed.error;
}
