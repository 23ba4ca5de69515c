// What the code needs to know about a field, declared in the template instead of naming field
// ids in code. A role belongs to at most one field (the required ones to exactly one) and only
// to fields of the kinds listed; the schema checks both. Column roles say which column of a rows
// field holds a person's name, organisation, … . Code finds fields with fieldWithRole/columnWithRole.
import type { FieldKind } from "./field-kinds";

export const FIELD_ROLES = [
  "clientInitials",
  "municipality",
  "indication",
  "mdoDate",
  "documentOwner",
  "people",
  "familyPresent",
  "coordinator",
  "coordinatorDeputy",
  "consentDate",
  "secureChannel",
  "evaluationDate",
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

export interface FieldRoleSpec {
  /** The field kinds a field with this role may have. */
  kinds: readonly FieldKind[];
  /** True: every template has exactly one field with this role; false: at most one. */
  required: boolean;
  /** What the code does with it (for messages and readers of the template). */
  meaning: string;
}

export const FIELD_ROLE_SPECS = {
  clientInitials: {
    kinds: ["text"],
    required: true,
    meaning: "the client's initials: the file name, comparing copies, the anonymiser",
  },
  municipality: { kinds: ["singleChoice"], required: false, meaning: "the municipality (research summary)" },
  indication: { kinds: ["multiChoice"], required: false, meaning: "the indications (research summary)" },
  mdoDate: { kinds: ["date"], required: false, meaning: "the date of the MDO (the anonymiser's reference year)" },
  documentOwner: {
    kinds: ["person"],
    required: false,
    meaning: "the beheerder: the professional who keeps the document",
  },
  people: {
    kinds: ["rows"],
    required: false,
    meaning: "the people involved: recipients, presence at the MDO, signers, the anonymiser",
  },
  familyPresent: { kinds: ["yesNo"], required: false, meaning: "whether the family was at the MDO (agreement)" },
  coordinator: { kinds: ["person"], required: false, meaning: "the regisseur" },
  coordinatorDeputy: {
    kinds: ["text", "person"],
    required: false,
    meaning: "the vervanger, the regisseur's substitute: a name and organisation (anonymiser)",
  },
  consentDate: { kinds: ["date"], required: false, meaning: "the date the family consented to sharing information" },
  secureChannel: {
    kinds: ["singleChoice"],
    required: false,
    meaning: "the secure channel for sending (readiness, sending)",
  },
  evaluationDate: { kinds: ["date"], required: false, meaning: "the date of the evaluation" },
} as const satisfies Record<FieldRole, FieldRoleSpec>;

export const COLUMN_ROLES = ["personName", "organisation", "function", "roleInTrajectory", "contact"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Column roles the rows field with the role "people" must have. */
export const PEOPLE_COLUMN_ROLES: readonly ColumnRole[] = ["personName"];

interface RoleHolder {
  roles?: readonly FieldRole[] | undefined;
}
interface ColumnLike {
  id: string;
  role?: ColumnRole | undefined;
}
interface TemplateLike<F extends RoleHolder> {
  steps: readonly { fields: readonly F[] }[];
}

/** Every field with the role (normally one; the schema refuses more). */
export function fieldsWithRole<F extends RoleHolder>(template: TemplateLike<F>, role: FieldRole): F[] {
  return template.steps.flatMap((s) => s.fields.filter((f) => f.roles?.includes(role) === true));
}

/** The field with the role, or undefined when the template has none. */
export function fieldWithRole<F extends RoleHolder>(template: TemplateLike<F>, role: FieldRole): F | undefined {
  return fieldsWithRole(template, role)[0];
}

/** The column of a rows field with the role, or undefined. */
export function columnWithRole<C extends ColumnLike>(
  field: { columns?: readonly C[] | undefined } | undefined,
  role: ColumnRole,
): C | undefined {
  return field?.columns?.find((c) => c.role === role);
}
