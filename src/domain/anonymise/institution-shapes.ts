// Institutions by the shape of their name (issue 23, institutions that generalise), beside the fixed type words,
// the list and the context words of free-text.ts and institutions.ts:
// - a word that ends in a kind of organisation, then a name: "Woonzorgcentrum De Eschhoeve", "Zorgkwekerij
//   Groenrijk", "Moskee Mevlana", "Gastouderbureau Kiekeboe" (Dutch builds its type words as compounds, so the
//   ending is the mechanism, not the list of whole words);
// - a brand written in CamelCase: "OrthoKids", "KinderKracht" (Dutch words never have a capital inside; the
//   well-known apps and products that do are left out);
// - the organisation an e-mail address or web site names: "info@kinderkrachtoost.nl" makes "KinderKracht Oost" an
//   institution everywhere in the text (the mail providers and the copy's own services are left out);
// - a name in small letters with a hyphen after a word that links to an organisation: "begeleiding door i-psy";
// - the capitalised words that go on after an institution: "Tubantia Borussia", "Moskee Mevlana Enschede".
// All scans are single regex passes or token walks with a fixed window: linear in the text.
import type { Lexicon } from "./lexicon";
import { sentenceStart } from "./sentence-start";
import { cellEnd, matchAll, needs, type Span } from "./spans";

/** Type words an institution's name follows: "Basisschool De Wegwijzer", "Rijschool Harbers", "Sparkasse Nordhorn". */
export const INSTITUTION_TYPE_BEFORE = String.raw`(?:Medisch[ \t]Centrum|Medisch|[Bb]asisschool|[Oo]bs|OBS|[Cc]bs|CBS|[Rr]kbs|RKBS|SBO|VSO|SO|[Kk]indcentrum|IKC|[Ss]tichting|Bureau|Sparkasse|Volksbank|Raiffeisenbank|[Pp]raktijk|[Hh]uisartsenpraktijk|\p{Lu}?\p{Ll}{3,20}praktijk|\p{Lu}\p{Ll}{1,24}(?:school|kantoor|bedrijf)|[Gg]ezondheidscentrum|[Kk]liniek|[Zz]iekenhuis(?:groep)?|[Kk]inderdagverblijf|KDV|BSO|[Kk]inderopvang|[Pp]euterspeelzaal|[Zz]orggroep|[Jj]eugdzorg|ROC|[Ss]cholengemeenschap|[Vv]oetbalvereniging|[Ss]portvereniging|[Zz]wemvereniging|[Vv]v|VV|[Ss]v|SV|FC|HC|RKSV|[Rr]estaurant|[Aa]dvocatenkantoor|[Bb]akkerij|[Kk]apsalon|[Aa]utobedrijf|[Hh]oveniersbedrijf|[Ss]childersbedrijf|[Bb]ouwbedrijf|[Tt]ransportbedrijf|[Ee]xpertisecentrum|[Kk]enniscentrum|[Ww]oonbedrijf|[Ww]oningcorporatie|[Ww]oonstichting|[Pp]leegzorg|[Aa]udiologisch[ \t][Cc]entrum|[Hh]erberg|[Cc]af[eé]|[Cc]afetaria|[Ss]nackbar|[Hh]otel|[Ss]lagerij|[Gg]arage|[Cc]amping|[Mm]anege|[Pp]izzeria|Koninklijke)`;

const INSTITUTION = "[instelling]";
const lower = (w: string): string => w.toLowerCase();

