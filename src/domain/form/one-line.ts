// One-line boxes stay one line. An addition to a multi-line box is a new stamped line under the
// text; in a one-line box (a short text such as ‘Vervanger bij afwezigheid’) the stamped line
// replaces the value, and the old value is kept in the log. "Beide houden" in a merge puts both
// values on one line ("deze; andere") in a one-line text box, and is refused where the result
// would break the box's rule (a choice, a date, initials, a length limit).
import { boxTextProblem, canonicalBoxText } from "./box-check";
import { parseBoxKey } from "./boxes";
import { findField, TEMPLATE, type TemplateDef } from "../template";
import { FIELD_KIND_TRAITS } from "../template/field-kinds";

/** A box whose text is one line: a simple field that is not long text (table cells take lines). */
export function isOneLineBox(key: string, template: TemplateDef = TEMPLATE): boolean {
  const ref = parseBoxKey(key, template);
  if (!ref || ref.columnId !== undefined) return false;
  const kind = findField(ref.fieldId, template)?.field.kind;
  return kind === undefined || !FIELD_KIND_TRAITS[kind].multiLine;
}

/** The box's text after adding the stamped line. */
export function amendedText(key: string, before: string, line: string, template: TemplateDef = TEMPLATE): string {
  if (before === "" || isOneLineBox(key, template)) return line;
  return `${before}\n${line}`;
}

/** Multi-line: this copy's lines, then the other copy's lines this copy lacks. */
function keepBothLines(here: string, there: string): string {
  const mine = here.split("\n");
  const seen = new Set(mine);
  const extra = there.split("\n").filter((line) => line.trim() !== "" && !seen.has(line));
  return [...mine, ...extra].join("\n");
}

export type KeepBoth = { ok: true; text: string } | { ok: false; message: string };

/** What "beide teksten houden" writes into the box, or why it cannot. */
export function keepBothResult(key: string, here: string, there: string, template: TemplateDef = TEMPLATE): KeepBoth {
  if (here.trim() === "") return { ok: true, text: there };
  if (there.trim() === "" || here === there) return { ok: true, text: here };
  const ref = parseBoxKey(key, template);
  const kind = ref ? findField(ref.fieldId, template)?.field.kind : undefined;
  if (ref && ref.columnId === undefined && (kind === undefined || !FIELD_KIND_TRAITS[kind].freeText)) {
    return {
      ok: false,
      message: "In dit vak past maar één waarde: kies de tekst van dit document of die van de andere kopie.",
    };
  }
  const text = canonicalBoxText(isOneLineBox(key, template) ? `${here}; ${there}` : keepBothLines(here, there));
  const problem = boxTextProblem(key, text, template);
  return problem ? { ok: false, message: `Beide houden kan hier niet: ${problem}` } : { ok: true, text };
}
