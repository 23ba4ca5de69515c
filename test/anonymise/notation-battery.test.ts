// Issue 23 item 1: a battery of the common Dutch ways to write a date, an age and an account name, made up from
// knowledge of Dutch (not from the measured sets), each beside look-alikes that must stay. What counts as a date, an
// age or a handle follows test/anonymise/dutch-set/BLIND.md: a month alone, a season, a holiday, a week number and a
// time of day are no dates; legal limits and durations are no ages.
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

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The pieces of `pieces` that the copy of `text` still contains, as whole words. */
function kept(text: string, pieces: string[]): string[] {
  const out = copy(text);
  return pieces.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, "u").test(out));
}

describe("date notations", () => {
  it.each([
    ["Aangemeld op 3-2-2014 door school.", ["3-2-2014"]],
    ["Gesprek gehad op 03-02-14 met moeder.", ["03-02-14"]],
    ["Verslag van 3.2.2014 is nagestuurd.", ["3.2.2014"]],
    ["Op 3/2 belde de moeder.", ["3/2"]],
    ["Hij is op 3 feb. 2014 verhuisd.", ["3 feb"]],
    ["Intake 3-feb-2014, daarna overleg.", ["3-feb-2014"]],
    ["Datum melding: 2014-02-03.", ["2014-02-03"]],
    ["Datum melding: 2014-feb-03.", ["2014-feb-03"]],
    ["Ze is op 3 februari 2014 aangemeld.", ["3 februari 2014"]],
    ["Op 3 februari is ze aangemeld.", ["3 februari"]],
    ["De scheiding was in '15.", ["'15"]],
    ["Sinds de zomer van 2019 woont hij bij oma.", ["2019"]],
    ["In het voorjaar van 2018 verhuisde het gezin.", ["2018"]],
    ["Vader kwam medio 2020 uit detentie.", ["2020"]],
    ["Eind mei 2019 is zij opgenomen.", ["mei 2019"]],
    ["In oktober 2023 kwam de melding binnen.", ["oktober 2023"]],
    ["Rond Pasen 2017 kwam hij bij het gezin wonen.", ["2017"]],
    ["Zij logeert van 3 t/m 7 maart bij haar vader.", ["3", "7 maart"]],
    ["Op maandag 3 februari was er een huisbezoek.", ["3 februari"]],
    ["Huisbezoek ma 3/2 om 10:00.", ["3/2"]],
    ["Gebeld op 3-2-2014 om 14.30 uur.", ["3-2-2014"]],
    ["Robin (geb. 12-4-2013) woont bij moeder.", ["12-4-2013"]],
    ["Uw brief d.d. 3/2 is ontvangen.", ["3/2"]],
    ["Zij gaat per 1-9 naar een andere school.", ["1-9"]],
    ["Het gesprek is maandag de 3e.", ["3e"]],
    ["Op 12 jan. jl. was er een incident.", ["12 jan"]],
    ["Verhuisd op 12 december '21.", ["12 december"]],
    ["Zij is op 3 feb 2014 verhuisd.", ["3 feb 2014"]],
    ["Gezien op 3 mrt.", ["3 mrt"]],
    ["Zitting op 14 sept. 2021 bij de rechtbank.", ["14 sept"]],
    ["Datum: 2014/02/03", ["2014/02/03"]],
    ["Op vrijdag 29-03 was zij ziek.", ["29-03"]],
    ["Gesprek do. 11/4 met school.", ["11/4"]],
    ["Op dinsdag 3 maart 2020 om 9.00 uur was de zitting.", ["3 maart 2020"]],
    ["Zij logeert van 28 februari t/m 3 maart bij oma.", ["28 februari", "3 maart"]],
    ["In de zomer van '19 ging het mis in het gezin.", ["'19"]],
    ["Hij is geboren op 12-04-2013.", ["12-04-2013"]],
    ["Geboortedatum: 12 april 2013", ["12 april 2013"]],
    ["Overleg op 03-02 om 10:00.", ["03-02"]],
    ["Geb. 03022014, Enschede.", ["03022014"]],
    ["Verhuisd op 3 feb. '14 naar oma.", ["3 feb"]],
    ["Gesprek op 3-2-'14 met vader.", ["3-2-'14"]],
    ["Melding d.d. 03-02-2014 14:30 ontvangen.", ["03-02-2014"]],
    ["Zaterdagavond 3 februari liep zij weg.", ["3 februari"]],
    ["Ze is in feb. 2014 verhuisd.", ["feb. 2014"]],
    ["Zitting op ma 3 feb om 9 uur.", ["3 feb"]],
    ["Brief van 3/2/14 ontvangen.", ["3/2/14"]],
    ["Brief van 3.2.14 ontvangen.", ["3.2.14"]],
    ["Datum: 2014-2-3", ["2014-2-3"]],
    ["Stempel 20140203 op de brief.", ["20140203"]],
    ["Op 3 en 4 maart was zij bij vader.", ["3", "4 maart"]],
    ["Van 3 maart tot 7 april logeerde zij bij oma.", ["3 maart", "7 april"]],
    ["Zij is sinds '18 uit huis geplaatst.", ["'18"]],
    ["Zomer '19 verhuisde het gezin naar de stad.", ["'19"]],
    ["Op 31-12-2019 kwam de politie.", ["31-12-2019"]],
    ["Verhuisd op 3 maart jl.", ["3 maart"]],
    ["Zij logeert van 3-2 t/m 7-2 bij oma.", ["3-2", "7-2"]],
    ["Gesprek wo 3-2-2014 op school.", ["3-2-2014"]],
    ["Zitting op 3 febr. 2014.", ["3 febr"]],
    ["Zitting op 3 Feb 2014.", ["3 Feb 2014"]],
    ["ZITTING 3 FEB 2014", ["3 FEB 2014"]],
    ["Op 3 aug '19 is zij weggelopen.", ["3 aug"]],
    ["Gezien op 1 sept.", ["1 sept"]],
  ])("%s", (text, pieces) => {
    expect(kept(text, pieces)).toEqual([]);
  });

  it.each([
    "Begin maart volgt een evaluatie.",
    "In januari was het rustig.",
    "In week 12 is er een toets.",
    "Het gesprek is in wk 12.",
    "Om 12:30 komt de taxi.",
    "Het werd 1-0 voor de thuisploeg.",
    "Hij zit in groep 7.",
    "De ouderbijdrage is € 9,50.",
    "Artikelnummer 4031-22 is uitverkocht.",
    "In de zomer gaan ze kamperen.",
    "Met Pasen komt oma.",
    "Zij is 24/7 bereikbaar.",
    "Hij speelt 3-4 keer per week.",
    "Het is nu 3-2 voor ons team.",
    "Zie pagina 12-14 van het rapport.",
    "Bel tussen 9.00 en 12.00 uur.",
    "Volgende week donderdag komt de juf.",
    "Dossiernummer volgt later.",
    "Zie hoofdstuk 3.2.14 van het plan.",
    "De app is bijgewerkt naar 1.2.14 vandaag.",
  ])("keeps what is no date: %s", (text) => {
    expect(copy(text)).toBe(text);
  });
});

