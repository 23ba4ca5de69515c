import { handreikingTemplate } from "./handreiking";
import { templateSchema, type FieldDef, type StepDef, type TemplateDef, type TemplateInput } from "./schema";

export * from "./schema";
export * from "./roles";
export * from "./field-kinds";
export { MUNICIPALITIES, INDICATIONS, SECURE_CHANNELS } from "./handreiking";

/** Validates a template definition; throws with every problem listed when it is not valid. */
export function loadTemplate(input: TemplateInput | unknown): TemplateDef {
  const result = templateSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`Ongeldige sjabloondefinitie: ${problems}`);
  }
  return result.data;
}

/** The bundled handreiking, validated once at module load. */
export const TEMPLATE: TemplateDef = loadTemplate(handreikingTemplate);

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
export function partLabel(fieldId: string | undefined, stepId: string | undefined, template: TemplateDef = TEMPLATE): string {
  const step = template.steps.find((s) => s.id === stepId) ?? (fieldId ? findField(fieldId, template)?.step : undefined);
  const field = fieldId ? findField(fieldId, template)?.field : undefined;
  if (!step) return "Document";
  const stepName = step.shortTitle === step.title ? step.title : `${step.shortTitle} – ${step.title}`;
  return field ? `${stepName}: ${field.label}` : stepName;
}
