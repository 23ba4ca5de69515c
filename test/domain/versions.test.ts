// The registry of handreiking versions, the 1.0 → 1.1 mapping and what an upgrade does to the data.
import {
  compareVersions,
  EARLIER_HEADING,
  findField,
  loadTemplate,
  mappingProblems,
  newDataPart,
  planUpgrade,
  SHIPPED_VERSION,
  TEMPLATE,
  TEMPLATE_VERSIONS,
  templateOfVersion,
  upgradeData,
  VERSION_MAPPINGS,
  entryPartLabel,
  withoutEarlierParts,
  type TemplateInput,
  type VersionMapping,
} from "../../src/domain";
import { handreikingTemplate } from "../../src/domain/template/handreiking";
import { handreikingTemplate11 } from "../../src/domain/template/handreiking-1-1";

const PH = { initials: "PH", organisation: "Ambiq" };
const NOW = new Date("2021-03-01T09:00:00Z");
const T10 = templateOfVersion("1.0");
const T11 = templateOfVersion("1.1");

describe("registry", () => {
  test("the add-in ships 1.0; 1.0 and 1.1 are registered, oldest first, every mapping fits its definitions", () => {
    expect(SHIPPED_VERSION).toBe("1.0");
    expect(TEMPLATE.version).toBe("1.0");
    expect(TEMPLATE_VERSIONS.map((t) => t.version)).toEqual(["1.0", "1.1"]);
    for (const m of VERSION_MAPPINGS)
      expect({
        m: `${m.from}→${m.to}`,
        problems: mappingProblems(m, templateOfVersion(m.from), templateOfVersion(m.to)),
      }).toEqual({ m: `${m.from}→${m.to}`, problems: [] });
    expect(VERSION_MAPPINGS.map((m) => [m.from, m.to])).toEqual(
      TEMPLATE_VERSIONS.slice(1).map((t, i) => [TEMPLATE_VERSIONS[i]!.version, t.version]),
    );
  });

  test("versions compare as numbers", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.1", "1.1.0")).toBe(0);
    expect(compareVersions("1.0", "2.0")).toBeLessThan(0);
    expect(() => templateOfVersion("3.0")).toThrow("Onbekende versie");
  });

  test("1.1 is derived from 1.0: a field that stays carries every property it has in 1.0", () => {
    const plain = (id: string) => handreikingTemplate.steps.flatMap((s) => s.fields).find((f) => f.id === id);
    const next = (id: string) => handreikingTemplate11.steps.flatMap((s) => s.fields).find((f) => f.id === id);
    for (const id of ["initialen", "gemeente", "betrokkenen", "toestemming", "datumToestemming", "gezinAanwezig"])
      expect(next(id)).toBe(plain(id));
    expect(next("gaatGoedJeugdige")).toEqual({
      ...plain("gaatGoed"),
      id: "gaatGoedJeugdige",
      label: "Wat gaat goed bij de jeugdige?",
      hint: expect.any(String),
    });
    expect(T11.steps.map((s) => s.id)).toEqual([...T10.steps.map((s) => s.id), "crisis"]);
  });
});

describe("mappingProblems refuses a mapping that does not fit", () => {
  const broken = (changes: VersionMapping["changes"]): string[] =>
    mappingProblems({ from: "1.0", to: "1.1", changes, newAgreement: null }, T10, T11);
  test("a field forgotten, a field named that does not exist, a kind that cannot carry the text", () => {
    expect(broken([])).toEqual(
      expect.arrayContaining([
        expect.stringContaining("field gaatGoed of 1.0"),
        expect.stringContaining("field crisisafspraken of 1.1"),
      ]),
    );
    expect(broken([{ kind: "removed", field: "bestaatNiet" }]).join()).toContain("1.0 has no field bestaatNiet");
    const toDate: TemplateInput = {
      ...handreikingTemplate,
      version: "1.1",
      steps: handreikingTemplate.steps.map((s) => ({
        ...s,
        fields: s.fields.map((f) => (f.id === "zorgen" ? { ...f, kind: "date" as const } : f)),
      })),
    };
    expect(
      mappingProblems({ from: "1.0", to: "1.1", changes: [], newAgreement: null }, T10, loadTemplate(toDate)).join(),
    ).toContain("zorgen: a longText box cannot become a date box");
  });
});

