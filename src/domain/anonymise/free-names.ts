// People named only in free text: "dhr. Bos", "oma Roos", "Vader Mark Visser", "Sanne de Jong",
// a capitalised first name or surname in the middle of a sentence. Finds candidate names; the
// registry decides who they are (anonymise-form.ts). Also places below municipality level and
// ages, which have no registry. Pure; the word lists come in as a Lexicon.
import { listedInstitutionWord } from "./institutions";
import { INSTITUTION_TYPE_BEFORE } from "./institution-shapes";
import { EMPTY_LEXICON, type Lexicon } from "./lexicon";
import { PARTICLES, type Role } from "./people";
import {
  afterPhoneIntro,
  chatSpeakers,
  isGreeting,
  isPersonWord,
  isProfessionWord,
  lowerNamesAfterCue,
  personAfter,
  policeName,
  POLICE_NAME,
  AGE_AFTER,
  INVERTED_NAME,
} from "./person-context";
import { COUNTED_NOUN, plainCompound } from "./patterns";
import { ABBREVIATIONS } from "./abbreviations";
import { COUNTRIES_AND_BRANDS } from "./countries-and-brands";
import { LEFT, RIGHT, matchAll, needs, type Span } from "./spans";
import { sentenceStart } from "./sentence-start";
import { nameShaped } from "./name-shape";
import { capsNames } from "./caps-names";

export interface FreeName {
  name: string;
  /** From the word in front: "oma" → gezinslid, "vader" → ouder, "dhr." → professional. */
  role: Role | null;
  /** Initials in brackets right after a full name: "Hanneke Bouwmeester (HB, wijkcoach)". */
  initials?: string;
}

const KIN = new Set([
  "oma",
  "opa",
  "tante",
  "oom",
  // informal and regional: "Ome Bertus", "opoe"
  "ome",
  "opoe",
  "broer",
  "broertje",
  "zus",
  "zusje",
  "neef",
  "nicht",
  "buurvrouw",
  "buurman",
]);
const PARENT = new Set(["vader", "moeder", "mama", "papa", "stiefvader", "stiefmoeder"]);
const TITLE = new Set([
  "dhr",
  "mevr",
  "mw",
  "meneer",
  "mevrouw",
  "juf",
  "juffrouw",
  "meester",
  "heer",
  "mentor",
  "dokter",
  "dr",
  "drs",
  "mr",
  // a clergyman, and English titles in a mixed text: "ds. Wolters", "mrs. Kaya"
  "ds",
  "mrs",
  "ms",
  // German and French ones in a relative's letter: "Herr Schulte-Wessels", "Frau Brinkmann", "Mme Dubois"
  "herr",
  "frau",
  "mme",
  "madame",
  "monsieur",
]);
const contextRole = (w: string): Role | null => {
  const k = w.toLocaleLowerCase("nl").replace(/\.$/, "");
  if (KIN.has(k)) return "gezinslid";
  if (PARENT.has(k)) return "ouder";
  if (TITLE.has(k)) return "professional";
  return null;
};

