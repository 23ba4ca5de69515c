// Agreeing the form at the MDO is a deliberate act: the pane shows who is recorded as present
// and what is still missing, and agreeing with required boxes empty needs a reason, which the
// log keeps with the agreement.
import { isIsoDate, isoToDay } from "../dates/dates";
import { dayToDutch } from "../text/dates";
import { countWords } from "../text/plural";
import type { FormValues } from "./form-values";
import { peopleRows, roleValue } from "./role-values";
import { fieldWithRole, TEMPLATE, type TemplateDef } from "../template";
import { MAX_DESCRIPTION, truncateText } from "../log/change-log";

/** Agreeing while required things are missing: what was missing and why it was agreed anyway. */
export interface AgreementNote {
  /** "Stap 3 – Regie: Vul ‘Wie is de regisseur?’ in." */
  missing: string[];
  reason: string;
}

/** The log's description of the agreement. */
export function agreementDescription(day: string, note?: AgreementNote): string {
  const base = `Vastgesteld in het MDO van ${dayToDutch(day)}.`;
  if (!note || note.missing.length === 0) return base;
  const count = countWords(note.missing.length, "verplicht onderdeel", "verplichte onderdelen");
  const reason = note.reason.replace(/\s+/g, " ").trim();
  // The reason first: when the line is shortened to the log's limit, the list of what was missing goes.
  return truncateText(
    `${base} Vastgesteld met ${count} nog niet ingevuld. Reden: ${reason} Niet ingevuld: ${note.missing.join(" ")}`,
    MAX_DESCRIPTION,
  );
}

/** Who the form records as present: the Betrokkenen by name (organisation), and the family. */
export interface Presence {
  people: string[];
  /** Was the family present (null: not filled in). */
  family: boolean | null;
}

export function presentAtMdo(values: FormValues, template: TemplateDef = TEMPLATE): Presence {
  const people = peopleRows(values, template)
    .map((r) => {
      const name = r.name.trim();
      const organisation = r.organisation.trim();
      return name === "" ? "" : organisation === "" ? name : `${name} (${organisation})`;
    })
    .filter((p) => p !== "");
  const family = roleValue(values, "familyPresent", template);
  return { people, family: typeof family === "boolean" ? family : null };
}

/** The "Datum MDO" the form holds ("YYYYMMDD"), or null when it holds no valid date. */
export function mdoDay(values: FormValues, template: TemplateDef = TEMPLATE): string | null {
  const value = roleValue(values, "mdoDate", template);
  return typeof value === "string" && isIsoDate(value) ? isoToDay(value) : null;
}

/** The day the agreement form starts with: the form's "Datum MDO" when it is not after today, else today. */
export function defaultAgreementDay(values: FormValues, today: string, template: TemplateDef = TEMPLATE): string {
  const mdo = mdoDay(values, template);
  return mdo !== null && mdo <= today ? mdo : today;
}

/** Dutch: the agreement day differs from the form's "Datum MDO" (null when they agree or there is none). */
export function mdoDayDifference(values: FormValues, day: string, template: TemplateDef = TEMPLATE): string | null {
  const mdo = mdoDay(values, template);
  if (mdo === null || mdo === day) return null;
  const label = fieldWithRole(template, "mdoDate")?.label ?? "Datum MDO";
  return `Let op: bij ‘${label}’ staat ${dayToDutch(mdo)}, niet ${dayToDutch(day)}. Klopt de datum van vaststellen?`;
}