/** Endings of Dutch words for a kind of organisation ("woonzorgcentrum", "zorgboerderij", "sportclub"). */
const KIND_END = String.raw`bescherming|reclassering|centrum|centra|boerderij|kwekerij|praktijk|kliniek|school|opvang|zorg|groep|vereniging|club|kerk|moskee|synagoge|bibliotheek|stichting|instituut|academie|bureau|apotheek|dagbesteding|jeugdhulp|welzijn|therapie|coaching|scouting|hospice|kinderdagverblijf|peuterspeelzaal|gezinshuis|woongroep|internaat|team|atelier|bedrijf`;
/** A capitalised type word inside a name: "College", "Lyceum", "Zorgcentrum". */
const TYPE_WORD = new RegExp(String.raw`^\p{L}*(?:${KIND_END}|college|lyceum|gymnasium|ziekenhuis)$`, "u");
const ARTICLE = String.raw`(?:(?:De|Het|'t|’t|Sint|St\.)[ \t]{1,3})`;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** The endings as whole capitalised words: "Wonen", "Zorg". */
const capitalised = (ends: string): string =>
  ends
    .split("|")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("|");
/** Each ending with its first letter in either case: "Moskee" and "woonzorgcentrum" (no /i: it would fold \p{Lu}). */
const KIND_ANY_CASE = KIND_END.split("|")
  .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
  .join("|");
/** "Woonzorgcentrum De Eschhoeve", "moskee Mevlana": the kind word (group 1) and up to three names (group 2); up to
 * two capitalised words before the kind word belong to the name ("Openbare Basisschool De Marke"). */
