// Synthetic templates of any size, for benchmarks and scale tests: valid per loadTemplate.
/* eslint-disable local/text-home -- a generated template's wording is test data (like the real
   template's in src/domain/template), not the add-in's own text */
import { loadTemplate, type TemplateDef, type TemplateInput } from "../domain/template";

/** Boxes per synthetic step. */
export const SYNTHETIC_FIELDS_PER_STEP = 10;

/**
 * A template with exactly `boxCount` boxes (short text and long text, alternating), in steps of
 * SYNTHETIC_FIELDS_PER_STEP. The first box is the file-name field.
 */
export function syntheticTemplate(boxCount: number): TemplateDef {
  if (!Number.isInteger(boxCount) || boxCount < 1)
    throw new Error(`boxCount must be a positive integer, got ${boxCount}`);
  const stepCount = Math.ceil(boxCount / SYNTHETIC_FIELDS_PER_STEP);
  const steps: TemplateInput["steps"] = [];
  let n = 0;
  for (let s = 1; s <= stepCount; s++) {
    const fields: TemplateInput["steps"][number]["fields"] = [];
    while (fields.length < SYNTHETIC_FIELDS_PER_STEP && n < boxCount) {
      n++;
      const long = n % 2 === 0;
      fields.push({
        id: `veld${n}`,
        label: long ? `Toelichting bij onderwerp ${n}` : `Onderwerp ${n}`,
        kind: long ? "longText" : "text",
        required: n === 1,
        hint: long ? "Een paar zinnen" : "Kort antwoord",
        ...(n === 1 ? { maxLength: 5, usedInFileName: true, roles: ["clientInitials" as const] } : {}),
      });
    }
    steps.push({
      id: `stap${s}`,
      shortTitle: `Stap ${s}`,
      title: `Synthetisch onderdeel ${s}`,
      guidance: `Toelichting bij synthetisch onderdeel ${s}: vul de vakken in.`,
      fields,
    });
  }
  return loadTemplate({
    templateId: `synthetisch${boxCount}`,
    version: "1.0",
    title: `Synthetische handreiking met ${boxCount} vakken`,
    introduction: ["Een gegenereerd sjabloon voor metingen en schaaltests."],
    rulesOfUse: ["Vul alleen de daarvoor bestemde vakken in."],
    steps,
    changeLog: { title: "Wijzigingslogboek", columns: ["Datum", "Initialen", "Organisatie", "Onderdeel", "Wijziging"] },
  });
}