describe("planUpgrade 1.0 → 1.1", () => {
  const result = planUpgrade("1.0", T11);
  if (!result.ok) throw new Error(result.error);
  const { plan } = result;

  test("origins: kept, renamed, split (old text into the first part), moved, added", () => {
    expect(plan.origins.hulpvraag).toEqual({ from: "hulpvraag" });
    expect(plan.origins.vastlopen).toEqual({ from: "stagnatie" });
    expect(plan.origins.gaatGoedJeugdige).toEqual({ from: "gaatGoed", splitOf: "gaatGoed" });
    expect(plan.origins.gaatGoedGezin).toEqual({ from: null, splitOf: "gaatGoed" });
    expect(plan.origins.gezinAanwezig).toEqual({ from: "gezinAanwezig" });
    expect(plan.origins.crisisafspraken).toEqual({ from: null });
    expect(plan.removed).toEqual(["vervanger"]);
    expect(plan.newAgreement).toEqual([]);
  });

  test("what changes, in plain Dutch", () => {
    expect(plan.changes).toEqual([
      "Vak ‘Was het gezin aanwezig bij het MDO?’ staat nu bij ‘Basisgegevens’ (was ‘Stap 2 – Betrokkenen en rollen’); de tekst gaat mee.",
      "Vak ‘Wat gaat goed?’ is gesplitst in ‘Wat gaat goed bij de jeugdige?’ en ‘Wat gaat goed in het gezin?’. De tekst die er stond, komt in ‘Wat gaat goed bij de jeugdige?’; verdeel hem zelf als een deel in een ander vak hoort.",
      "Vak ‘Wat zijn de zorgen?’ heet nu ‘Welke zorgen zijn er?’; de tekst blijft staan.",
      "Onderdeel ‘Stap 4 – Gezamenlijke doelen’ heet nu ‘Stap 4 – Doelen van het gezin’.",
      "Vak ‘Wat doen we bij stagnatie of als afspraken niet worden nagekomen?’ heet nu ‘Wat doen we als het vastloopt of als afspraken niet worden nagekomen?’; de tekst blijft staan.",
      "Nieuw onderdeel ‘Crisisafspraken’, met de vakken ‘Wat doen we bij een crisis?’, ‘Bereikbaar buiten kantoortijd’.",
      `Vak ‘Vervanger bij afwezigheid’ (Stap 3 – Regie) vervalt. Tekst die erin staat, blijft bewaard: vergrendeld onder ‘${EARLIER_HEADING}’ aan het eind van het document.`,
    ]);
  });

  test("same version: nothing changes; newer or unknown version: refused in Dutch", () => {
    const same = planUpgrade("1.1", T11);
    expect(same.ok && same.plan.changes).toEqual([]);
    expect(planUpgrade("1.1", T10)).toEqual({
      ok: false,
      error: expect.stringContaining("deze invoegtoepassing kent versie 1.0"),
    });
    expect(planUpgrade("0.9", T11)).toEqual({ ok: false, error: expect.stringContaining("onbekend") });
  });

  test("chains mappings: 1.0 → 1.1 → 1.2, a rename of a split part follows the text, agreement reasons collected", () => {
    const input12: TemplateInput = {
      ...handreikingTemplate11,
      version: "1.2",
      steps: handreikingTemplate11.steps.map((s) => ({
        ...s,
        fields: s.fields.map((f) => (f.id === "gaatGoedJeugdige" ? { ...f, id: "krachtenJeugdige" } : f)),
      })),
    };
    const T12 = loadTemplate(input12);
    const m12: VersionMapping = {
      from: "1.1",
      to: "1.2",
      changes: [{ kind: "renamed", from: "gaatGoedJeugdige", to: "krachtenJeugdige" }],
      newAgreement: "De afspraken over krachten zijn anders.",
    };
    const r = planUpgrade("1.0", T12, [...TEMPLATE_VERSIONS, T12], [...VERSION_MAPPINGS, m12]);
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.origins.krachtenJeugdige).toEqual({ from: "gaatGoed", splitOf: "gaatGoed" });
    expect(r.plan.newAgreement).toEqual(["De afspraken over krachten zijn anders."]);
    expect(planUpgrade("1.0", T12)).toEqual({
      ok: false,
      error: expect.stringContaining("Er is geen beschrijving hoe versie 1.1"),
    });
  });
});

