// People, places and ages named only in free text, with the Dutch lexicon: the cases the corpus
// first missed, ordinary words that must stay, and the words the user marks in the review.
import { createEntry, newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";

let seed = 7;
const rand = (): number => ((seed = (seed * 9301 + 49297) % 233280), seed / 233280);
const PH = { initials: "PH", organisation: "Ambiq", name: "Pieter Hendriks" };

/** A form whose client has these initials, with the mother in step 2 and one free-text box (also in the log). */
function form(initials: string, zorgen: string, extra: Record<string, string> = {}) {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: rand });
  const boxTexts: Record<string, string> = {
    initialen: initials,
    gemeente: "Enschede",
    "betrokkenen.r1.naam": "Els de Jong",
    "betrokkenen.r1.organisatie": "Gezin",
    "betrokkenen.r1.rol": "Moeder",
    "betrokkenen.r2.naam": "Pieter Hendriks",
    "betrokkenen.r2.organisatie": "Ambiq",
    "betrokkenen.r2.rol": "Behandelaar",
    zorgen,
    ...extra,
  };
  data.rowOrder = { betrokkenen: ["r1", "r2"] };
  data.changeLog = [
    createEntry(
      { kind: "edit", stepId: "stap1", boxKey: "zorgen", before: "", after: zorgen, description: "Ingevuld" },
      PH,
      new Date("2021-09-01T09:00:00Z"),
      rand,
    ),
  ];
  data.lastAttributed = { ...boxTexts };
  return { data, boxTexts };
}

const anonymise = (initials: string, zorgen: string, marked: string[] = [], extra: Record<string, string> = {}) =>
  anonymiseForm({ ...form(initials, zorgen, extra), offsetDays: 30, lexicon: dutchLexicon(), marked });

describe("names only in free text", () => {
  test("the child's first name after 'van' is the child, not a new person", () => {
    const out = anonymise("SJ", "Sanne slaapt slecht. Thijs is nu de behandelaar van Sanne.").boxTexts.zorgen;
    expect(out).toBe("Jeugdige slaapt slecht. Persoon A is nu de behandelaar van Jeugdige.");
  });

  test("a full name whose capitalised particle gives the client's initials is the child", () => {
    expect(anonymise("AA", "De zoon Adam Al-Masri slaapt slecht.").boxTexts.zorgen).toBe(
      "De zoon Jeugdige slaapt slecht.",
    );
  });

  test("after an honorific a name that is also a word is a name; the word alone stays", () => {
    const out = anonymise(
      "SJ",
      "Volgens dhr. Ruiter en dhr. Ter Haar gaat het beter. Haar moeder is blij. Op school heeft ze een ruiter getekend.",
    ).boxTexts.zorgen;
    expect(out).toBe(
      "Volgens dhr. Professional B en dhr. Professional C gaat het beter. Haar moeder is blij. Op school heeft ze een ruiter getekend.",
    );
  });

  test("a kin word with a capital at the start of a sentence, after a place", () => {
    const out = anonymise("SJ", "Ze speelt bij de voetbalclub in Boekelo. Tante Khadija haalt haar op. Opa Bennie ook.")
      .boxTexts.zorgen;
    expect(out).toBe("Ze speelt bij de voetbalclub in [plaats]. Tante Gezinslid 1 haalt haar op. Opa Gezinslid 2 ook.");
  });

  test("multi-word surnames are replaced whole", () => {
    const out = anonymise("SJ", "Vanaf nu is Thijs Oude Luttikhuis de behandelaar; mevrouw van den Berg belt.").boxTexts
      .zorgen;
    expect(out).toBe("Vanaf nu is Persoon A de behandelaar; mevrouw Professional B belt.");
  });

  test("a first name from the dictionary's names and an unknown surname", () => {
    expect(anonymise("SJ", "Overleg met Lonneke Kuiper en Ruud Veldhuis.").boxTexts.zorgen).toBe(
      "Overleg met Persoon A en Persoon B.",
    );
  });

  test("an age as 'als X 15 wordt'", () => {
    expect(anonymise("SJ", "Afsluiten als Sanne 15 wordt. Sinds ze 12 werd.").boxTexts.zorgen).toBe(
      "Afsluiten als Jeugdige [leeftijd] wordt. Sinds ze [leeftijd] werd.",
    );
  });

  test("a preposition starting a sentence is not part of a name", () => {
    expect(anonymise("SJ", "Hij speelt bij Quick. Bij Quick gaat het goed.").boxTexts.zorgen).toBe(
      "Hij speelt bij Persoon A. Bij Persoon A gaat het goed.",
    );
  });

  test("ordinary sentences stay as written", () => {
    const text = "Er is veel liefde in het gezin. Veilig Thuis is ingeschakeld. Oude afspraken blijven. Zij wil rust.";
    expect(anonymise("SJ", text).boxTexts.zorgen).toBe(text);
  });
});