describe("age notations", () => {
  it.each([
    ["De 9-jarige jongen huilde.", ["9"]],
    ["Zoon (9 jr) zit op voetbal.", ["9"]],
    ["Dochter, 9j, gaat naar de opvang.", ["9"]],
    ["Hij is 9 jaar en 3 maanden oud.", ["9"]],
    ["Leeftijd 9;3 jaar bij de test.", ["9;3"]],
    ["Haar zoon Bram (9) logeert bij opa.", ["9"]],
    ["De negenjarige wilde niet praten.", ["negenjarige"]],
    ["Zij is een tiener van 15.", ["15"]],
    ["Hij is ruim twaalf en zit in de brugklas.", ["twaalf"]],
    ["Zij is bijna 3 en praat nog weinig.", ["3"]],
    ["Het zusje van 4 jaar slaapt bij moeder.", ["4"]],
    ["De baby is 18 maanden.", ["18"]],
    ["Hij is 13 jaar oud.", ["13"]],
    ["De dertienjarige zoon blowt.", ["dertienjarige"]],
    ["Ze is 2,5 jaar en loopt nog niet.", ["2,5"]],
    ["Zij heeft twee kinderen van 9 en 12 jaar.", ["9", "12"]],
    ["Haar zoon van 9 wil bij vader wonen.", ["9"]],
    ["Jongen, 15 jaar, woont in een gezinshuis.", ["15"]],
    ["Meisje van 14 jr. loopt weg.", ["14"]],
    ["Hij is 9 jaar oud.", ["9"]],
    ["De 15 jarige zoon spijbelt.", ["15"]],
    ["De 15jarige zoon spijbelt.", ["15jarige"]],
    ["Een achtjarig meisje zat alleen thuis.", ["achtjarig"]],
    ["De 16-jarige moeder woont bij haar ouders.", ["16"]],
    ["Dochter (7 jaar) slaapt slecht.", ["7"]],
    ["Zij is 9,5 jaar.", ["9,5"]],
    ["Hij is anderhalf jaar oud.", ["anderhalf"]],
    ["Zoon, 12 jaar oud, is boos.", ["12"]],
    ["De twaalfjarige dochter zorgt voor haar broertje.", ["twaalfjarige"]],
    ["Zij is een peuter van 2.", ["2"]],
    ["Zoon (15 jr.) blowt.", ["15"]],
    ["Hij is 15 jaar en 2 mnd.", ["15"]],
    ["Zij is 13½ jaar.", ["13½"]],
  ])("%s", (text, pieces) => {
    expect(kept(text, pieces)).toEqual([]);
  });

  it.each([
    "Dit spel is voor 15+.",
    "Alcohol is verboden onder de 18 jaar.",
    "De behandeling duurt 12 weken.",
    "Hij zit in groep 7.",
    "Het kost € 9,50 per les.",
    "Hij scoorde 9 van de 10.",
    "Kinderen vanaf 12 jaar mogen zelf tekenen.",
    "Het project loopt al 3 jaar.",
  ])("keeps what is no one's age: %s", (text) => {
    expect(copy(text)).toBe(text);
  });
});

