// Issue 23, after blind set 2a: ages told by a clause, dates by context, house additions, phone notations and account
// names, each with new examples (no name, street or number of the Dutch test set), and look-alikes that must stay.
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";

const lexicon = dutchLexicon();

/** The copy of one free-text box of a form that knows only the child's initials, with the date offset 41 days. */
function copy(text: string): string {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  const form = anonymiseForm({ data, boxTexts: { initialen: "QZ", zorgen: text }, offsetDays: 41, lexicon });
  return form.boxTexts.zorgen ?? "";
}

/** The pieces of `pieces` that the copy of `text` still contains, as whole words. */
function kept(text: string, pieces: string[]): string[] {
  const out = copy(text);
  return pieces.filter((w) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(out),
  );
}

describe("ages told by a clause", () => {
  it.each([
    ["Hij is pas negen, maar hij zorgt voor zijn zusje.", "negen"],
    ["Zij is nog maar elf.", "elf"],
    ["Ze was toen pas vier en wist niet beter.", "vier"],
    ["Hij was zes toen zijn moeder vertrok.", "zes"],
    ["Toen was ze pas 4.", "4"],
    ["'Toen ik acht was, woonden we nog in de flat.'", "acht"],
    ["Als Noor twaalf is, verhuist ze naar haar vader.", "twaalf"],
    ["Leeftijd: 14", "14"],
    ["Lft: 9", "9"],
    ["Sinds haar elfde woont zij bij haar tante.", "elfde"],
    ["Rond haar veertiende begon het blowen.", "veertiende"],
    ["Deelnemer: Joep, groep 6, negen jaar", "negen"],
  ])("%s", (text, age) => {
    expect(kept(text, [age])).toEqual([]);
  });

  it("replaces every age in a labelled list", () => {
    expect(kept("Leeftijden kinderen: 3, 6 en 10.", ["3", "6", "10"])).toEqual([]);
  });

  it.each([
    "Het is pas zeven uur.",
    "Als je 18 bent, mag je zelf tekenen.",
    "De score is nu 7.",
    "Hij is 1,80 lang.",
    "Ik ben nu 2 weken bezig.",
    "Sinds zijn tweede opname gaat het beter.",
    "Doelgroep: leeftijd 12 tot 18 jaar.",
    "Leeftijd: 12+.",
    "Kinderen vanaf twaalf jaar mogen zelf meebeslissen.",
  ])("keeps a number that is no one's age: %s", (text) => {
    expect(copy(text)).toBe(text);
  });
});

describe("dates by context", () => {
  it.each([
    ["Er was 21/3 in de nacht een melding.", "21/3"],
    ["Moeder belde 9/5 's avonds nog.", "9/5"],
    ["Vorige week (27/1) liep het mis.", "27/1"],
    ["Zitting 4-3-'26 bij de kinderrechter.", "4-3"],
  ])("moves a day and month: %s", (text, date) => {
    expect(kept(text, [date])).toEqual([]);
  });

  it.each([
    ["Hij woont sinds de winter van 2023 bij zijn vader.", ["2023"]],
    ["In het najaar van 2022 ging het mis in het gezin.", ["2022"]],
    ["Sinds 2020 zit zij op kamers.", ["2020"]],
    ["Tussen 2017 en 2019 woonde hij bij oma.", ["2017", "2019"]],
    ["Van 2016 tot 2018 verbleef zij in een gezinshuis.", ["2016", "2018"]],
  ])("replaces a year that dates the family's life: %s", (text, years) => {
    expect(kept(text, years)).toEqual([]);
  });

  it.each([
    "Zij heeft (1/2) dag vrij.",
    "Er is 1/3 minder geld.",
    "Het is 24/7 bereikbaar.",
    "In 2023 kregen 400 gezinnen hulp.",
    "Sinds 2015 zijn gemeenten verantwoordelijk voor de jeugdhulp.",
    "Het rapport van 2019 tot 2021 beschrijft de regio.",
  ])("keeps a fraction or a year that dates no one's life: %s", (text) => {
    expect(copy(text)).toBe(text);
  });
});

