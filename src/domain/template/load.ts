// Validating a template definition (kept apart from index.ts so that the version registry can load
// every version without importing the module that picks the current one).
import { templateSchema, type TemplateDef, type TemplateInput } from "./schema";

/** Validates a template definition; throws with every problem listed when it is not valid. */
export function loadTemplate(input: TemplateInput | unknown): TemplateDef {
  const result = templateSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`Ongeldige sjabloondefinitie: ${problems}`);
  }
  return result.data;
}
