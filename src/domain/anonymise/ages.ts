// Ages in the Dutch notations the other age rules (free-names.ts, free-text.ts) do not cover:
// "9 jarige", "negen jaar oud", "9 jaar en 3 maanden", "9;3", "bijna tien", "ruim 12 jaar",
// "de 14 jaar Tobias", "een meisje van negen", "8 maanden oud", "9,5 jaar". A number of years is
// an age only beside a word that makes it one (a child, "oud", "bijna", "is", a name after it),
// never before "geleden", "lang", "later" …: "3 jaar geleden", "in 2 weken" stay. Linear regexes.
import { asideAgeSpans } from "./ages-aside";
import { formAgeSpans } from "./ages-forms";
import { clauseAgeSpans, WORDS } from "./ages-clause";
import { shorthandAgeSpans } from "./ages-shorthand";
import { COUNTED_NOUN } from "./patterns";
import { LEFT, RIGHT, matchAll, needs, type Span } from "./spans";

/** Number words of ages, "een" first (rules that need more than "een" take it off). */
const NUMBER_WORDS = `een|één|${WORDS}`;
/** A number of years: digits, a half ("9,5", "9½"), or a word ("negen", "anderhalf"). */
const N = String.raw`(?:\d{1,2}(?:[,.]5|½)?|${NUMBER_WORDS}|anderhalf|anderhalve)`;
/** "een" is an age only with "oud" or a child: "het is een jaar verder" is no age. */
const N_NOT_ONE = String.raw`(?:\d{1,2}(?:[,.]5|½)?|${NUMBER_WORDS.replace("een|één|", "")}|anderhalf|anderhalve)`;
const YEARS = String.raw`(?:jaar|jr\.?|jaren)`;
const NOT_AN_AGE = String.raw`(?![ \t]{1,3}(?:geleden|lang|later|eerder|terug|getrouwd|samen|bezig|in[ \t]behandeling|op[ \t]rij|achter|ervaring|gewerkt|gewoond|daarna|daarvoor|voor|na|nadat|ouder|jonger|verschil)${RIGHT})`;
const CHILD = String.raw`(?:jongen|jongetje|meisje|meid|meidje|knul|zuigeling|pasgeborene|vriend|vriendin|vriendje|vriendinnetje|partner|kind|kindje|zoon|zoontje|dochter|dochtertje|broer|zus|broertje|zusje|tiener|puber|peuter|kleuter|baby|jongere|jongeman|jongedame|pleegkind|pleegzoon|pleegdochter|neefje|nichtje|kleinzoon|kleindochter|leerling)`;
const YEARS_MONTHS = String.raw`(?:[ \t]{1,3}en[ \t]{1,3}(?:\d{1,2}|${NUMBER_WORDS})[ \t]{1,3}(?:maanden|maand|mnd\.?))?`;

