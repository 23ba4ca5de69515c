import {
  agreementDescription,
  defaultAgreementDay,
  emptyFormValues,
  MAX_DESCRIPTION,
  mdoDayDifference,
  presentAtMdo,
  type FormValues,
} from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";

describe("agreement", () => {
  test("the log line of a plain agreement", () => {
    expect(agreementDescription("20200902")).toBe("Vastgesteld in het MDO van 02-09-2020.");
    expect(agreementDescription("20200902", { missing: [], reason: "" })).toBe(
      "Vastgesteld in het MDO van 02-09-2020.",
    );
  });

  test("agreed with required things missing: what, and why, on one line within the log's limit", () => {
    const text = agreementDescription("20200902", {
      missing: ["Stap 3 – Regie: Vul ‘Wie is de regisseur?’ in."],
      reason: "Regisseur\nvolgt  volgende week",
    });
    expect(text).toBe(
      "Vastgesteld in het MDO van 02-09-2020. Vastgesteld met 1 verplicht onderdeel nog niet ingevuld. Reden: Regisseur volgt volgende week Niet ingevuld: Stap 3 – Regie: Vul ‘Wie is de regisseur?’ in.",
    );
    const long = agreementDescription("20200902", {
      missing: Array.from({ length: 40 }, (_, i) => `Onderdeel ${i} ontbreekt.`),
      reason: "Gezin wil starten.",
    });
    expect(long.length).toBeLessThanOrEqual(MAX_DESCRIPTION + 40);
    expect(long).toMatch(/ingekort/);
    expect(long).toContain("Reden: Gezin wil starten.");
  });

  test("who is present: Betrokkenen with a name, and the family", () => {
    expect(presentAtMdo(filledValues())).toEqual({ people: ["Moeder", "Petra Hof (Ambiq)"], family: true });
    expect(presentAtMdo(emptyFormValues())).toEqual({ people: [], family: null });
  });
});

describe("the agreement day and the form's ‘Datum MDO’", () => {
  const withMdo = (iso: unknown) => ({ datumMdo: iso }) as FormValues;
  test("defaults to the Datum MDO, not today; today when there is none, it does not read, or it lies ahead", () => {
    expect(defaultAgreementDay(withMdo("2020-09-01"), "20200905")).toBe("20200901");
    expect(defaultAgreementDay(withMdo(""), "20200905")).toBe("20200905");
    expect(defaultAgreementDay(withMdo("2020-02-31"), "20200905")).toBe("20200905");
    expect(defaultAgreementDay(withMdo("2020-09-09"), "20200905")).toBe("20200905");
    expect(defaultAgreementDay({}, "20200905")).toBe("20200905");
  });
  test("a difference is named both ways round, none when the days are the same or there is no Datum MDO", () => {
    expect(mdoDayDifference(withMdo("2020-09-01"), "20200905")).toBe(
      "Let op: bij ‘Datum MDO’ staat 01-09-2020, niet 05-09-2020. Klopt de datum van vaststellen?",
    );
    expect(mdoDayDifference(withMdo("2020-09-05"), "20200901")).toBe(
      "Let op: bij ‘Datum MDO’ staat 05-09-2020, niet 01-09-2020. Klopt de datum van vaststellen?",
    );
    expect(mdoDayDifference(withMdo("2020-09-01"), "20200901")).toBeNull();
    expect(mdoDayDifference(withMdo(""), "20200901")).toBeNull();
  });
});
