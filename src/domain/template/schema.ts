// The template definition is data. This zod schema checks it at load, so the region can
// drop in the official wording (a new definition file) without code changes.
import * as z from "zod/mini";
import { COLUMN_ROLES, FIELD_ROLES, FIELD_ROLE_SPECS, PEOPLE_COLUMN_ROLES } from "./roles";

import { FIELD_KINDS } from "./field-kinds";

export { FIELD_KINDS, type FieldKind } from "./field-kinds";

const id = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/, "id: letters/digits, starting with a lower-case letter"));
const text = z.string().check(z.trim(), z.minLength(1));

export const columnSchema = z.object({
  id,
  label: text,
  kind: z.enum(["text", "date"]),
  required: z._default(z.boolean(), false),
  maxLength: z._default(z.int().check(z.positive()), 500),
  /** What the code needs to know about this column (roles.ts): a person's name, organisation, … */
  role: z.optional(z.enum(COLUMN_ROLES)),
});

export const fieldSchema = z
  .object({
    id,
    label: text,
    kind: z.enum(FIELD_KINDS),
    required: z._default(z.boolean(), false),
    hint: z._default(z.string(), ""),
    maxLength: z.optional(z.int().check(z.positive())),
    choices: z.optional(z.array(text)),
    minItems: z.optional(z.int().check(z.nonnegative())),
    columns: z.optional(z.array(columnSchema)),
    minRows: z.optional(z.int().check(z.nonnegative())),
    /** Required only when another field of the same step has this value (e.g. consent date). */
    requiredWhen: z.optional(z.object({ field: id, equals: z.union([z.boolean(), z.string()]) })),
    /** Filled from the user's profile when the form is created. */
    prefill: z.optional(z.enum(["profile"])),
    /** Pattern for short text; the message is shown when it does not match. */
    pattern: z.optional(z.object({ regex: z.string(), message: text })),
    /** The file name is built from this field. */
    usedInFileName: z.optional(z.boolean()),
    /** What the code needs to know about this field (roles.ts); code never names a field id. */
    roles: z.optional(z.array(z.enum(FIELD_ROLES))),
  })
  .check(
    z.superRefine((f, ctx) => {
      for (const role of f.roles ?? []) {
        const kinds: readonly string[] = FIELD_ROLE_SPECS[role].kinds;
        if (!kinds.includes(f.kind)) {
          ctx.addIssue({
            code: "custom",
            message: `${f.id}: role ${role} needs a field of kind ${kinds.join(" or ")}, not ${f.kind}`,
          });
        }
      }
      // The profile fills in a name and organisation: only a person field can take it (else it is silently ignored).
      if (f.prefill && f.kind !== "person")
        ctx.addIssue({
          code: "custom",
          message: `${f.id}: prefill profile needs a field of kind person, not ${f.kind}`,
        });
      if (f.roles && new Set(f.roles).size !== f.roles.length)
        ctx.addIssue({ code: "custom", message: `${f.id}: a role is listed twice` });
      const columnRoles = (f.columns ?? []).flatMap((c) => (c.role ? [c.role] : []));
      const twice = columnRoles.find((r, i) => columnRoles.indexOf(r) !== i);
      if (twice) ctx.addIssue({ code: "custom", message: `${f.id}: more than one column with role ${twice}` });
      for (const c of f.columns ?? []) {
        if (c.role && c.kind !== "text")
          ctx.addIssue({ code: "custom", message: `${f.id}.${c.id}: column role ${c.role} needs a text column` });
      }
      if (f.roles?.includes("people")) {
        for (const needed of PEOPLE_COLUMN_ROLES) {
          if (!columnRoles.includes(needed))
            ctx.addIssue({ code: "custom", message: `${f.id}: role people needs a column with role ${needed}` });
        }
      }
      const needsChoices = f.kind === "singleChoice" || f.kind === "multiChoice";
      if (needsChoices && (!f.choices || f.choices.length < 2)) {
        ctx.addIssue({ code: "custom", message: `${f.id}: a choice field needs at least two choices` });
      }
      if (!needsChoices && f.choices)
        ctx.addIssue({ code: "custom", message: `${f.id}: only choice fields have choices` });
      if (f.kind === "rows" && (!f.columns || f.columns.length === 0)) {
        ctx.addIssue({ code: "custom", message: `${f.id}: a rows field needs columns` });
      }
      if (f.kind !== "rows" && (f.columns || f.minRows !== undefined)) {
        ctx.addIssue({ code: "custom", message: `${f.id}: only rows fields have columns/minRows` });
      }
      if (f.columns && new Set(f.columns.map((c) => c.id)).size !== f.columns.length) {
        ctx.addIssue({ code: "custom", message: `${f.id}: duplicate column ids` });
      }
      if (f.pattern) {
        try {
          new RegExp(f.pattern.regex, "u");
        } catch {
          ctx.addIssue({ code: "custom", message: `${f.id}: invalid pattern` });
        }
      }
    }),
  );