describe("shapes of issue 23 that generalise (names and places not in the Dutch test set)", () => {
  const out = (text: string): string | undefined => anonymise("SJ", text).boxTexts.zorgen;

  test.each([
    // a surname after a particle only surnames have, also when the word is a template word ("meer", "veen")
    ["Wouter van der Veen belde over de afspraak.", "Persoon A belde over de afspraak."],
    // initials and a particle: the word after them is a surname
    ["Het verslag komt van K.L. in 't Groen.", "Het verslag komt van Persoon A."],
    ["Van den Berg zei dat het goed ging.", "Persoon A zei dat het goed ging."],
  ])("person: %s", (text, expected) => expect(out(text)).toBe(expected));

  test.each([
    // a street without a street ending: an unknown word and a house number, a year in the name
    ["Ze wonen op Westerflank 14, 7522 KL.", "Ze wonen op [adres], [postcode]."],
    ["De ouders wonen op Plein 1992 31.", "De ouders wonen op [adres]."],
  ])("street: %s", (text, expected) => expect(out(text)).toBe(expected));

  test("ages before a child noun and 'op zijn 9e'", () => {
    expect(out("Het gaat om een 11 jaar jongen die op zijn 9e verhuisde.")).toBe(
      "Het gaat om een [leeftijd] jongen die op zijn [leeftijd] verhuisde.",
    );
  });

  test.each([
    [
      "Tante werkt bij Medisch Centrum Leeuwarden en oom bij Stichting Huis des Vredes.",
      "Tante werkt bij [instelling] en oom bij [instelling].",
    ],
    // one word in brackets after a name; "De" and a word in mid-sentence
    [
      "Aanwezig: mevr. T. Smit (Jeugdbescherming), leerkracht De Bolster.",
      "Aanwezig: mevr. Professional B ([instelling]), leerkracht [instelling].",
    ],
  ])("institution: %s", (text, expected) => expect(out(text)).toBe(expected));

  test("a language beside school subjects is no name; a time is no house number", () => {
    for (const text of ["Wiskunde gaat goed, maar Engels en Frans niet.", "Om 14:00 uur, 3 keer per week."])
      expect(out(text)).toBe(text);
  });
});

describe("words marked in the review", () => {
  test("are replaced everywhere with one code, and leave the review list", () => {
    const text = "Ze noemt De Zonnebloem vaak, en ook Kwiek. Met Kwiek gaat het goed.";
    const first = anonymise("SJ", text, [], { hulpvraag: "Meer rust na Kwiek." });
    expect(first.report.review.map((r) => r.word)).toEqual(expect.arrayContaining(["Kwiek"]));
    // "De" and a capitalised word in mid-sentence is replaced as a name of its own, without a mark
    expect(first.boxTexts.zorgen).toBe("Ze noemt [instelling] vaak, en ook Kwiek. Met Kwiek gaat het goed.");

    const out = anonymise("SJ", text, ["Kwiek", "Zonnebloem"], { hulpvraag: "Meer rust na Kwiek." });
    expect(out.boxTexts.zorgen).toBe(
      "Ze noemt De Gemarkeerd B vaak, en ook Gemarkeerd A. Met Gemarkeerd A gaat het goed.",
    );
    expect(out.boxTexts.hulpvraag).toBe("Meer rust na Gemarkeerd A.");
    const everything = JSON.stringify({ boxes: out.boxTexts, data: out.data });
    expect(everything).not.toMatch(/Kwiek|Zonnebloem/);
    expect(out.data.changeLog[0]?.after).toBe(out.boxTexts.zorgen);
    expect(out.data.lastAttributed.zorgen).toBe(out.boxTexts.zorgen);
    expect(out.report.review.map((r) => r.word)).not.toEqual(expect.arrayContaining(["Kwiek"]));
    expect(out.report.review.map((r) => r.word)).not.toEqual(expect.arrayContaining(["Zonnebloem"]));
  });
});

describe("the review list", () => {
  test("lists capitalised words that may be names, not words the document also writes in lower case", () => {
    const review = anonymise(
      "SJ",
      "Behandelaar kijkt mee, de behandelaar belt. Er is rust. Zorgen over Kwiek. Wijkcoach Vossenbrink ook. Sanne's school.",
    ).report.review.map((r) => r.word);
    // (a district no list has: "Drienerlo" is in the region's district list since stop 37)
    expect(review).toEqual(expect.arrayContaining(["Kwiek", "Vossenbrink", "Wijkcoach"]));
    expect(review).not.toEqual(expect.arrayContaining(["Behandelaar"]));
    expect(review).not.toEqual(expect.arrayContaining(["Er"]));
    expect(review).not.toEqual(expect.arrayContaining(["Jeugdige's"]));
  });
});

test("the report says which places are recognised and that the municipality stays", () => {
  expect(anonymise("SJ", "Rust.").report.warnings).toContain(
    "Postcodes, telefoonnummers, e-mailadressen, accounts (@naam), BSN's, rekeningnummers en adressen met huisnummer worden herkend. Een straat zonder huisnummer alleen aan de naam (-straat, -weg, -laan…); een plaats als ze in de woordenlijst staat of na woorden als ‘in’, ‘naar’, ‘uit’ of een postcode; een instelling aan woorden als ‘basisschool’, ‘Stichting’, ‘College’, ‘Ziekenhuis’ of na ‘bij’ en ‘van’. Een gemeente in de tekst is een plaats en wordt vervangen (ook ‘gemeente Borne’); alleen de gemeente van het formulier blijft staan, die staat al in het vak Gemeente.",
  );
});
