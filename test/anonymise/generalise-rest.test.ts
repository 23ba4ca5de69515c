// Issue 23 item 1: institutions, places, addresses, ages and dates by mechanism, not by example. Every case here was
// written for this test (names, places and organisations not taken from the Dutch set) and kept an identifier before
// the mechanism it names; the clean cases show what each mechanism leaves alone.
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

describe("places", () => {
  test.each([
    // GeoNames: villages and neighbourhoods of the Netherlands, Belgium and the German border, large world cities
    ["Opa woont in Nijverdal-Noord, tante in Hengstdal.", "Opa woont in [plaats], tante in [plaats]."],
    ["Ze zijn vaak in Emlichheim bij de oma.", "Ze zijn vaak in [plaats] bij de oma."],
    ["Vader reist geregeld naar Lahore.", "Vader reist geregeld naar [plaats]."],
    // several words
    ["Ze winkelt in Bad Bentheim.", "Ze winkelt in [plaats]."],
    ["De oom woont in Bergen op Zoom.", "De oom woont in [plaats]."],
    // a capitalised word beside a place is a place: a list names places
    ["Familie in Gdansk en Krakau.", "Familie in [plaats] en [plaats]."],
  ])("%s", (text, expected) => expect(out(text)).toBe(expected));

  test.each([
    // a word that is a place and a Dutch word, or a first name, is left to context
    "Het ging best goed met hem.",
    "Maandag, woensdag en vrijdag zijn de vaste dagen.",
  ])("leaves %s", (text) => expect(out(text)).toBe(text));

  test("a first name beside a place stays a person", () => {
    expect(out("Ze wonen in Almelo en Sanne komt mee.")).toBe("Ze wonen in [plaats] en Persoon A komt mee.");
  });
});

describe("institutions", () => {
  test.each([
    // a word ending in a kind of organisation, then its name
    ["Oma woont in Woonzorgcentrum De Eikenhorst.", "Oma woont in [instelling]."],
    ["Hij doet mee bij Zorgboerderij Zonnewende.", "Hij doet mee bij [instelling]."],
    // the kind word goes with the name since the person rules joined (rc-person2): replaced, one word more
    ["Ze bidden in de moskee Selimiye.", "Ze bidden in de [instelling]."],
    ["Gastouderbureau Knuffelbeer belde terug.", "[instelling] belde terug."],
    // a brand in CamelCase
    ["De training bij SterkWerk loopt nog.", "De training bij [instelling] loopt nog."],
    ["Moeder noemt BeterThuis een uitkomst.", "Moeder noemt [instelling] een uitkomst."],
    // the organisation an e-mail address names
    [
      "Mail van a.smit@kompasvoorkids.nl: Kompas Voor Kids start in mei.",
      "Mail van [e-mail]: [instelling] start in mei.",
    ],
    // a small-letter name with a hyphen after a word linking to an organisation
    ["Begeleiding door e-kidz liep af.", "Begeleiding door [instelling] liep af."],
    // the capitalised words that go on after an institution
    // kind words before a place-named service and after a name, an organisation as a subject
    ["Melding gedaan bij Jeugdbescherming Brabant.", "Melding gedaan bij [instelling]."],
    ["Er is een schuld bij Woonkracht Wonen.", "Er is een schuld bij [instelling]."],
    ["Sinds maart is Vesteda Wonen de verhuurder.", "Sinds maart is [instelling] de verhuurder."],
    [
      "Volgens moeder heeft Welbions een aanmaning gestuurd.",
      "Volgens moeder heeft [instelling] een aanmaning gestuurd.",
    ],
    ["Ook Ziggodome stuurde een rekening.", "Ook [instelling] stuurde een rekening."],
    // an article before an institution in mid-sentence belongs to it
    [
      "Verslag van gezinshuis De Zandloper, Ambiq en de school.",
      "Verslag van gezinshuis [instelling], [instelling] en de school.",
    ],
    // a name with a year, and a branch
    // a name with its founding year is one institution since stop 37 ("DOS '37", "Centrum '45")
    ["Hulp van Centrum '45 is gestart.", "Hulp van [instelling] is gestart."],
    ["Het Ludger College, locatie Ribbelt, belde.", "[instelling], locatie [plaats], belde."],
  ])("%s", (text, expected) => expect(out(text)).toBe(expected));

  test.each([
    "Moeder betaalt met iDEAL en deelt het via WhatsApp of YouTube.",
    "Na school gaat hij naar huis en speelt hij buiten.",
    "Hij gaat op dinsdag naar de kinderopvang.",
  ])("leaves %s", (text) => expect(out(text)).toBe(text));

  test("a feast before a year stays (the year is a date's)", () => {
    expect(out("Kerst '23 was zwaar voor het gezin.")).toBe("Kerst [datum] was zwaar voor het gezin.");
  });
});

