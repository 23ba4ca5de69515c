// Issue 23, stop 37: ages in the shorthand of notes and lists (ages-shorthand.ts), names in shapes 5a's misses and an
// age battery of made-up sentences showed (a short first name starting a sentence, two initials at a line's start, a
// listed surname with "De" after a profession, a family's surname with small particles, a bare capital after a first
// name, a meeting's attendance, "Opa Ben"), and a year right after an act or with a Turkish case ending. Each
// identifier survived the copy before this change; the clean shapes beside each stay.
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

describe("ages in shorthand", () => {
  test.each([
    ["Daan, 14 j., zit op het vmbo.", "14 j"],
    ["11 j.", "11"],
    ["Broertje Finn – 6 – zit in groep 3.", "– 6 –"],
    ["Kinderen: Emma 8, Lucas 11.", "11"],
    ["Kinderen: Emma 8, Lucas 11.", "8"],
    ["Zijn 18e verjaardag vieren we in juni.", "18e"],
    ["De oudste van 13 past op.", "13"],
    ["Hij is vorige week 17 geworden.", "17"],
    ["9 yo boy, from Poland.", "9"],
    ["Student, age 12, from Poland.", "12"],
    ["Jongen, 16.", "16"],
    ["Zoon is 8 en dochter 11.", "11"],
    ["Hij wordt morgen 9.", "9"],
    ["De jongen is ongeveer 15.", "15"],
    ["De kinderen zijn respectievelijk 6, 8 en 11 jaar oud.", "6, 8"],
    ["Zuigeling van 4 maanden.", "4"],
    ["Kalenderleeftijd 9;7, ontwikkelingsleeftijd 7;2.", "9;7"],
  ])("%s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test("a development age's notation is no house number: the label stays", () => {
    expect(out("Kalenderleeftijd 9;7.")).toBe("Kalenderleeftijd [leeftijd].");
  });

  test.each([
    "Sinds 3 j. geen contact meer.",
    "Rekenen 8, Taal 7, Lezen 9.",
    "De jongste van drie kinderen is ziek.",
    "Hij zit in groep 7 en scoort 8.",
    "De week 17 staat in de planning.",
  ])("stays: %s", (text) => {
    expect(out(text)).toBe(text);
  });
});

describe("names", () => {
  test.each([
    ["Sem is ziek.", "Sem"],
    ["Aya is bang.", "Aya"],
    ["Verbalisant: J.M. Kamp, hoofdagent", "Kamp"],
    ["Melding via politie (agent De Boer, dienstnr. bekend).", "Boer"],
    ["Het gezin van der Veen is verhuisd.", "van der"],
    ["De familie van den Berg woont hier.", "van den"],
    ["Dienst: Kirsten, Youssef; slaapdienst Wendy B", "Wendy B"],
    ["Afwezig: Wim Schipper, Rutger", "Schipper"],
    ["Weet u hoe dat komt? Opa Ben zei dat ze gevallen is.", "Ben"],
    ["Aan: Ploeger, J. – praktijk voor kinderpsychologie", "J."],
  ])("%s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test("a first name that is also a particle is replaced only with its capital", () => {
    expect(out("Opa Ben zei dat. Ik ben blij.")).toMatch(/^Opa \S+ \d+ zei dat\. Ik ben blij\.$/u);
    expect(out("Mohammed Ben Ali belde. Ik ben blij.")).toMatch(/Ik ben blij\.$/u);
  });

  test.each([
    "Dan gaat het beter.",
    "Ben je er morgen?",
    "Plan B is klaar.",
    "Het gezin van de buren is druk.",
    "Aanwezig: moeder, vader, school.",
  ])("stays: %s", (text) => {
    expect(out(text)).toBe(text);
  });
});

describe("years", () => {
  test.each([
    ["Hersteloperatie aangevraagd 2024", "2024"],
    ["Onderhandse lening 2021, geen rente", "2021"],
    ["Ben de 2019'da aynı şeyleri yaşadım", "2019"],
  ])("%s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test.each(["De Jeugdwet geldt sinds 2015.", "De regeling 2024 is gewijzigd door de wet.", "Prijs 2024,50 euro."])(
    "stays: %s",
    (text) => {
      expect(out(text)).toBe(text);
    },
  );
});
