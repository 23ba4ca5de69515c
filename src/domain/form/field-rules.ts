// What is wrong with one field's value, as Dutch fieldMessages. Format rules apply while filling
// (draft); required-ness only when the form is checked for readiness (complete).
import type { ColumnDef, FieldDef } from "../template";
import { FIELD_KIND_TRAITS } from "../template/field-kinds";
import type { PersonValue, RowValue } from "./form-values";
import { charCount, hasControlChar } from "./text-rules";
import { hasLineBreak } from "../text/line-breaks";
import { byCount, countWords } from "../text/plural";
import { isIsoDate } from "../dates/dates";
import { isRowKey } from "./row-key";
import { normaliseInitials } from "../log/profile";

export const DEFAULT_MAX_LENGTH = { text: 200, longText: 20_000 } as const;

/** A problem inside a rows field is tied to one cell (row index + column). */
export interface FieldProblem {
  message: string;
  rowIndex?: number;
  columnId?: string;
}

const q = (label: string): string => `‘${label}’`;

export const fieldMessages = {
  required: (label: string) => `Vul ${q(label)} in.`,
  /** A required choice: "Kies een gemeente." */
  chooseRequired: (label: string) => `Kies een ${label.toLocaleLowerCase("nl")}.`,
  yesNoRequired: (label: string) => `Kies Ja of Nee bij ${q(label)}.`,
  organisationRequired: (label: string) => `Vul de organisatie in bij ${q(label)}.`,
  minItems: (label: string, n: number) =>
    byCount(
      n,
      `Kies minstens één ${label.toLocaleLowerCase("nl")}.`,
      `Kies minstens {n} mogelijkheden bij ${q(label)}.`,
    ),
  /** Counts filled rows: with enough (empty) rows shown, the user fills them rather than adds one. */
  minRows: (n: number, filled = 0, shown = 0) =>
    shown >= n
      ? `Vul minstens ${countWords(n, "rij", "rijen")} in (nu ${filled} ingevuld).`
      : `Voeg minstens ${countWords(n, "rij", "rijen")} toe.`,
  tooLong: (label: string, max: number, now: number) =>
    `${q(label)} is te lang: maximaal ${max.toLocaleString("nl-NL")} tekens (nu ${now.toLocaleString("nl-NL")}).`,
  control: (label: string) =>
    `${q(label)} bevat een onzichtbaar stuurteken (bijvoorbeeld meegekopieerd uit een ander programma). Verwijder dat teken.`,
  lineBreak: (label: string) => `${q(label)} past op één regel: haal de regelovergang weg.`,
  date: (label: string) => `${q(label)} is geen geldige datum. Schrijf de datum als dd-mm-jjjj (tussen 1900 en 2100).`,
  choice: (label: string) => `Kies bij ${q(label)} een van de mogelijkheden uit de lijst.`,
  duplicateChoice: (label: string, item: string) => `${q(item)} staat twee keer bij ${q(label)}.`,
  invalid: (label: string) => `Ongeldige waarde bij ${q(label)}.`,
  rowKey: (label: string) => `Een rij bij ${q(label)} heeft een ongeldige of dubbele sleutel.`,
  unknownColumn: (label: string, col: string) => `Onbekende kolom ${q(col)} bij ${q(label)}.`,
};

export interface TextRules {
  multiLine: boolean;
  maxLength: number;
  pattern?: { regex: string; message: string };
}

/**
 * What is typed, as the box holds it. The client's initials (the field the file name uses) get
 * the profile's initials rule: "es" → "ES", "E.S." → "ES", like the file name writes them; text
 * that is not 1–5 letters then stays as typed, so its rule reports it.
 */
export function normaliseFieldText(field: FieldDef, text: string): string {
  if (!field.usedInFileName || text.trim() === "") return text;
  return normaliseInitials(text) ?? text;
}

/** The first thing wrong with a piece of text, or null. */
export function textProblem(label: string, text: string, rules: TextRules): string | null {
  if (!rules.multiLine && hasLineBreak(text)) return fieldMessages.lineBreak(label);
  if (hasControlChar(text, rules.multiLine)) return fieldMessages.control(label);
  const n = charCount(text);
  if (n > rules.maxLength) return fieldMessages.tooLong(label, rules.maxLength, n);
  if (rules.pattern && text !== "" && !new RegExp(rules.pattern.regex, "u").test(text)) return rules.pattern.message;
  return null;
}

export function textRulesFor(field: FieldDef): TextRules {
  const multiLine = FIELD_KIND_TRAITS[field.kind].multiLine;
  return {
    multiLine,
    maxLength: field.maxLength ?? (multiLine ? DEFAULT_MAX_LENGTH.longText : DEFAULT_MAX_LENGTH.text),
    pattern: field.pattern,
  };
}

export function dateProblem(label: string, value: string): string | null {
  return value === "" || isIsoDate(value) ? null : fieldMessages.date(label);
}

export function choiceProblem(label: string, value: string, choices: readonly string[]): string | null {
  return value === "" || choices.includes(value) ? null : fieldMessages.choice(label);
}

export function multiChoiceProblems(label: string, value: readonly string[], choices: readonly string[]): string[] {
  const out: string[] = [];
  if (value.some((v) => !choices.includes(v))) out.push(fieldMessages.choice(label));
  const dup = value.find((v, i) => value.indexOf(v) !== i);
  if (dup !== undefined) out.push(fieldMessages.duplicateChoice(label, dup));
  return out;
}

export function personProblems(field: FieldDef, value: PersonValue): string[] {
  const rules: TextRules = { multiLine: false, maxLength: field.maxLength ?? DEFAULT_MAX_LENGTH.text };
  return [
    textProblem(field.label, value.name, rules),
    textProblem(`${field.label} (organisatie)`, value.organisation, rules),
  ].filter((m): m is string => m !== null);
}

/** Table cells may hold several lines (e.g. phone and e-mail under Bereikbaarheid). */
export function cellProblem(column: ColumnDef, value: string): string | null {
  if (column.kind === "date") return dateProblem(column.label, value);
  return textProblem(column.label, value, { multiLine: true, maxLength: column.maxLength });
}

export function rowsProblems(field: FieldDef, rows: readonly RowValue[], complete: boolean): FieldProblem[] {
  const columns = field.columns ?? [];
  const out: FieldProblem[] = [];
  const keys = rows.map((r) => r.key);
  if (keys.some((k, i) => !isRowKey(k) || keys.indexOf(k) !== i))
    out.push({ message: fieldMessages.rowKey(field.label) });
  // A row with nothing typed in it is a spare row (the form ships with a few): it counts
  // neither as a filled row nor as one with missing cells.
  const isBlank = (row: RowValue) => columns.every((c) => (row.cells[c.id] ?? "").trim() === "");
  rows.forEach((row, rowIndex) => {
    const blank = isBlank(row);
    for (const col of Object.keys(row.cells)) {
      if (!columns.some((c) => c.id === col))
        out.push({ message: fieldMessages.unknownColumn(field.label, col), rowIndex });
    }
    for (const column of columns) {
      const value = row.cells[column.id] ?? "";
      const problem = cellProblem(column, value);
      if (problem) out.push({ message: problem, rowIndex, columnId: column.id });
      else if (complete && !blank && column.required && value.trim() === "") {
        out.push({ message: fieldMessages.required(column.label), rowIndex, columnId: column.id });
      }
    }
  });
  const minRows = field.minRows ?? (field.required ? 1 : 0);
  const filled = rows.filter((r) => !isBlank(r)).length;
  if (complete && filled < minRows) out.push({ message: fieldMessages.minRows(minRows, filled, rows.length) });
  return out;
}
