// Issue 23, stop 37: ages in the shorthand of notes and lists (ages-shorthand.ts), names in shapes 5a's misses and an
// age battery of made-up sentences showed (a short first name starting a sentence, two initials at a line's start, a
// listed surname with "De" after a profession, a family's surname with small particles, a bare capital after a first
// name, a meeting's attendance, "Opa Ben"), and a year right after an act or with a Turkish case ending. Each
// identifier survived the copy before this change; the clean shapes beside each stay.
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";
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
    // a second battery of made-up shapes
    ["Kids: 3, 5, 8", "3"],
    ["Ze zijn 5 en 7.", "5"],
    ["De 12- en 14-jarige zussen.", "12-"],
    ["Een meisje van ongeveer 10.", "10"],
    ["Jongste kind: 2 jaar.", "2"],
    ["Kevin, inmiddels 19, woont op kamers.", "19"],
    ["Leeftijden: moeder 41, vader 44, Lisa 12, Tom 9.", "41"],
    ["Hij is vijftien, zij zeventien.", "zeventien"],
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
    "De scores zijn 5 en 7.",
    "Ze zijn 5 en 7 keer geweest.",
    "Kinderen: 2 jongens en 1 meisje.",
    "Hij is de oudste van drie: broers en zussen.",
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
    "Ze belde de moeder, Gisteren was het rustig.",
    "Ik hou van appels, peren en bananen.",
    "Deze Kerk is oud.",
    "Kinderen: Veilig Thuis weet ervan.",
    "Het al-gemeen belang.",
  ])("stays: %s", (text) => {
    expect(out(text)).toBe(text);
  });
});