describe("upgradeData", () => {
  const result = planUpgrade("1.0", T11);
  if (!result.ok) throw new Error(result.error);
  const plan = result.plan;
  const base = {
    ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", documentId: "d1", versionId: "v1" }),
    lastAttributed: {
      gaatGoed: "Sport",
      vervanger: "Jan (Ambiq)",
      stagnatie: "Opschalen",
      zorgen: "",
      "betrokkenen.r000001.naam": "Moeder",
    },
    rowOrder: { betrokkenen: ["r000001"] },
  };

  test("every text goes to the box that takes it; removed text kept for 'Uit eerdere versie'; one log entry", () => {
    const texts = { ...base.lastAttributed, zorgen: "Getypt zonder de invoegtoepassing" };
    const up = upgradeData({ data: base, boxTexts: texts, plan, signer: PH, now: NOW, random: () => 0.5 });
    expect(up.data.templateVersion).toBe("1.1");
    expect(up.texts).toMatchObject({
      gaatGoedJeugdige: "Sport",
      gaatGoedGezin: "",
      vastlopen: "Opschalen",
      zorgen: "Getypt zonder de invoegtoepassing",
      crisisafspraken: "",
    });
    expect(up.texts).not.toHaveProperty("gaatGoed");
    // attributed texts follow their box; the outside edit in zorgen stays an outside edit
    expect(up.data.lastAttributed).toMatchObject({
      gaatGoedJeugdige: "Sport",
      vastlopen: "Opschalen",
      zorgen: "",
      gaatGoedGezin: "",
      crisisafspraken: "",
      "betrokkenen.r000001.naam": "Moeder",
    });
    expect(Object.keys(up.data.lastAttributed)).not.toEqual(
      expect.arrayContaining(["gaatGoed", "vervanger", "stagnatie"]),
    );
    expect(up.earlier).toEqual([{ fieldId: "vervanger", label: "Vervanger bij afwezigheid", text: "Jan (Ambiq)" }]);
    expect(up.data.changeLog).toHaveLength(1);
    expect(up.entry.description).toBe(
      "Bijgewerkt naar versie 1.1 door PH (was versie 1.0). De tekst van ‘Wat gaat goed?’ staat nu in ‘Wat gaat goed bij de jeugdige?’. Tekst uit vervallen vakken (‘Vervanger bij afwezigheid’) staat onder ‘Uit eerdere versie’.",
    );
    expect(up.agreementDropped).toBe(false);
    expect(findField("gaatGoedJeugdige", T11)?.step.id).toBe("stap1");
  });

  test("an agreed document stays agreed unless the mapping asks for new agreement", () => {
    const agreed = { ...base, agreed: { day: "20200902", initials: "PH", organisation: "Ambiq" } };
    const kept = upgradeData({ data: agreed, boxTexts: agreed.lastAttributed, plan, signer: PH, now: NOW });
    expect(kept.data.agreed).toEqual(agreed.agreed);
    expect(kept.data.formVersion).toBe(agreed.formVersion);
    expect(kept.entry.description).toContain("Het document blijft vastgesteld.");
    const dropped = upgradeData({
      data: agreed,
      boxTexts: agreed.lastAttributed,
      plan: { ...plan, newAgreement: ["Nieuwe afspraken over crisis."] },
      signer: PH,
      now: NOW,
    });
    expect(dropped.agreementDropped).toBe(true);
    expect(dropped.data.agreed).toBeNull();
    expect(dropped.data.formVersion).toBe(agreed.formVersion + 1);
    expect(dropped.entry.description).toContain("Opnieuw vaststellen in het MDO nodig: Nieuwe afspraken over crisis.");
  });
});

test("a log entry about a box a later version renamed or removed is named as its own version named it", () => {
  expect(entryPartLabel({ boxKey: "gaatGoed", stepId: "stap1" }, T11)).toBe(
    "Stap 1 – Hulpvraag en situatie: Wat gaat goed?",
  );
  expect(entryPartLabel({ boxKey: "vervanger", stepId: "stap3" }, T11)).toBe(
    "Stap 3 – Regie: Vervanger bij afwezigheid",
  );
  expect(entryPartLabel({ boxKey: "gaatGoedGezin", stepId: "stap1" }, T11)).toBe(
    "Stap 1 – Hulpvraag en situatie: Wat gaat goed in het gezin?",
  );
});

test("the parts 'Uit eerdere versie' are left out when the document's locked text is compared with the template", () => {
  const texts = [
    "Stap 7 – Evaluatie",
    "",
    EARLIER_HEADING,
    "Deze tekst stond…",
    "Vervanger bij afwezigheid",
    "Jan",
    "Wijzigingslogboek",
    "Dit logboek…",
  ];
  expect(withoutEarlierParts(texts, "Wijzigingslogboek")).toEqual([
    "Stap 7 – Evaluatie",
    "",
    "Wijzigingslogboek",
    "Dit logboek…",
  ]);
  expect(withoutEarlierParts(["a", "b"], "Wijzigingslogboek")).toEqual(["a", "b"]);
});