export const stepSchema = z.object({
  id,
  /** "Basisgegevens", "Stap 1", …: the short name used in the log's Onderdeel column. */
  shortTitle: text,
  title: text,
  guidance: text,
  fields: z.array(fieldSchema).check(z.minLength(1)),
});

export const templateSchema = z
  .object({
    templateId: id,
    version: z.string().check(z.regex(/^\d+\.\d+(\.\d+)?$/)),
    title: text,
    introduction: z.array(text).check(z.minLength(1)),
    rulesOfUse: z.array(text).check(z.minLength(1)),
    steps: z.array(stepSchema).check(z.minLength(1)),
    changeLog: z.object({ title: text, columns: z.array(text).check(z.length(5)) }),
  })
  .check(
    z.superRefine((t, ctx) => {
      const stepIds = t.steps.map((s) => s.id);
      if (new Set(stepIds).size !== stepIds.length) ctx.addIssue({ code: "custom", message: "duplicate step ids" });
      const fieldIds = t.steps.flatMap((s) => s.fields.map((f) => f.id));
      const dup = fieldIds.find((fid, i) => fieldIds.indexOf(fid) !== i);
      if (dup) ctx.addIssue({ code: "custom", message: `duplicate field id ${dup}` });
      for (const step of t.steps) {
        for (const f of step.fields) {
          if (!f.requiredWhen) continue;
          const target = step.fields.find((o) => o.id === f.requiredWhen?.field);
          if (!target) {
            ctx.addIssue({
              code: "custom",
              message: `${f.id}: requiredWhen refers to unknown field ${f.requiredWhen.field}`,
            });
            continue;
          }
          // The condition must be a value the other field can hold, or it could never apply.
          const { equals } = f.requiredWhen;
          const fits =
            target.id !== f.id &&
            (typeof equals === "boolean"
              ? target.kind === "yesNo"
              : target.kind === "singleChoice" && (target.choices ?? []).includes(equals));
          if (!fits)
            ctx.addIssue({ code: "custom", message: `${f.id}: requiredWhen value does not fit field ${target.id}` });
        }
      }
      const fields = t.steps.flatMap((s) => s.fields);
      const inFileName = fields.filter((f) => f.usedInFileName);
      if (inFileName.length !== 1) {
        ctx.addIssue({ code: "custom", message: "exactly one field must be usedInFileName" });
      }
      for (const role of FIELD_ROLES) {
        const holders = fields.filter((f) => f.roles?.includes(role));
        if (holders.length > 1)
          ctx.addIssue({
            code: "custom",
            message: `role ${role} is on more than one field: ${holders.map((f) => f.id).join(", ")}`,
          });
        if (holders.length === 0 && FIELD_ROLE_SPECS[role].required)
          ctx.addIssue({
            code: "custom",
            message: `no field has the role ${role} (${FIELD_ROLE_SPECS[role].meaning})`,
          });
      }
      const initials = fields.find((f) => f.roles?.includes("clientInitials"));
      if (initials && inFileName.length === 1 && inFileName[0] !== initials) {
        ctx.addIssue({
          code: "custom",
          message: `the usedInFileName field must be the field with role clientInitials (${initials.id})`,
        });
      }
    }),
  );

export type ColumnDef = z.infer<typeof columnSchema>;
export type FieldDef = z.infer<typeof fieldSchema>;
export type StepDef = z.infer<typeof stepSchema>;
export type TemplateDef = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