// No dot: a run ends at a full stop ("in Boekelo. Tante Khadija" is two runs); "Mevr. Smit" is found by the word in
// front.
// a one-letter middle part joins Surinamese-Chinese names: "Tjin-A-Djie", "Kon-A-Sang"
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:\p{Lu}-)?\p{L}[\p{Ll}\p{M}'’]+)*`;
// hurried writing shortens the particle: "Ineke v. Dalen", "Roel vd Sande", "v/d Broek"
const PART = String.raw`(?:van 't|van ’t|in 't|in ’t|v\.d\.|vd\.?|v\/d|v\.|van|de|der|den|ter|ten|te|el|al|ait|'t|’t)`;
/** Initials in front of a name: "B. de Wit", "C.J. Mulder", "C. J. Mulder", "K Bakker". */
const INITIALS = String.raw`(?:\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,3}[ \t]{0,2}|\p{Lu}[ \t])`;
/** A run of capitalised words with particles between them: "Mark Visser", "Gert Oude Vrielink", "van der Meer". */
// At most four particles in a row: unbounded, a long run of "van de van de …" was scanned again from every particle.
const SEQUENCE = new RegExp(
  // a possessive ends the run: "Vladimir's Jean" is two people, not one name (one giant name per pair also made the
  // name matcher slow on long lists of them)
  // a surname written as its initial ends the run: "juf Hanneke D.", "met Jan B. gebeld"
  // a tab or a line break ends it too: a table's next cell ("Rosalie⇥Karlijn") is another name
  String.raw`${LEFT}${INITIALS}?(?:${PART} {1,4}){0,4}${WORD}(?:(?<!['’]s) {1,4}(?:${PART} {1,4}){0,4}${WORD})*(?:[ \t]\p{Lu}\.(?=[\s,;:)]|$)(?![ \t]{1,4}(?:\p{Lu}|(?:${PART})[ \t])))?`,
  "gu",
);

/** Capitals after a label's colon: "Geslachtsnaam: VAN DAM", "Naam: PETERS" (personLabel says whose label). */
const LABELLED_CAPS = needs(/(?<=:[ \t]{0,3})\p{Lu}{2,}(?:[ \t-]\p{Lu}{2,}){0,3}(?![\p{L}\p{N}])/gu, [":"]);
const BRACKETED_FIRST_NAME = needs(/(?<=\()[ \t]?(\p{Lu}\p{Ll}{1,15})[ \t]?(?=\))/gu, ["("]);
const STATED_INITIALS = /^[ \t]*\([ \t]*(\p{Lu}{2,4})[ \t]*[,;)]/u;
/** A word in small letters, not part of an address, handle or file name. */
const LOWER_WORD = /(?<![\p{L}\p{N}@._/\\-])\p{Ll}{4,}(?![\p{L}\p{N}@_/\\-]|\.[\p{L}\p{N}])/gu;
/** The longest word a name shape or span growth takes ("Wolfeschlegelsteinhausen" has 24 letters). */
const MAX_NAME_WORD = 30;
/** Months: no name alone, but in a longer name they can be ("Wang Mei"; Dutch writes a month in small letters). */
const MONTHS = new Set(
  "januari februari maart april mei juni juli augustus september oktober november december".split(" "),
);
/** Parents and children: "van" after them says whose ("moeder van Ravi"), never a surname's particle. */
const PARENT_OR_CHILD = new Set(
  "moeder vader mama papa stiefmoeder stiefvader pleegmoeder pleegvader zoon dochter zoontje dochtertje".split(" "),
);
/** A profession after a comma that closes the clause or names where: ", kindertherapeut," ", jeugdarts bij …". */
const COMMA_PROFESSION = /^,[ \t]*(\p{Ll}[\p{Ll}'’-]+)(?=[ \t]*(?:[,.;)]|$|\n|\r)|[ \t]+(?:bij|van|te|in|op)[ \t])/u;
const NOT_NAMES = new Set([
  ...COUNTRIES_AND_BRANDS,
  ..."mdo mdo's zivver zorgmail veilig thuis god islam kerst pasen ramadan suikerfeest offerfeest sinterklaas nederland nederlands turks marokkaans syrisch eritrees tigrinya tigrinja amhaars dari farsi pashto pasjtoe sorani koermandzji tamazight tarifit lingala swahili urdu papiaments papiamentu somalisch koerdisch oekraïens russisch arabisch pools engels duits jeugdwet poh-jeugd ggz wmo halt januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(
    " ",
  ),
]);

export interface FreeNameContext {
  lexicon: Lexicon;
  /** Lower-case words of registered organisations, municipalities and the template: never a name. */
  notNames: ReadonlySet<string>;
}

/** A relative or thing of the person: "Mila d'r vader", "Noah zijn fiets". */
const KIN_OF = String.raw`(?:zijn|haar|z'n|d'r|z’n|d’r)[ \t]+(?:moeder|vader|ouders|broer|broertje|zus|zusje|oma|opa|fiets|kamer|school|juf|meester|vriend|vriendin|telefoon)(?![\p{L}])`;
/** A possessive before any thing: "Sem z'n nieuwe school", "Mila d'r fiets". */
const POSSESSIVE_THING = String.raw`(?:z'n|d'r|z’n|d’r)[ \t]+\p{Ll}`;
/** What follows a person at a sentence start: "Mulder belde", "Wolters van …", "Bos zei", "Mila d'r vader". */
const CONTEXT_AFTER = new RegExp(
  String.raw`^[ \t]{1,3}(?:${POSSESSIVE_THING}|zei|zegt|belde|belt|vertelt|vertelde|meldt|meldde|mailde|appte|schreef|liet|vindt|vond|stelt|stelde|denkt|dacht|regelt|neemt|komt|kwam|gaf|geeft|heeft|had|van|is|was|wil|wilde|heet|heette|en[ \t]+\p{Lu}|${KIN_OF})(?![\p{N}])`,
  "u",
);
/** What a person does at a sentence start, for a word no list knows ("is", "was", "van", "en" say too little). */
const CONTEXT_ACTS = new RegExp(
  String.raw`^[ \t]{1,3}(?:zei|zegt|belde|belt|vertelt|vertelde|meldt|meldde|mailde|appte|schreef|liet|vindt|vond|stelt|stelde|denkt|dacht|regelt|neemt|komt|kwam|gaf|geeft|heeft|had|wil|wilde|gaat|ging|werd|wordt|kan|kon|moet|moest|zit|zat|vraagt|vroeg|ontkent|ontkende|woont|woonde|werkt|werkte|speelt|speelde|spreekt|sprak|volgt|volgde|huilt|huilde|krijgt|kreeg|blijft|bleef|weigert|weigerde|voelt|voelde|weet|wist|kent|kende|helpt|hielp|ziet|zag|hoort|hoorde|durft|durfde|reageert|reageerde|mag|mocht|${KIN_OF})(?![\p{L}\p{N}])`,
  "u",
);
/** Endings of Dutch nouns that no name has: "-ing", "-heid", "-schap", "-atie", "-wet". */
const NOUN_END = /(?:ing|heid|schap|teit|atie|isme|wet|ogie|itis|stoornis|diabetes|zorg|hulp)$/u;
/** Short words that start clauses and are also first names: "Dan gaat het beter", "Ben je er morgen?". */
const CLAUSE_WORDS = new Set(["dan", "ben", "wil", "mag", "kan", "tot", "bij", "net", "nou", "wel", "mee"]);
/**
 * A closing before a signature: "Succes!", "Met vriendelijke groet,", "Groetjes", "Tot morgen!", also in the languages
 * families write in ("Dziękuję,", "Grüße", "Teşekkürler").
 */
const CLOSING_BEFORE =
  /(?<![\p{L}])(?:groet(?:en|jes)?|succes|liefs|mvg|gr|dank(?:je(?:wel)?)?|bedankt|doei|tot[ \t]+(?:straks|morgen|snel|dan|ziens)|danke|grüße|gruß|dziękuję|pozdrawiam|teşekkürler|saygılarımla|shukran|merci|gracias|obrigad[oa]|дякую|спасибо|thanks|regards|cheers)[ \t]*[,!.]*[ \t]*(?:[\r\n\v]{1,2}[ \t]*)?$/iu;
/** Nothing but white space up to the end of the line. */
const LINE_END_AFTER = /^[ \t]*(?:[\r\n\u2028\u2029\v\f]|$)/u;
/** A verb and a subject pronoun after it: the clause is inverted ("Volgens X gaat het", "Met X heeft hij"). */
const INVERTED_SUBJECT = /^[ \t]{1,3}\p{L}+[ \t]{1,3}(?:het|hij|ze|zij|we|wij|ik|jij|je|u|men|er)(?![\p{L}\p{N}])/u;
/** A line's label right before: "Contactpersoon vorig team: …", "Naam aanmelder: …". */
const LABEL_BEFORE = /(?:^|[\r\n\v])[ \t]*([\p{L}'’ \t-]{2,40}):[ \t]*$/u;
/** Label words that say a person's name follows. */
const NAME_LABELS = new Set([
  "naam",
  "achternaam",
  "voornaam",
  "voornamen",
  "roepnaam",
  "geslachtsnaam",
  "familienaam",
  "paraaf",
  "contactpersoon",
  "aanmelder",
  "verwijzer",
  "melder",
  "ondertekend",
  "getekend",
  // a family listed under a plural: "Ouders: Chen Wei en Wang Xiuying"
  "ouders",
  "pleegouders",
  "grootouders",
  "verzorgers",
  "kinderen",
  "gezinsleden",
  "broers",
  "zussen",
  // a meeting's attendance: "Afwezig: Wim Schipper, Rutger"
  "aanwezig",
  "aanwezigen",
  "afwezig",
  "afgemeld",
  "verhinderd",
  "notulist",
  "genodigden",
]);
/** The label before names a person: a person, profession or family word, or "naam", "contactpersoon" in it. */
function personLabel(before: string): boolean {
  const label = LABEL_BEFORE.exec(before)?.[1];
  if (label === undefined) return false;
  return label
    .split(/[ \t]+/u)
    .some((w) => NAME_LABELS.has(w.toLowerCase()) || isPersonWord(w) || isProfessionWord(w) || contextRole(w) !== null);
}
/** An article or determiner right before: "de Jumbo", "het Zonnehuis", "een Tesla". */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:de|het|een|die|deze|dat|'t|’t)[ \t]{1,2}$/iu;
/** Words before an organisation's name: "school De Linde", "opvang De Boomhut". */
const ORGANISATION_BEFORE = /^(?:\p{L}*school|\p{L}*opvang|club|vereniging|praktijk|instelling|locatie|groep)$/iu;
const BARE_NUMBER_AFTER = /^["'’”]?[ \t]*\([ \t]*\d{1,3}[ \t]*\)/u;
const STREET_END = /(?:straat|weg|laan|plein|singel|gracht|dijk|kade|steeg|dreef|allee|pad|markt)$/u;
/** Languages that are also first names (and so are not in NOT_NAMES): "Frans", "Engels" as a surname. */
const LANGUAGES = new Set(["frans", "engels", "duits", "spaans", "italiaans", "grieks", "latijn"]);
const SUBJECTS =
  /(?<![\p{L}])(?:[Ww]iskunde|[Rr]ekenen|[Tt]aal|[Ll]ezen|[Ss]pelling|[Nn]ederlands|[Ee]ngels|[Dd]uits|[Ss]paans|[Ff]rans|[Gg]eschiedenis|[Aa]ardrijkskunde|[Bb]iologie|[Ss]cheikunde|[Nn]atuurkunde|[Ee]conomie|[Gg]ym|[Mm]uziek|[Tt]ekenen|[Vv]ak|[Vv]akken|[Cc]ijfers?|[Ll]es|[Ll]essen|[Tt]oets|[Rr]apport)(?![\p{L}])/u;
/** Another school subject or language within 60 characters of the word at [at, at + length). */
function nearSubject(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(at + length, at + length + 60);
  return SUBJECTS.test(before) || SUBJECTS.test(after);
}
/** Particles that only stand in front of a surname, never a preposition before an organisation. */
const SURNAME_PARTICLES = new Set(["der", "den", "'t", "’t", "ten", "ter"]);
/** A family's word before its surname: "het gezin van der Veen", "fam. ter Horst". */
const FAMILY_BEFORE = /^(?:gezin|familie|fam\.|echtpaar|huishouden)$/iu;
/** A capitalised compound of a kind of organisation: "Julianaschool", "Pinkstergemeente", "Gezondheidscentrum". */
const INSTITUTION_COMPOUND_WORD =
  /^\p{Lu}\p{Ll}+(?:school|college|lyceum|gemeente|kerk|centrum|kliniek|praktijk|ziekenhuis|stichting|vereniging)$/u;
const INSTITUTION_TYPE = new RegExp(String.raw`^(?:${INSTITUTION_TYPE_BEFORE}|Gemeente|GGZ|GGD|Wijkteam|Team)$`, "u");
/** A small word as an item of a list: "met sanne, Fleur", ", noa en". */
const SMALL_IN_LIST = needs(
  /(?<=(?:,|[ \t]en|[ \t]of|[ \t]met)[ \t]{1,2})(\p{Ll}{3,20})(?=[ \t]*(?:,|[ \t]en[ \t]|[ \t]of[ \t]|[.!?)]|$))/gmu,
  [",", " en ", " of ", " met "],
);
/** What stands between two items of a list. */
const LIST_GAP_BEFORE = /(?:,|[ \t]en|[ \t]of)[ \t]{1,2}(?:ook[ \t]+|misschien[ \t]+)?$/u;
const LIST_GAP_AFTER = /^(?:,|[ \t]en|[ \t]of)[ \t]{1,2}(?:ook[ \t]+|misschien[ \t]+)?/u;
/** A small name with a relative in brackets: "bo (mijn zusje)". */
const SMALL_KIN_BRACKET = needs(
  /(?<![\p{L}])(\p{Ll}{2,20})[ \t]?\([ \t]*(?:mijn|m'n|haar|zijn|z'n|onze|ons|d'r)?[ \t]*(?:zus|zusje|broer|broertje|nichtje|neefje|nicht|neef|vriendin|vriend|vriendje|zoon|dochter|oma|opa|tante|oom|stiefzus|halfzus|stiefbroer|halfbroer)[ \t]*\)/gu,
  ["("],
);
/** A first name, a nickname in quotes and a surname: 'Daan "Dantje" Kroeze'. */
const QUOTED_NICKNAME = needs(
  /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20})[ \t]+["“'‘](\p{Lu}[\p{Ll}\p{M}'’-]{1,20})["”'’][ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{1,30})(?![\p{L}])/gu,
  ['"', "“", "'", "‘"],
);
/** A nickname: '"Memo" genoemd', "roepnaam: Sjaak", "bijnaam 'Stretch'", 'zegt steeds "Schatje" tegen mij'. */
const NICKNAME = needs(
  /["“'‘]([\p{Lu}][\p{Ll}\p{M}'’-]{1,20})["”'’][ \t]+(?:genoemd|noemen|noemt|heet)(?![\p{L}])|(?<=(?<![\p{L}])(?:heet|noemen[ \t]+ze|noemt[ \t]+(?:hem|haar|zich))(?:[ \t]+\p{Ll}{2,12}){0,2}[ \t]+["“'‘])(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})(?=["”'’])|(?<![\p{L}])(?:[Rr]oepnaam|[Bb]ijnaam|[Kk]oosnaam)[ \t]*:?[ \t]*["“'‘]?(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})(?![\p{L}])|(?<=(?<![\p{L}])(?:zegt|zei|zeggen|roept|riep)(?:[ \t]+\p{Ll}{2,12}){0,2}[ \t]+["“'‘])(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})(?=["”'’][ \t]+tegen(?![\p{L}]))/gu,
  ["noem", "heet", "naam", "tegen"],
);
/** Greetings and answers said to someone: no nickname ('zei "Sorry" tegen hem'). */
const SAID_WORDS = new Set(
  "hallo hoi hey hee hi doei dag daag sorry nee ja jawel neehoor dank bedankt dankjewel dankuwel welkom stop help succes proost gefeliciteerd ok oké okee prima goed fijn top super nou".split(
    " ",
  ),
);
/** A statutory service after "van": "collega Sjoerd van Veilig Thuis" is Sjoerd. */
const SERVICE_AFTER =
  /^(?:(?:de|het)[ \t])?(?:Veilig Thuis|Hervormde|Evangelische|Gereformeerde|Protestantse|Christelijke|Raad|Politie|Gemeente|Leerplicht|Jeugdbescherming|Wijkteam|Sociaal|Jeugdreclassering|Openbaar Ministerie|Rechtbank|Kinderrechter|Zorgmail|Zivver)(?![\p{L}])/u;
const SENTENCE_PREPOSITIONS = new Set(["bij", "in", "op", "aan", "uit"]);
// toLowerCase equals toLocaleLowerCase("nl") (Dutch has no special casing) and costs a fifth: hot per word
const lower = (w: string): string => w.toLowerCase().replace(/\.$/, "");

/** Candidate names in one text, in order. */
export function findFreeNames(text: string, ctx: FreeNameContext): FreeName[] {
  const { lexicon } = ctx;
  const out: FreeName[] = [];
  // accepted runs (for the second pass) and runs that were not, with their core words
  const accepted: { start: number; end: number; core: string[] }[] = [];
  const rejected: { start: number; end: number; core: string[]; name: string; role: Role | null; plain: boolean }[] =
    [];
  const known = (t: string): boolean => lexicon.common.has(lower(t)) && !lexicon.nameWords.has(lower(t));
  const inNameList = (t: string): boolean =>
    t.split("-").some((p) => lexicon.firstNames.has(lower(p)) || lexicon.surnames.has(lower(p)));
  // a word of the word list that no name list has: only a word ("Is", "Volgens", "Gisteren")
  const plainWord = (t: string): boolean => known(t) && !inNameList(t);
  for (const m of matchAll(SEQUENCE, text)) {
    // "Sanne's school": the possessive is no part of the name
    // "Thijs' fiets", "Els' dochter": an apostrophe alone after an s-sound is a possessive too, and says a name
    const possessive = /(?<=[sxz])['’]$/u.test(m[0]) && /^[ \t]+\p{Ll}/u.test(text.slice(m.index + m[0].length));
    let tokens = m[0].replace(possessive ? /['’]$/u : /['’]s$/u, "").split(/[ \t]+/);
    let at = m.index;
    // the word in front: "oma Roos", "dhr. Bos", "de heer Kaya"
    // also "stiefvader (Ronald)", "Moeder: Corina Zwart", "collega's Van Dijk"
    const prev = /([\p{L}'’]+\.?)(?:[ \t]+|[ \t]*[(:][ \t]*)$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? "";
    // "moeder. Actie": a family word with a full stop ended the sentence before; only a title has a dot ("dhr.")
    let role = prev.endsWith(".") && contextRole(prev) !== "professional" ? null : contextRole(prev);
    // a title or family word in front: any capitalised word after it is a name (a profession alone says less)
    let titled = role !== null;
    // "zoon Kacper", "tolk Bassam": a word that says a person follows; not before a particle ("de behandelaar van
    // Sanne") or an article that starts an organisation's name ("leerkracht De Bolster")
    const cueable = !/^(?:\p{Ll}|(?:De|Het|'t|’t)[ \t])/u.test(m[0]);
    let cue = cueable && (isPersonWord(prev) || isProfessionWord(prev) || isGreeting(prev));
    // a relative or role set off by a comma before: "de vader, Rinaldo Wongsonadi", "mijn nicht, Faadumo," (a cue, not
    // a title: a plain word after it stays, "zijn moeder, Veilig Thuis en school")
    const commaPrev = /([\p{L}'’]+),[ \t]*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1];
    const commaCue =
      cueable &&
      commaPrev !== undefined &&
      (contextRole(commaPrev) !== null || isPersonWord(commaPrev) || isProfessionWord(commaPrev));
    // a closing and the name that signs it at the end of its line ("Succes! Marloes", "Groet,\nNadira Ten Dam"), or a
    // caller's name after a phone greeting ("Hallo, met Jolanda Bruggink")
    const before = text.slice(Math.max(0, at - 40), at);
    if (
      cueable &&
      ((CLOSING_BEFORE.test(before) && LINE_END_AFTER.test(text.slice(m.index + m[0].length))) ||
        afterPhoneIntro(before))
    )
      cue = true;
    // a label that names a person ("Contactpersoon vorig team: …"): what follows is a name, also a word, like after a
    // title
    const labelled = cueable && personLabel(before);
    if (labelled) titled = true;
    if (role === null && cue && isProfessionWord(prev)) role = "professional";
    // the cue word leads the run at a sentence start ("Leerling Zeynep Öztürk"): then a listed name must follow
    let leadCue = false;
    // a capitalised role word leading the run: "Oma Roos", "Vader Mark Visser"
    while (tokens.length > 1 && contextRole(tokens[0] ?? "") !== null) {
      role = contextRole(tokens[0] ?? "");
      titled = true;
      at += (tokens[0] ?? "").length + 1;
      tokens = tokens.slice(1);
    }
    while (
      tokens.length > 1 &&
      (isPersonWord(tokens[0] ?? "") || isProfessionWord(tokens[0] ?? "") || isGreeting(tokens[0] ?? ""))
    ) {
      // "Zoon Tymon": a kinship word is cue enough; "Wijkcoach Drienerlo" may name the area the coach works in
      if (isProfessionWord(tokens[0] ?? "")) {
        role ??= "professional";
        leadCue = true;
      } else cue = true;
      at += (tokens[0] ?? "").length + 1;
      tokens = tokens.slice(1);
    }
    // "Casus Roos B.", "Bijlage Jansen": a numbering noun leading the run is no part of the name
    while (tokens.length > 1 && COUNTED_NOUN.test(tokens[0] ?? "")) {
      at += (tokens[0] ?? "").length + 1;
      tokens = tokens.slice(1);
    }
    // "de behandelaar van Sanne", "met de Jong": without a title in front, a lower-case particle is a preposition or
    // article
    // "de vader van Yassin": after a family word, "van" and a first name say whose relative; Yassin is no parent; after
    // a parent or child word any name ("moeder van Ravi", whom a surname list has too)
    if (
      role !== null &&
      tokens.length === 2 &&
      tokens[0] === "van" &&
      ((lexicon.firstNames.has(lower(tokens[1] ?? "")) && !lexicon.surnames.has(lower(tokens[1] ?? ""))) ||
        PARENT_OR_CHILD.has(lower(prev)))
    ) {
      at += 4;
      tokens = tokens.slice(1);
      role = null;
      titled = false;
      cue = true;
    }
    // "het gezin van der Veen", "familie ter Horst": after a family's word a particle only a surname has belongs to it
    const family =
      FAMILY_BEFORE.test(prev) && tokens.slice(0, -1).some((t) => SURNAME_PARTICLES.has(t) && /^\p{Ll}/u.test(t));
    if (family) cue = true;
    if (role === null && !family) {
      while (tokens.length > 1 && /^\p{Ll}/u.test(tokens[0] ?? "") && PARTICLES.has(tokens[0] ?? "")) {
        at += (tokens[0] ?? "").length + 1;
        tokens = tokens.slice(1);
      }
    }
    // "Bij Quick gaat het goed": a preposition starting the sentence is no part of the name ("In 't Veld" is a name)
    if (role === null && sentenceStart(text, at)) {
      while (
        tokens.length > 1 &&
        SENTENCE_PREPOSITIONS.has(lower(tokens[0] ?? "")) &&
        !/^['’]t$/u.test(tokens[1] ?? "")
      ) {
        at += (tokens[0] ?? "").length + 1;
        tokens = tokens.slice(1);
      }
    }
    // "Is Ramon er ook?", "Volgens Petra …": a plain Dutch word starting the sentence is capitalised for the sentence,
    // not for the name after it (a particle may start a surname: "De Vries", "Ter Horst")
    if (role === null && !labelled && sentenceStart(text, at)) {
      while (tokens.length > 1 && plainWord(tokens[0] ?? "") && !PARTICLES.has(lower(tokens[0] ?? ""))) {
        at += (tokens[0] ?? "").length + 1;
        tokens = tokens.slice(1);
      }
    }
    if (tokens.length === 0 || (tokens.length === 1 && contextRole(tokens[0] ?? "") !== null)) continue;
    // "Tom van Leussen van Stadsbank Oost Nederland": after a whole name with its particle, a second "van", "bij" …
    // starts the organisation
    const cut = tokens.findIndex(
      (t, i) =>
        i >= 3 &&
        ["van", "bij", "uit", "namens", "via", "voor"].includes(t) &&
        /^\p{Lu}/u.test(tokens[i - 1] ?? "") &&
        tokens.slice(1, i - 1).some((p) => /^\p{Ll}/u.test(p) && PARTICLES.has(p)),
    );
    if (cut > 0) tokens = tokens.slice(0, cut);
    // a name has at most six words: a longer run of capitalised words (a title, a list) is no one name, and as one it
    // would make the name matcher huge
    if (tokens.length > 6) continue;
    // "S Jansen van Stichting Humanitas", "Van der Meer van Mediant", "Meester Bouwhuis van de Prinses
    // Julianaschool": a person of an institution; the name ends there
    const ofInstitution = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        (t === "van" || t === "bij") &&
        (INSTITUTION_TYPE.test(tokens[i + 1] ?? "") ||
          SERVICE_AFTER.test(tokens.slice(i + 1).join(" ")) ||
          tokens.slice(i + 1).some((w) => listedInstitutionWord(lexicon, w) || INSTITUTION_COMPOUND_WORD.test(w))),
    );
    if (ofInstitution > 0) tokens = tokens.slice(0, ofInstitution);
    // "Ruud Cafetaria 't Hoekje": a kind of organisation after a name starts the organisation the person is of
    const typeAt = tokens.findIndex((t, i) => i > 0 && INSTITUTION_TYPE.test(t));
    if (typeAt > 0) {
      tokens = tokens.slice(0, typeAt);
      while (tokens.length > 1 && PARTICLES.has(lower(tokens[tokens.length - 1] ?? ""))) tokens = tokens.slice(0, -1);
    }
    // "Kuipers van Ambiq": an organisation's or the template's words at the end are no part of the name
    // but after a particle that only a surname has ("van der Meer", "van 't Hof", "ten Hove") the word is the surname
    // … but not the only word after a title or initials: "dr. H.L. Zandbergen" is a person, whatever else it names
    const onlyWord = (): boolean =>
      tokens.slice(0, -1).every((t) => PARTICLES.has(lower(t)) || /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(t)) &&
      (titled || /^(?:\p{Lu}\.)+$/u.test(tokens[0] ?? ""));
    while (
      tokens.length > 1 &&
      (ctx.notNames.has(lower(tokens[tokens.length - 1] ?? "")) ||
        listedInstitutionWord(lexicon, tokens[tokens.length - 1] ?? "")) &&
      !SURNAME_PARTICLES.has(lower(tokens[tokens.length - 2] ?? "")) &&
      !onlyWord()
    ) {
      tokens = tokens.slice(0, -1);
      while (tokens.length > 1 && /^\p{Ll}/u.test(tokens[tokens.length - 1] ?? "")) tokens = tokens.slice(0, -1);
    }
    const start = sentenceStart(text, at);
    // initials in front ("C.J. Mulder", "K Bakker") say a person is meant
    const initialsLead = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(tokens[0] ?? "");
    // a capitalised particle leading the run at a sentence start: "Ter Horst belde", "Van der Meer zei"
    const particleLead =
      tokens.length > 1 &&
      /^\p{Lu}/u.test(tokens[0] ?? "") &&
      PARTICLES.has(lower(tokens[0] ?? "")) &&
      !["op", "aan", "bij", "uit"].includes(lower(tokens[0] ?? ""));
    let core = tokens.filter((t) => !PARTICLES.has(lower(t)) && !/^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(t));
    // a first name that is also a particle, last in its run: "Opa Ben zei" ("Ben Ali" keeps "Ben" a particle)
    const last = tokens[tokens.length - 1] ?? "";
    if (core.length === 0 && /^\p{Lu}\p{Ll}/u.test(last) && lexicon.firstNames.has(lower(last))) core = [last];
    // the template's and organisations' words ("Hulpvraag", "Meer") are no name alone; inside a longer name they can be
    // ("Peter van der Meer")
    // "in Goor", "naar Denekamp": a place the lists know, after a word of place, is that place (also when a surname)
    if (
      tokens.length === 1 &&
      lexicon.places.has(lower(tokens[0] ?? "")) &&
      /^(?:in|naar|uit|te|vanuit|richting|nabij)$/iu.test(prev)
    )
      continue;
    if (core.length === 0 || core.some((t) => NOT_NAMES.has(lower(t)) && !(core.length > 1 && MONTHS.has(lower(t)))))
      continue;
    // a name word is short: a run of "Ab-Ab-Ab-…" is no name, also when "Ab" is one (as one it makes the matcher huge)
    if (core.some((t) => Array.from(t).length > MAX_NAME_WORD || t.split("-").length > 3)) continue;
    // "Engels gaat goed, Frans niet": a language that is also a name, beside school subjects, is the subject
    if (core.length === 1 && LANGUAGES.has(lower(core[0] ?? "")) && nearSubject(text, m.index, m[0].length)) continue;
    // initials and a particle in front say a surname follows, also one that is a word: "M.E. in 't Veld", "K.J. Van der
    // Meer", "B. de Wit"
    const initialsParticle =
      tokens.length >= 3 &&
      /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(tokens[0] ?? "") &&
      tokens.slice(1, -1).every((t) => PARTICLES.has(lower(t)));
    // … and a particle only a surname has: "Van der Meer" (whose "Meer" is a word of the template)
    const surnameLed = tokens.slice(0, -1).some((t) => SURNAME_PARTICLES.has(lower(t)));
    if (!initialsParticle && !surnameLed && core.every((t) => ctx.notNames.has(lower(t)))) continue;
    // nameWords are names too ("dirk", "slot"), that are also words
    const inLists = (t: string): boolean =>
      t
        .split("-")
        .some(
          (p) => lexicon.firstNames.has(lower(p)) || lexicon.surnames.has(lower(p)) || lexicon.nameWords.has(lower(p)),
        );
    const strong = (t: string): boolean =>
      inLists(t) &&
      !lexicon.nameWords.has(lower(t)) &&
      !(lexicon.common.has(lower(t)) && !lexicon.firstNames.has(lower(t)));
    const unknownWord = (t: string): boolean => !lexicon.common.has(lower(t)) && !lexicon.nameWords.has(lower(t));
    // no plain Dutch word and no known place: what else a capitalised word in a person's position can be
    // at a sentence start a word of the spelling dictionary is that word: "Leerplicht heeft …", "Dyslexie is …"
    const startWord = (t: string): boolean => start && (lexicon.dictionary?.has(lower(t)) ?? false);
    const nameLike = core.every(
      (t) => (inLists(t) || unknownWord(t)) && !lexicon.places.has(lower(t)) && !startWord(t),
    );
    const runEnd = m.index + m[0].length;
    // a sentence start after a full stop or a line break, not an opening bracket or quotation mark ("thuis "Meimei"")
    const realStart =
      start &&
      !/[(“"‘']/u.test(
        text
          .slice(Math.max(0, at - 2), at)
          .trim()
          .slice(-1),
      );
    // a word no list knows whose letters say "name": "Oleksandr", "Hao" (only with a word list)
    const shaped = (t: string): boolean =>
      unknownWord(t) &&
      !lexicon.places.has(lower(t)) &&
      // a name word is short: "Ab-Ab-Ab-…" or a 20 KB run of letters is no name (as one it makes the matcher huge)
      Array.from(t).length >= 3 &&
      Array.from(t).length <= MAX_NAME_WORD &&
      t.split("-").length <= 3 &&
      nameShaped(t, lexicon);
    // a name in a list that is no frequent plain word, or a name by its shape
    // (the dictionary decides: "Tim" is in the ranked word list only as a name)
    const anchor = (t: string): boolean => (inLists(t) && !lexicon.nameWords.has(lower(t))) || shaped(t);
    // a role, age, birth date, phone number or e-mail address after it: "Jorieke (gedragswetenschapper)"
    // (the word lists hold names among their common words: "Annie", "Mo"; after this, any capitalised word is one)
    let afterCue = personAfter(text.slice(runEnd, runEnd + 48), (w) => contextRole(w) !== null);
    // "Margriet Slot, kindertherapeut, Praktijk …": a profession set off by a comma after a name of two words or more
    // (a single word may be a sentence's opening: "Gisteren, jeugdarts en ik …")
    const commaProfession = COMMA_PROFESSION.exec(text.slice(runEnd, runEnd + 48))?.[1];
    if (!afterCue && core.length >= 2 && commaProfession !== undefined && isProfessionWord(commaProfession)) {
      afterCue = true;
      role ??= "professional";
    }
    let accept: boolean;
    // after "dhr.", "oma", "vader" any capitalised word is a name, also one that is a word: "dhr. Ruiter", "dhr. Ter
    // Haar"
    const noStreet = core.every((t) => !STREET_END.test(t));
    // a particle that only a surname has: "Van 't Zand zei", "Ter Horst", "Xiu van der Linden"
    const surnameParticle = tokens.slice(0, -1).some((t) => SURNAME_PARTICLES.has(lower(t)));
    if (titled) accept = true;
    else if (initialsParticle) accept = noStreet;
    else if (particleLead && surnameParticle) accept = noStreet;
    else if (
      core.length >= 2 &&
      surnameParticle &&
      /^\p{Ll}/u.test(tokens[1] ?? "") &&
      (inLists(core[0] ?? "") || unknownWord(core[0] ?? ""))
    )
      accept = noStreet;
    else if (initialsLead)
      // dotted initials in mid-sentence say a surname follows, also one that is a word: "(M. Zomer)", "met A. Kok"
      accept =
        noStreet &&
        (core.some((t) => inLists(t) || unknownWord(t)) ||
          ((!start || text.charAt(at - 1) === "(") && /^(?:\p{Lu}\.)+$/u.test(tokens[0] ?? "")) ||
          // two initials or more are no list's "A." at a line's start: "Verbalisant: J.M. Kamp"
          /^(?:\p{Lu}\.){2,}$/u.test(tokens[0] ?? ""));
    else if (particleLead && ["de", "het"].includes(lower(tokens[0] ?? "")))
      // "De Vries belde" but not "De Stichting" or "De Zonnewijzer": after an article only a listed name
      // where an organisation may stand ("leerkracht De Bolster", "school De Linde"), a listed name that is also a
      // Dutch word needs a verb of a person after it
      accept =
        noStreet &&
        core.every((t) => inLists(t)) &&
        (!(isProfessionWord(prev) || ORGANISATION_BEFORE.test(prev)) ||
          core.every((t) => !lexicon.nameWords.has(lower(t))) ||
          // after a person's profession a surname the list has: "agent De Boer" ("leerkracht De Bolster" is a school)
          (!ORGANISATION_BEFORE.test(prev) && core.every((t) => lexicon.surnames.has(lower(t)))) ||
          CONTEXT_AFTER.test(text.slice(runEnd)));
    else if (particleLead) accept = noStreet && core.every((t) => inLists(t) || unknownWord(t));
    else if (
      core.length >= 2 &&
      lexicon.firstNames.has(lower(core[0] ?? "")) &&
      tokens.some((t) => /^\p{Ll}/u.test(t) && PARTICLES.has(t))
    )
      // a first name, a lower-case particle and a capitalised word: "Jeroen van 't Hof", "Peter van der Meer"
      accept = noStreet;
    else if (
      core.length === 1 &&
      start &&
      inLists(core[0] ?? "") &&
      // a short name too ("Sem is ziek", "Aya zei"), not a word that starts clauses ("Dan gaat hij", "Ben je er?")
      (Array.from(core[0] ?? "").length >= 4 ||
        (Array.from(core[0] ?? "").length === 3 && !CLAUSE_WORDS.has(lower(core[0] ?? "")))) &&
      // a name that is also a frequent word needs a verb of acting: "Winter is zwaar", "Post van school" are the words
      // ("Mees is gezien": a rare word is a name before "is" too); so does a name the ranked word list has often
      // without the dictionary ("Ronald heeft", "Ravi ontkent")
      (possessive ||
        (lexicon.common.has(lower(core[0] ?? "")) ? CONTEXT_ACTS : CONTEXT_AFTER).test(
          text.slice(m.index + m[0].length),
        )) &&
      // a frequent word only a surname list has that ends like a verb or a plural is that word: "Delen helpt ook"
      !(
        lexicon.common.has(lower(core[0] ?? "")) &&
        !lexicon.firstNames.has(lower(core[0] ?? "")) &&
        /en$/u.test(lower(core[0] ?? ""))
      ) &&
      // "Klein heeft hij het niet": a pronoun after the verb is the subject, the word before it is not
      !INVERTED_SUBJECT.test(text.slice(runEnd, runEnd + 24))
    )
      // a listed name that is also a word, at a sentence start and followed by a verb of speaking: "Bakker belde"
      accept = true;
    else if (
      core.length === 1 &&
      start &&
      nameLike &&
      // without a word list every word is unknown ("Hij gaat"): no guess then
      lexicon.common.size > 0 &&
      !inLists(core[0] ?? "") &&
      Array.from(core[0] ?? "").length >= 3 &&
      // a long compound or a noun by its ending is a word: "Huiswerkbegeleiding helpt", "Zwangerschapsdiabetes speelde"
      Array.from(core[0] ?? "").length <= 14 &&
      !NOUN_END.test(lower(core[0] ?? "")) &&
      CONTEXT_ACTS.test(text.slice(runEnd))
    )
      // an unknown word at a sentence start that speaks or acts: "Ramsaran heeft contact gehad", "Ryszard gaf aan"
      accept = noStreet;
    else if (core.length >= 2)
      accept =
        core.every((t) => inLists(t) || unknownWord(t)) &&
        core.some((t) => inLists(t)) &&
        // at a sentence start: one word a name only, or a surname that is no common word ("Petra Nijhuis")
        (!start || core.some(strong) || !lexicon.common.has(lower(core[core.length - 1] ?? "")));
    else
      accept = start
        ? strong(core[0] ?? "") ||
          (shaped(core[0] ?? "") && !startWord(core[0] ?? "") && (!realStart || CONTEXT_AFTER.test(text.slice(runEnd))))
        : inLists(core[0] ?? "") ||
          shaped(core[0] ?? "") ||
          // a word no list has that speaks or acts in mid-sentence, with no article before it: "zegt dat Ploy heeft
          // geduwd" ("bij de Jumbo heeft" is a place of business)
          (lexicon.common.size > 0 &&
            unknownWord(core[0] ?? "") &&
            !lexicon.places.has(lower(core[0] ?? "")) &&
            Array.from(core[0] ?? "").length >= 3 &&
            !NOUN_END.test(lower(core[0] ?? "")) &&
            !ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 6), at)) &&
            CONTEXT_ACTS.test(text.slice(runEnd)) &&
            // "Met Kwiek gaat het goed": a pronoun after the verb is the subject, the word before it is not
            !INVERTED_SUBJECT.test(text.slice(runEnd, runEnd + 24)) &&
            noStreet);
    // span growth: a name anchor ("Dirk", "Hermien", a name-shaped word) takes the capitalised words after it as its
    // surname, also when they are Dutch words ("Dirk Mol", "Hermien Slot", "Gerben Winter"); at a sentence start only
    // an anchor that is no word at all, in mid-sentence any capital after a title or person word ("dochter Wang Mei")
    if (
      !accept &&
      core.length >= 2 &&
      core.length <= 3 &&
      noStreet &&
      core.every((t) => !lexicon.places.has(lower(t))) &&
      (start
        ? strong(core[0] ?? "") || (shaped(core[0] ?? "") && !startWord(core[0] ?? ""))
        : anchor(core[0] ?? "") || ((cue || titled) && inLists(core[0] ?? "")))
    )
      accept = true;
    // after a profession or person word in mid-sentence the capital says a name, also of a Dutch word: "huisarts Groen"
    if (!accept && cue && !start && core.length <= 3 && noStreet && core.every((t) => !lexicon.places.has(lower(t))))
      accept = true;
    // a person word or profession in front, or a role after: any name that is no plain Dutch word
    // a numbering noun before a number in brackets is a count, not a person with an age: "Zie Bijlage (3)", "Vraag (2)"
    if (COUNTED_NOUN.test(core[core.length - 1] ?? "") && BARE_NUMBER_AFTER.test(text.slice(runEnd, runEnd + 12)))
      afterCue = false;
    // "Roos B.", "Koen V.": a first name and a surname's initial
    if (
      !accept &&
      core.length === 1 &&
      /^\p{Lu}\.$/u.test(tokens[tokens.length - 1] ?? "") &&
      lexicon.firstNames.has(lower(core[0] ?? "")) &&
      noStreet
    )
      accept = true;
    if (!accept && commaCue) accept = noStreet && core.every((t) => inLists(t) || !known(t));
    if (!accept && AGE_AFTER.test(text.slice(runEnd, runEnd + 12)))
      accept = noStreet && core.some(inLists) && core.every((t) => inLists(t) || !known(t));
    if (!accept && (cue || afterCue)) accept = noStreet && core.every((t) => afterCue || inLists(t) || !known(t));
    if (!accept && leadCue) accept = noStreet && core.some(inLists) && core.every((t) => inLists(t) || !known(t));
    const name = tokens.join(" ").replace(/\.$/, "");
    if (!accept) {
      rejected.push({ start: at, end: runEnd, core, name, role, plain: nameLike && noStreet });
      continue;
    }
    accepted.push({ start: at, end: runEnd, core: core.map(lower) });
    const initials = STATED_INITIALS.exec(text.slice(runEnd, runEnd + 12))?.[1];
    out.push(initials && tokens.length > 1 ? { name, role, initials } : { name, role });
  }
  // a second look at the runs not taken: one that shares a word with a name taken ("S. Wijngaarde" … "Shanice
  // Wijngaarde"), or that stands in a list with one ("Zofia en Kuba", "Van Dijk en Oosterveld"), is a name too
  const words = new Set(accepted.flatMap((a) => a.core));
  // looked up by position, not by comparing every pair: a box of thousands of names stays linear
  const ends = new Set(accepted.map((a) => a.end));
  const starts = new Set(accepted.map((a) => a.start));
  const JOIN_BEFORE = /(?:[ \t]*,[ \t]*|[ \t]+(?:en|&|of)[ \t]+)$/u;
  const JOIN_AFTER = /^(?:[ \t]*,[ \t]*|[ \t]+(?:en|&|of)[ \t]+)/u;
  for (const r of rejected) {
    if (!r.plain || r.core.some((t) => NOT_NAMES.has(lower(t)))) continue;
    const shares = r.core.length > 1 && r.core.some((t) => words.has(lower(t)));
    const before = JOIN_BEFORE.exec(text.slice(Math.max(0, r.start - 8), r.start))?.[0];
    const after = JOIN_AFTER.exec(text.slice(r.end, r.end + 8))?.[0];
    const listed =
      (before !== undefined && ends.has(r.start - before.length)) ||
      (after !== undefined && starts.has(r.end + after.length));
    if (shares || listed) out.push({ name: r.name, role: r.role });
  }
  // a name in capitals after a label that names a person, as a form or register writes it: "Geslachtsnaam: VAN DAM"
  for (const m of matchAll(LABELLED_CAPS, text)) {
    const words = m[0].split(/[ \t-]+/u);
    // every word a name's: a particle, a name list's word or no word at all ("Naam: MDO VERSLAG" is no one)
    const nameLike = words.every((w) => {
      const k = lower(w);
      return PARTICLES.has(k) || lexicon.surnames.has(k) || lexicon.firstNames.has(k) || !plainWord(k);
    });
    if (
      nameLike &&
      !words.every((w) => ABBREVIATIONS.has(w)) &&
      personLabel(text.slice(Math.max(0, m.index - 40), m.index))
    )
      // as a name is written elsewhere: the registry reads a short word in capitals ("DAM") as initials
      out.push({ name: m[0].replace(/\p{Lu}+/gu, (w) => w.charAt(0) + lower(w.slice(1))), role: null });
  }
  // a listed first name alone in brackets says who is meant, also when it is a word: "de wijkcoach van Bram (Eva)"
  for (const m of matchAll(BRACKETED_FIRST_NAME, text)) {
    const w = m[1] ?? "";
    const k = lower(w);
    if (lexicon.firstNames.has(k) && !NOT_NAMES.has(k) && !ctx.notNames.has(k) && !lexicon.places.has(k))
      out.push({ name: w, role: null });
  }
  // chat and app texts write names in small letters ("ik bel marco om 9 uur"): a listed first name that the dictionary
  // does not have as a word (nameWords holds those, and the most frequent word forms such as "bent"), and no place,
  // written small, is that name (only with a word list); the ranked word list has "marco" only because it is a name
  if (lexicon.common.size > 0)
    for (const m of matchAll(LOWER_WORD, text)) {
      const w = m[0];
      if (
        lexicon.firstNames.has(w) &&
        !lexicon.nameWords.has(w) &&
        !lexicon.places.has(w) &&
        !NOT_NAMES.has(w) &&
        !ctx.notNames.has(w)
      )
        out.push({ name: w, role: null });
      else if (smallDiminutive(w, lexicon) && !ctx.notNames.has(w)) out.push({ name: w, role: null });
    }
  // names written small after "oma", "meneer", a greeting ("oma riek", "groetjes sandra bolink"), and chat speakers
  // with a time ("14-03-25 08:12 - Ramesh:", "kees (20 mrt 22:41):"): any word that is no plain word (only with a word
  // list)
  if (lexicon.common.size > 0) {
    // written small, a dictionary word is that word ("meneer wilde niet"), except where only a name can stand: a chat
    // line's speaker
    const plainSmall =
      (speaker: boolean) =>
      (w: string): boolean => {
        const k = lower(w);
        return (
          plainWord(k) ||
          (!speaker && lexicon.nameWords.has(k)) ||
          NOT_NAMES.has(k) ||
          ctx.notNames.has(k) ||
          lexicon.places.has(k) ||
          contextRole(k) !== null ||
          isPersonWord(k) ||
          isProfessionWord(k) ||
          (!lexicon.firstNames.has(k) && verbForm(k, (v) => plainWord(v) || (lexicon.dictionary?.has(v) ?? false)))
        );
      };
    const particle = (w: string): boolean => PARTICLES.has(lower(w));
    const surname = (w: string): boolean => lexicon.surnames.has(lower(w)) || lexicon.nameWords.has(lower(w));
    for (const name of [
      ...lowerNamesAfterCue(text, {
        plain: plainSmall(false),
        particle,
        surname,
        dictionary: (w) => lexicon.dictionary?.has(lower(w)) ?? false,
      }),
      ...chatSpeakers(text, { plain: plainSmall(true), particle }),
    ])
      out.push({ name, role: null });
    // a small first name in a list beside a name taken ("met sanne, Fleur, noa en Liam"), or with who they are
    // in brackets ("bo (mijn zusje) heeft gehuild")
    const ends = new Set(accepted.map((a) => a.end));
    const starts = new Set(accepted.map((a) => a.start));
    for (const m of matchAll(SMALL_IN_LIST, text)) {
      const w = m[1] ?? "";
      const end = m.index + w.length;
      if (!lexicon.firstNames.has(w) || plainSmall(false)(w) || (lexicon.dictionary?.has(w) ?? false)) continue;
      const prevEnd = LIST_GAP_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
      const nextStart = LIST_GAP_AFTER.exec(text.slice(end, end + 20));
      if ((prevEnd && ends.has(m.index - prevEnd[0].length)) || (nextStart && starts.has(end + nextStart[0].length)))
        out.push({ name: w, role: null });
    }
    for (const m of matchAll(SMALL_KIN_BRACKET, text))
      if (lexicon.firstNames.has(m[1] ?? "") && !particle(m[1] ?? ""))
        out.push({ name: m[1] ?? "", role: "gezinslid" });
  }
  // "KOWALCZYK, Ryszard", "DE VRIES, J."
  for (const m of matchAll(POLICE_NAME, text)) {
    const name = policeName(m[1] ?? "", m[2] ?? "");
    if (name) out.push({ name, role: null });
  }
  // a nickname in quotes between a first name and a surname: 'Daan "Dantje" Kroeze'
  for (const m of matchAll(QUOTED_NICKNAME, text)) {
    const [, given = "", nick = "", surname = ""] = m;
    if ([given, nick, surname].some((w) => NOT_NAMES.has(lower(w)) || ctx.notNames.has(lower(w)))) continue;
    if (!lexicon.firstNames.has(lower(given))) continue;
    out.push({ name: `${given} ${surname}`, role: null }, { name: nick, role: null });
  }
  // a nickname the text gives: 'door iedereen "Memo" genoemd', "roepnaam: Sjaak"
  for (const m of matchAll(NICKNAME, text)) {
    const nick = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    // what one says to another may be a word, not what one calls them: 'zei "Hallo" tegen de juf'
    if (m[4] !== undefined && SAID_WORDS.has(lower(nick))) continue;
    if (!NOT_NAMES.has(lower(nick)) && !ctx.notNames.has(lower(nick))) out.push({ name: nick, role: null });
  }
  // "Kamphuis, M.", "Dijk, T. van": a surname before its initials; a surname that is a plain word ("Arts") only where a
  // surname list has it
  for (const m of matchAll(INVERTED_NAME, text)) {
    const surname = m[1] ?? "";
    // (particles after the initials say a surname: "Dijk, T. van")
    if (plainWord(surname) && !lexicon.surnames.has(lower(surname)) && (m[3] ?? "") === "") continue;
    if (NOT_NAMES.has(lower(surname)) || ctx.notNames.has(lower(surname)) || COUNTED_NOUN.test(surname)) continue;
    const particles = (m[3] ?? "").trim();
    out.push({ name: `${m[2] ?? ""} ${particles ? `${particles} ` : ""}${surname}`, role: null });
  }
  // a name this text gives with a capital that is also a word, written small as a clause's subject: "mw. Wolf belt …
  // wolf is toch …" (a noun would have an article: "de wolf is")
  if (lexicon.common.size > 0) {
    const wordNames = new Set(accepted.filter((a) => a.core.length === 1).flatMap((a) => a.core));
    for (const m of matchAll(SMALL_SUBJECT, text)) {
      const w = m[1] ?? "";
      if (wordNames.has(w) && lexicon.common.has(w) && !PARTICLES.has(w)) out.push({ name: w, role: null });
    }
  }
  // "MELISSA KORTSTEE", "HENK POSTMA staat ook al op …"
  for (const name of capsNames(text, { lexicon, notNames: ctx.notNames, kin: (w) => contextRole(w) !== null }))
    out.push({ name, role: null });
  return out;
}

/**
 * A word written small at a clause's start (a line, a bullet, after a comma or colon or a linking word) before a verb
 * of a person: "- wolf wil niet", ", wolf is toch". Without an article before it a singular noun cannot stand there.
 */
const SMALL_SUBJECT =
  /(?:^|[\r\n\v]|[-•*:;,][ \t]{0,2}|(?<![\p{L}])(?:en|maar|want|dat|omdat)[ \t]{1,2})[ \t]*(\p{Ll}{2,30})(?=[ \t]{1,3}(?:is|was|wil|wilde|heeft|had|zegt|zei|belt|belde|komt|kwam|gaat|ging|kan|kon|moet|moest|weet|vindt|vond|appt|appte)(?![\p{L}\p{N}]))/gmu;

/** Diminutive endings: "sannetje", "pietje", "jannetje", "marieke". */
const DIMINUTIVES = ["etje", "tje", "pje", "kje", "je", "ke"];
/**
 * A verb's form written small, told by its infinitive: "tolkt" (tolken), "bestrijdt" (bestrijden), "loopt" (lopen),
 * "tolkte". After "dochter" or "moeder" it is what they do, not their name ("De oudste dochter tolkt thuis").
 */
function verbForm(k: string, word: (w: string) => boolean): boolean {
  const stems = [
    ...(k.endsWith("t") ? [k.slice(0, -1)] : []),
    ...(/[dt]e$/u.test(k) ? [k.slice(0, -2)] : []),
    ...(/[dt]en$/u.test(k) ? [k.slice(0, -3)] : []),
  ];
  // a long vowel before the last consonant is written once before "-en": "loop" → "lopen"
  return stems.some((s) => s.length >= 2 && (word(`${s}en`) || word(`${s.replace(/([aeou])\1(\p{Ll})$/u, "$1$2")}en`)));
}

/**
 * A listed first name with a diminutive ending, written small: "thijsje" (Thijs), "annetje" (Anne). Only a name that is
 * no word itself ("beetje" is a word, "meisje" has no name in it) and whose stem is no word ("huisje").
 */
export function smallDiminutive(w: string, lexicon: Lexicon): boolean {
  if (lexicon.common.has(w) || lexicon.nameWords.has(w) || lexicon.places.has(w)) return false;
  for (const end of DIMINUTIVES) {
    if (!w.endsWith(end)) continue;
    const stem = w.slice(0, -end.length);
    // the ending may double the stem's last letter: "jannetje" → "jan"
    for (const st of [stem, stem.replace(/(\p{Ll})\1$/u, "$1")])
      if (
        Array.from(st).length >= 3 &&
        lexicon.firstNames.has(st) &&
        // the dictionary decides what is a word (the ranked word list holds "anne" only as a name)
        !lexicon.nameWords.has(st) &&
        !lexicon.places.has(st)
      )
        return true;
  }
  return false;
}

export const PLACE = "[plaats]";
export const STREET = "[straat]";
export const AGE = "[leeftijd]";

const STREET_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:(?:Van|De|Den|Ter|Ten)[ \t]{1,2})?\p{Lu}[\p{Ll}-]*(?:straat|weg|laan|singel|plein|gracht|dijk|kade|steeg|dreef|allee|einde|pad|markt)${RIGHT}`,
  "gu",
);
// "in de wijk Deppenbroek", "woont in Glanerbrug", "voetbalclub in De Lutte", "naar Hasseler Es"
const PLACE_AFTER = new RegExp(
  String.raw`(?=\p{Lu})(?<=\b(?:wijk|buurt|dorp|woont in|wonen in|woonde in|verhuisd naar|verhuizing naar|club in|voetbalclub in|jeugd in|school in|sinds [\p{L}\d ]{1,20} in)\s{1,4})(?:(?:De|Het|Sint|Groot|Klein|Oud|Nieuw)\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{Ll}]+)?`,
  "gu",
);
const AGES = [
  new RegExp(String.raw`${LEFT}\d{1,2}-jarige?${RIGHT}`, "gu"),
  new RegExp(
    String.raw`(?=\d)(?<=\b(?:is|was|wordt|werd)\s{1,4})\d{1,2}(?:\s+jaar(?:\s+oud)?)?${RIGHT}(?!\s*(?:keer|uur|weken|dagen|maanden|procent|%|euro|€|cent|kilo|kg|km|meter|cm|punten|graden|minuten)|\s+(?:jaar\s+)?(?:geleden|lang|later|eerder|terug|getrouwd|samen|bezig)${RIGHT}|\s+(?:van|uit|op)\s+(?:de\s+)?\d)`,
    "gu",
  ),
  new RegExp(String.raw`${LEFT}\d{1,2}\s+jaar\s+oud${RIGHT}`, "gu"),
  // "als hij 15 wordt", "toen ze 12 werd" (not the cents of "€ 1.250,00 wordt")
  new RegExp(String.raw`(?<![\p{L}\p{N}.,])\d{1,2}(?=\s+(?:wordt|werd|is geworden)${RIGHT})`, "gu"),
  new RegExp(String.raw`(?=\d)(?<=\(\s{0,4})\d{1,2}(?:\s+jaar)?(?=\s*\))`, "gu"),
];
// the literals each regex needs (spans.ts NEEDS); test/anonymise/needed-literals.test.ts checks them
needs(STREET_WORD, [
  "straat",
  "weg",
  "laan",
  "singel",
  "plein",
  "gracht",
  "dijk",
  "kade",
  "steeg",
  "dreef",
  "allee",
  "einde",
  "pad",
  "markt",
]);
needs(PLACE_AFTER, ["wijk", "buurt", "dorp", "woon", "wonen", "naar", "club", "jeugd", "school", "sinds"]);
[
  [["-jarig"]],
  [["is", "was", "wordt", "werd"]],
  [["jaar"], ["oud"]],
  [["wordt", "werd", "geworden"]],
  [["("], [")"]],
].forEach((groups, i) => AGES[i] && needs(AGES[i], ...groups));

/** Words in front that say an address follows: "woont aan de Zeedijk", "adres: Vismarkt". */
const ADDRESS_BEFORE = /(?:aan|adres:?|woont|wonen|woonde|verhuisd[ \t]+naar)[ \t]+(?:(?:de|het|op|in)[ \t]+)?$/iu;

/** A street word alone that is an everyday compound of a plain word ("de Kerstmarkt") and not said to be an address. */
function everydayCompound(text: string, at: number, word: string, lexicon: Lexicon): boolean {
  // "De Kerstmarkt" at a sentence start: the article is no part of the word ("Van Lochemstraat" keeps its particle)
  const bare = word.replace(/^De[ \t]{1,2}/u, "");
  return plainCompound(bare, lexicon) && !ADDRESS_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

/** Streets without a house number, places after "wijk", "woont in"…, and ages. */
export function placeAndAgeSpans(
  text: string,
  notPlaces: ReadonlySet<string>,
  priority: { place: number; age: number },
  lexicon: Lexicon = EMPTY_LEXICON,
): Span[] {
  const out: Span[] = [];
  for (const m of matchAll(STREET_WORD, text)) {
    // a street with its number is an address (patterns.ts) whatever its word
    if (everydayCompound(text, m.index, m[0], lexicon)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      replacement: STREET,
      kinds: ["places"],
      priority: priority.place,
    });
  }
  for (const m of matchAll(PLACE_AFTER, text)) {
    if (notPlaces.has(lower(m[0])) || NOT_NAMES.has(lower(m[0]))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      replacement: PLACE,
      kinds: ["places"],
      priority: priority.place,
    });
  }
  for (const re of AGES)
    for (const m of matchAll(re, text))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: AGE,
        kinds: ["ages"],
        priority: priority.age,
      });
  return out;
}
