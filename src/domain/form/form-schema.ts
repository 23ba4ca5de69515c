// The zod schema of a filled form, derived from the template definition. "draft" checks only
// the format of what is typed (while filling, an empty required box is not an error);
// "complete" adds required-ness, requiredWhen, minItems and minRows (used for readiness).
import * as z from "zod/mini";
import type { FieldDef, TemplateDef } from "../template";
import { TEMPLATE, allFields, findField } from "../template";
import type { FieldValue, FormValues, PersonValue, RowValue } from "./form-values";
import { isEmptyValue } from "./form-values";
import type { FieldProblem } from "./field-rules";
import {
  choiceProblem,
  dateProblem,
  fieldMessages,
  multiChoiceProblems,
  personProblems,
  rowsProblems,
  textProblem,
  textRulesFor,
} from "./field-rules";

export type FormMode = "draft" | "complete";

/** Problems with the value of one field, ignoring other fields (requiredWhen is form-level). */
export function fieldProblems(field: FieldDef, value: FieldValue, mode: FormMode): FieldProblem[] {
  const complete = mode === "complete";
  const plain = (list: (string | null)[]): FieldProblem[] =>
    list.filter((m): m is string => m !== null).map((message) => ({ message }));
  const required = complete && field.required && isEmptyValue(value);
  switch (field.kind) {
    case "text":
    case "longText":
      return plain([
        textProblem(field.label, value as string, textRulesFor(field)),
        required ? fieldMessages.required(field.label) : null,
      ]);
    case "date":
      return plain([dateProblem(field.label, value as string), required ? fieldMessages.required(field.label) : null]);
    case "singleChoice":
      return plain([
        choiceProblem(field.label, value as string, field.choices ?? []),
        required ? fieldMessages.chooseRequired(field.label) : null,
      ]);
    case "yesNo":
      return plain([required ? fieldMessages.yesNoRequired(field.label) : null]);
    case "multiChoice": {
      const list = value as string[];
      const min = field.minItems ?? (field.required ? 1 : 0);
      return plain([
        ...multiChoiceProblems(field.label, list, field.choices ?? []),
        complete && list.length < min ? fieldMessages.minItems(field.label, min) : null,
      ]);
    }
    case "person": {
      const p = value as PersonValue;
      const missingName = complete && field.required && p.name.trim() === "";
      const missingOrg = complete && field.required && !missingName && p.organisation.trim() === "";
      return plain([
        ...personProblems(field, p),
        missingName ? fieldMessages.required(field.label) : null,
        missingOrg ? fieldMessages.organisationRequired(field.label) : null,
      ]);
    }
    case "rows":
      return rowsProblems(field, value as RowValue[], complete);
  }
}

/** The shape check for a kind: guarantees fieldProblems gets the type it expects. */
function shapeSchema(field: FieldDef): z.ZodMiniType<FieldValue> {
  const error = fieldMessages.invalid(field.label);
  const str = z.string({ error });
  switch (field.kind) {
    case "text":
    case "longText":
    case "date":
    case "singleChoice":
      return str;
    case "yesNo":
      return z.nullable(z.boolean({ error }));
    case "multiChoice":
      return z.array(str, { error });
    case "person":
      return z.object({ name: str, organisation: str }, { error });
    case "rows":
      return z.array(z.object({ key: str, cells: z.record(z.string(), str, { error }) }, { error }), { error });
  }
}

export function buildFieldSchema(field: FieldDef, mode: FormMode = "complete"): z.ZodMiniType<FieldValue> {
  return shapeSchema(field).check(
    z.superRefine((value, ctx) => {
      for (const p of fieldProblems(field, value, mode)) {
        const path =
          p.rowIndex === undefined ? [] : p.columnId === undefined ? [p.rowIndex] : [p.rowIndex, "cells", p.columnId];
        ctx.addIssue({ code: "custom", message: p.message, path });
      }
    }),
  );
}

/** A field required because another field has a given value (e.g. consent date after "Ja"). */
export function isRequiredWhenMet(field: FieldDef, values: FormValues): boolean {
  return field.requiredWhen !== undefined && values[field.requiredWhen.field] === field.requiredWhen.equals;
}

export function buildFormSchema(
  template: TemplateDef = TEMPLATE,
  mode: FormMode = "complete",
): z.ZodMiniType<FormValues> {
  const fields = allFields(template).map((l) => l.field);
  const shape = Object.fromEntries(fields.map((f) => [f.id, buildFieldSchema(f, mode)]));
  return z.object(shape).check(
    z.superRefine((values, ctx) => {
      if (mode !== "complete") return;
      for (const f of fields) {
        if (!f.required && isRequiredWhenMet(f, values) && isEmptyValue(values[f.id])) {
          ctx.addIssue({ code: "custom", message: fieldMessages.required(f.label), path: [f.id] });
        }
      }
    }),
  ) as z.ZodMiniType<FormValues>;
}

export interface ValidateFieldOptions {
  template?: TemplateDef;
  /** Default "draft": inline validation while typing does not nag about empty boxes. */
  mode?: FormMode;
  /** The other values, for requiredWhen in complete mode. */
  values?: FormValues;
}

/** Dutch messages for one box's value (rows: prefixed with the row number). */
export function validateField(fieldId: string, value: unknown, options: ValidateFieldOptions = {}): string[] {
  const { template = TEMPLATE, mode = "draft", values } = options;
  const field = findField(fieldId, template)?.field;
  if (!field) return [`Onbekend vak ‘${fieldId}’.`];
  const shape = shapeSchema(field).safeParse(value);
  if (!shape.success) return [fieldMessages.invalid(field.label)];
  const out = fieldProblems(field, shape.data, mode).map((p) =>
    p.rowIndex === undefined ? p.message : `Rij ${p.rowIndex + 1}: ${p.message}`,
  );
  if (
    mode === "complete" &&
    values &&
    !field.required &&
    isRequiredWhenMet(field, values) &&
    isEmptyValue(shape.data)
  ) {
    out.push(fieldMessages.required(field.label));
  }
  return out;
}