describe("addresses", () => {
  test.each([
    ["Het adres is Oude Bornsestraat 17.", "Het adres is [adres]."],
    ["Ze woont op Het Lange Veld 12.", "Ze woont op [adres]."],
    ["Hij fietst elke dag via de Boekelosestraat.", "Hij fietst elke dag via de [straat]."],
    ["Ze spelen vaak bij de Sportlaan.", "Ze spelen vaak bij de [straat]."],
    ["Bij: oma, Anton Philipsweg 12, Hengelo.", "Bij: oma, [adres], [plaats]."],
    ["Nieuw adres: Veenweg Zuid 4a.", "Nieuw adres: [adres]."],
  ])("%s", (text, expected) => expect(out(text)).toBe(expected));

  test.each(["Ze spelen op het schoolplein.", "De kinderen fietsen via de snelweg naar huis."])("leaves %s", (text) =>
    expect(out(text)).toBe(text),
  );
});

describe("ages", () => {
  test.each([
    ["De drie kinderen zijn 5, 8 en 12 jaar.", "De drie kinderen zijn [leeftijd]."],
    ["Het meisje is tussen de 13 en 14 jaar.", "Het meisje is tussen de [leeftijd]."],
    ["Een meisje van een jaar of negen.", "Een meisje van [leeftijd]."],
    ["Een tweeling van 4.", "Een tweeling van [leeftijd]."],
    ["Hij wordt in oktober twaalf.", "Hij wordt in oktober [leeftijd]."],
    ["Buurvrouw noemt Sem, zeven, een lieve jongen.", "Buurvrouw noemt Persoon A, [leeftijd], een lieve jongen."],
    ["Het zusje, ik schat een jaar of vier, huilde.", "Het zusje, ik schat [leeftijd], huilde."],
  ])("%s", (text, expected) => expect(out(text)).toBe(expected));

  test.each([
    "De lessen duren 5, 8 en 12 weken.",
    "Zij zijn 10 en 12 jaar getrouwd geweest.",
    "Het project liep een jaar of twee geleden.",
    "Hij wordt in oktober twaalf keer gezien.",
  ])("leaves %s", (text) => expect(out(text)).toBe(text));
});

describe("dates", () => {
  test.each([
    ["Zij is een kind uit 2013.", "Zij is een kind uit [datum]."],
    ["Geboortejaar 2010.", "Geboortejaar [datum]."],
    ["Van 2016-2018 woonde zij bij oma.", "Van [datum]-[datum] woonde zij bij oma."],
  ])("%s", (text, expected) => expect(out(text)).toBe(expected));

  test("a log line's day and month, and one after another", () => {
    const text = "4-11 Sem belt school.\n9-11 gesprek met moeder op 9/11 en 14/11.";
    expect(out(text)).not.toMatch(/4-11|9-11|9\/11|14\/11/u);
  });

  test("a day and month that is a score stays", () => {
    const text = "3-1 verloren, zei hij.";
    expect(out(text)).toBe(text);
  });

  test("a year in a sentence about a law stays", () => {
    const text = "De wet uit 2015 regelt de jeugdhulp.";
    expect(out(text)).toBe(text);
  });
});

// Known limit since the person rules joined: an unknown two-word club name after "bij" is taken for a person's
// name (span growth), so it is replaced under the wrong kind. What matters for privacy is that none of it stays.
test("an unknown club name with its town leaves nothing behind, whatever kind it is given", () => {
  const copy = out("Hij speelt bij Tubantia Borussia Oldenzaal.");
  expect(copy).not.toMatch(/Tubantia|Borussia|Oldenzaal/);
  expect(copy).toMatch(/^Hij speelt bij (?:\[instelling\]|Persoon A) \[plaats\]\.$/);
});
