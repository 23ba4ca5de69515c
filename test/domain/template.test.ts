import {
  TEMPLATE,
  loadTemplate,
  MUNICIPALITIES,
  INDICATIONS,
  SECURE_CHANNELS,
  partLabel,
  findField,
} from "../../src/domain";
import { handreikingTemplate } from "../../src/domain/template/handreiking";
import type { TemplateInput } from "../../src/domain";

type Expect = [id: string, label: string, kind: string, required: boolean];

const EXPECTED: Record<string, { shortTitle: string; title: string; fields: Expect[] }> = {
  basis: {
    shortTitle: "Basisgegevens",
    title: "Basisgegevens",
    fields: [
      ["initialen", "Initialen jeugdige", "text", true],
      ["gemeente", "Gemeente", "singleChoice", true],
      ["indicatie", "Indicatie", "multiChoice", true],
      ["datumMdo", "Datum MDO", "date", true],
      ["beheerder", "Beheerder van dit document", "person", true],
    ],
  },
  stap1: {
    shortTitle: "Stap 1",
    title: "Hulpvraag en situatie",
    fields: [
      ["hulpvraag", "Wat is de hulpvraag van de jeugdige en het gezin?", "longText", true],
      ["gaatGoed", "Wat gaat goed?", "longText", false],
      ["zorgen", "Wat zijn de zorgen?", "longText", false],
    ],
  },
  stap2: {
    shortTitle: "Stap 2",
    title: "Betrokkenen en rollen",
    fields: [
      ["betrokkenen", "Betrokkenen", "rows", true],
      ["gezinAanwezig", "Was het gezin aanwezig bij het MDO?", "yesNo", false],
    ],
  },
  stap3: {
    shortTitle: "Stap 3",
    title: "Regie",
    fields: [
      ["regisseur", "Wie is de regisseur?", "person", true],
      ["takenRegisseur", "Taken en mandaat van de regisseur", "longText", true],
      ["vervanger", "Vervanger bij afwezigheid", "text", false],
      ["rolBesproken", "Is de rol van de regisseur met het gezin besproken?", "yesNo", false],
    ],
  },
  stap4: { shortTitle: "Stap 4", title: "Gezamenlijke doelen", fields: [["doelen", "Doelen", "rows", true]] },
  stap5: { shortTitle: "Stap 5", title: "Afspraken: wie doet wat", fields: [["afspraken", "Afspraken", "rows", true]] },
  stap6: {
    shortTitle: "Stap 6",
    title: "Communicatie en informatie-uitwisseling",
    fields: [
      ["afstemming", "Hoe en hoe vaak stemmen we af?", "longText", true],
      ["toestemming", "Toestemming van het gezin voor informatie-uitwisseling", "yesNo", true],
      ["datumToestemming", "Datum toestemming", "date", false],
      ["verzendwijze", "Beveiligde verzendwijze", "singleChoice", true],
    ],
  },
  stap7: {
    shortTitle: "Stap 7",
    title: "Evaluatie, wijzigingen en afsluiting",
    fields: [
      ["evaluatiedatum", "Evaluatiedatum", "date", true],
      ["stagnatie", "Wat doen we bij stagnatie of als afspraken niet worden nagekomen?", "longText", false],
      ["afsluiting", "Wanneer sluiten we af en hoe dragen we over?", "longText", false],
    ],
  },
};

const clone = (): TemplateInput => structuredClone(handreikingTemplate);

