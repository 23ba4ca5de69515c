// Version 1.1 of the handreiking, written as the changes to 1.0 (handreiking.ts) so that whatever
// a field carries in 1.0 (hints, rules, roles) comes along unless it is changed here. Plausible
// changes after the pilot: an eighth part "Crisisafspraken", "Wat gaat goed?" split in two, a label
// and a step title reworded, a box renamed, a box moved to another step, a box removed.
import { handreikingTemplate } from "./handreiking";
import type { VersionMapping } from "./mapping";
import type { TemplateInput } from "./schema";

type StepInput = TemplateInput["steps"][number];
type FieldInput = StepInput["fields"][number];

function step10(id: string): StepInput {
  const step = handreikingTemplate.steps.find((s) => s.id === id);
  if (!step) throw new Error(`handreiking 1.0 has no step ${id}`);
  return step;
}

function field10(id: string): FieldInput {
  const field = handreikingTemplate.steps.flatMap((s) => s.fields).find((f) => f.id === id);
  if (!field) throw new Error(`handreiking 1.0 has no field ${id}`);
  return field;
}

/** The 1.0 step with its fields replaced by `fields` (built from 1.0 fields where they exist). */
function withFields(id: string, fields: FieldInput[], changes: Partial<Omit<StepInput, "fields">> = {}): StepInput {
  return { ...step10(id), ...changes, fields };
}

const keep = (...ids: string[]): FieldInput[] => ids.map(field10);

export const handreikingTemplate11: TemplateInput = {
  ...handreikingTemplate,
  version: "1.1",
  steps: [
    // "Was het gezin aanwezig bij het MDO?" moves to the MDO's own data.
    withFields("basis", [
      ...keep("initialen", "gemeente", "indicatie", "datumMdo"),
      field10("gezinAanwezig"),
      field10("beheerder"),
    ]),
    withFields("stap1", [
      field10("hulpvraag"),
      {
        ...field10("gaatGoed"),
        id: "gaatGoedJeugdige",
        label: "Wat gaat goed bij de jeugdige?",
        hint: "Krachten en interesses van de jeugdige",
      },
      {
        ...field10("gaatGoed"),
        id: "gaatGoedGezin",
        label: "Wat gaat goed in het gezin?",
        hint: "Krachten van de ouders, het gezin en het netwerk",
      },
      { ...field10("zorgen"), label: "Welke zorgen zijn er?" },
    ]),
    withFields("stap2", keep("betrokkenen")),
    // "Vervanger bij afwezigheid" is removed: the vervanger is now a row in the Betrokkenen table.
    withFields("stap3", keep("regisseur", "takenRegisseur", "rolBesproken")),
    withFields("stap4", keep("doelen"), { title: "Doelen van het gezin" }),
    withFields("stap5", keep("afspraken")),
    withFields("stap6", keep("afstemming", "toestemming", "datumToestemming", "verzendwijze")),
    withFields("stap7", [
      field10("evaluatiedatum"),
      {
        ...field10("stagnatie"),
        id: "vastlopen",
        label: "Wat doen we als het vastloopt of als afspraken niet worden nagekomen?",
      },
      field10("afsluiting"),
    ]),
    {
      id: "crisis",
      shortTitle: "Crisisafspraken",
      title: "Crisisafspraken",
      guidance:
        "Spreek af wat er gebeurt als het thuis misgaat: wie het gezin dan belt, wie buiten kantoortijd bereikbaar is en wie beslist. Bespreek dit met het gezin.",
      fields: [
        {
          id: "crisisafspraken",
          label: "Wat doen we bij een crisis?",
          kind: "longText",
          hint: "Wie belt het gezin, wie komt in actie, wie beslist",
        },
        {
          id: "crisisBereikbaar",
          label: "Bereikbaar buiten kantoortijd",
          kind: "text",
          hint: "Naam of dienst en telefoonnummer",
        },
      ],
    },
  ],
};

export const MAPPING_1_0_TO_1_1: VersionMapping = {
  from: "1.0",
  to: "1.1",
  changes: [
    { kind: "split", from: "gaatGoed", into: ["gaatGoedJeugdige", "gaatGoedGezin"] },
    { kind: "renamed", from: "stagnatie", to: "vastlopen" },
    { kind: "removed", field: "vervanger" },
    { kind: "added", field: "crisisafspraken" },
    { kind: "added", field: "crisisBereikbaar" },
  ],
  // Nothing agreed at the MDO changes meaning: new boxes start empty, texts stay where they were read.
  newAgreement: null,
};