describe("handle notations", () => {
  it.each([
    ["Ze volgt @lotje op Instagram.", ["@lotje"]],
    ["Zijn account is @sem.devries_09.", ["@sem.devries_09"]],
    ["Insta: lotje.k_09, daar post ze veel.", ["lotje.k_09"]],
    ["Op TikTok @x_noor11 plaatste hij filmpjes.", ["@x_noor11"]],
    ["Op snap naam_x stuurt ze berichten.", ["naam_x"]],
    ["Discord: kayy#1234 chat met hem.", ["kayy#1234"]],
    ["Hij gamet als xXSniperXx_07 op fortnite.", ["xXSniperXx_07"]],
    ["Zijn gamertag is Dark_Wolf12.", ["Dark_Wolf12"]],
    ["Ze heet op Snapchat lotje_k.", ["lotje_k"]],
    ["Ig: noor.b2011", ["noor.b2011"]],
    ["Zij stuurde een DM naar @Jaylinho.", ["@Jaylinho"]],
    ["Roblox-naam: SuperNoor2013", ["SuperNoor2013"]],
    ["@lotte stuurde haar foto's.", ["@lotte"]],
    ["Ze volgt hem als @_sem_.", ["_sem_"]],
    ["Hij zoekt haar op insta @lotte.k op.", ["@lotte.k"]],
    ["Zij chat met hem (@noor_k).", ["@noor_k"]],
    ["Discord-naam: kayy#1234", ["kayy#1234"]],
    ["Gamertag: DarkWolf", ["DarkWolf"]],
    ["Gebruikersnaam: lotjebakker", ["lotjebakker"]],
    ["Hij volgt haar op twitter @lotje.", ["@lotje"]],
    ["Via @lotje_09 op TikTok kreeg hij berichten.", ["@lotje_09"]],
  ])("%s", (text, pieces) => {
    expect(kept(text, pieces)).toEqual([]);
  });

  it.each([
    "Ze zit veel op TikTok en Instagram.",
    "Stuur het naar de juf @ school.",
    "De stand is 2-1 na de rust.",
    "Artikel 7:3 BW is van toepassing.",
    "Ze zit 2 uur per dag op Instagram.",
    "Zij heeft snap sinds vorig jaar.",
    "Hij speelt Fortnite 3 uur per dag.",
    "Gebruikersnaam: onbekend",
    "Instagram: geen",
  ])("keeps what is no account: %s", (text) => {
    expect(copy(text)).toBe(text);
  });
});