const KIND_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+[ \t]){0,2}(\p{L}*(?:${KIND_ANY_CASE}))[ \t]{1,3}(${ARTICLE}?${CAP}(?:[ \t]{1,3}${CAP}){0,2})(?![\p{L}\p{N}])`,
  "gu",
);
needs(KIND_THEN_NAME, KIND_END.split("|"));

/** A word with a capital after small letters, or after a digit inside: "OrthoKids", "KinderKracht", "Spoed4Jeugd". */
const CAMEL = /(?<![\p{L}\p{N}@./_-])\p{L}\p{Ll}+\p{N}{0,2}\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}@_])/gu;
/** Apps, products and services written so, which name no one's organisation. */
const PRODUCTS = new Set(
  "whatsapp tiktok youtube playstation facetime iphone ipad ipod imac macbook linkedin powerpoint onedrive sharepoint onenote outlook digid mijnoverheid ehealth mhealth elearning ebook snapchat instagram facebook jeugdwet teams zoom mcdonald mcdonald's mcdonalds paypal ideal blackberry bookface topdossier kidsrights googlemaps applepay netflix disney+ xbox nintendo smartphone".split(
    " ",
  ),
);

/** The name inside an e-mail address or web address: "kinderkrachtoost" of "info@kinderkrachtoost.nl". */
const DOMAIN =
  /(?:@|(?<![\p{L}\p{N}.-])www\.|:\/\/)((?:[a-z0-9-]{1,40}\.){0,2})([a-z0-9][a-z0-9-]{2,40})\.(?:nl|com|org|net|eu|be|info|de|io|me)(?![a-z0-9-])/giu;
needs(DOMAIN, ["@", "www.", "://"]);
/** Mail providers and services whose domain names no organisation of the family's. */
const PROVIDERS = new Set(
  "gmail hotmail outlook live msn yahoo icloud me mac kpnmail kpnplanet planet home ziggo xs4all hetnet chello caiway telfort quicknet upcmail online zeelandnet solcon tele2 casema gmx web t-online proton protonmail mail zorgmail zivver siilo google microsoft apple facebook instagram tiktok youtube whatsapp snapchat rijksoverheid overheid government example test".split(
    " ",
  ),
);

/** A small-letter name with a hyphen after a word that links to an organisation: "door i-psy", "bij e-kids". */
const SMALL_HYPHEN =
  /(?<=(?:bij|door|via|van|vanuit|naar|met|hulp|behandeling|begeleiding)[ \t]{1,3})[a-z]-[a-z]{2,20}(?![\p{L}\p{N}-])/gu;
needs(SMALL_HYPHEN, ["-"]);

/** Institutions by the shape of their name; `plainWord` says which capitalised words can be no name. */
export function institutionShapes(
  text: string,
  lexicon: Lexicon,
  plainWord: (w: string) => boolean,
  priority: number,
  guess = priority + 3,
): Span[] {
  const out: Span[] = [];
  // without a word list every word would look unknown: no guesses then
  if (lexicon.common.size === 0) return out;
  const add = (start: number, end: number, at = priority): void => {
    out.push({
      start,
      end: cellEnd(text, start, end),
      replacement: INSTITUTION,
      kinds: ["organisations"],
      priority: at,
    });
  };
  for (const m of matchAll(KIND_THEN_NAME, text)) {
    const kind = m[1] ?? "";
    const names = m[2] ?? "";
    // the kind word is a plain word ("school", "huis") or a compound of one; the name after it must hold a word no
    // list knows as plain (a month, a weekday, "Moeder" is no name): "naar school Maandag" stays
    const words = names.split(/[ \t]+/u).filter((w) => !/^(?:De|Het|'t|’t|Sint|St\.)$/u.test(w));
    // a capitalised article after the kind word starts a name even of plain words: "Gezondheidscentrum 't Hoge Veld"
    // so does a capitalised kind word in mid-sentence, a name's own first word: "bij Loonbedrijf Schaap"
    const kindAt = m.index + m[0].indexOf(kind);
    const ownKind = /^\p{Lu}/u.test(kind) && kindAt === m.index && !sentenceStart(text, kindAt);
    const articled =
      (/^(?:De|Het|'t|’t)[ \t]/u.test(names) || ownKind) && !words.some((w) => NOT_NAME_AFTER_ARTICLE.test(w));
    if (words.length === 0 || (words.every((w) => plainWord(w)) && !articled)) continue;
    // "thuis", "huis" alone are no kind of organisation
    if (/^(?:huis|thuis|team|club|groep)$/iu.test(kind)) continue;
    // the name ends before its first plain word: "Moskee Mevlana Moeder…" is "Moskee Mevlana"
    const kindEnd = m.index + m[0].indexOf(kind) + kind.length;
    let end = kindEnd;
    let at = m.index + m[0].indexOf(names, kindEnd - m.index);
    for (const w of names.split(/([ \t]+)/u)) {
      if (/^[ \t]+$/u.test(w) || w === "") {
        at += w.length;
        continue;
      }
      // a type word goes on with the name: "zorgteam Bonhoeffer College"
      if (!articled && !/^(?:De|Het|'t|’t|Sint|St\.)$/u.test(w) && plainWord(w) && !TYPE_WORD.test(lower(w))) break;
      at += w.length;
      end = at;
    }
    if (end > kindEnd) add(m.index, end);
  }
  for (const m of matchAll(CAMEL, text)) {
    const k = lower(m[0]);
    if (PRODUCTS.has(k) || lexicon.common.has(k)) continue;
    add(m.index, m.index + m[0].length);
  }
  for (const m of matchAll(SMALL_HYPHEN, text)) {
    const [head = "", tail = ""] = lower(m[0]).split("-");
    if (lexicon.common.has(lower(m[0])) || lexicon.common.has(tail) || head === "") continue;
    add(m.index, m.index + m[0].length);
  }
  // a name and then its kind, both capitalised: "Mijande Wonen", "Zonnehuis Zorg"
  for (const m of matchAll(NAME_THEN_KIND, text)) {
    const name = m[1] ?? "";
    if (plainWord(name)) continue;
    add(m.index, m.index + m[0].length);
  }
  // an unknown capitalised word doing what organisations do: "Domijn heeft een brief gestuurd", "Rendo belde" (a
  // guess: a person found otherwise wins)
  for (const m of [...matchAll(ORGANISATION_SUBJECT, text), ...matchAll(ORGANISATION_INVERTED, text)]) {
    const name = m[1] ?? "";
    if (plainWord(name) || lexicon.firstNames.has(lower(name)) || lexicon.surnames.has(lower(name))) continue;
    add(m.index, m.index + name.length, guess);
  }
  // a club or centre named with a year: "Centrum '45", "Quick '20" (the year itself is a date's; the word is the name)
  for (const m of matchAll(NAME_WITH_YEAR, text)) {
    const word = m[1] ?? "";
    if (TIME_WORD.test(word)) continue;
    add(m.index, m.index + word.length);
  }
  // a branch or location of an organisation: "locatie Kottenpark", "vestiging Haaksbergen"
  for (const m of matchAll(BRANCH, text)) {
    const word = m[1] ?? "";
    if (plainWord(word)) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length, replacement: "[plaats]", kinds: ["places"], priority });
  }
  // "De Regenboog Haaksbergen": an article and a name in mid-sentence with a town after it name a school or centre
  // there, even when the name is a plain word (the town is the place rules')
  for (const m of matchAll(ARTICLE_NAME_TOWN, text)) {
    const [, name = "", town = ""] = m;
    if (!lexicon.places.has(lower(town)) || NOT_NAME_AFTER_ARTICLE.test(name)) continue;
    // "naar De Lutte Oldenzaal": a village whose name has its article is a place
    const whole = lower(m[0].slice(0, m[0].length - town.length - 1));
    if (lexicon.firstNames.has(lower(name)) || lexicon.places.has(lower(name)) || lexicon.places.has(whole)) continue;
    add(m.index, m.index + m[0].length - town.length - 1);
  }
  // an organisation in a role a family deals with: "Verhuurder is Domijn", "werkgever: Stork"
  for (const m of matchAll(ROLE_IS, text)) {
    const name = m[0];
    if (plainWord(name) || lexicon.firstNames.has(lower(name)) || lexicon.places.has(lower(name))) continue;
    add(m.index, m.index + name.length);
  }
  // "GIM Hengelo", "RTC Almelo": an abbreviation with a town after it names that town's branch of an organisation
  // (national services and school types, named the same everywhere, stay: "GGD Twente" keeps "GGD")
  for (const m of matchAll(ACRONYM_TOWN, text)) {
    const [, acronym = "", town = ""] = m;
    if (NATIONAL.has(acronym) || !lexicon.places.has(lower(town))) continue;
    add(m.index, m.index + acronym.length);
  }
  // whom a family pays or owes: "huur aan Welbions", "schuld bij Vattenfall", "achterstand bij Domijn"
  for (const m of matchAll(PAYEE, text)) {
    const name = m[0];
    if (plainWord(name) || lexicon.firstNames.has(lower(name)) || lexicon.places.has(lower(name))) continue;
    add(m.index, m.index + name.length, guess);
  }
  out.push(...domainNames(text, plainWord, priority));
  return out;
}

const ARTICLE_NAME_TOWN = needs(
  /(?<=[\p{Ll}\p{N},][ \t]{1,3})(?:De|Het|'t|’t)[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{N}])/gu,
  ["de ", "het ", "'t ", "’t "],
);
const ACRONYM_TOWN = /(?<![\p{L}\p{N}'’-])(\p{Lu}{2,5})[ \t](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
/** Abbreviations of services, laws, school types and roles that are the same in every town. */
const NATIONAL = new Set(
  "GGD CJG GGZ JGZ UWV SVB CAK DUO IND COA CBR NS AMW WMO MDO PGB BSO KDV SBO VSO SO VO PO MBO HBO WO HAVO VWO VMBO ROC IB OK NB VT GI RVDK SEH EHBO TBS AZC ANWB KNVB BSN ADHD ASS LVB PTSS".split(
    " ",
  ),
);
const ROLE_IS = needs(
  /(?<=(?<![\p{L}])(?:[Vv]erhuurder|[Ww]erkgever|[Zz]orgverzekeraar|[Vv]erzekeraar|[Ee]nergieleverancier|[Ww]oningcorporatie|[Ss]chuldeiser|[Ii]ncassobureau)(?:[ \t]{1,3}is|[ \t]{0,2}:)[ \t]{1,3})\p{Lu}[\p{L}\p{M}'’-]{2,}(?![\p{L}\p{N}])/gu,
  ["verhuurder", "werkgever", "verzekeraar", "leverancier", "woningcorporatie", "schuldeiser", "incassobureau"],
);
const PAYEE = needs(
  /(?<=(?<![\p{L}])(?:[Hh]uur|[Hh]uurachterstand|[Aa]chterstand|[Ss]chuld|[Ss]chulden|[Bb]etalingsachterstand|[Rr]ekening|[Ii]ncasso)[ \t]{1,3}(?:aan|bij|van)[ \t]{1,3})\p{Lu}[\p{Ll}\p{M}'’-]{2,}(?![\p{L}\p{N}])/gu,
  ["huur", "achterstand", "schuld", "rekening", "incasso"],
);

/** Words capitalised for their own reason, never a name after "De": months, weekdays. */
const NOT_NAME_AFTER_ARTICLE =
  /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/iu;
const NAME_THEN_KIND = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t](?:\p{Lu}\p{Ll}*(?:${KIND_END}|wonen|jeugd|huisvesting|advies|mediation)|${capitalised(`${KIND_END}|wonen|jeugd|huisvesting|advies|mediation`)})(?![\p{L}\p{N}])`,
    "gu",
  ),
  [...KIND_END.split("|"), "wonen", "jeugd", "huisvesting", "advies", "mediation"],
);
const ORGANISATION_SUBJECT = needs(
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]{2,})[ \t]{1,3}(?:heeft[ \t]{1,3}(?:een[ \t]{1,3})?(?:brief|mail|bericht|melding|rekening|aanmaning|beschikking|besluit)|stuurt|stuurde|mailt|mailde|laat[ \t]weten|liet[ \t]weten|schrijft|schreef|wijst[ \t]af|wees[ \t]af|keurt|keurde|dreigt[ \t]met|dreigde[ \t]met|zegt[ \t]op|zegde[ \t]op|eist|eiste)(?![\p{L}])/gu,
  ["heeft", "stuur", "mail", "laat", "liet", "schr", "wijst", "wees", "keur", "dreig", "zegt", "zegde", "eist"],
);
/** The same after the verb, as a Dutch clause puts it after a first part: "Volgens moeder heeft Welbions een brief". */
const ORGANISATION_INVERTED = needs(
  /(?<=(?<![\p{L}])(?:heeft|had)[ \t]{1,3})(\p{Lu}[\p{Ll}\p{M}'’-]{2,})(?=[ \t]{1,3}(?:een[ \t]{1,3}|de[ \t]{1,3})?(?:brief|mail|bericht|melding|rekening|aanmaning|beschikking|besluit|huur)(?![\p{L}]))/gu,
  ["heeft", "had"],
);
const NAME_WITH_YEAR = needs(/(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}]+)[ \t]['’]\d\d(?![\p{L}\p{N}])/gu, ["'", "’"]);
/** Words a year in that notation dates, not names: "Kerst '23", "zomer '22", "Pasen '24". */
const TIME_WORD =
  /^(?:[Kk]erst|[Kk]erstmis|[Pp]asen|[Pp]inksteren|[Zz]omer|[Ww]inter|[Ll]ente|[Hh]erfst|[Vv]oorjaar|[Nn]ajaar|[Cc]arnaval|[Ss]interklaas|[Rr]amadan|[Ee]ind|[Bb]egin|[Mm]edio|[Ss]inds|[Vv]anaf|[Tt]ot|[Ii]n|[Uu]it|[Vv]an|[Jj]aar|[Jj]anuari|[Ff]ebruari|[Mm]aart|[Aa]pril|[Mm]ei|[Jj]uni|[Jj]uli|[Aa]ugustus|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ecember|[Jj]an|[Ff]eb|[Mm]rt|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]kt|[Nn]ov|[Dd]ec)$/u;
const BRANCH = needs(
  /(?<![\p{L}])(?:[Ll]ocatie|[Vv]estiging|[Ss]teunpunt|[Dd]ependance)[ \t]{0,2}:?[ \t]{1,3}(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{N}])/gu,
  ["locatie", "vestiging", "steunpunt", "dependance"],
);

