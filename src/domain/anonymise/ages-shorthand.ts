// Ages in the shorthand of notes, lists and forms (issue 23, the age battery of stop 37): "Daan, 14 j., zit …",
// "11 j.", "Broertje Finn – 6 – zit …", "Kinderen: Emma 8, Lucas 11", "zijn 18e verjaardag", "de oudste van 13",
// "is vorige week 17 geworden", "9 yo", "age 12", "Jongen, 16.". Each needs a person, a list of persons or a clause
// end beside the number; a duration ("al 2 jr.", "sinds 3 j.") stays. Bounded regexes: linear scans.
import { ORDINAL_WORDS, TENS, WORDS } from "./ages-clause";
import { COUNTED_NOUN } from "./patterns";
import { RIGHT, matchAll, needs, type Span } from "./spans";

const NUM = String.raw`(?:\d{1,2}|${WORDS})`;
/** A clause ends: punctuation, a dash, a bar or the line's end. */
const ENDS = String.raw`(?=[ \t]{0,3}(?:[.,;:!?)|–—-]|$|\n|\r))`;
/** Words that make a number of years a duration or a count ("al 2 jr.", "sinds 3 j.", "om de 2 jr"). */
const DURATION =
  /(?:^|[ \t])(?:al|sinds|voor|na|over|binnen|gedurende|ongeveer|circa|ca\.?|afgelopen|laatste|per|elke|iedere|de|om|ruim|bijna|max\.?|min\.?|minimaal|maximaal|tot|vanaf|t\/m|tussen|en|nog|zo'n|±)[ \t]*$/iu;

// "14 j.", "14j", "14 jr", "(14jr)": an abbreviated number of years, closing the clause
const ABBREVIATED = needs(
  new RegExp(String.raw`(?<![\p{L}\p{N},.\/-])\d{1,2}[ \t]?(?:j\.?|jr\.?|jrs\.?)(?![\p{L}\p{N}])${ENDS}`, "gmu"),
  ["j"],
);
// "Broertje Finn – 6 – zit in groep 3", "Moeder - 38 - werkt": a number between dashes after a name or a relative
const BETWEEN_DASHES = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}|moeder|vader|zoon|dochter|broer|zus|broertje|zusje|opa|oma|baby)[ \t]+[-–—][ \t]+)\d{1,2}(?:[ \t]?(?:jaar|jr\.?|j\.?|mnd\.?|maanden))?(?=[ \t]+[-–—|])`,
    "gu",
  ),
  ["-", "–", "—"],
);
// "Kinderen: Emma 8, Lucas 11", "de kinderen Emma 8 en Lucas 11 jaar": two or more names, each with its number, on a
// line about children ("Rekenen 8, Taal 7" is a report's grades)
const PAIR = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'’-]{1,30}|moeder|vader|oma|opa|broer|zus|zoon|dochter)[ \t]+\d{1,2}(?:[ \t]+(?:jaar|jr\.?|j\.?))?`;
const NAME_NUMBER_LIST = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${PAIR}(?:(?:,|[ \t]en)[ \t]{1,2}${PAIR}){1,6}(?=[ \t]{0,3}(?:[.;:)]|$|\n|\r))`,
    "gmu",
  ),
  [",", " en "],
);
const ONE_PAIR = new RegExp(
  String.raw`(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}|moeder|vader|oma|opa|broer|zus|zoon|dochter)[ \t]+(\d{1,2}(?:[ \t]+(?:jaar|jr\.?|j\.?))?)`,
  "gu",
);
const CHILDREN_LINE =
  /(?<![\p{L}])(?:kinderen|kids|gezin|gezinsleden|gezinssamenstelling|familie|huishouden|broers|zussen|broertjes|zusjes|zonen|dochters|leeftijden|kleinkinderen|pleegkinderen)(?![\p{L}])/iu;
const NOT_A_NAME =
  /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|kamer|lokaal|route|lijn|cijfer|rapport|toets|vak|uur|blok|periode|jaar|week|dag)$/iu;
// "zijn 18e verjaardag", "haar zestiende verjaardag", "de 12de verjaardag van Tom", "in zijn 17e levensjaar" (not a
// rule's "na de vijfde verjaardag")
const ORDINALS = String.raw`(?:eerste|${ORDINAL_WORDS})`;
const BIRTHDAY = needs(
  new RegExp(
    String.raw`(?:(?<=(?<![\p{L}])(?:zijn|haar|mijn|jouw|hun|z'n|d'r|m'n|je|\p{L}+['’]s)[ \t]+)(?:\d{1,2}(?:e|ste|de)|${ORDINALS})(?=[ \t]+(?:verjaardag|levensjaar|verjaardagsfeest(?:je)?|bday|birthday)${RIGHT})|(?<![\p{L}\p{N}])(?:\d{1,2}(?:e|ste|de)|${ORDINALS})(?=[ \t]+(?:verjaardag|levensjaar)[ \t]+van[ \t]+\p{Lu}))`,
    "giu",
  ),
  ["verjaardag", "levensjaar", "bday", "birthday"],
);
// "De oudste van 13 past op", "de jongste van vier": the eldest or youngest and a number no noun counts
const ELDEST = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:oudste|jongste|middelste)[ \t]+van[ \t]+)${NUM}(?:[ \t]+(?:jaar|jr\.?))?(?![\p{L}\p{N}])(?![ \t]*:)(?![ \t]+\p{Ll}*(?:kinderen|broers|zussen|broertjes|zusjes|zonen|dochters|kids|jongens|meisjes|leerlingen|kleinkinderen|gezinnen|deelnemers|jongeren)${RIGHT})`,
    "giu",
  ),
  ["oudste", "jongste", "middelste"],
);
// "Hij is vorige week 17 geworden", "ze is op 3 mei 12 jaar geworden", "die net 12 geworden is", "en dan zeven was
// geworden", "hij is zeven net geworden": a number right before "geworden" after "is" or its subject ("het zijn er 5
// geworden" counts)
const BECAME = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:is|ben|bent|zijn|die|hij|zij|ze|ik)[ \t]+(?:[\p{L}\p{N}]{1,12}[ \t]+){0,4})(?<!(?<![\p{L}])er[ \t]+)${NUM}(?:[ \t]+(?:jaar|jr\.?))?(?=[ \t]+(?:(?:was|is|net|pas|al|zijn|zou[ \t]+zijn)[ \t]+)?geworden${RIGHT})`,
    "giu",
  ),
  ["geworden"],
);
// "9 yo boy", "12 y/o", "age 12", "Age: 9"
const ENGLISH = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])\d{1,2}[ \t]?(?:yo|y\/o|y\.o\.?|yrs?[ \t]+old)(?![\p{L}\p{N}])|(?<=(?<![\p{L}])[Aa]ge[ \t]{0,2}:?[ \t]{1,2})\d{1,2}(?![\p{L}\p{N}]|[.,]\d)`,
    "gu",
  ),
  ["yo", "y/o", "y.o", "old", "age"],
);
// "Jongen, 16.", "meisje, 11;", "meisje 15, weggelopen": a word for a child, a comma, a number that ends the clause
const CHILD_COMMA = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:(?:jongen|meisje|kind|zoon|dochter|broer|zus|broertje|zusje|jongere|tiener|puber|peuter|kleuter|baby|pleegkind|cliënt|client|jeugdige|leerling)[ \t]*,|(?:jongen|meisje|jongere|tiener|baby))[ \t]{1,2})${NUM}(?:[ \t]+(?:jaar|jr\.?|j\.?|mnd\.?|maanden))?(?=[ \t]*(?:[.,;)]|$|\n|\r))`,
    "gimu",
  ),
  [","],
);

// "(°1948, 75)", "(geb. 2012, 12 jr)": a year of birth and then the age, as a genogram writes them
const AFTER_BIRTH_YEAR = needs(
  new RegExp(
    String.raw`(?<=\((?:°|\*|geb\.?|geboren)?[ \t]?(?:19|20)\d{2},[ \t]{0,2})\d{1,3}(?:[ \t]?(?:jaar|jr\.?|j\.?))?(?=[ \t]*\))`,
    "gu",
  ),
  ["("],
);
// "beiden 45", "allen ca. 14-16": the age all of them share
const SHARED = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:beiden|allebei|allen|allemaal)[ \t]+(?:(?:ca\.?|ong\.?|ongeveer|rond|zo'n|±)[ \t]*)?)${NUM}(?:[ \t]?[-–][ \t]?${NUM})?(?:[ \t]+(?:jaar|jr\.?))?(?=[ \t]*(?:[.,;:!?)]|$|\n|\r))`,
    "gimu",
  ),
  ["beiden", "allebei", "allen", "allemaal"],
);
// "Sem en Julia – kinderen van Anita, 8 en 11": numbers closing a line about children
const LINE_END_AGES = needs(
  new RegExp(
    String.raw`(?<=,[ \t]{1,2})${NUM}(?:(?:,|[ \t]en)[ \t]{1,2}${NUM}){1,4}(?:[ \t]+(?:jaar|jr\.?))?(?=[ \t]*(?:[.;)]|$))`,
    "gmu",
  ),
  [","],
);
// "met 14 maanden pas ging lopen", "met 3 jaar pas eerste zinnetjes maakte", "Eerste stapjes rond 18 maanden, …",
// "afspraak bij 11 maanden:", "los lopen met 13 maanden": an age at a milestone or a baby's check-up
const MILESTONE = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:[Mm]et|[Rr]ond|[Bb]ij|[Oo]p)[ \t]+)\d{1,2}[ \t]+(?:maanden|mnd\.?|jaar|jr\.?)(?=[ \t]+(?:(?:pas|al|nog|ook|toen)[ \t]+)?(?:ging|liep|lopen|kroop|kruipen|zat|zitten|stond|staan|sprak|spreken|praatte|praten|zei|at|sliep|maakte|begon|kon|leerde|fietste|fietsen|las|lezen|eerste|zindelijk|droog)${RIGHT})|(?<=(?<![\p{L}])(?:[Rr]ond|[Bb]ij)[ \t]+)\d{1,2}[ \t]+maanden(?=[ \t]*[,;:.])|(?<=(?<![\p{L}])(?:lopen|liep|kruipen|kroop|zitten|zat|staan|stond|praten|praatte|fietsen|fietste|zindelijk|droog)[ \t]+(?:(?:pas|al|ook|toen)[ \t]+)?(?:met|rond|bij|op)[ \t]+)\d{1,2}[ \t]+(?:maanden|mnd\.?|jaar|jr\.?)(?![\p{L}\p{N}])`,
    "gu",
  ),
  ["met", "rond", "bij", "op"],
);
// "9 yo" has its English rule above; other languages' years after a number, as families write them in a chat or a
// translated letter: "16 aña" (Papiamentu), "9 lat" (Polish), "12 años", "8 Jahre", "7 ans", "10 yaşında"
const OTHER_LANGUAGE = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N},.])\d{1,2}[ \t]+(?:aña|años|anos|lat|Jahre|jahre|ans|yaşında|yaşındaki|years[ \t]+old|year[ \t]+old)(?![\p{L}])`,
    "gu",
  ),
  ["aña", "años", "anos", "lat", "jahre", "ans", "yaş", "old"],
);
// "Selam, nu 18 maanden.", "geboren 27 augustus 2024 (nu 16 maanden)", "Minderjarige: …, thans 12 jaar": the age
// now, after a comma or in a bracket, or after the court's "thans"
const NOW_MONTHS = needs(
  new RegExp(
    String.raw`(?<=(?:,|\()[ \t]{0,2}(?:nu|thans|inmiddels)[ \t]+)\d{1,2}[ \t]+(?:maanden|mnd\.?|weken|wkn?\.?|dagen|jaar|jr\.?)(?=[ \t]*(?:[.,;)]|$))|(?<=(?<![\p{L}])thans[ \t]+)\d{1,2}[ \t]+(?:jaar|jr\.?)(?:[ \t]+oud)?(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?:en|oud)(?![\p{L}]))`,
    "gmu",
  ),
  ["nu", "thans", "inmiddels"],
);
// "Zij wordt op de 9e van Maart twaalf.", "Leon wird im Juni acht.": becoming a number word that closes the clause
const BECOMES_WORD = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:wordt|werd|wird)[ \t]+(?:[\p{L}\p{N}.]{1,12}[ \t]+){1,5})(?:${WORDS})(?=[ \t]*(?:[.,;!?]|$))`,
    "gmu",
  ),
  ["wordt", "werd", "wird"],
);
// "eind vijftig", "begin 40": a decade of life
const DECADE = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:eind|begin|midden|half|ergens[ \t]in[ \t]de|halverwege[ \t]de|in[ \t]de)[ \t]+)(?:${TENS}|[2-9]0)(?![\p{L}\p{N}])(?![ \t]*(?:euro|€|%|procent|km|kilo|minuten|uur|cm|kg)${RIGHT})`,
    "giu",
  ),
  ["eind", "begin", "midden", "half", "ergens", "in de"],
);
// "op 4 maanden gecorrigeerd": a premature baby's corrected age
const CORRECTED = needs(new RegExp(String.raw`\d{1,2}[ \t]+(?:maanden|mnd\.?|weken)(?=[ \t]+gecorrigeerd)`, "gu"), [
  "gecorrigeerd",
]);

