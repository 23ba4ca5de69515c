import fc from "fast-check";
import {
  buildFormSchema,
  emptyFormValues,
  findField,
  formIssues,
  normaliseBoxInput,
  normaliseFieldText,
  profilePrefill,
  validateField,
  withProfilePrefill,
  TEMPLATE,
} from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";

const complete = buildFormSchema(TEMPLATE, "complete");
const draft = buildFormSchema(TEMPLATE, "draft");
const messagesOf = (values: unknown, schema = complete): string[] => {
  const r = schema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("emptyFormValues", () => {
  it("gives each kind its empty value and prefills the beheerder from the profile", () => {
    const v = emptyFormValues(TEMPLATE, { name: "Petra Hof", organisation: "Ambiq" });
    expect(v.initialen).toBe("");
    expect(v.gezinAanwezig).toBeNull();
    expect(v.indicatie).toEqual([]);
    expect(v.betrokkenen).toEqual([]);
    expect(v.beheerder).toEqual({ name: "Petra Hof", organisation: "Ambiq" });
    expect(v.regisseur).toEqual({ name: "", organisation: "" });
    expect(Object.keys(v)).toHaveLength(TEMPLATE.steps.flatMap((s) => s.fields).length);
  });
});

describe("profilePrefill", () => {
  const field = (id: string) => findField(id)!.field;
  it("gives only the beheerder the profile's name and organisation, trimmed", () => {
    expect(profilePrefill(field("beheerder"), { name: " Petra Hof ", organisation: "Ambiq" })).toEqual({
      name: "Petra Hof",
      organisation: "Ambiq",
    });
    // no name: no person to prefill (the box would read "(Ambiq)")
    expect(profilePrefill(field("beheerder"), { name: "", organisation: "Ambiq" })).toBeUndefined();
    expect(profilePrefill(field("regisseur"), { name: "Petra Hof", organisation: "Ambiq" })).toBeUndefined();
    expect(profilePrefill(field("beheerder"), { name: " ", organisation: "" })).toBeUndefined();
    expect(profilePrefill(field("beheerder"), undefined)).toBeUndefined();
  });

  it("fills an empty Beheerder and keeps a filled one", () => {
    const petra = { name: "Petra Hof", organisation: "Ambiq" };
    expect(withProfilePrefill(emptyFormValues(), petra).beheerder).toEqual(petra);
    expect(withProfilePrefill(emptyFormValues(), petra).regisseur).toEqual({ name: "", organisation: "" });
    const kept = { name: "P. Hendriks", organisation: "Wijkteam Hengelo" };
    expect(withProfilePrefill({ ...emptyFormValues(), beheerder: kept }, petra).beheerder).toEqual(kept);
  });
});

describe("buildFormSchema", () => {
  it("accepts a completely filled form", () => {
    expect(messagesOf(filledValues())).toEqual([]);
  });

  it("draft mode accepts the empty form; complete mode lists what is required in Dutch", () => {
    expect(messagesOf(emptyFormValues(), draft)).toEqual([]);
    const msgs = messagesOf(emptyFormValues());
    expect(msgs).toEqual(
      expect.arrayContaining([
        "Vul ‘Initialen jeugdige’ in.",
        "Kies een gemeente.",
        "Kies minstens één indicatie.",
        "Vul ‘Datum MDO’ in.",
        "Voeg minstens 2 rijen toe.",
        "Voeg minstens 1 rij toe.",
        "Kies Ja of Nee bij ‘Toestemming van het gezin voor informatie-uitwisseling’.",
        "Kies een beveiligde verzendwijze.",
        "Vul ‘Wie is de regisseur?’ in.",
      ]),
    );
    expect(msgs).not.toContain("Vul ‘Wat gaat goed?’ in.");
    expect(msgs).not.toContain("Vul ‘Datum toestemming’ in.");
  });

  it("requires Datum toestemming only when toestemming is Ja", () => {
    const v = { ...filledValues(), datumToestemming: "" };
    expect(messagesOf(v)).toEqual(["Vul ‘Datum toestemming’ in."]);
    expect(messagesOf({ ...v, toestemming: false })).toEqual([]);
    expect(messagesOf(v, draft)).toEqual([]);
  });

  it("checks the initials pattern in both modes", () => {
    const v = { ...filledValues(), initialen: "E.S." };
    const msg = "Vul 1 tot 5 letters in, zonder punten of spaties (bijvoorbeeld ES).";
    expect(messagesOf(v)).toEqual([msg]);
    expect(messagesOf(v, draft)).toEqual([msg]);
    expect(messagesOf({ ...filledValues(), initialen: "ÉS" })).toEqual([]);
  });

  it("writes client initials as the file name does: capitals, no dots or spaces (the profile's rule)", () => {
    const initials = findField("initialen")!.field;
    expect(["es", "E.S.", "e. s.", "ES"].map((t) => normaliseFieldText(initials, t))).toEqual(["ES", "ES", "ES", "ES"]);
    expect(normaliseFieldText(initials, "Emma Smit")).toBe("Emma Smit");
    expect(normaliseFieldText(findField("vervanger")!.field, "e.s.")).toBe("e.s.");
    expect(normaliseBoxInput("initialen", "e.s.\n")).toBe("ES");
    expect(normaliseBoxInput("vervanger", "e.s.\n")).toBe("e.s.");
  });

  it("applies maxLength with defaults (short 200, long 20 000)", () => {
    expect(messagesOf({ ...filledValues(), vervanger: "x".repeat(200) })).toEqual([]);
    expect(messagesOf({ ...filledValues(), vervanger: "x".repeat(201) })).toEqual([
      "‘Vervanger bij afwezigheid’ is te lang: maximaal 200 tekens (nu 201).",
    ]);
    expect(messagesOf({ ...filledValues(), zorgen: "x".repeat(20_000) })).toEqual([]);
    expect(messagesOf({ ...filledValues(), zorgen: "x".repeat(20_001) })[0]).toBe(
      "‘Wat zijn de zorgen?’ is te lang: maximaal 20.000 tekens (nu 20.001).",
    );
    // Emoji count as one character each.
    expect(messagesOf({ ...filledValues(), vervanger: "😀".repeat(200) })).toEqual([]);
  });

  it("refuses control characters and line breaks in single-line fields", () => {
    expect(messagesOf({ ...filledValues(), vervanger: "Jan\u0007" })[0]).toMatch(/onzichtbaar stuurteken/);
    expect(messagesOf({ ...filledValues(), vervanger: "Jan\nPiet" })).toEqual([
      "‘Vervanger bij afwezigheid’ past op één regel: haal de regelovergang weg.",
    ]);
    expect(messagesOf({ ...filledValues(), vervanger: "Jan\tPiet" })[0]).toMatch(/stuurteken/);
    expect(messagesOf({ ...filledValues(), zorgen: "regel 1\n\tregel 2" })).toEqual([]);
    expect(messagesOf({ ...filledValues(), zorgen: "a\u0000b" })[0]).toMatch(/stuurteken/);
    expect(messagesOf({ ...filledValues(), regisseur: { name: "A\nB", organisation: "X" } })[0]).toMatch(/één regel/);
  });

  it("checks dates, choices and multi choices", () => {
    expect(messagesOf({ ...filledValues(), datumMdo: "2021-02-29" })[0]).toMatch(/geen geldige datum/);
    expect(messagesOf({ ...filledValues(), datumMdo: "1899-12-31" })[0]).toMatch(/geen geldige datum/);
    expect(messagesOf({ ...filledValues(), datumMdo: "2100-12-31" })).toEqual([]);
    expect(messagesOf({ ...filledValues(), datumMdo: "01-09-2020" })[0]).toMatch(/geen geldige datum/);
    expect(messagesOf({ ...filledValues(), gemeente: "Amsterdam" })).toEqual([
      "Kies bij ‘Gemeente’ een van de mogelijkheden uit de lijst.",
    ]);
    expect(messagesOf({ ...filledValues(), indicatie: ["OB5"] })[0]).toMatch(/uit de lijst/);
    expect(messagesOf({ ...filledValues(), indicatie: ["OB3b", "OB3b"] })).toEqual([
      "‘OB3b’ staat twee keer bij ‘Indicatie’.",
    ]);
  });

  it("checks rows: required cells, row keys, unknown columns", () => {
    const v = filledValues();
    v.doelen = [{ key: "r000003", cells: { doel: "", termijn: "3 maanden" } }];
    expect(messagesOf(v)).toEqual(["Vul ‘Doel’ in."]);
    expect(messagesOf(v, draft)).toEqual([]);
    v.doelen = [{ key: "bad", cells: { doel: "x" } }];
    expect(messagesOf(v, draft)[0]).toMatch(/ongeldige of dubbele sleutel/);
    v.doelen = [{ key: "r000003", cells: { doel: "x", extra: "y" } }];
    expect(messagesOf(v, draft)).toEqual(["Onbekende kolom ‘extra’ bij ‘Doelen’."]);
  });

  it("refuses values of the wrong shape with a Dutch message", () => {
    expect(messagesOf({ ...filledValues(), gezinAanwezig: "ja" })).toEqual([
      "Ongeldige waarde bij ‘Was het gezin aanwezig bij het MDO?’.",
    ]);
    const { gemeente: _drop, ...missing } = filledValues();
    expect(messagesOf(missing)).toEqual(["Ongeldige waarde bij ‘Gemeente’."]);
  });

  it("property: random text in a short text field is accepted iff it has no control chars, fits, and is one line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 250 }), (s) => {
        const ok = messagesOf({ ...filledValues(), vervanger: s }).length === 0;
        // eslint-disable-next-line no-control-regex -- these tests are about control characters
        const expected = !/[\u0000-\u001F\u007F-\u009F\u0085\u2028\u2029]/.test(s) && Array.from(s).length <= 200;
        expect(ok).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("validateField", () => {
  it("is lenient about empty boxes while filling (draft), strict when asked", () => {
    expect(validateField("gemeente", "")).toEqual([]);
    expect(validateField("gemeente", "", { mode: "complete" })).toEqual(["Kies een gemeente."]);
    expect(validateField("gemeente", "Parijs")).toEqual(["Kies bij ‘Gemeente’ een van de mogelijkheden uit de lijst."]);
  });

  it("numbers rows and knows requiredWhen when given the other values", () => {
    const rows = [{ key: "r000001", cells: { naam: "", rol: "", functie: "Wijkcoach" } }];
    expect(validateField("betrokkenen", rows, { mode: "complete" })).toEqual([
      "Rij 1: Vul ‘Naam’ in.",
      "Rij 1: Vul ‘Rol in dit traject’ in.",
      "Voeg minstens 2 rijen toe.",
    ]);
    expect(
      validateField("datumToestemming", "", { mode: "complete", values: { ...filledValues(), toestemming: true } }),
    ).toEqual(["Vul ‘Datum toestemming’ in."]);
    expect(
      validateField("datumToestemming", "", { mode: "complete", values: { ...filledValues(), toestemming: false } }),
    ).toEqual([]);
  });

  it("reports unknown fields and wrong shapes", () => {
    expect(validateField("bestaatNiet", "x")).toEqual(["Onbekend vak ‘bestaatNiet’."]);
    expect(validateField("indicatie", "OB3b")).toEqual(["Ongeldige waarde bij ‘Indicatie’."]);
  });
});

describe("formIssues", () => {
  it("ties problems to steps and boxes (cells by row key)", () => {
    const v = filledValues();
    v.doelen = [{ key: "r000009", cells: { doel: "", termijn: "3 maanden" } }];
    v.gemeente = "";
    const issues = formIssues(v);
    expect(issues).toEqual(
      expect.arrayContaining([
        { fieldId: "gemeente", stepId: "basis", boxKey: "gemeente", message: "Kies een gemeente." },
        { fieldId: "doelen", stepId: "stap4", boxKey: "doelen.r000009.doel", rowIndex: 0, message: "Vul ‘Doel’ in." },
      ]),
    );
    expect(formIssues({ ...filledValues(), betrokkenen: [] })).toEqual([
      { fieldId: "betrokkenen", stepId: "stap2", message: "Voeg minstens 2 rijen toe." },
    ]);
  });
});

describe("spare rows", () => {
  const { rowsProblems } = jest.requireActual(
    "../../src/domain/form/field-rules",
  ) as typeof import("../../src/domain/form/field-rules");
  const { findField } = jest.requireActual("../../src/domain") as typeof import("../../src/domain");
  const field = findField("doelen")!.field;
  const row = (key: string, doel: string, termijn = "") => ({ key, cells: { doel, termijn } });

  test("a row with nothing typed in it is neither a filled row nor a row with missing cells", () => {
    expect(rowsProblems(field, [row("raaaaaa", "Naar school"), row("rbbbbbb", ""), row("rcccccc", "")], true)).toEqual(
      [],
    );
  });

  test("blank rows do not make up the minimum, and a half-filled row still needs its required cells", () => {
    expect(rowsProblems(field, [row("raaaaaa", ""), row("rbbbbbb", "")], true).map((p) => p.message)).toEqual([
      "Vul minstens 1 rij in (nu 0 ingevuld).",
    ]);
    expect(rowsProblems(field, [row("raaaaaa", "", "3 maanden")], true).map((p) => p.message)).toEqual([
      "Vul ‘Doel’ in.",
    ]);
  });
});