const RUN =
  /(?<![\p{L}\p{N}@./_-])\p{Lu}[\p{L}\p{M}\p{N}'’]*(?:[ \t-]\p{Lu}[\p{L}\p{M}\p{N}'’]*){0,3}(?![\p{L}\p{N}@])/gu;

/** The organisations that the text's e-mail and web addresses name, wherever the text writes them in full. */
function domainNames(text: string, plainWord: (w: string) => boolean, priority: number): Span[] {
  const out: Span[] = [];
  const labels = new Set<string>();
  for (const m of matchAll(DOMAIN, text)) {
    const label = lower(m[2] ?? "").replace(/-/gu, "");
    if (label.length < 4 || PROVIDERS.has(label) || plainWord(label)) continue;
    labels.add(label);
  }
  if (labels.size === 0) return out;
  // a run of up to four capitalised words whose letters, without spaces and hyphens, are a label (or start it):
  // "KinderKracht Oost" for "kinderkrachtoost", "Zorg-Plus" for "zorgplus"
  for (const m of matchAll(RUN, text)) {
    const parts = m[0].split(/([ \t-])/u);
    let key = "";
    let best = 0;
    let length = 0;
    for (const part of parts) {
      length += part.length;
      if (/^[ \t-]$/u.test(part)) continue;
      key += lower(part);
      if (labels.has(key)) best = length;
    }
    if (best > 0)
      out.push({
        start: m.index,
        end: cellEnd(text, m.index, m.index + best),
        replacement: INSTITUTION,
        kinds: ["organisations"],
        priority,
      });
  }
  return out;
}