const AGE_RES: RegExp[] = [
  // "9 jarige", "9 jarig", "9jarige"
  new RegExp(String.raw`${LEFT}\d{1,2}[ \t]?jarige?${RIGHT}`, "gu"),
  // "negen jaar oud", "9,5 jaar oud", "8 maanden oud", "zes weken oud", "4 dagen oud"
  new RegExp(
    String.raw`${LEFT}${N}[ \t]{1,3}(?:${YEARS}|maanden|maand|weken|mnd\.?|dagen)${YEARS_MONTHS}[ \t]{1,3}oud${RIGHT}`,
    "giu",
  ),
  // "9 jaar en 3 maanden", "negen jaar en twee maanden"
  new RegExp(
    String.raw`${LEFT}${N}[ \t]{1,3}${YEARS}[ \t]{1,3}en[ \t]{1,3}(?:\d{1,2}|${NUMBER_WORDS})[ \t]{1,3}(?:maanden|maand|mnd\.?)${RIGHT}`,
    "giu",
  ),
  // the clinical notation years;months: "9;3", "(14;11)"
  new RegExp(String.raw`(?<![\p{L}\p{N};.,:/-])\d{1,2};(?:\d|1[01])(?![\p{L}\p{N}:/-]|;[^ \t\r\n]|[.,]\d)`, "gu"),
  // "bijna tien", "ruim 12 jaar": ending the clause, or before "oud", "en", a name ("werkt ruim 12 jaar bij" stays)
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:bijna|ruim)[ \t]{1,3}${N_NOT_ONE}(?:[ \t]{1,3}${YEARS})?(?:[ \t]{1,3}oud)?(?=[ \t]*(?:[.,;:!?)]|$|\n)|[ \t]{1,3}(?:en|geworden|wordt|werd)${RIGHT}|[ \t]{1,3}\p{Lu})`,
    "gu",
  ),
  // "is negen jaar", "werd twaalf", "wordt tien", "is 9,5 jaar"
  new RegExp(
    String.raw`(?<=(?:\bis|\bwas|\bwordt|\bwerd|\bben|\bbent|is[ \t]inmiddels|is[ \t]nu)[ \t]{1,3})(?:${N_NOT_ONE}[ \t]{1,3}${YEARS}${YEARS_MONTHS}${NOT_AN_AGE}|(?<=is[ \t]al[ \t]{1,3})${N_NOT_ONE}[ \t]{1,3}${YEARS}(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:oud|en)${RIGHT})|(?:${NUMBER_WORDS.replace("een|één|", "")})(?=[ \t]*[.,;!?)]|[ \t]+geworden|[ \t]+en[ \t]+(?:wordt|gaat|zit|woont|heeft)${RIGHT}))`,
    "giu",
  ),
  // "hij werd twaalf in juni", "ik word tien in de zomer", "ze wordt zelf negen": becoming a number is an age, unless
  // it counts something
  new RegExp(
    String.raw`(?<=(?:\bwordt|\bwerd|\bword)[ \t]{1,3}(?:(?:zelf|al|pas|bijna|straks|dan|nu|ook)[ \t]{1,3})?)(?:${NUMBER_WORDS.replace("een|één|", "")})(?![ \t]{1,3}(?:keer|uur|euro|procent|minuten|weken|dagen|maanden|kilo|centimeter|meter|punten)${RIGHT})${RIGHT}`,
    "giu",
  ),
  // "als ze zestien wordt"; not a generic subject ("waarin een leerling zestien wordt", "als je twaalf wordt")
  new RegExp(
    String.raw`${LEFT}(?<!(?:${LEFT}(?:een|elke|iedere?|je|men|u)[ \t]{1,3}(?:\p{Ll}{2,20}[ \t]{1,3})?))(?:${NUMBER_WORDS.replace("een|één|", "")})(?=[ \t]{1,3}(?:wordt|werd|is geworden)${RIGHT})`,
    "giu",
  ),
  // "een meisje van negen", "zoon van 12 jaar en 3 maanden", "een kind van zes maanden"
  new RegExp(
    String.raw`(?<=${CHILD}[ \t]{1,3}van[ \t]{1,3}(?:(?:ongeveer|ca\.?|circa|rond|ong\.?|±|zo'n)[ \t]{1,3})?)(?:${N}(?:[ \t]{1,3}(?:${YEARS}|maanden|weken)${YEARS_MONTHS})?)${RIGHT}`,
    "giu",
  ),
  // "een negen jaar oude jongen", "een 9 jaar jongen", "de 12 jr. oude dochter"
  new RegExp(String.raw`${LEFT}${N}[ \t-]{1,3}${YEARS}(?=[ \t]{1,3}(?:oude?[ \t]{1,3})?${CHILD}${RIGHT})`, "giu"),
  // "De 14 jaar Tobias", "onze 9-jaar oude Lotte": a number of years and then a name
  new RegExp(
    String.raw`(?<=(?:[Dd]e|[Hh]et|[Oo]nze|[Hh]un|[Zz]ijn|[Hh]aar|[Ee]en)[ \t]{1,3})\d{1,2}[ \t-]?${YEARS}(?:[ \t]{1,3}oude?)?(?=[ \t]{1,3}\p{Lu}\p{Ll})`,
    "gu",
  ),
  // "op 9-jarige leeftijd" is found above; "op de leeftijd van 9", "leeftijd van negen jaar"
  new RegExp(String.raw`(?<=leeftijd[ \t]{1,3}van[ \t]{1,3})${N}(?:[ \t]{1,3}${YEARS}${YEARS_MONTHS})?${RIGHT}`, "giu"),
  // "(9 jaar en 3 maanden)", "(negen)", "(9,5)": a bracket with an age only, after a name
  new RegExp(
    String.raw`(?<=(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\p{Ll}+[ \t]\p{Lu}\.)[ \t]?\()(?:${NUMBER_WORDS}|\d{1,2}(?:[,.]5|½))(?:[ \t]{1,3}${YEARS}${YEARS_MONTHS})?(?=\))`,
    "giu",
  ),
  // "Moeder: A. Kowalczyk, 38 jaar.", "Kind: Ilias, 18 maanden.": after a comma, years or months closing the clause
  // also a number word, and a comma after: "Leerling: Noor, groep 6, negen jaar"
  // also a table's cell: "Elira | jeugdige, 11 jaar | –"
  new RegExp(String.raw`(?<=,[ \t]{1,3})${N}[ \t]{1,3}(?:jaar|maanden)(?=[ \t]*(?:[.;,|(]|$|\n))`, "gu"),
  // "Amir is pas zeven,", "ze is nog maar negen.": a number word closing the clause after "is" and a word of degree
  new RegExp(
    String.raw`(?<=\b(?:is|was|wordt|werd)[ \t]{1,3}(?:pas|nog[ \t]maar|net|bijna|al)[ \t]{1,3})(?:${NUMBER_WORDS.replace("een|één|", "")})(?=[ \t]*[.,;!?)])`,
    "giu",
  ),
  // "(4 en 6 jaar)", "(3, 5 en 8 jaar)": the first numbers of a bracket of ages share its "jaar"
  new RegExp(
    String.raw`(?<=\((?:${N}(?:,|[ \t]en)[ \t]{1,3}){0,3})${N}(?=(?:(?:,|[ \t]en)[ \t]{1,3}${N}){0,3}(?:,|[ \t]en)[ \t]{1,3}${N}[ \t]{1,3}${YEARS}\))`,
    "giu",
  ),
];
// the literals each rule needs (spans.ts NEEDS), in the order above; test/anonymise/needed-literals.test.ts checks them
const CHILD_WORDS = [
  "jonge",
  "meid",
  "knul",
  "zuigeling",
  "pasgeborene",
  "vriend",
  "partner",
  "meisje",
  "kind",
  "zoon",
  "dochter",
  "broer",
  "zus",
  "tiener",
  "puber",
  "peuter",
  "kleuter",
  "baby",
  "neefje",
  "nichtje",
  "leerling",
];
const AGE_NEEDS: (readonly string[])[][] = [
  [["jarig"]],
  [["oud"]],
  [["maand", "mnd"]],
  [[";"]],
  [["bijna", "ruim"]],
  [["is", "was", "wordt", "werd", "ben"]],
  [["word", "werd"]],
  [["wordt", "werd", "geworden"]],
  [CHILD_WORDS, ["van"]],
  [["jaar", "jr", "jaren"], CHILD_WORDS],
  [["jaar", "jr", "jaren"]],
  [["leeftijd"]],
  [["("], [")"]],
  [["jaar", "maanden"], [","]],
  [
    ["is", "was", "wordt", "werd"],
    ["pas", "nog", "net", "bijna", "al"],
  ],
  [["("], ["jaar", "jr", "jaren"]],
];
AGE_RES.forEach((re, i) => needs(re, ...(AGE_NEEDS[i] ?? [])));

const MONTH = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?`;
const NOT_COUNTING = String.raw`(?![ \t]{1,3}(?:keer|uur|euro|procent|minuten|weken|dagen|maanden|kilo|centimeter|meter|punten|kinderen|mensen)${RIGHT})`;
/** Rules that carry their own literals (spans.ts NEEDS): no list in step with another list. */
const AGE_RULES: RegExp[] = [
  // a list of ages sharing one "jaar": "De kinderen zijn 4, 7 en 11 jaar", "leeftijden 3 en 5 jaar oud"
  needs(
    new RegExp(
      String.raw`(?<=(?:\bzijn|\bwaren|\bworden|\bvan|leeftijden|leeftijden:|kinderen:)[ \t]{1,3}(?:(?:respectievelijk|resp\.|nu|inmiddels|toen)[ \t]{1,3})?)${N}(?:(?:,|[ \t]en|[ \t]of)[ \t]{1,3}${N}){1,5}[ \t]{1,3}${YEARS}(?:[ \t]{1,3}oud)?${RIGHT}${NOT_AN_AGE}`,
      "giu",
    ),
    ["jaar", "jr", "jaren"],
    [",", " en ", " of "],
  ),
  // a range: "is tussen de 10 en 12 jaar", "een kind van 8 à 9 jaar", "is 10-11 jaar oud"
  needs(
    new RegExp(
      String.raw`(?<=(?:\bis|\bwas|\bwordt|\bzijn|\bwaren|${CHILD}[ \t]{1,3}van)[ \t]{1,3}(?:nu[ \t]{1,3}|ongeveer[ \t]{1,3}|rond[ \t]{1,3})?(?:tussen[ \t]{1,3}de[ \t]{1,3})?)${N}[ \t]{0,2}(?:-|–|à|a|tot|en|of)[ \t]{0,2}${N}[ \t]{1,3}${YEARS}(?:[ \t]{1,3}oud)?${RIGHT}${NOT_AN_AGE}`,
      "giu",
    ),
    ["jaar", "jr", "jaren"],
  ),
  // an estimate: "een jongen van een jaar of tien", "hij is een jaar of twaalf"
  needs(
    new RegExp(
      String.raw`(?<=(?:\bvan|\bis|\bwas|\blijkt|\bschat|\bschatting|\bdenk|\bdenkt|\bdacht|\bmisschien|\bwordt)[ \t,]{1,3})een[ \t]{1,3}jaar[ \t]{1,3}of[ \t]{1,3}${N_NOT_ONE}${RIGHT}${NOT_AN_AGE}`,
      "giu",
    ),
    ["een jaar of"],
  ),
  // a grown-up with a number: "een man van 31 uit Lelystad", "een vrouw van veertig" (not "de man van 31 mei")
  needs(
    new RegExp(
      String.raw`(?<=(?<![\p{L}])(?:man|vrouw|meneer|mevrouw|heer|dame|kerel|vent|gast|neef|nicht|oom|tante|buurman|buurvrouw|jongetje|meisje|jongen|iemand)[ \t]{1,3}van[ \t]{1,3}(?:(?:ongeveer|ca\.?|circa|rond(?:[ \t]+de)?|in[ \t]+de|nog[ \t]+geen|bijna|zo'n|±)[ \t]{1,3})?)(?:[1-9]\d?|${WORDS})(?:[ \t]{1,3}jaar)?(?![\p{L}\p{N}]|[.,/-]\d|[ \t]{1,3}(?:${MONTH}|jaar[ \t]+geleden|euro|procent|%|uur|minuten|meter|kilo)${RIGHT})`,
      "gu",
    ),
    [
      ...[
        "man",
        "vrouw",
        "meneer",
        "mevrouw",
        "heer",
        "dame",
        "kerel",
        "vent",
        "gast",
        "neef",
        "nicht",
        "oom",
        "tante",
      ],
      ...["buurman", "buurvrouw", "jongetje", "meisje", "jongen", "iemand"],
    ],
    ["van"],
  ),
  // twins and triplets are children too: "een tweeling van 3", "de drieling van zes maanden"
  needs(
    new RegExp(
      String.raw`(?<=(?:tweeling|drieling|tweelingbroer|tweelingzus)[ \t]{1,3}van[ \t]{1,3})${N}(?:[ \t]{1,3}(?:${YEARS}|maanden|weken))?${RIGHT}`,
      "giu",
    ),
    ["ling"],
  ),
  // becoming a number in a month: "Zij wordt in juli vijftien", "hij werd op 3 mei 12 jaar"
  needs(
    new RegExp(
      String.raw`(?<=(?:\bwordt|\bwerd)[ \t]{1,3}(?:in|op|eind|begin|half|medio)[ \t]{1,3}(?:\d{1,2}[ \t]{1,3})?${MONTH}(?:[ \t]{1,3}(?:19|20)\d{2})?[ \t]{1,3})(?:${NUMBER_WORDS.replace("een|één|", "")}|\d{1,2}(?:[ \t]{1,3}${YEARS})?)${RIGHT}${NOT_COUNTING}`,
      "giu",
    ),
    ["wordt", "werd"],
  ),
  // an age at an event of a life, as a school history or chronology writes it: "14 jaar bij instroom", "7 jaar bij de
  // uithuisplaatsing", "3 maanden ten tijde van de scheiding"
  needs(
    new RegExp(
      String.raw`(?<![\p{L}\p{N}.,])\d{1,2}[ \t]{1,3}(?:jaar|jr\.?|maanden)(?=[ \t]{1,3}(?:bij|ten[ \t]+tijde[ \t]+van)[ \t]{1,3}(?:(?:de|het|zijn|haar)[ \t]{1,3})?(?:instroom|aanmelding|opname|start|intake|plaatsing|uithuisplaatsing|geboorte|overlijden|scheiding|verhuizing|vlucht|aankomst|melding|diagnose|adoptie)${RIGHT})`,
      "gu",
    ),
    [" bij ", " ten tijde "],
  ),
];

// a number set off by commas right after a name: "Ravi, negen, die …", "Patiënt: Mila van Schaik, 10, CP", or closing
// the clause or line: "kind van beiden: Zahra, 3.", "21 – Oma Truus, 72" (group 1 is the word before: "Bijlage, 3,"
// counts)
const APPOSITION = needs(
  new RegExp(
    String.raw`(?<=(\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.),[ \t]{1,2}(?:(?:inmiddels|nu|pas|bijna|ruim|al|ongeveer|ca\.)[ \t]{1,2})?)(?:${NUMBER_WORDS.replace("een|één|", "")}|[1-9]\d?)(?=[ \t]*(?:[,)]|[.;!](?:[ \t]|$)|$))`,
    "gmu",
  ),
  [","],
);

/**
 * Ages in a text; `unknownWord` says which word in small letters no word list has ("shayla"): as the subject of "is 15"
 * in a chat it is a name.
 */
export function ageSpans(text: string, priority: number, unknownWord: (w: string) => boolean = () => false): Span[] {
  const out: Span[] = [];
  for (const m of matchAll(APPOSITION, text))
    if (!COUNTED_NOUN.test(m[1] ?? ""))
      out.push({ start: m.index, end: m.index + m[0].length, replacement: "[leeftijd]", kinds: ["ages"], priority });
  for (const re of [...AGE_RES, ...AGE_RULES])
    for (const m of matchAll(re, text))
      out.push({ start: m.index, end: m.index + m[0].length, replacement: "[leeftijd]", kinds: ["ages"], priority });
  out.push(
    ...clauseAgeSpans(text, priority, unknownWord),
    ...asideAgeSpans(text, priority),
    ...shorthandAgeSpans(text, priority),
  );
  out.push(...formAgeSpans(text, priority));
  return out;
}
