import type { FieldDef, StepDef, TemplateDef } from "./schema";
import { SHIPPED_VERSION, templateOfVersion } from "./versions";

export * from "./schema";
export * from "./roles";
export * from "./field-kinds";
export { MUNICIPALITIES, INDICATIONS, SECURE_CHANNELS } from "./handreiking";
export * from "./versions";

export { loadTemplate } from "./load";

/**
 * The template this add-in works in: the version the add-in ships with (SHIPPED_VERSION in
 * versions.ts), validated once at module load. Every domain function that takes a template
 * defaults to it, read at call time. `runAsTemplateVersion` is the one seam that changes it: tests
 * run the whole add-in (Word layer, pane) as if it shipped a later registered version, to prove
 * that documents of an earlier version upgrade. Production code never calls it.
 */
export let TEMPLATE: TemplateDef = templateOfVersion(SHIPPED_VERSION);

/** Tests only (see TEMPLATE): makes a registered version the add-in's current one; returns the previous. */
export function runAsTemplateVersion(version: string): TemplateDef {
  const previous = TEMPLATE;
  TEMPLATE = templateOfVersion(version);
  return previous;
}

export interface FieldLocation {
  step: StepDef;
  field: FieldDef;
}

/** Every field with its step, in document order. */
export function allFields(template: TemplateDef = TEMPLATE): FieldLocation[] {
  return template.steps.flatMap((step) => step.fields.map((field) => ({ step, field })));
}

export function findField(fieldId: string, template: TemplateDef = TEMPLATE): FieldLocation | undefined {
  return allFields(template).find((l) => l.field.id === fieldId);
}

/** "Stap 2 – Betrokkenen en rollen: Was het gezin aanwezig bij het MDO?": the log's Onderdeel text. */
export function partLabel(
  fieldId: string | undefined,
  stepId: string | undefined,
  template: TemplateDef = TEMPLATE,
): string {
  const step =
    template.steps.find((s) => s.id === stepId) ?? (fieldId ? findField(fieldId, template)?.step : undefined);
  const field = fieldId ? findField(fieldId, template)?.field : undefined;
  if (!step) return "Document";
  const stepName = step.shortTitle === step.title ? step.title : `${step.shortTitle} – ${step.title}`;
  return field ? `${stepName}: ${field.label}` : stepName;
}