const ARTICLE_BEFORE = /(?<=[\p{Ll}\p{N},][ \t])(?:De|Het|'t|’t)[ \t]$/u;
const NEXT_NAME = /^[ \t]{1,2}(?:&[ \t]{1,2})?(?:(?:De|Het|'t|’t)[ \t]{1,2})?(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{N}])/u;

/**
 * An institution goes on over the capitalised words after it that are no plain word, name or place of the lists
 * ("Tubantia Borussia", "Openbare Basisschool De Marke", up to three): the longer span wins over the shorter of the
 * same priority.
 */
export function institutionTails(
  text: string,
  institutions: readonly Span[],
  plainWord: (w: string) => boolean,
  plainAfterArticle: (w: string) => boolean = plainWord,
): Span[] {
  const out: Span[] = [];
  for (const s of institutions) {
    let end = s.end;
    for (let k = 0; k < 3; k++) {
      const next = NEXT_NAME.exec(text.slice(end, end + 48));
      const word = next?.[1] ?? "";
      // after an article a place's name is the institution's ("Basisschool De Marke")
      const article = next !== null && next[0].trim() !== word;
      // "Zwiers Mediation & Advies": after "&" the name goes on whatever its word
      const joined = next !== null && next[0].includes("&");
      if (!next || (!joined && (article ? plainAfterArticle(word) : plainWord(word)))) break;
      end += next[0].length;
    }
    // a capitalised article before it in mid-sentence is the name's own: "woongroep De Hoenderboom"
    const head = ARTICLE_BEFORE.exec(text.slice(Math.max(0, s.start - 8), s.start));
    const start = head ? s.start - head[0].length : s.start;
    if (end > s.end || start < s.start) out.push({ ...s, start, end });
  }
  return out;
}
