// The anonymiser finds the client's initials, the people of step 2, the person fields and the
// organisation columns through the template's roles: the same form under other field and column
// ids gives the same anonymised copy.
import { createEntry, loadTemplate, newDataPart, TEMPLATE, type TemplateInput } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { handreikingTemplate } from "../../src/domain/template/handreiking";

const PH = { initials: "PH", organisation: "Ambiq", name: "Pieter Hendriks" };
const RENAME: Record<string, string> = {
  initialen: "clientCode",
  betrokkenen: "people",
  naam: "fullName",
  organisatie: "org",
  regisseur: "lead",
  vervanger: "deputy",
  afspraken: "tasks",
  wie: "who",
  gemeente: "town",
};
const renameKey = (key: string): string =>
  key
    .split(".")
    .map((p) => RENAME[p] ?? p)
    .join(".");

function renamedTemplate() {
  const t: TemplateInput = structuredClone(handreikingTemplate);
  for (const f of t.steps.flatMap((s) => s.fields)) {
    f.id = RENAME[f.id] ?? f.id;
    for (const c of f.columns ?? []) c.id = RENAME[c.id] ?? c.id;
  }
  return loadTemplate(t);
}

function form(rename: (key: string) => string) {
  let seed = 7;
  const random = (): number => ((seed = (seed * 9301 + 49297) % 233280), seed / 233280);
  const texts: Record<string, string> = {
    initialen: "ES",
    gemeente: "Enschede",
    "betrokkenen.r1.naam": "Els de Jong",
    "betrokkenen.r1.organisatie": "Gezin",
    "betrokkenen.r1.rol": "Moeder",
    "betrokkenen.r2.naam": "Pieter Hendriks",
    "betrokkenen.r2.organisatie": "Ambiq",
    "betrokkenen.r2.rol": "Behandelaar",
    regisseur: "Karin Smit (Gemeente Enschede)",
    vervanger: "Tom Bakker, Gemeente Enschede",
    "afspraken.r3.afspraak": "Huisbezoek",
    "afspraken.r3.wie": "Ambiq en moeder",
    zorgen: "Els de Jong belt Karin Smit; Tom Bakker neemt waar. ES slaapt slecht.",
  };
  const boxTexts = Object.fromEntries(Object.entries(texts).map(([k, v]) => [rename(k), v]));
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random });
  data.rowOrder = { [rename("betrokkenen")]: ["r1", "r2"], [rename("afspraken")]: ["r3"] };
  data.changeLog = [
    createEntry(
      { kind: "edit", stepId: "stap1", boxKey: "zorgen", before: "", after: texts.zorgen, description: "Ingevuld" },
      PH,
      new Date("2021-09-01T09:00:00Z"),
      random,
    ),
  ];
  data.lastAttributed = { ...boxTexts };
  return { data, boxTexts, random };
}

describe("the anonymiser follows the roles", () => {
  it("gives the same copy under other field and column ids", () => {
    const plain = anonymiseForm({ ...form((k) => k), offsetDays: 30 });
    const renamed = anonymiseForm({ ...form(renameKey), offsetDays: 30, template: renamedTemplate() });
    expect(renamed.boxTexts.zorgen).toBe(
      "Ouder 1 belt Professional B; Professional C neemt waar. Jeugdige slaapt slecht.",
    );
    expect(renamed.boxTexts).toEqual(
      Object.fromEntries(Object.entries(plain.boxTexts).map(([k, v]) => [renameKey(k), v])),
    );
    expect([
      renamed.boxTexts.clientCode,
      renamed.boxTexts["people.r2.fullName"],
      renamed.boxTexts["people.r2.org"],
      renamed.boxTexts.lead,
    ]).toEqual(["J", "Professional A", "Zorgaanbieder A", "Professional B (Gemeente)"]);
    expect(renamed.summary.municipality).toBe("Enschede");
    expect(renamed.summary.betrokkenen).toEqual(plain.summary.betrokkenen);
    expect(renamed.report.counts).toEqual(plain.report.counts);
  });
});

describe("picked for ‘Wie (organisatie)’ (issue 28 pick list)", () => {
  it("an organisation of step 2, as written there, becomes the same code as in step 2", () => {
    const base = form((k) => k);
    const boxTexts = { ...base.boxTexts, "afspraken.r3.wie": "Ambiq" };
    const copy = anonymiseForm({ ...base, data: { ...base.data, lastAttributed: boxTexts }, boxTexts, offsetDays: 30 });
    expect(copy.boxTexts["afspraken.r3.wie"]).toBe(copy.boxTexts["betrokkenen.r2.organisatie"]);
    expect(copy.boxTexts["afspraken.r3.wie"]).not.toMatch(/Ambiq/);
  });
});
