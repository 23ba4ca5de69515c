// Identifiers in free text that no registry knows, found by pattern, word list and context (after
// deduce-style Dutch de-identification: lookup lists plus patterns plus context words):
// - social-media handles ("@lotte.k_09") and bare web addresses ("lottebakker.nl");
// - institutions by their form: a type word and a name ("basisschool De Regenboog", "Stichting
//   Humanitas", "ROC van Twente"), a name and a type word ("Deventer Ziekenhuis", "Bonhoeffer
//   College"), a compound ("Jan Ligthartschool", "Radboudumc"), or a capitalised unknown word after
//   "bij", "van", "via" … that is no name, word or place;
// - places: a place from the word list, or a capitalised unknown word after "in", "uit", "naar",
//   "te" …, or after a postcode or "gemeente" ("gemeente Borne"); only the form's own municipality stays;
// - ages in words and short forms ("negenjarige", "9 jr", "een jongen van 9 jaar");
// - initials written as one word ("JvdM", "BtH"), and a line of initials alone (a signature: "RW").
// Each scan is one pass of a regex that cannot backtrack far: linear in the text.
import { addressesBesideTowns, countsAfter, streetsByEnding } from "./addresses";
import { ABBREVIATIONS } from "./abbreviations";
import { COUNTRIES_AND_BRANDS } from "./countries-and-brands";
import { ageSpans } from "./ages";
import { contextInstitutions, listedInstitutions } from "./institutions";
import type { Lexicon } from "./lexicon";
import { INSTITUTION_TYPE_BEFORE as TYPE_BEFORE, institutionShapes, institutionTails } from "./institution-shapes";
import { multiWordPlaces, placeTails, placesBesidePlaces, placesInOtherCase } from "./places";
import { COUNTED_NOUN, compoundHead, PLACEHOLDERS, plainCompound, PRIORITY, STREET_END } from "./patterns";
import { LEFT, RIGHT, cellEnd, matchAll, needs, type CountKind, type Span } from "./spans";
import { lineEndClass } from "../text/line-breaks";

