// The values of a filled form, one per field, shaped by the field's kind.
import type { FieldDef, TemplateDef } from "../template";
import { TEMPLATE, allFields } from "../template";

export interface PersonValue {
  name: string;
  organisation: string;
}

export interface RowValue {
  /** Short stable id of the row (see newRowKey), so boxes keep their identity when rows move. */
  key: string;
  cells: Record<string, string>;
}

export interface ValueByKind {
  text: string;
  longText: string;
  /** ISO "YYYY-MM-DD", or "" when empty. */
  date: string;
  yesNo: boolean | null;
  /** One of the choices, or "" when nothing is chosen. */
  singleChoice: string;
  multiChoice: string[];
  person: PersonValue;
  rows: RowValue[];
}

export type FieldValue = ValueByKind[keyof ValueByKind];
export type FormValues = Record<string, FieldValue>;

/** Who is filling in; used to prefill fields marked prefill: "profile". */
export interface PrefillProfile {
  name: string;
  organisation: string;
}

export function emptyValue(field: FieldDef, profile?: PrefillProfile): FieldValue {
  switch (field.kind) {
    case "text":
    case "longText":
    case "date":
    case "singleChoice":
      return "";
    case "yesNo":
      return null;
    case "multiChoice":
      return [];
    case "person":
      return field.prefill === "profile" && profile
        ? { name: profile.name, organisation: profile.organisation }
        : { name: "", organisation: "" };
    case "rows":
      return [];
  }
}

/**
 * The value a field marked prefill: "profile" gets while it is empty: the profile's name and
 * organisation. Only such a field (the Beheerder box) takes the name — the form asks for it there.
 * Undefined for any other field, or when the profile has neither.
 */
export function profilePrefill(field: FieldDef, profile: PrefillProfile | undefined): PersonValue | undefined {
  if (field.kind !== "person" || field.prefill !== "profile" || !profile) return undefined;
  const value = { name: profile.name.trim(), organisation: profile.organisation.trim() };
  // without a name there is no person to prefill: not "(Ambiq)"
  return value.name === "" ? undefined : value;
}

/** The values with every empty prefill field (the Beheerder box) filled from the profile. */
export function withProfilePrefill(
  values: FormValues,
  profile: PrefillProfile,
  template: TemplateDef = TEMPLATE,
): FormValues {
  const out: FormValues = { ...values };
  for (const { field } of allFields(template)) {
    const current = out[field.id];
    const empty = !isPerson(current) || (current.name.trim() === "" && current.organisation.trim() === "");
    const prefill = empty ? profilePrefill(field, profile) : undefined;
    if (prefill) out[field.id] = prefill;
  }
  return out;
}

export function emptyFormValues(template: TemplateDef = TEMPLATE, profile?: PrefillProfile): FormValues {
  return Object.fromEntries(allFields(template).map(({ field }) => [field.id, emptyValue(field, profile)]));
}

export function isPerson(value: unknown): value is PersonValue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as PersonValue).name === "string" &&
    typeof (value as PersonValue).organisation === "string"
  );
}

export function isRows(value: unknown): value is RowValue[] {
  return (
    Array.isArray(value) &&
    value.every(
      (r: unknown) =>
        typeof r === "object" &&
        r !== null &&
        typeof (r as RowValue).key === "string" &&
        typeof (r as RowValue).cells === "object" &&
        (r as RowValue).cells !== null,
    )
  );
}

/** True when the value counts as "not filled in" for a required field. */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "boolean") return false;
  if (Array.isArray(value)) return value.length === 0;
  return value.name.trim() === "" && value.organisation.trim() === "";
}