describe("TEMPLATE matches the spec", () => {
  it("has basisgegevens and 7 steps in order", () => {
    expect(TEMPLATE.steps.map((s) => s.id)).toEqual(Object.keys(EXPECTED));
    expect(TEMPLATE.steps).toHaveLength(8);
  });

  it.each(Object.entries(EXPECTED))("step %s has the spec's boxes", (stepId, exp) => {
    const step = TEMPLATE.steps.find((s) => s.id === stepId)!;
    expect(step.shortTitle).toBe(exp.shortTitle);
    expect(step.title).toBe(exp.title);
    expect(step.guidance.length).toBeGreaterThan(10);
    expect(step.fields.map((f) => [f.id, f.label, f.kind, f.required])).toEqual(exp.fields);
  });

  it("has the 14 municipalities, 7 indications and 3 secure channels", () => {
    expect(MUNICIPALITIES).toHaveLength(14);
    expect(findField("gemeente")?.field.choices).toEqual([
      "Almelo",
      "Borne",
      "Dinkelland",
      "Enschede",
      "Haaksbergen",
      "Hellendoorn",
      "Hengelo",
      "Hof van Twente",
      "Losser",
      "Oldenzaal",
      "Rijssen-Holten",
      "Tubbergen",
      "Twenterand",
      "Wierden",
    ]);
    expect(findField("indicatie")?.field.choices).toEqual([
      "OB3b",
      "OB3c",
      "OB4a",
      "OB4b",
      "OB4c",
      "OB4e",
      "Wonen/Verblijf met behandeling",
    ]);
    expect(INDICATIONS).toHaveLength(7);
    expect(findField("indicatie")?.field.minItems).toBe(1);
    expect(findField("verzendwijze")?.field.choices).toEqual(["Zorgmail", "Zivver", "Anders beveiligd"]);
    expect(SECURE_CHANNELS).toHaveLength(3);
  });

  it("has the table columns and minimum rows of the spec", () => {
    const cols = (id: string) => findField(id)?.field.columns?.map((c) => c.label);
    expect(cols("betrokkenen")).toEqual(["Naam", "Organisatie", "Functie", "Rol in dit traject", "Bereikbaarheid"]);
    expect(findField("betrokkenen")?.field.minRows).toBe(2);
    expect(cols("doelen")).toEqual(["Doel", "Termijn"]);
    expect(findField("doelen")?.field.minRows).toBe(1);
    expect(cols("afspraken")).toEqual(["Afspraak", "Wie (organisatie)", "Wanneer"]);
    expect(findField("afspraken")?.field.minRows).toBe(1);
  });

  it("uses the client initials (only) for the file name, and prefills the beheerder", () => {
    const inName = TEMPLATE.steps.flatMap((s) => s.fields).filter((f) => f.usedInFileName);
    expect(inName.map((f) => f.id)).toEqual(["initialen"]);
    const pattern = new RegExp(findField("initialen")!.field.pattern!.regex, "u");
    expect(pattern.test("ES")).toBe(true);
    expect(pattern.test("Emma Smit")).toBe(false);
    expect(findField("beheerder")?.field.prefill).toBe("profile");
    expect(findField("datumToestemming")?.field.requiredWhen).toEqual({ field: "toestemming", equals: true });
  });

  it("has the change log with its 5 columns", () => {
    expect(TEMPLATE.changeLog).toEqual({
      title: "Wijzigingslogboek",
      columns: ["Datum", "Initialen", "Organisatie", "Onderdeel", "Wijziging"],
    });
  });

  it("labels parts for the log", () => {
    expect(partLabel("gezinAanwezig", undefined)).toBe(
      "Stap 2 – Betrokkenen en rollen: Was het gezin aanwezig bij het MDO?",
    );
    expect(partLabel("gemeente", undefined)).toBe("Basisgegevens: Gemeente");
    expect(partLabel(undefined, undefined)).toBe("Document");
  });
});

describe("loadTemplate refuses broken definitions", () => {
  const broken: [string, (t: TemplateInput) => void, RegExp][] = [
    [
      "duplicate field ids",
      (t) => {
        t.steps[1]!.fields[1]!.id = "hulpvraag";
      },
      /duplicate field id hulpvraag/,
    ],
    [
      "duplicate step ids",
      (t) => {
        t.steps[2]!.id = "stap1";
      },
      /duplicate step ids/,
    ],
    [
      "a choice field without choices",
      (t) => {
        delete t.steps[0]!.fields[1]!.choices;
      },
      /choice field needs at least two choices/,
    ],
    [
      "rows without columns",
      (t) => {
        t.steps[4]!.fields[0]!.columns = [];
      },
      /rows field needs columns/,
    ],
    [
      "requiredWhen on an unknown field",
      (t) => {
        t.steps[6]!.fields[2]!.requiredWhen = { field: "nietBestaand", equals: true };
      },
      /unknown field nietBestaand/,
    ],
    [
      "requiredWhen with a value the field cannot hold",
      (t) => {
        t.steps[6]!.fields[2]!.requiredWhen = { field: "toestemming", equals: "misschien" };
      },
      /does not fit/,
    ],
    [
      "two usedInFileName fields",
      (t) => {
        t.steps[0]!.fields[1]!.usedInFileName = true;
      },
      /exactly one field must be usedInFileName/,
    ],
    [
      "an invalid pattern",
      (t) => {
        t.steps[0]!.fields[0]!.pattern = { regex: "([", message: "x" };
      },
      /invalid pattern/,
    ],
    [
      "an empty label",
      (t) => {
        t.steps[0]!.fields[0]!.label = "  ";
      },
      /label/,
    ],
    [
      "duplicate column ids",
      (t) => {
        t.steps[4]!.fields[0]!.columns![1]!.id = "doel";
      },
      /duplicate column ids/,
    ],
  ];

  it.each(broken)("refuses %s with a message", (_name, breakIt, message) => {
    const t = clone();
    breakIt(t);
    expect(() => loadTemplate(t)).toThrow(/^Ongeldige sjabloondefinitie: /);
    expect(() => loadTemplate(t)).toThrow(message);
  });

  it("accepts the bundled definition and refuses non-objects", () => {
    expect(loadTemplate(clone()).steps).toHaveLength(8);
    expect(() => loadTemplate(null)).toThrow(/Ongeldige sjabloondefinitie/);
  });
});
