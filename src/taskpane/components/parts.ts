// The parts of the wizard: the template's steps and a closing part.
import { TEMPLATE, type StepDef, type StepMissing } from "../../domain";

export const FINISH_PART = "afronden";

export interface PartInfo {
  id: string;
  /** "Stap 1 – Hulpvraag en situatie", "Basisgegevens", "Afronden". */
  label: string;
  step?: StepDef;
}

export function stepLabel(step: StepDef): string {
  return step.shortTitle === step.title ? step.title : `${step.shortTitle} – ${step.title}`;
}

export function wizardParts(): PartInfo[] {
  return [
    ...TEMPLATE.steps.map((step) => ({ id: step.id, label: stepLabel(step), step })),
    { id: FINISH_PART, label: "Afronden" },
  ];
}

export function missingFor(missing: readonly StepMissing[], stepId: string): string[] {
  return missing.find((m) => m.stepId === stepId)?.messages ?? [];
}