describe("house numbers with their additions", () => {
  it.each([
    ["Zij woont aan de Esstraat 48-C.", "-C"],
    ["Adres: Beukenweg 7-a, derde etage.", "-a"],
    ["Het gezin woont Kanaaldijk 131 bis.", "bis"],
    ["Nieuw adres: Wilhelminastraat 19-hs.", "hs"],
    ["Opa woont op de Dorpsstraat 5 A-3.", "-3"],
    ["Zij verblijft tijdelijk op de Parkweg 60/2.", "/"],
    ["De caravan staat aan de Veldhofweg t/o 17.", "t/o"],
    ["Ze woont nu op de Schoolstraat tegenover nr. 23.", "nr."],
    ["Brief naar Julianalaan nr. 88.", "nr."],
  ])("%s", (text, addition) => {
    const out = copy(text);
    expect(out).toContain("[adres]");
    expect(out).not.toMatch(/\d/u);
    expect(out).not.toContain(addition);
  });

  it.each([
    ["Adres: Het Wooldrik 8.", "Het"],
    ["Adres moeder: Erve Kots 5, buitengebied.", "Kots"],
    ["Adres vader: Hoge Es 21, Markelo.", "Es"],
    ["Zij woont aan de Hoge Bothofstraat 31.", "Hoge"],
    ["Het gezin woont op de Lange Voort 9.", "Lange Voort"],
    ["Adres: Marsweg 14 kamer 203.", "203"],
    ["Adres: Esweg 8 app. 4.", "app"],
    ["Adres: Molenhof 3 bovenwoning.", "bovenwoning"],
    ["Adres: Zwanenhof 17 b, Delden.", " b"],
  ])("an address by its label or a living verb: %s", (text, piece) => {
    const out = copy(text);
    expect(out).toContain("[adres]");
    expect(out).not.toContain(piece);
    expect(out).not.toMatch(/\d/u);
  });

  it("a street without a number where the family lives", () => {
    expect(copy("Oma woont nu aan de Kleiakker en komt vaak langs.")).toBe(
      "Oma woont nu aan de [straat] en komt vaak langs.",
    );
  });

  it("a postcode written with a hyphen", () => {
    expect(copy("Postcode: 7546-KL.")).toBe("Postcode: [postcode].");
  });

  it.each(["Ze gaf aan de Rabobank 50 euro terug.", "Hij gaf aan de Voedselbank 3 dozen."])(
    "keeps a count after a name: %s",
    (text) => {
      expect(copy(text)).toMatch(/\d/u);
    },
  );

  it("keeps the word after a plain house number", () => {
    expect(copy("Ze woont aan de Esstraat 48 in Zwolle.")).toMatch(/\[adres\] in /u);
  });
});

describe("phone notations", () => {
  it.each([
    "Bel moeder op 06–52718843.",
    "Vader: (+31) 6 52718843.",
    "Vader: +31 (6) 52718843.",
    "Praktijk: (0546)-872291.",
  ])("%s", (text) => {
    const out = copy(text);
    expect(out).toContain("[telefoon]");
    expect(out).not.toMatch(/\d{3}/u);
  });
});

describe("account names after a platform", () => {
  it.each([
    ["Haar snap: noor_x07.", "noor_x07"],
    ["Discord: darkwolf#4410 stuurde berichten.", "darkwolf#4410"],
    ["Instagram-naam = jip.2012.", "jip.2012"],
    ["Zijn TikTok is bram__vlogt.", "bram__vlogt"],
  ])("%s", (text, handle) => {
    const out = copy(text);
    expect(out).toContain("[account]");
    expect(out).not.toContain(handle);
  });

  it("keeps a plain word after a platform", () => {
    expect(copy("Op TikTok: filmpjes kijken tot laat.")).toBe("Op TikTok: filmpjes kijken tot laat.");
  });
});