test.each([
  ["In december '23 verhuisde hij.", /^In januari '24 verhuisde hij\.$/u],
  ["Kerst '22 was fijn.", /^Kerst \[datum\] was fijn\.$/u],
])("a month or season before an apostrophe year stays a date, no club: %s", (text, shape) => {
  expect(out(text)).toMatch(shape);
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

// From tuning half 6a's misses, by cause: a genogram's "(°1948, 75)", ages shared ("beiden 45"), numbers closing a line
// about children, a milestone ("met 14 maanden pas ging lopen"), "Elif, van 5,", "die net 12 geworden is", a decade
// ("eind vijftig"), a label with words ("Leeftijd bij bezoek: 22 dagen"); initials with the given name in brackets, a
// first name and an initial after a numbering noun, a nickname, a German title, initials with their name in brackets
// or starting a report; German dates, "de 9e van Maart", a year of birth or death by its sign, "in 2021".
describe("6a's shapes", () => {
  test.each([
    ["- Bernard Tuinman (°1948, 75) – opa vaderskant", "75"],
    ["- Bernard Tuinman (°1948, 75) – opa vaderskant", "1948"],
    ["- Anita en Marjan Reefman – tweeling, zussen van moeder, beiden 45", "45"],
    ["- Sem en Julia – kinderen van Anita, 8 en 11", "8 en 11"],
    ["Boaz ging met 14 maanden pas lopen.", "14"],
    ["Hij heeft een zusje, Elif, van 5, en een broer.", "5"],
    ["Daartussen nog Jayden van negen en Shakira die net 12 geworden is.", "12"],
    ["Daartussen nog Jayden van negen en Shakira die net 12 geworden is.", "negen"],
    ["Opa Oosterbroek (vader van moeder, eind vijftig) komt dagelijks.", "vijftig"],
    ["Leeftijd bij bezoek: 22 dagen", "22"],
    ["Chayenne heeft een vriend van 19, Mitchell, uit Deppenbroek.", "19"],
    ["Kind van beiden: Zahra, 3.", "3"],
    ["De equivalentleeftijd op Woordenschat was 7;2; op Blokpatronen 9;0.", "7;2"],
    ["Met collegiale groet, M.H. (Maaike) Stoffers-Leferink, huisarts", "M.H."],
    ["2. Casus Roos B. (3 vmbo-t, 15 jaar)", "B."],
    ['Mohammed, door iedereen "Memo" genoemd, is druk. Memo vertelde het.', "Memo"],
    ["Sein Trainer, Herr Schulte-Wessels, fragt oft nach ihm.", "Schulte"],
    ["Mentor: HVR (H. van Riessen). Opmerking mentor HVR: klopt.", "HVR"],
    ["Vastgesteld. HD meldt dat de zaak rond is.", "HD"],
    ["21:30 Chiel belt met collega Sjoerd van Veilig Thuis.", "Sjoerd"],
    ["Gesendet: Mittwoch, 10. April 2024 08:17", "April"],
    ["Zij wordt op de 9e van Maart twaalf.", "Maart"],
    ["Rouwbegeleiding via de stichting in 2021.", "2021"],
    ["Aan: Karakter Hengelo, t.a.v. de intakecoördinator", "Karakter"],
    ["Via de regeling van het Jeugdfonds Sport & Cultuur is het betaald.", "Cultuur"],
    ["Logopediepraktijk Tolk & Taal", "Tolk"],
    ["Briefje optometriepraktijk Scherp Zicht, Neede, 20 jan", "Zicht"],
    ["1. Wehkamp – € 1.840,22 – dossier bij Intrum", "Wehkamp"],
    ["Huisarts is dokter Leemreize van Gezondheidscentrum Het Bouwhuis. Ik bel Leemreize.", "Leemreize"],
    ["Enscheder Straße 112, 48599 Gronau (Westf.)", "48599"],
    ["Enscheder Straße 112, 48599 Gronau (Westf.)", "Enscheder"],
    ["Meensesteenweg 388, 8800 Roeselare", "8800"],
    ["Anschrift:\nD-48599 Gronau", "99"],
    ["Dani ma 23:34: merelstraat 12 ofzo. bij de snackbar", "merelstraat"],
    ["School: het Bonhoeffer College, locatie Van der Waalslaan, klas 1B", "Waalslaan"],
    ["Roos woont bij moeder in Wesselerbrink, vader in Lonneker.", "Wesselerbrink"],
    ["in 2012 en 2013", "2013"],
    ["14 | do 04-04 | 10:00 | Ibrahim K. (6;1) | MB | De Zonnewijzer (SO), Hengelo", "Zonnewijzer"],
    ["Kerk: Evangelische Gemeente Hengelo.", "Evangelische"],
    ["Referent: ds. A. Zwiers van de Hervormde gemeente Delden.", "Zwiers"],
    ["Referent: ds. A. Zwiers van de Hervormde gemeente Delden.", "Hervormde"],
    ["Ze gaat naar de kerk, de Grote Kerk in Goor.", "Grote Kerk"],
    ["Ze woont sinds kort in Goor.", "Goor"],
    ["Morgen spelen we tegen HSC '21 en DOS '37.", "HSC"],
    ["Ton Smit | trainer vv Achilles '12 | 06 1234 8765", "vv Achilles"],
    ["Eigenaren van restaurant Lotus Garden.", "Lotus"],
    ["Advocaat bij Ten Brinke & Pinkster Advocaten.", "Pinkster"],
    ["Opa woont in Mariaparochie.", "Mariaparochie"],
    ["Het weekend: vrijdag 17 tot zondag 19 mei bij vader.", "17"],
    ["terugvordering kinderopvangtoeslag 2022 – € 3.912,00", "2022"],
    ["Trouwdag Henk & Els (1998, 26 jaar getrouwd!)", "1998"],
    ["Verjaardagen\n\nMaart\n7 – Gijs\n30 – tante Wil\n", "7 –"],
    ["U kunt mij mobiel bellen op 0049 171 334 2290.", "2290"],
    ["Mi., 13.03.2024 schreef ze.", "Mi."],
    ["Kerst 2021 was moeilijk.", "2021"],
    ["Evaluatie voorjaar 2025 (april).", "2025"],
    ["halfbroer van vaderskant, Ilyas, is anderhalf", "anderhalf"],
    // from 5a's remaining misses
    ["Pfff. Hoe oud is Floor nu eigenlijk, 14?", "14"],
    ["Hoe oud ben je?\nB: Negen. Maar ik word tien in de zomer.", "Negen"],
    ['7 | Daan "Dantje" Kroeze | buitenspeler', "Dantje"],
    ['7 | Daan "Dantje" Kroeze | buitenspeler', "Kroeze"],
    ["Aanwezig: J.P. v. Dijk (voorzitter), Dijk, T. van (jongerenwerk)", "van (jongerenwerk)"],
    ["Mila d'r vader is boos.", "Mila"],
    ["Mila haar vader is boos.", "Mila"],
    // from 4b's review-only names: a relative or role set off by a comma
    ["oma Sarmi en de vader, Rinaldo Wongsonadi.", "Wongsonadi"],
    ["Of bel mijn nicht, Faadumo, die spreekt beter Nederlands.", "Faadumo"],
    // from 5a's review-only names: small first names in a list with a name, or with a relative in brackets
    ["ik wil een feestje met sanne, Fleur, noa en misschien Liam.", "noa"],
    ["bo (mijn zusje) heeft de hele tijd gehuild.", "bo"],
    ["Ouders: Chen Wei en Wang Xiuying.", "Chen"],
    ["Het gezin verbleef bij een oom, Abdullah al-Hakimi, in Sanaa.", "al-"],
    ['Dimitris heet thuis "Mitsos". Mitsos is lief.', "Mitsos"],
    ['Dimitris heet thuis "Mitsos". Mitsos is lief.', "Dimitris"],
    ["Verdachte: LINDEN VAN DER, Petra, geboren 12-03-1985. Petra van der Linden belde.", "van der Linden"],
  ])("%s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test.each([
    "Vanaf 12 jaar mag een kind zelf meebeslissen over de hulp.",
    "De leerplicht begint op de eerste schooldag van de maand na de vijfde verjaardag.",
    "Sinds 2015 zijn gemeenten verantwoordelijk voor de jeugdzorg.",
    "De Jeugdwet geldt sinds 2015.",
    "Een memo is een briefje.",
    "Karakter is belangrijk.",
    "De fysiotherapiepraktijk is gesloten.",
    "De snelweg 12 km verderop is dicht.",
    "In 2023 kregen 400 gezinnen hulp.",
    "Agenda\n3 – 5 kinderen komen",
    "De tolk vertaalt naar het Tigrinya.",
    "Hoe oud is hij? Hij zit in groep 7.",
  ])("stays: %s", (text) => {
    expect(out(text)).toBe(text);
  });
});

test("the relative of a named child keeps its word, and the child is not labelled a parent", () => {
  expect(out("Hij is de vader van Yassin.")).toMatch(/^Hij is de vader van Persoon A\.$/u);
});

test("the child's initials without their particles' small letters are the child's too (LvdB, LB)", () => {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  const form = anonymiseForm({
    data,
    boxTexts: { initialen: "LvdB", zorgen: "02-09-2025 LB eerste schooldag, stil. Ook LvdB zat stil." },
    offsetDays: 41,
    lexicon: dutchLexicon(),
  });
  expect(form.boxTexts.zorgen).not.toMatch(/\bLB\b|LvdB/u);
});
