// The locked text of the handreiking as the template defines it (headings, guidance, rules,
// labels), and what differs from it in a document. A program that ignores the locks
// (LibreOffice) lets people type there; the add-in reports that text with before/after
// instead of locking it in silently. src/document/build-plain.ts writes these same texts.
import { normaliseLabel } from "./document-map";
import { unhandledKind } from "./field-kinds";
import type { FieldDef, StepDef, TemplateDef } from ".";

export const RULES_HEADING = "Gebruiksregels";
export const CHANGE_LOG_NOTE =
  "Dit logboek wordt bijgehouden door de invoegtoepassing Handreiking Regie. Niet met de hand wijzigen.";

/** "Basisgegevens" when shortTitle equals title, else "Stap 1 – Hulpvraag en situatie". */
export function partHeading(step: StepDef): string {
  return step.shortTitle === step.title ? step.title : `${step.shortTitle} – ${step.title}`;
}

/** The line under a choice field's label listing its choices. */
export function choicesLine(field: FieldDef): string | undefined {
  switch (field.kind) {
    case "singleChoice":
      return `Keuze: ${(field.choices ?? []).join(", ")}`;
    case "multiChoice":
      return `Eén of meer van: ${(field.choices ?? []).join(", ")}`;
    case "yesNo":
      return "Keuze: Ja, Nee";
    case "text":
    case "longText":
    case "date":
    case "person":
    case "rows":
      return undefined;
    default:
      return unhandledKind(field.kind);
  }
}

/** The non-empty paragraphs outside tables, in document order. */
export function expectedStaticTexts(template: TemplateDef): string[] {
  const out = [template.title, ...template.introduction, RULES_HEADING, ...template.rulesOfUse];
  for (const step of template.steps) {
    out.push(partHeading(step), step.guidance);
    for (const field of step.fields) if (field.kind === "rows") out.push(field.label);
  }
  out.push(template.changeLog.title, CHANGE_LOG_NOTE);
  return out;
}

/** A label cell's text: the label, and the choices line under it. */
export function expectedLabelText(field: FieldDef): string {
  return [field.label, choicesLine(field)].filter((t): t is string => t !== undefined).join("\n");
}

export interface StaticTextChange {
  /** The template's text ("" where text was added). */
  before: string;
  /** The document's text ("" where text was removed). */
  after: string;
}

const same = (a: string, b: string): boolean => normaliseLabel(a) === normaliseLabel(b);

/**
 * What differs between the template's paragraphs and the document's (empty paragraphs ignored),
 * as runs of changed, added or removed paragraphs: a longest-common-subsequence diff.
 */
export function diffStaticTexts(expected: readonly string[], actual: readonly string[]): StaticTextChange[] {
  const a = expected.filter((t) => t.trim() !== "");
  const b = actual.filter((t) => t.trim() !== "");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = same(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const changes: StaticTextChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    if (removed.length > 0 || added.length > 0) changes.push({ before: removed.join("\n"), after: added.join("\n") });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i]!, b[j]!)) {
      flush();
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  flush();
  return changes;
}
