// Issue 23, stop 39 (the eighth set's tuning half): names that were cut off or missed where another find stood beside
// them, and words after a family word or a title that are no names. A first name before a surname the text already
// gave ("v (Mark Ruiter)" after "Wendy Ruiter"); a lone first name in brackets; the name before a street named after
// someone; places written small after "of" or as a hashtag. And the false alarms: a verb after "dochter" ("tolkt"), a
// dictionary word after a title ("Meneer van de woningcorporatie"), an acronym joined to a word ("de EHBO-ruimte").
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

describe("names beside other finds", () => {
  test.each([
    ["aanwezig: m (Wendy Ruiter); v (Mark Ruiter) zonder advocaat", "Mark"],
    ["Ik heb de mentor van Lotte (Kim) gesproken.", "Kim"],
    ["daar woont mijn tante (Ria Eshuis Pelikaanstraat 15 Hengelo)", "Ria"],
    ["we gaan naar almelo of hengelo, maakt niet uit", "hengelo"],
    ["kijk dit filmpje #hengelo #fight", "hengelo"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test.each([
    "De oudste dochter tolkt thuis voor haar ouders.",
    "De advocaat van moeder bestrijdt de noodzaak.",
    "Zijn zoon loopt sinds kort weer naar school.",
    "Meneer van de woningcorporatie komt kijken.",
    "Ze bracht hem naar de EHBO-ruimte.",
    "Hij zit in groep 3 en leest op AVI-niveau E3.",
    "ik ben moe en best wel klaar",
    "De vergadering (Woensdag) ging door.",
  ])("%s stays as it was", (text) => {
    expect(out(text)).toBe(text);
  });
});

describe("a person of an institution", () => {
  test.each([
    ["Juf Hendriks van de Wilhelminaschool belde mij.", "Hendriks", "Wilhelminaschool"],
    ["Steun krijgt ze van pastor Osei van de Pinkstergemeente Bethel.", "Osei", "Pinkstergemeente"],
  ])("%s: the name ends before 'van' (%s, %s)", (text, person, institution) => {
    const copy = out(text);
    expect(copy).not.toContain(person);
    expect(copy).not.toContain(institution);
  });
});

describe("businesses by their kind word", () => {
  test.each([
    ["We kochten taart bij Bakkerij Ten Brinke in Delden.", ["Ten Brinke", "Brinke"]],
    ["Het feest was bij Café de Zwaan.", ["Zwaan"]],
    ["Hij werkt bij Koninklijke Nijhof Wassink.", ["Nijhof", "Wassink"]],
    ["10-03-2024 09:12 - Ruud Bakkerij 't Stoepje: morgen kan ze beginnen", ["Ruud", "Stoepje"]],
    ["10-03-2024 09:12 - Ruud Snackbar 't Pleintje: morgen kan ze beginnen", ["Ruud", "Pleintje"]],
  ])("%s", (text, gone) => {
    for (const g of gone) expect(out(text)).not.toContain(g);
  });
  test("the full stop after the name stays", () => {
    expect(out("Het feest was bij Café de Zwaan.")).toMatch(/\.$/u);
  });
});

describe("a name in capitals after a label", () => {
  test.each([
    ["Geslachtsnaam: VAN DIJK", "DIJK"],
    ["Naam moeder: OSEI", "OSEI"],
    ["Geslachtsnaam: TER HORST-BOS", "HORST"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });
  test.each(["Naam: MDO VERSLAG", "Onderwerp: OTS"])("%s stays as it was", (text) => {
    expect(out(text)).toBe(text);
  });
});
