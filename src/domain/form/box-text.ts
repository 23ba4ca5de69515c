// The text a box shows in the Word document, per kind, and reading it back. Reading is
// tolerant (spacing, case, other separators) because people also type in the boxes directly;
// what cannot be read gives a Dutch message instead of a guess.
import type { ColumnDef, FieldDef, FieldKind } from "../template";
import { unhandledKind } from "../template/field-kinds";
import type { PersonValue } from "./form-values";
import { parseDutchDate } from "../dates/dates";
import { displayDate } from "../text/dates";
import { lineEndClass, normaliseLineBreaks } from "../text/line-breaks";

/** Rows are not one box: each cell is a box of kind "text" or "date". */
export type BoxKind = Exclude<FieldKind, "rows">;
export type BoxValue = string | boolean | null | string[] | PersonValue;

export interface BoxDef {
  kind: BoxKind;
  label: string;
  choices?: readonly string[];
}

export type BoxParse = { ok: true; value: BoxValue } | { ok: false; error: string };

export function boxDefOf(field: FieldDef, column?: ColumnDef): BoxDef {
  if (column) return { kind: column.kind, label: column.label };
  if (field.kind === "rows") throw new Error(`‘${field.label}’ is een tabel; elke cel is een eigen vak.`);
  return { kind: field.kind, label: field.label, choices: field.choices };
}

const choiceKey = (s: string): string => s.toLocaleLowerCase("nl").replace(/\s+/g, "");

function matchChoice(text: string, choices: readonly string[]): string | undefined {
  const k = choiceKey(text);
  return choices.find((c) => choiceKey(c) === k);
}

export function formatYesNoText(value: boolean | null): string {
  return value === null ? "" : value ? "Ja" : "Nee";
}

export function parseYesNoText(text: string): boolean | null | undefined {
  const t = text.trim().replace(/\.$/, "").toLocaleLowerCase("nl");
  if (t === "") return null;
  if (t === "ja" || t === "j") return true;
  if (t === "nee" || t === "n") return false;
  return undefined;
}

export function formatPersonText(p: PersonValue): string {
  const name = p.name.trim();
  const org = p.organisation.trim();
  if (org === "") return name;
  return name === "" ? `(${org})` : `${name} (${org})`;
}

/** "Naam (Organisatie)"; the last bracketed part at the end is the organisation. */
export function parsePersonText(text: string): PersonValue {
  const t = text.trim();
  const m = /^(.*)\(([^()]*)\)$/s.exec(t);
  return m ? { name: (m[1] ?? "").trim(), organisation: (m[2] ?? "").trim() } : { name: t, organisation: "" };
}

export function formatMultiChoiceText(values: readonly string[]): string {
  return values.join("; ");
}

/** Splits on ";" and line breaks first; commas only if that does not match (choices may hold commas). */
export function parseMultiChoiceText(
  text: string,
  choices: readonly string[],
): { ok: true; value: string[] } | { ok: false; unknown: string } {
  const attempt = (sep: RegExp): { ok: true; value: string[] } | { ok: false; unknown: string } => {
    const parts = text
      .split(sep)
      .map((p) => p.trim())
      .filter((p) => p !== "");
    const found = parts.map((p) => matchChoice(p, choices));
    const bad = parts.find((_, i) => found[i] === undefined);
    if (bad !== undefined) return { ok: false, unknown: bad };
    return { ok: true, value: choices.filter((c) => found.includes(c)) };
  };
  const first = attempt(new RegExp(lineEndClass(";")));
  return first.ok ? first : attempt(new RegExp(lineEndClass(";,")));
}

export function formatBoxText(def: BoxDef, value: BoxValue): string {
  switch (def.kind) {
    case "date":
      return typeof value === "string" ? displayDate(value) : "";
    case "yesNo":
      return typeof value === "boolean" ? formatYesNoText(value) : "";
    case "multiChoice":
      return Array.isArray(value) ? formatMultiChoiceText(value) : "";
    case "person":
      return typeof value === "object" && value !== null && !Array.isArray(value) ? formatPersonText(value) : "";
    case "text":
    case "longText":
    case "singleChoice":
      return typeof value === "string" ? value : "";
    default:
      return unhandledKind(def.kind);
  }
}

const choiceList = (choices: readonly string[]): string => choices.join(", ");

export function parseBoxText(def: BoxDef, rawText: string): BoxParse {
  const text = normaliseLineBreaks(rawText);
  const label = `‘${def.label}’`;
  switch (def.kind) {
    case "text":
    case "longText":
      return { ok: true, value: text };
    case "date": {
      if (text.trim() === "") return { ok: true, value: "" };
      const iso = parseDutchDate(text);
      return iso
        ? { ok: true, value: iso }
        : {
            ok: false,
            error: `${label}: ‘${text.trim()}’ is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 02-09-2020.`,
          };
    }
    case "yesNo": {
      const v = parseYesNoText(text);
      return v === undefined
        ? { ok: false, error: `${label}: schrijf Ja of Nee (nu staat er ‘${text.trim()}’).` }
        : { ok: true, value: v };
    }
    case "singleChoice": {
      if (text.trim() === "") return { ok: true, value: "" };
      const c = matchChoice(text.trim(), def.choices ?? []);
      return c !== undefined
        ? { ok: true, value: c }
        : {
            ok: false,
            error: `${label}: ‘${text.trim()}’ staat niet in de lijst. Kies uit: ${choiceList(def.choices ?? [])}.`,
          };
    }
    case "multiChoice": {
      const r = parseMultiChoiceText(text, def.choices ?? []);
      return r.ok
        ? r
        : {
            ok: false,
            error: `${label}: ‘${r.unknown}’ staat niet in de lijst. Kies uit: ${choiceList(def.choices ?? [])} (gescheiden door ;).`,
          };
    }
    case "person":
      return { ok: true, value: parsePersonText(text) };
    default:
      return unhandledKind(def.kind);
  }
}
