// The problems of a whole form, each tied to its step and (where there is one) its box,
// so the task pane can point at the box and readiness can group per step.
import type { TemplateDef } from "../template";
import { TEMPLATE, findField } from "../template";
import type { FormValues } from "./form-values";
import { isRows } from "./form-values";
import type { FormMode } from "./form-schema";
import { buildFormSchema } from "./form-schema";
import { boxKey } from "./boxes";

export interface FormIssue {
  fieldId: string;
  stepId: string;
  /** The box to point at; absent for a problem of a whole table (e.g. too few rows). */
  boxKey?: string;
  rowIndex?: number;
  message: string;
}

export function formIssues(
  values: FormValues,
  mode: FormMode = "complete",
  template: TemplateDef = TEMPLATE,
): FormIssue[] {
  const result = buildFormSchema(template, mode).safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue): FormIssue => {
    const [fieldId, rowIndex, , columnId] = issue.path;
    const loc = typeof fieldId === "string" ? findField(fieldId, template) : undefined;
    if (!loc) return { fieldId: String(fieldId ?? ""), stepId: "", message: issue.message };
    const base = { fieldId: loc.field.id, stepId: loc.step.id, message: issue.message };
    if (loc.field.kind !== "rows") return { ...base, boxKey: loc.field.id };
    const rows = values[loc.field.id];
    const row = typeof rowIndex === "number" && isRows(rows) ? rows[rowIndex] : undefined;
    if (!row) return base;
    return typeof columnId === "string"
      ? { ...base, rowIndex: rowIndex as number, boxKey: boxKey({ fieldId: loc.field.id, rowKey: row.key, columnId }) }
      : { ...base, rowIndex: rowIndex as number };
  });
}