// "Hoe oud is Floor nu eigenlijk, 14?", "Hoe oud ben je? B: Negen.", "Wat is de leeftijd van uw kind? 10 jaar": the
// number that answers the question
const HOW_OLD = needs(/hoe[ \t]+oud|leeftijd[^?\n\r]{0,40}\?/giu, ["hoe", "leeftijd"]);
const ANSWER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NUM})(?:[ \t]+(?:jaar|jr\.?))?(?=[ \t]*(?:[.?!,;)]|$|\n|\r)|[ \t]+(?:in|jaar|al|bijna|pas|geworden)(?![\p{L}]))`,
  "iu",
);

// "Jongste kind: 2 jaar.", "Oudste zoon 19 jaar": the eldest or youngest as a label
const ELDEST_LABEL = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:[Jj]ongste|[Oo]udste|[Mm]iddelste)[ \t]+(?:kind|zoon|dochter|broer|zus|broertje|zusje)[ \t]*:?[ \t]*)${NUM}(?:[ \t]+(?:jaar|jr\.?|maanden|mnd\.?))?(?![\p{L}\p{N}])`,
    "gu",
  ),
  ["jongste", "oudste", "middelste"],
);
// "De 12- en 14-jarige zussen": the first of two ages that share "-jarige"
const SHARED_JARIG = needs(/(?<![\p{L}\p{N}])\d{1,2}(?=-[ \t]+en[ \t]+\d{1,2}-jarige?(?![\p{L}]))/gu, ["jarig"]);
// "Kids: 3, 5, 8", "Kinderen: 4, 7 en 11": numbers listed after a label for children
const LABELLED_LIST = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:[Kk]ids|[Kk]inderen|[Kk]ind(?:eren)?[ \t]+\p{Ll}{2,12})[ \t]*:[ \t]*(?:${NUM}(?:,|[ \t]en)[ \t]{1,2}){0,5})${NUM}(?=(?:(?:,|[ \t]en)[ \t]{1,2}${NUM}){0,5}[ \t]*(?:[.;)]|$))`,
    "gmu",
  ),
  ["kids", "kind"],
);

export function shorthandAgeSpans(text: string, priority: number): Span[] {
  const out: Span[] = [];
  const add = (start: number, end: number): void => {
    out.push({ start, end, replacement: "[leeftijd]", kinds: ["ages"], priority });
  };
  for (const m of matchAll(ABBREVIATED, text))
    if (!DURATION.test(text.slice(Math.max(0, m.index - 24), m.index))) add(m.index, m.index + m[0].length);
  for (const m of matchAll(BETWEEN_DASHES, text))
    if (!COUNTED_NOUN.test(m[1] ?? "")) add(m.index, m.index + m[0].length);
  for (const m of matchAll(NAME_NUMBER_LIST, text)) {
    const lineStart = Math.max(text.lastIndexOf("\n", m.index) + 1, m.index - 80);
    if (!CHILDREN_LINE.test(text.slice(lineStart, m.index))) continue;
    const pairs = [...m[0].matchAll(ONE_PAIR)];
    if (pairs.some((p) => COUNTED_NOUN.test(p[1] ?? "") || NOT_A_NAME.test(p[1] ?? ""))) continue;
    for (const p of pairs) {
      const start = m.index + (p.index ?? 0) + (p[0].length - (p[2] ?? "").length);
      add(start, start + (p[2] ?? "").length);
    }
  }
  for (const m of matchAll(LINE_END_AGES, text)) {
    const lineStart = Math.max(text.lastIndexOf("\n", m.index) + 1, m.index - 100);
    if (CHILDREN_LINE.test(text.slice(lineStart, m.index))) add(m.index, m.index + m[0].length);
  }
  for (const q of matchAll(HOW_OLD, text)) {
    const from = q.index + q[0].length;
    const a = ANSWER.exec(text.slice(from, from + 100));
    if (a) add(from + a.index, from + a.index + a[0].length);
  }
  const rules = [BIRTHDAY, ELDEST, BECAME, ENGLISH, OTHER_LANGUAGE, CHILD_COMMA, AFTER_BIRTH_YEAR, SHARED, MILESTONE];
  for (const re of [...rules, NOW_MONTHS, BECOMES_WORD, DECADE, CORRECTED, ELDEST_LABEL, SHARED_JARIG, LABELLED_LIST])
    for (const m of matchAll(re, text)) add(m.index, m.index + m[0].length);
  return out;
}