export const INSTITUTION = "[instelling]";
export const HANDLE = "[account]";
export const INITIALS = "[initialen]";
const PLACE = "[plaats]";
const AGE = "[leeftijd]";
const LINK = "[link]";
const ADDRESS = PLACEHOLDERS.address;
const POSTCODE = PLACEHOLDERS.postcode;
/** Four or five digits at a line start or after a comma, then a capitalised word (group 2: a place the lists know). */
const FOREIGN_POSTCODE = needs(
  /(?<=(?:^|[\n\r\v]|,)[ \t]{0,2})(?:[A-Z]{1,2}-)?(\d{4,5})(?=[ \t]{1,2}(\p{Lu}[\p{L}'’-]+))/gmu,
  ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
);
/** A compound that ends in a numbering noun numbers things, it names no street: "Artikelnummer 4031", "Lesgroep 3". */
const COUNTED_COMPOUND = /\p{L}{3,}(?:nummer|groep|klas|score|versie|pagina|bijlage|hoofdstuk|code|stap|fase)$/iu;

export interface FreeTextContext {
  lexicon: Lexicon;
  /** Lower-case words never replaced here: the form's organisations, municipality and template texts. */
  notPlaces: ReadonlySet<string>;
  priority: { place: number; age: number; institution: number; handle: number; initials: number };
  /** A name or name part of someone the document lists: never an institution by context. */
  knownName?: (word: string) => boolean;
}

/** Two Dutch words joined, with or without a linking "s" or "e(n)": "wachttijd", "gesprekstijd", "kinderfeest". */
function wordCompound(w: string, word: (part: string) => boolean): boolean {
  for (let i = 3; i <= w.length - 3; i++) {
    if (!word(w.slice(i))) continue;
    const head = w.slice(0, i);
    if (word(head) || word(head.replace(/(?:s|e|en)$/u, ""))) return true;
  }
  return false;
}

/** A name of a place or organisation ends at a tab (cellEnd). */
const span = (m: RegExpExecArray, replacement: string, kind: CountKind, priority: number, group = 0): Span => {
  const text = m[group] ?? "";
  const start = m.index + m[0].indexOf(text);
  const end =
    kind === "organisations" || kind === "places" ? cellEnd(m.input, start, start + text.length) : start + text.length;
  return { start, end, replacement, kinds: [kind], priority };
};

const HANDLE_RE = /(?<![\p{L}\p{N}._@-])@[\p{L}\p{N}_](?:[\p{L}\p{N}._]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}@])/gu;
const BARE_LINK = new RegExp(
  String.raw`(?<![\p{L}\p{N}@./-])[\p{L}\p{N}-]{1,40}(?:\.[\p{L}\p{N}-]{2,40}){0,3}\.(?:nl|com|org|net|eu|be|info|de|io|me|gg|tv|app|ly|to|co|uk|fr|tk)(?:/[^\s<>"')\]]*)?${RIGHT}`,
  "gu",
);

// no dot inside a word, and a scan starts only where a word starts: "A.A.A.…" was scanned again from each letter
// a dot only after a short abbreviation ("St.", "Mr."): "obs De Wielewaal. Moeder Petra" is two sentences
// digits inside a name too: "Woonbedrijf Ieder1"
// an abbreviation's dot ("St. Jozef") only before another word: "bij Herberg de Pol." keeps its full stop
const CAP = String.raw`\p{Lu}(?:\p{Ll}{0,2}\.(?=[ \t]{1,3}\p{L})|[\p{L}\p{M}\p{N}'’-]*)`;
const WORD_START = String.raw`(?<![\p{L}\p{N}'’.-])`;
const TYPE_AFTER = String.raw`(?:Kerk|Moskee|Parochie|Church|Advocaten|Notarissen|Accountants|Makelaardij|Installatiebedrijf|Ziekenhuis|Kinderziekenhuis|College|Lyceum|Kliniek|Clinics|Centrum|Gymnasium|Scholengemeenschap|Zorggroep|Zorg|Jeugdzorg|Academie|School|MC|UMC|Instituut|Kenniscentrum|Expertisecentrum|Jeugdhulp|Transport|Bouw|Techniek|Installatietechniek|Logistiek|Schoonmaak|Holding|BV|B\.V\.)`;
const INSTITUTION_BEFORE = new RegExp(
  String.raw`${WORD_START}${TYPE_BEFORE}[ \t]{1,3}(?:(?:[Dd]e|[Hh]et|'t|’t|Sint|St\.|van|voor)[ \t]{1,3}){0,2}${CAP}(?:[ \t]{1,3}(?:(?:van|voor|de|het|der|des|en|&)[ \t]{1,3}){0,2}${CAP}){0,3}`,
  "gu",
);
// (a determiner in front is no name: "Deze Kerk", "Onze Moskee")
const INSTITUTION_AFTER = new RegExp(
  String.raw`${WORD_START}(?!(?:Deze|Die|Dit|Dat|Een|Onze|Ons|Mijn|Zijn|Haar|Hun|Jullie|Elke|Iedere)[ \t])(?:${CAP}[ \t]{1,3}){1,3}${TYPE_AFTER}${RIGHT}`,
  "gu",
);
/** A month or season before an apostrophe year is a date: "december '23", "Kerst '22". */
const MONTHS_OR_SEASONS =
  /^(?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december|zomer|winter|lente|herfst|voorjaar|najaar|kerst|pasen|sinds|eind|begin|medio)/iu;
/** A club with its founding year, as Twente's sports clubs are named: "HSC '21", "DOS '37", "Quick '20". */
const CLUB_YEAR = needs(
  new RegExp(
    String.raw`${WORD_START}(?:(?:[Vv]v|VV|[Ss]v|SV|FC|HC|RKSV|[Vv]oetbalvereniging)[ \t]+)?(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}{2,12})(?:[ \t]\p{Lu}\p{Ll}{2,12})?[ \t]['’]\d{2}(?![\p{L}\p{N}'’])`,
    "gu",
  ),
  ["'", "’"],
);
/** A church by its denomination: "Evangelische Gemeente Hengelo", "Hervormde gemeente Delden", "RK Parochie Borne". */
const CHURCH = new RegExp(
  String.raw`${WORD_START}(?:Evangelische|Gereformeerde|Hervormde|Protestantse|Christelijke|Baptisten|Pinkster|Vrije|Oud-Katholieke|Rooms-Katholieke|RK|R\.K\.)[ \t]+(?:[Gg]emeente|[Kk]erk|[Pp]arochie|[Gg]emeenschap)(?:[ \t]+(?:te[ \t]+)?\p{Lu}[\p{L}-]+)?${RIGHT}`,
  "gu",
);
const INSTITUTION_COMPOUND = new RegExp(
  String.raw`${WORD_START}(?:${CAP}[ \t]{1,3}){0,2}\p{Lu}[\p{L}\p{M}'’-]*(?:school|college|lyceum|kliniek|ziekenhuis|umc)${RIGHT}`,
  "gu",
);
/** A name in odd casing, a small letter, a hyphen, a capital: "i-Psy", "e-Kids" ("'s-Hertogenbosch" is a place). */
const ODD_CASE_NAME = new RegExp(String.raw`${WORD_START}\p{Ll}-\p{Lu}[\p{L}\p{N}]{1,20}${RIGHT}`, "gu");
/** Well-known abbreviations of hospitals and schools: an institution in every text. */
const INSTITUTION_ABBREVIATIONS = new RegExp(
  String.raw`${LEFT}(?:MST|ZGT|UMCG|UMCU|LUMC|AMC|VUmc|UMC|Radboudumc|Erasmus MC|Amsterdam UMC)${RIGHT}`,
  "gu",
);
/** Initials or a title right before a word: a person's name follows. */
const PERSON_BEFORE = /(?:(?<![\p{L}])(?:dr|drs|mr|dhr|mevr|mw|ir|prof)\.?|(?<![\p{L}])(?:\p{Lu}\.){1,4})[ \t]{1,2}$/u;
/** One capitalised word right after an institution's type word: its location or branch. */
const LOCATION_AFTER = /^[ \t]{1,3}(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{N}])/u;
/** A capitalised word after a preposition that links to an organisation or a place. */
const AFTER_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(bij|van|via|door|vanuit|naar|in|uit|te|richting|nabij|op|met|bij de|van de|bij het|van het|op de|op het|naar de|naar het)[ \t]{1,3}((?:(?:De|Het|'t|Sint|Den)[ \t]{1,3})?\p{Lu}[\p{L}\p{M}'’-]+(?:-\p{Lu}[\p{L}\p{M}'’-]+)*)${RIGHT}`,
  "gu",
);
/** "De" or "Het" and a capitalised word in mid-sentence: a name ("begeleider De Zonnewijzer", "op Het Kompas"). */
const ARTICLE_NAME =
  /(?<=[\p{Ll}\p{N},|][ \t]{1,3})(?:De|Het|'t|’t)[ \t]{1,3}(\p{Lu}[\p{Ll}\p{M}'’-]+)(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?(?![\p{L}\p{N}])/gu;
/** One capitalised word in brackets after a capitalised word: "G. Visser (Karakter)", the person's organisation. */
const BRACKETS_AFTER_NAME = /(?<=\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]?\()\p{Lu}[\p{Ll}\p{M}'’-]+(?=\))/gu;
/** "Mo (Mohammed, 10)": a name, then a bracket with a name and a number; the number is an age if the word is a name. */
const NAME_THEN_NUMBER = /(?<=\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]?\()(\p{Lu}[\p{Ll}\p{M}'’-]+),[ \t]{1,3}(\d{1,2})(?=\))/gu;
const PLACE_PREPOSITIONS = new Set(["naar", "in", "uit", "te", "richting", "nabij", "vanuit"]);
const CAP_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}'’-]+)*(?![\p{L}\p{N}])/gu;
const AFTER_POSTCODE = new RegExp(
  String.raw`(?<=${LEFT}[1-9]\d{3}[ \t]?[A-Z]{2}[ \t,]{1,3})\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?${RIGHT}`,
  "gu",
);
/** A place's district: "Enschede-Zuid", "Hengelo-Noord". */
const DISTRICT = new Set(["noord", "zuid", "oost", "west", "centrum", "midden", "binnenstad"]);
function districtOfPlace(word: string, lexicon: Lexicon): boolean {
  const parts = word.split("-").map(lower);
  return (
    parts.length > 1 &&
    parts.some((p) => lexicon.places.has(p)) &&
    parts.every((p) => lexicon.places.has(p) || DISTRICT.has(p))
  );
}
const TOWN = String.raw`(?:(?:De|Den|Het|Sint)[ \t])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const AFTER_AREA_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Gg]emeente|[Rr]egio|[Ww]ijk|[Ss]tadsdeel|[Pp]rovincie|[Bb]uurtschap|[Kk]erkdorp)[ \t]{1,3}(${TOWN})(?![\p{L}\p{N}])`,
  "gu",
);
const AFTER_STREET_NUMBER = new RegExp(
  String.raw`${WORD_START}\p{Lu}[\p{L}'’-]*(?:${STREET_END})[ \t]{1,2}\d{1,5}(?:[ \t]?[a-zA-Z](?![\p{L}\p{N}])|-(?:\d{1,4}|[IVX]{1,4})(?![\p{L}\p{N}]))?[ \t]*,?[ \t]{1,3}(${TOWN})(?![\p{L}\p{N}])`,
  "gu",
);
const LAST_IN_BRACKETS = new RegExp(String.raw`(?<=\([^()\n]{2,60},[ \t]{1,3})(${TOWN})(?=\))`, "gu");
/** Countries and nationalities (the rules mark no country), shops, chains and apps (no identifier). */
const NOT_CONTEXT = new Set([
  ...COUNTRIES_AND_BRANDS,
  ..."jeugdwet participatiewet wmo ggz mdo veilig thuis kerst pasen ramadan suikerfeest offerfeest sinterklaas whatsapp instagram facebook tiktok snapchat youtube fortnite google teams zoom nederland nederlands engels duits frans turks arabisch pools spaans twente twents europa god islam tigrinya tigrinja amhaars dari farsi pashto sorani koerdisch somalisch oekraïens russisch papiaments stap rij gecorrigeerd aanvulling januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag de het een".split(
    " ",
  ),
]);

// A street without a street ending and its house number: "Zuiderval 87", "Noorderhagen 122a", "Boulevard 1945 20",
// "Het Ravijn 2" (group 1 an article, 2 the word, 3 a year in the name); a tab before the number is a table's next
// cell ("Nowak⇥11" is a name and an age).
const STREET_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])((?:De|Het|'t|’t)[ \t]{1,2})?(\p{Lu}[\p{Ll}'’-]+)([ \t]{1,2}(?:1[89]|20)\d\d)?[ ]{1,2}[1-9]\d{0,4}(?:[ \t]?[A-Za-z](?![\p{L}\p{N}])|-\d{1,4})?(?![\p{L}\p{N}]|[:.,/]\d)`,
  "gu",
);
const STREET_PREPOSITION = /(?<![\p{L}])(?:naar|op|aan|bij|van|vanaf|in)[ \t]{1,2}$/u;
const BEFORE_POSTCODE = /^[ \t]*,?[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}(?![\p{L}\p{N}])/u;

const WORD_AGES =
  "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien";
const AGE_RES = [
  new RegExp(String.raw`${LEFT}(?:${WORD_AGES})-?jarige?${RIGHT}`, "giu"),
  // "8 jaar)", "12 jr,": not a bound ("tot 18 jaar,", "vanaf 12 jaar)")
  new RegExp(
    String.raw`${LEFT}(?<!${LEFT}(?:tot|t\/m|vanaf|onder|boven|max\.?|maximaal|minimaal|minstens|tussen|dan)[ \t]{1,3})\d{1,2}[ \t]?(?:jr\.?|jaar)(?=[ \t]*[),;:]|[ \t]+(?:oud|en \d{1,2} maanden)${RIGHT})`,
    "gu",
  ),
  new RegExp(String.raw`${LEFT}\d{1,2}[ \t]?jr\.?(?![\p{L}\p{N}])`, "gu"),
  // "een jongen van 9 jaar", "een meisje van 12"
  new RegExp(
    String.raw`(?<=(?:jongen|meisje|kind|zoon|dochter|broer|zus|broertje|zusje|tiener|peuter|kleuter)[ \t]{1,3}van[ \t]{1,3})\d{1,2}(?:[ \t]+jaar)?${RIGHT}`,
    "gu",
  ),
  // "een 9 jaar meisje", "een 12 jr oude jongen"
  new RegExp(
    String.raw`${LEFT}\d{1,2}[ \t-]?(?:jaar|jr\.?)(?=[ \t]+(?:oude?[ \t]+)?(?:jongen|meisje|kind|zoon|dochter|broer|zus|broertje|zusje|tiener|puber|peuter|kleuter|baby|jongere|jongeman|jongedame)${RIGHT})`,
    "gu",
  ),
  // "op zijn 14e", "sinds haar 9de", "zijn 12e verjaardag"
  new RegExp(String.raw`(?<=(?:zijn|haar|hun|mijn|jouw)[ \t]{1,3})\d{1,2}(?:e|ste|de)${RIGHT}`, "gu"),
  // "is 9 jaar", "wordt 10 jaar", "leeftijd: 9" (not the possessive of "na zijn 2 jaar in de jeugdzorg")
  new RegExp(
    String.raw`(?<=(?:is|was|wordt|werd|ben|bent|(?<!(?:[Nn]a|[Vv]an|[Ii]n|[Mm]et|[Tt]ijdens|[Vv]oor|[Bb]ij|[Oo]p|[Uu]it|[Dd]oor)[ \t]+)zijn|leeftijd:?|lft\.?:?)[ \t]{1,3})\d{1,2}[ \t]+jaar${RIGHT}(?![ \t]+(?:geleden|lang|later|eerder|terug|getrouwd|samen|bezig|in behandeling))`,
    "gu",
  ),
];

/** Initials alone at the end of a line or a text, after its start or a full stop: a signature ("… gebeld. RW"). */
const SIGNATURE_LINE = new RegExp(
  String.raw`(?<=^|${lineEndClass()}|[.!?][ \t]{1,3})[ \t]*(\p{Lu}[a-z]{0,3}\p{Lu}{1,3}|\p{Lu}\.(?:\p{Lu}\.){1,3})[ \t]*(?=$|${lineEndClass()})`,
  "gu",
);
/** A capitalised name in brackets: "(Jarabee)", "(Yes We Can Clinics)". */
const IN_BRACKETS = /(?<=\()\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){0,3}(?=\))/gu;
const MIXED_INITIALS = /(?<![\p{L}\p{N}])\p{Lu}(?:v|vd|vh|vdr|d|t|td|te|in|o)\p{Lu}(?![\p{L}\p{N}])/gu;
/** A table's cell holding only initials, as a log's author column: "04-09-2023 | JK | Gesprek …", "JK⇥12-3⇥…". */
const CELL_INITIALS = needs(
  /(?:[|\t][ \t]{0,3}(\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})(?=[ \t]{0,3}(?:[|\t]|$))|^[ \t]{0,3}(\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})(?=[ \t]{0,3}[|\t]))/gmu,
  ["|", "\t"],
);
/** Initials after a label that signs (group 1 the list): "Paraaf: J.V. / S.Ç.", "Initialen: KB". */
const SIGNED_INITIALS = needs(
  /(?:[Pp]araaf|[Pp]arafen|[Ii]nitialen|[Aa]fgetekend|[Gg]eparafeerd)[ \t]{0,3}:?[ \t]{0,3}((?:(?:\p{Lu}\.){1,3}|\p{Lu}{2,3})(?:[ \t]{0,3}[/,&][ \t]{0,3}(?:(?:\p{Lu}\.){1,3}|\p{Lu}{2,3})){0,3})(?![\p{L}\p{N}])/gu,
  ["araaf", "arafen", "nitialen", "fgetekend", "eparafeerd"],
);
const ONE_INITIALS = /(?:\p{Lu}\.){1,3}|\p{Lu}{2,3}/gu;

// toLowerCase equals toLocaleLowerCase("nl") (Dutch has no special casing) and costs a fifth: hot per word
const lower = (w: string): string => w.toLowerCase();

// the literals each regex needs (spans.ts NEEDS); test/anonymise/needed-literals.test.ts checks them
needs(HANDLE_RE, ["@"]);
needs(BARE_LINK, [
  ".nl",
  ".com",
  ".org",
  ".net",
  ".eu",
  ".be",
  ".info",
  ".de",
  ".io",
  ".me",
  ".gg",
  ".tv",
  ".app",
  ".ly",
  ".to",
  ".co",
  ".uk",
  ".fr",
  ".tk",
]);
// the first word of every type word of TYPE_BEFORE ("[Bb]asisschool" → "basisschool", "Medisch[ \t]Centrum" →
// "medisch"), so the list cannot fall behind the regex
needs(
  INSTITUTION_BEFORE,
  TYPE_BEFORE.slice(3, -1)
    .split("|")
    .map((w) =>
      w
        .replace(/\[\p{Lu}(\p{Ll})\]/gu, "$1")
        .split("[")[0]!
        .replace(/\(.*$/u, "")
        .toLowerCase(),
    ),
);
// every type word of TYPE_AFTER, so the list cannot fall behind the regex
needs(
  INSTITUTION_AFTER,
  TYPE_AFTER.slice(3, -1)
    .split("|")
    .map((w) => w.replace(/\\/g, "").toLowerCase()),
);
needs(INSTITUTION_COMPOUND, ["school", "college", "lyceum", "kliniek", "ziekenhuis", "umc"]);
needs(INSTITUTION_ABBREVIATIONS, ["mst", "zgt", "umc", "amc", "erasmus mc"]);
needs(ODD_CASE_NAME, ["-"]);
for (const re of [BRACKETS_AFTER_NAME, NAME_THEN_NUMBER, IN_BRACKETS]) needs(re, ["("], [")"]);
needs(LAST_IN_BRACKETS, ["("], [")"], [","]);
needs(AFTER_AREA_WORD, ["gemeente", "regio", "wijk", "stadsdeel", "provincie", "buurtschap", "kerkdorp"]);
needs(AFTER_STREET_NUMBER, STREET_END.split("|"));
needs(STREET_NUMBER, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
[
  [["jarig"]],
  [["jr", "jaar"]],
  [["jr"]],
  [["jongen", "meisje", "kind", "zoon", "dochter", "broer", "zus", "tiener", "peuter", "kleuter"], ["van"]],
  [["jaar", "jr"]],
  [["zijn", "haar", "hun", "mijn", "jouw"]],
  [["jaar"]],
].forEach((groups, i) => AGE_RES[i] && needs(AGE_RES[i], ...groups));

const TYPE_END = /^(\p{L}{2,})(?:school|college|kliniek|ziekenhuis)$/u;
/** A compound of a plain word and a type: "Rijschool", "Praktijkschool" (not "Julianaschool"). */
function typeCompound(word: string, lexicon: Lexicon): boolean {
  const k = lower(word);
  if (lexicon.common.has(k) || (lexicon.dictionary?.has(k) ?? false)) return true;
  return compoundHead(
    word,
    TYPE_END,
    (h) => lexicon.common.has(h) && !lexicon.firstNames.has(h) && !lexicon.places.has(h),
  );
}

/** Every candidate of the kinds above. */
export function freeTextSpans(text: string, ctx: FreeTextContext): Span[] {
  const { lexicon, priority } = ctx;
  const out: Span[] = [];
  for (const m of matchAll(HANDLE_RE, text)) out.push(span(m, HANDLE, "links", priority.handle));
  for (const m of matchAll(BARE_LINK, text)) out.push(span(m, LINK, "links", priority.handle));
  const known = (w: string): boolean => {
    const k = lower(w);
    return lexicon.common.has(k) || lexicon.nameWords.has(k) || NOT_CONTEXT.has(k) || ctx.notPlaces.has(k);
  };
  for (const m of matchAll(CHURCH, text)) out.push(span(m, INSTITUTION, "organisations", priority.institution));
  for (const m of matchAll(CLUB_YEAR, text))
    // before the apostrophe year's date rule, which would leave the club's letters
    if (!MONTHS_OR_SEASONS.test(m[0])) out.push(span(m, INSTITUTION, "organisations", PRIORITY.date - 0.5));
  for (const re of [INSTITUTION_BEFORE, INSTITUTION_AFTER, INSTITUTION_COMPOUND, INSTITUTION_ABBREVIATIONS])
    for (const m of matchAll(re, text)) {
      if (ctx.notPlaces.has(lower(m[0]))) continue;
      // a compound the dictionary knows is a type, not a name: "Rijschool Harbers", "Praktijkschool Het Diekman" are
      // found whole by the type word before the name
      if (re === INSTITUTION_COMPOUND && typeCompound(m[0], lexicon)) continue;
      const s = span(m, INSTITUTION, "organisations", priority.institution);
      // a known person's name is no part of it: "FC Team Member Mohammed el Amrani" ends before the name (only when a
      // capitalised word other than an article stays: "obs De Esch" is the school's name)
      if (re === INSTITUTION_BEFORE)
        for (const w of m[0].matchAll(/(?<![\p{L}])\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
          if (w.index === 0 || !(ctx.knownName?.(w[0]) ?? false)) continue;
          // a particle before the name is the name's: "Bakkerij Ter Huurne" is the bakery of Ter Huurne, whole
          const kept = m[0]
            .slice(0, w.index)
            .trimEnd()
            .replace(/(?:[ \t]+(?:Ter|Ten|Van|Te|ter|ten|van|de|der|den))+$/u, "");
          if (/[ \t](?!(?:De|Het)(?![\p{L}]))\p{Lu}/u.test(kept)) s.end = s.start + kept.length;
          break;
        }
      // a location after the type word belongs to the name: "Stedelijk Lyceum Kottenpark", "Het Assink College Noord"
      const next = re === INSTITUTION_AFTER ? LOCATION_AFTER.exec(text.slice(s.end, s.end + 64)) : null;
      // not a name ("School Mohammed el Amrani"), and no guess without a word list
      const w = next?.[1] ?? "";
      const nameWord =
        lexicon.firstNames.has(lower(w)) || lexicon.surnames.has(lower(w)) || (ctx.knownName?.(w) ?? false);
      if (next && lexicon.common.size > 0 && !known(w) && !nameWord) s.end += next[0].length;
      out.push(s);
    }
  // a listed name after initials or a title is a person's surname: "dr. H.L. Zandbergen"
  out.push(
    ...listedInstitutions(text, lexicon, priority.institution, ctx.notPlaces).filter(
      (s) => !PERSON_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)),
    ),
  );
  // "gemeente Hengelo" is a place like any other: the copy leaves the region, and the municipality a family deals with
  // says where it lives. Only the form's own municipality stays (in notPlaces): its box keeps it for research.
  const isName = (w: string): boolean => lexicon.firstNames.has(lower(w)) || lexicon.surnames.has(lower(w));
  // places from the word list, wherever they stand
  for (const m of matchAll(CAP_WORD, text)) {
    const k = lower(m[0]);
    if (ctx.notPlaces.has(k)) continue;
    if (lexicon.places.has(k) || districtOfPlace(m[0], lexicon)) out.push(span(m, PLACE, "places", priority.place));
  }
  // a place of several words from the list is surer than a person finder's guess at its first word ("Bergen op Zoom")
  out.push(...multiWordPlaces(text, lexicon, ctx.notPlaces, priority.institution));
  // after the words for municipality, region or district: the form's own municipality stays (notPlaces),
  // any other is a place
  for (const m of matchAll(AFTER_AREA_WORD, text)) {
    const word = m[1] ?? "";
    if (ctx.notPlaces.has(lower(word))) continue;
    if (NOT_CONTEXT.has(lower(word)) && lower(word) !== "twente") continue;
    out.push(span(m, PLACE, "places", priority.place, 1));
  }
  // the town after a street and house number ("Marktstraat 19 Rijssen", "Veldkampstraat 12, Hengevelde") and after
  // a comma closing brackets ("(De Kleine Wereld, Haaksbergen)")
  for (const re of [AFTER_STREET_NUMBER, LAST_IN_BRACKETS])
    for (const m of matchAll(re, text)) {
      const word = m[1] ?? "";
      if (ctx.notPlaces.has(lower(word)) || NOT_CONTEXT.has(lower(word)) || lexicon.common.has(lower(word))) continue;
      out.push(span(m, PLACE, "places", priority.place, 1));
    }
  for (const m of matchAll(AFTER_POSTCODE, text)) out.push(span(m, PLACE, "places", priority.place));
  // a capitalised word that is no word, name or known place after "in", "naar", "bij", "van" …
  for (const m of matchAll(AFTER_PREPOSITION, text)) {
    const [, prep = "", word = ""] = m;
    const core = word.replace(/^(?:De|Het|'t|Sint|Den)[ \t]+/u, "");
    // a capitalised word in mid-sentence is a name even when it is also a word ("bij Karakter"), unless it is one of
    // the words Dutch writes with a capital (languages, feasts, apps, laws) or the form's own
    const fixed = (w: string): boolean => NOT_CONTEXT.has(lower(w)) || ctx.notPlaces.has(lower(w));
    if (fixed(core) || fixed(word)) continue;
    // an everyday compound with a street's ending is a word ("naar de Kerstmarkt"), not an organisation's name
    if (prep !== "met" && !PLACE_PREPOSITIONS.has(prep) && plainCompound(core, lexicon)) continue;
    // an acronym joined to a plain word names a thing: "naar de EHBO-ruimte", "bij de GGD-arts"
    const joined = /^\p{Lu}{2,6}-(\p{Ll}{3,})$/u.exec(core);
    if (joined && (known(joined[1] ?? "") || plainCompound(joined[1] ?? "", lexicon))) continue;
    // an acronym after "op de/het" is a test or a form far more often than an organisation ("score op de CBCL")
    if (/^op (?:de|het)$/u.test(prep) && /^\p{Lu}{2,6}$/u.test(core)) continue;
    // "gebeld met Viverion": after "met" mostly a person, so only a word no list knows ("met Kerst", "met Fenna" stay
    // to the other rules)
    if (prep === "met") {
      if (!known(core) && !isName(core) && !lexicon.places.has(lower(core)) && lexicon.common.size > 0)
        out.push(span(m, INSTITUTION, "organisations", priority.place + 1, 2));
      continue;
    }
    if (PLACE_PREPOSITIONS.has(prep)) out.push(span(m, PLACE, "places", priority.place, 2));
    // a guess: a name or a place found otherwise wins
    else if (!isName(core)) out.push(span(m, INSTITUTION, "organisations", priority.place + 1, 2));
  }
  for (const m of matchAll(IN_BRACKETS, text)) {
    const words = m[0].split(/[ \t]/u);
    if (words.every((w) => known(w) || isName(w))) continue;
    out.push(span(m, INSTITUTION, "organisations", priority.place + 1));
  }
  // a postcode of four or five digits before a town the lists know, as Belgian and German addresses write it:
  // "8800 Roeselare", "48599 Gronau"
  for (const m of matchAll(FOREIGN_POSTCODE, text))
    if (lexicon.places.has(lower(m[2] ?? "")))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: POSTCODE,
        kinds: ["postcodes"],
        priority: PRIORITY.postcode,
      });
  // a street without a street ending: a word that is no Dutch word or first name, a year in the street's name
  // ("Boulevard 1945 20"), or a postcode after it ("Markt 1, 7511 AB")
  for (const m of matchAll(STREET_NUMBER, text)) {
    const word = m[2] ?? "";
    const k = lower(word);
    if (NOT_CONTEXT.has(k) || ctx.notPlaces.has(k) || COUNTED_NOUN.test(word) || COUNTED_COMPOUND.test(word)) continue;
    // without a word list every word would be unknown
    const unknown = lexicon.common.size > 0 && !known(word) && !lexicon.firstNames.has(k);
    const year = m[3] !== undefined;
    // "fietst naar De Kolk 14": an article and a capital after a preposition, in mid-sentence, name a place
    const articled = m[1] !== undefined && STREET_PREPOSITION.test(text.slice(Math.max(0, m.index - 12), m.index));
    const postcode = BEFORE_POSTCODE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    // "aan de Rabobank 50 euro": a number that counts something follows no street
    if (countsAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    // "Kalenderleeftijd 9;7": years;months is an age's notation, no house number
    if (/^;\d/u.test(text.slice(m.index + m[0].length))) continue;
    if (unknown || year || postcode || articled)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: ADDRESS,
        kinds: ["addresses"],
        priority: PRIORITY.address,
      });
  }
  // a street by its ending without a number ("speelt op het Rutbeekplein"); an everyday word ("schoolplein") is none
  if (lexicon.common.size > 0)
    out.push(...streetsByEnding(text, (w) => known(w) || plainCompound(w, lexicon), PRIORITY.address));
  for (const m of matchAll(ARTICLE_NAME, text)) {
    const word = m[1] ?? "";
    // "De Vries", "De Jong" are surnames (found as names); months, languages and the form's own words stay
    if (isName(word) || NOT_CONTEXT.has(lower(word)) || ctx.notPlaces.has(lower(word))) continue;
    out.push(span(m, INSTITUTION, "organisations", priority.place + 1));
  }
  for (const m of matchAll(ODD_CASE_NAME, text)) out.push(span(m, INSTITUTION, "organisations", priority.place + 1));
  for (const m of matchAll(BRACKETS_AFTER_NAME, text)) {
    if (NOT_CONTEXT.has(lower(m[0])) || ctx.notPlaces.has(lower(m[0])) || isName(m[0])) continue;
    out.push(span(m, INSTITUTION, "organisations", priority.place + 1));
  }
  for (const re of AGE_RES) for (const m of matchAll(re, text)) out.push(span(m, AGE, "ages", priority.age));
  out.push(
    ...ageSpans(
      text,
      priority.age,
      (w) =>
        lexicon.common.size > 0 &&
        !known(w) &&
        !(lexicon.dictionary?.has(lower(w)) ?? false) &&
        !wordCompound(lower(w), (part) => lexicon.common.has(part)),
    ),
  );
  for (const m of matchAll(NAME_THEN_NUMBER, text)) {
    const number = m[2] ?? "";
    if (!isName(m[1] ?? "")) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - number.length, end, replacement: AGE, kinds: ["ages"], priority: priority.age });
  }
  // without a word list every word would be unknown: no guesses by context then
  if (lexicon.common.size > 0) {
    const plainWord = (w: string): boolean =>
      known(w) || isName(w) || lexicon.places.has(lower(w)) || (ctx.knownName?.(w) ?? false);
    // a short capital word ("CJG", "GGD") is an abbreviation here, no name
    const plainOrShort = (w: string): boolean => known(w) || /^\p{Lu}{2,4}$/u.test(w);
    // a shape is a surer sign than a place but no surer than a person's name: a name's longer span wins a tie ("dokter
    // Leemreize van Gezondheidscentrum Het Bouwhuis" stays the person's)
    out.push(...institutionShapes(text, lexicon, plainOrShort, priority.institution + 1, priority.place + 1));
    const institutions = out.filter((s) => s.replacement === INSTITUTION);
    out.push(...contextInstitutions(text, institutions, plainWord, priority.institution));
    const named = out.filter((s) => s.replacement === INSTITUTION);
    out.push(...institutionTails(text, named, plainWord, (w) => known(w) || isName(w)));
    const notPlace = (w: string): boolean =>
      known(w) || lexicon.firstNames.has(lower(w)) || (ctx.knownName?.(w) ?? false);
    const places = out.filter((s) => s.replacement === PLACE);
    out.push(...placesBesidePlaces(text, places, out, notPlace, priority.place));
    out.push(...placesInOtherCase(text, lexicon, notPlace, priority.place));
    // a word after a place that is a name or capitalised for its own reason (month, article, language) is no tail
    const ownWord = (w: string): boolean =>
      lexicon.firstNames.has(lower(w)) ||
      lexicon.places.has(lower(w)) ||
      NOT_CONTEXT.has(lower(w)) ||
      (ctx.knownName?.(w) ?? false);
    const towns = out.filter((s) => s.replacement === PLACE);
    out.push(...placeTails(text, towns, ownWord));
    out.push(
      ...addressesBesideTowns(
        text,
        towns,
        (w) => COUNTED_NOUN.test(w) || NOT_CONTEXT.has(lower(w)),
        ADDRESS,
        PRIORITY.address,
      ),
    );
  }
  for (const m of matchAll(SIGNATURE_LINE, text)) {
    const initials = m[1] ?? "";
    if (ABBREVIATIONS.has(initials.toLocaleUpperCase("nl"))) continue;
    out.push(span(m, INITIALS, "initials", priority.initials, 1));
  }
  for (const m of matchAll(MIXED_INITIALS, text)) out.push(span(m, INITIALS, "initials", priority.initials));
  for (const m of matchAll(CELL_INITIALS, text)) {
    const group = m[1] === undefined ? 2 : 1;
    if (!ABBREVIATIONS.has((m[group] ?? "").replace(/\./gu, "")))
      out.push(span(m, INITIALS, "initials", priority.initials, group));
  }
  for (const m of matchAll(SIGNED_INITIALS, text)) {
    const list = m[1] ?? "";
    const at = m.index + m[0].length - list.length;
    for (const i of list.matchAll(ONE_INITIALS))
      if (!ABBREVIATIONS.has(i[0].replace(/\./gu, "")))
        out.push({
          start: at + (i.index ?? 0),
          end: at + (i.index ?? 0) + i[0].length,
          replacement: INITIALS,
          kinds: ["initials"],
          priority: priority.initials,
        });
  }
  return out;
}
