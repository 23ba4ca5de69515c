// A small change log: three people, three days, three steps.
import { createEntry, type ChangeEntry, type NewEntry, type Signer } from "../../src/domain";

const PH: Signer = { initials: "PH", organisation: "Ambiq" };
const JV: Signer = { initials: "JV", organisation: "Wijkteam Hengelo" };

let n = 0;
const random = () => ((n = (n + 0.137) % 1), n);
const at = (iso: string, who: Signer, input: NewEntry): ChangeEntry => createEntry(input, who, new Date(iso), random);

export function sampleLog(): ChangeEntry[] {
  return [
    at("2020-09-01T09:00:00Z", PH, { kind: "created", description: "Handreiking aangemaakt." }),
    at("2020-09-02T09:00:00Z", JV, {
      kind: "edit",
      stepId: "stap1",
      boxKey: "hulpvraag",
      before: "",
      after: "Rust in het gezin.",
      description: "Ingevuld: Stap 1 – Hulpvraag en situatie: Wat is de hulpvraag van de jeugdige en het gezin?",
    }),
    at("2020-09-03T09:00:00Z", PH, {
      kind: "rowAdded",
      stepId: "stap5",
      boxKey: "afspraken",
      description: "Rij toegevoegd: Afspraken",
    }),
  ];
}
