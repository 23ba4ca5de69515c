// Issue 23, stop 38: shapes the seventh set's tuning half (7a) showed, fixed at their general cause and tested here
// on made-up sentences: ages told by an ordinal after a possessive ("van haar dertiende tot haar vijftiende"), by
// "geworden" after a word between, by a grown-up "van 31", by the court's "thans", in a bracket with a role after
// them, in another language's word for years, at a milestone with the verb first; names after a comma and a
// profession, written small after "heet" or a title, and "van" after a parent word; institutions after a type compound
// ("Rijschool …"); a list of days before a range, a short weekday range, a year after an account's act. Each rule has
// a case here that survived the copy before this change (34 of the cases failed then); the others guard the same
// shapes, and the clean shapes beside them stay as they were.
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

describe("ages told by their context", () => {
  test.each([
    ["Ze had buikpijn van haar elfde tot haar dertiende.", "elfde"],
    ["Ze had buikpijn van haar elfde tot haar dertiende.", "dertiende"],
    ["Hij stotterde tot ongeveer zijn negende.", "negende"],
    ["Oma is op haar vierentachtigste overleden.", "vierentachtigste"],
    ["Bram is tot zijn 6 maanden gevoed met sondevoeding.", "6 maanden"],
    ["Ze zou in mei negen zijn geworden.", "negen"],
    ["Hij is twaalf net geworden en trots.", "twaalf"],
    ["Wie? Een man van 38 uit Zwolle.", "38"],
    ["Daarna sprak een vrouw van vijftig haar aan.", "vijftig"],
    ["Jeugdige: Mats Dijkhuis, thans 13 jaar.", "13"],
    ["Finn, geboren 2 mei 2025 (nu 19 maanden), huilt veel.", "19"],
    ["Ilse (pas 5 weken!) slaapt slecht.", "5"],
    ["Tygo (12, keeper) mist de training.", "12"],
    ["Su hija tiene 11 años.", "11"],
    ["Er is een meisje 13, blond, vermist.", "13"],
    ["Hij ging pas lopen met 17 maanden.", "17"],
    ["Inmiddels ben je 16 en kies je zelf.", "16"],
    ["Zij wordt in augustus 2027 18, dan stopt de OTS.", "18"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test.each([
    "Van zijn tweede vrouw kreeg hij een zoon.",
    "Na zijn 2 jaar in de jeugdzorg ging hij op kamers.",
    "Het zijn er 5 geworden.",
    "Het is pas 4 uur.",
    "Ben je 18 of ouder?",
    "Het bedrag van € 1.250,00 wordt in 3 termijnen betaald.",
    "Ze werkt met 12 jaar ervaring.",
    "Een bedrag van 40 euro per maand.",
  ])("%s stays", (text) => {
    expect(out(text)).toBe(text);
  });

  test("a grown-up 'van' a date is no age: the date moves, no age is cut out", () => {
    expect(out("De man van 31 mei heeft gebeld.")).not.toContain("[leeftijd]");
  });
});

describe("names by their context", () => {
  test.each([
    ["Verslag – Anjer Bloem, speltherapeut, Praktijk De Brug", "Anjer"],
    ["Verslag – Anjer Bloem, speltherapeut, Praktijk De Brug", "Bloem"],
    ["de moeder heet karin de wit denk ik", "karin"],
    ["de moeder heet karin de wit denk ik", "wit"],
    ["het is mevrouw visser ineke geloof ik", "visser"],
    ["Ze is de moeder van Ravi (geboren 2024).", "Ravi"],
    ['Hij zegt altijd "Prinsesje" tegen me.', "Prinsesje"],
    ["Verwijzer: jeugdarts P. Kamphuis, consultatiebureau", "Kamphuis"],
    ["Gesprek met juf Anouk van Kindcentrum De Bron.", "Anouk"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test("a name found in the text is found written small or as a diminutive, unless its word is a frequent one", () => {
    const copy = out("Sem zei dat hij honger had. juf zei dat sem al 3 dagen geen brood heeft. semmetje huilde.");
    expect(copy).not.toMatch(/sem/iu);
    expect(out("Roos belde. Ze kocht een roos en een roosje.")).toBe(
      "Persoon A belde. Ze kocht een roos en een roosje.",
    );
  });

  test("the parent's 'van' stays, and the child is not labelled a parent", () => {
    expect(out("De vader van Ravi belde.")).toMatch(/^De vader van Persoon A belde\.$/u);
  });

  test.each([
    "meneer wilde niet praten",
    "Gisteren, jeugdarts en ik spraken af.",
    'Ze zei "Sorry" tegen de juf.',
    "Gesprek met tolk Dari via de telefoon.",
  ])("%s keeps its words", (text) => {
    const copy = out(text);
    for (const w of ["wilde", "Gisteren", "jeugdarts", "Sorry", "Dari"].filter((x) => text.includes(x)))
      expect(copy).toContain(w);
  });
});

describe("institutions, dates and addresses by their context", () => {
  test.each([
    ["Ze haalde haar rijbewijs bij Rijschool Kamphorst in één keer.", "Kamphorst"],
    ["Stage bij Praktijkschool De Vonk, Almelo", "Vonk"],
    ["Brief van Gerechtsdeurwaarderskantoor Huisman Ter Beek", "Huisman"],
    ["Voorlichting van Bureau Jeugd en Media op school.", "Media"],
    ["Salaris op rekening bij Sparkasse Gronau.", "Gronau"],
    ["Hij werkte op 4, 11 en 18 maart bij de buren.", "4,"],
    ["Kamp: di 7 t/m do 9 juli 2026", "di 7"],
    ["Betreft: rekening en verantwoording 2024", "2024"],
    ["Terugvordering huurtoeslag over 2022", "2022"],
    ["Hij fietst elke dag naar De Esker 12.", "Esker"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test.each([
    "Gegeneraliseerde 3 Hz piek-golfcomplexen, passend bij epilepsie.",
    "De rijschool is duur.",
    "Scores: 5, 12 en 19 punten.",
    "De huurtoeslag over 2030 stijgt, zegt het kabinet.",
  ])("%s stays", (text) => {
    expect(out(text)).toBe(text);
  });
});

describe("ages in forms, tables, estimates and speech (a battery of made-up shapes)", () => {
  test.each([
    ["Mijn tante is achtenvijftig en woont alleen.", "achtenvijftig"],
    ["Ze is drieënhalf en nog niet zindelijk.", "drieënhalf"],
    ["Hij is 6½ en leest al.", "6½"],
    ["jij bent 14 doe normaal", "14"],
    ["Is hij elf of twaalf? Dat weet ik niet.", "elf"],
    ["Is hij elf of twaalf? Dat weet ik niet.", "twaalf"],
    ["Zaterdag wordt oma 75, we gaan uit eten.", "75"],
    ["Sinds Noor 12 is, wil ze niet meer naar opa.", "12"],
    ["Bij de start van de hulp was Jesse 9.", "9"],
    ["De verdachte (m, 19) is aangehouden.", "19"],
    ["Opa en oma (resp. 81 en 79) helpen mee.", "81"],
    ["Gezinssamenstelling: vader (41), kinderen (12, 9, 4).", "12"],
    ["J/15/Deventer, wil praten over thuis.", "15"],
    ["V, 17 — belt vanaf station.", "17"],
    ["Sara     11    dochter", "11"],
    ["Die van zes gaat naar groep 3.", "zes"],
    ["Met dertien begon ze te blowen.", "dertien"],
    ["Hij zegt 16 te zijn, maar lijkt ouder.", "16"],
    ["De arts schat hem op 19.", "19"],
    ["De nieuwe partner is een veertiger uit Hengelo.", "veertiger"],
    ["Mijn zoon negen jaar, hij wil niet eten.", "negen"],
    ["De ouders van moederskant zijn 68 en 66.", "68"],
    ["De twee zussen, 14 en 16, zijn samen weggelopen.", "14"],
    ["Familie: kinderen 17, 13, 10.", "13"],
    ["Een man van in de vijftig stond bij de poort.", "vijftig"],
    ["Wat is de leeftijd van het kind? 7 jaar", "7"],
    ["Kalenderleeftijd 10;2, ontwikkelingsleeftijd circa 7 jaar.", "7 jaar"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test.each([
    "De auto is 12 jaar oud en moet naar de garage.",
    "Onze hond is 14 en wordt blind.",
    "De boom in de tuin is zeker 80 jaar oud.",
    "Hij is al 2 jaar schuldenvrij.",
    "Het bedrag is vijftig euro.",
    "Kinderen vanaf 12 jaar mogen mee.",
  ])("%s stays", (text) => {
    expect(out(text)).toBe(text);
  });
});

describe("signatures and addressed initials", () => {
  test.each([
    ["Tot donderdag.\nDziękuję,\nMagda", "Magda"],
    ["Bis bald.\nGrüße,\nFrieda", "Frieda"],
    ["Wie belt de school? TK, kun jij dat doen?", "TK"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test("an abbreviation that addresses no one stays: 'NB, wil je dat?'", () => {
    expect(out("NB, wil je dat?")).toBe("NB, wil je dat?");
  });
});
