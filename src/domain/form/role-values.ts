// Reading a form's values through the template's roles (template/roles.ts), so that the task
// pane, the rules and the anonymiser never name a field or column id.
import type { FieldRole } from "../template";
import {
  TEMPLATE,
  columnWithRole,
  fieldWithRole,
  findField,
  type ColumnRole,
  type FieldLocation,
  type TemplateDef,
} from "../template";
import { isRows, type FieldValue, type FormValues, type RowValue } from "./form-values";
import { formatPersonText } from "./box-text";

/** The value of the field with the role, or undefined when the template has no such field. */
export function roleValue(
  values: FormValues,
  role: FieldRole,
  template: TemplateDef = TEMPLATE,
): FieldValue | undefined {
  const field = fieldWithRole(template, role);
  return field ? values[field.id] : undefined;
}

/** The field with the role and its step, or undefined when the template has no such field. */
export function roleLocation(role: FieldRole, template: TemplateDef = TEMPLATE): FieldLocation | undefined {
  const field = fieldWithRole(template, role);
  return field ? findField(field.id, template) : undefined;
}

/** The value of a text or choice field with the role, "" when empty, absent or not text. */
export function roleText(values: FormValues, role: FieldRole, template: TemplateDef = TEMPLATE): string {
  const v = roleValue(values, role, template);
  return typeof v === "string" ? v : "";
}

/** A row of the people field (role "people"), read by column role; "" for a column the template lacks. */
export interface PersonRow {
  key: string;
  name: string;
  organisation: string;
  function: string;
  roleInTrajectory: string;
  contact: string;
}

/** The text of a row's cell in the column with the role ("" when there is none). */
export function cellWithRole(
  row: RowValue,
  field: { columns?: readonly { id: string; role?: ColumnRole | undefined }[] | undefined },
  role: ColumnRole,
): string {
  const column = columnWithRole(field, role);
  return column ? (row.cells[column.id] ?? "") : "";
}

/** The rows of the people field (Betrokkenen), untrimmed, in form order; [] without one. */
export function peopleRows(values: FormValues, template: TemplateDef = TEMPLATE): PersonRow[] {
  const field = fieldWithRole(template, "people");
  const rows = field ? values[field.id] : undefined;
  if (!field || !isRows(rows)) return [];
  return rows.map((r) => ({
    key: r.key,
    name: cellWithRole(r, field, "personName"),
    organisation: cellWithRole(r, field, "organisation"),
    function: cellWithRole(r, field, "function"),
    roleInTrajectory: cellWithRole(r, field, "roleInTrajectory"),
    contact: cellWithRole(r, field, "contact"),
  }));
}

/** A person of the people field as a pick list offers it: "Naam (Organisatie)" and its parts. */
export interface PickablePerson {
  label: string;
  name: string;
  organisation: string;
}

/**
 * The people of step 2 to pick as regisseur or as who does what: every row with a name, trimmed,
 * written as the form writes a person ("Naam (Organisatie)"), each label once.
 */
export function pickablePeople(values: FormValues, template: TemplateDef = TEMPLATE): PickablePerson[] {
  const seen = new Set<string>();
  return peopleRows(values, template).flatMap((r) => {
    const name = r.name.trim();
    const organisation = r.organisation.trim();
    const label = formatPersonText({ name, organisation });
    if (name === "" || seen.has(label)) return [];
    seen.add(label);
    return [{ label, name, organisation }];
  });
}

/**
 * Boxes that take someone of step 2: the regisseur and deputy fields (a person), and an
 * organisation column outside step 2 (‘Wie (organisatie)’: an organisation of step 2).
 */
export function picksPeople(
  field: { roles?: readonly FieldRole[] | undefined; kind: string },
  column?: { role?: ColumnRole | undefined },
): boolean {
  if (column) return column.role === "organisation" && !(field.roles ?? []).includes("people");
  return (field.roles ?? []).some((r) => r === "coordinator" || r === "coordinatorDeputy");
}
