import { agreementDescription, emptyFormValues, MAX_DESCRIPTION, presentAtMdo } from "../../src/domain";
import { filledValues } from "./fixtures";

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
