// Ages in the notations of police, medical and intake notes, tables, estimates and speech (issue 23, stop 38's age
// battery): "M/17/Tilburg", "V, 16 —", "Tim     12    zoon", "Ilse | 44 | moeder", "die van vijf gaat naar groep 2",
// "Met veertien had ze …", "zegt 15 te zijn", "de IND schat hem op 20", "een zestiger", "Mijn dochter zeven jaar,",
// "De grootouders van vaderskant zijn 72 en 70", "De twee broers, 17 en 19, zijn …". Each needs a person, a relative or
// a verb of age beside the number. Bounded regexes: linear scans.
import { TENS, WORDS } from "./ages-clause";
import { RIGHT, matchAll, needs, type Span } from "./spans";

const NUM = String.raw`(?:\d{1,2}|${WORDS})`;
const RELATIVE = String.raw`(?:zoon|dochter|moeder|vader|broer|zus|broertje|zusje|halfbroer|halfzus|stiefvader|stiefmoeder|pleegzoon|pleegdochter|kind|pleegkind|oma|opa|neef|nicht|oom|tante|partner|vriend|vriendin)`;

// "M/17/Tilburg", "Jongen/14/Utrecht", "V, 16 — aanmelding": a sex and an age, as a report or a forum writes them
const SEX_AGE = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}\p{N}])(?:[MVFJmvfj]|♀|♂|[Jj]ongen|[Mm]eisje|[Mm]an|[Vv]rouw)[ \t]?\/[ \t]?)\d{1,2}(?=[ \t]?(?:\/|[,)]|$))|(?<=(?:^|[\n\r\v])[ \t]*(?:[MVF]|♀|♂),[ \t]?)\d{1,2}(?=[ \t]*(?:[—–-]|$))`,
    "gmu",
  ),
  ["/", ","],
);
// "Tim     12    zoon", "Ilse | 44 | moeder": a table's row of name, age and relation
const TABLE_ROW = needs(
  new RegExp(
    String.raw`(?<=\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*))\d{1,2}(?=(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)${RELATIVE}${RIGHT})`,
    "gu",
  ),
  ["  ", "\t", "|"],
);
// "Die van vijf gaat naar groep 2, die van drie naar de peuterspeelzaal": "the one of five" is a child of five
const THE_ONE_OF = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:[Dd]ie|[Dd]e[ \t]+(?:jongste|oudste|kleinste|middelste))[ \t]+van[ \t]+)${NUM}(?:[ \t]+(?:jaar|maanden))?(?=[ \t]+(?:gaat|ging|zit|zat|is|was|heeft|had|naar|wil|wilde|kan|kon|moet|slaapt|sliep|huilt|huilde|speelt|speelde|krijgt|kreeg|blijft)${RIGHT})`,
    "gu",
  ),
  ["van"],
);
// "Met veertien had ze al een vriend", "Met 12 begon hij te blowen": an age at an event in a life
const AT_AGE = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])[Mm]et[ \t]+)${NUM}(?:[ \t]+jaar)?(?=[ \t]+(?:had|was|ging|kreeg|begon|werd|kwam|moest|zat|stopte|verhuisde|rookte|dronk|blowde|vluchtte|trouwde|beviel)[ \t]+(?:ze|hij|zij|ik|je)${RIGHT})`,
    "gu",
  ),
  ["met"],
);
// "Hij zegt 15 te zijn", "beweert 17 jaar te zijn"
const SAYS_TO_BE = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:zegt|zei|beweert|beweerde|verklaart|verklaarde|lijkt|leek|bleek|schijnt|stelt|stelde)[ \t]+)${NUM}(?:[ \t]+jaar)?(?=[ \t]+te[ \t]+zijn${RIGHT})`,
    "gu",
  ),
  ["te zijn"],
);
// "de IND schat hem op 20", "ik schat 45-50", "geschat op 16 jaar": an estimated age of a person
const ESTIMATED = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:schat|schatte|schatten|geschat)[ \t]+(?:(?:hem|haar|hen|ze|hun|de[ \t]+jongen|het[ \t]+meisje)[ \t]+)?(?:op[ \t]+)?(?:rond[ \t]+de[ \t]+)?)\d{1,2}(?:[ \t]?[-–][ \t]?\d{1,2})?(?:[ \t]+jaar(?:[ \t]+oud)?)?(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:en|maar|of)${RIGHT})`,
    "gmu",
  ),
  ["schat"],
);
// "een zestiger", "Zijn nieuwe vriendin is een dertiger", "(50-er, kent moeder)": a person by their decade
const DECADE_PERSON = needs(
  new RegExp(String.raw`(?<![\p{L}])(?:${TENS})ers?(?![\p{L}])|(?<![\p{L}\p{N}])[1-9]0-?ers?(?![\p{L}\p{N}])`, "giu"),
  ["tiger", "0-er", "0er"],
);
// "Mijn dochter zeven jaar, zij niet wil naar school": a relative and their years without a verb, as a parent writes
// who learns Dutch
const RELATIVE_YEARS = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:[Mm]ijn|[Oo]nze|[Zz]ijn|[Hh]aar)[ \t]+${RELATIVE}[ \t]+)${NUM}[ \t]+(?:jaar|jr\.?|maanden)(?=[ \t]*[,.;])`,
    "gu",
  ),
  ["jaar", "jr", "maanden"],
);
// "Ze zijn 5 en 7.", "De kinderen zijn 4, 6 en 9", "De grootouders van vaderskant zijn 72 en 70", "De twee broers, 17
// en 19, zijn samen aangehouden": ages of a plural subject that close the clause, words between allowed, or set off by
// commas after it; after a pronoun two numbers at least ("Ze zijn 5." counts people)
const PLURAL = String.raw`(?:kinderen|kids|jongens|meisjes|broers|zussen|broertjes|zusjes|zonen|dochters|tweeling|ouders|grootouders|opa[ \t]+en[ \t]+oma)`;
const PLURAL_AGES = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(?:[Dd]e|[Hh]un|[Zz]ijn|[Hh]aar|[Mm]ijn|[Oo]nze)[ \t]+(?:\p{Ll}{2,12}[ \t]+)?${PLURAL}(?:[ \t]+\p{Ll}{2,15}){0,3}[ \t]+(?:zijn|waren|worden)[ \t]+(?:(?:nu|inmiddels|al|resp\.|respectievelijk)[ \t]+)?(?:${NUM}(?:,|[ \t]en)[ \t]{1,2}){0,4})${NUM}(?=(?:(?:,|[ \t]en)[ \t]{1,2}${NUM}){0,4}(?:[ \t]+jaar)?(?:[ \t]+oud)?[ \t]*(?:[.;!)]|$))|(?<=(?<![\p{L}])${PLURAL},[ \t]{1,2}(?:${NUM}(?:,|[ \t]en)[ \t]{1,2}){0,4})${NUM}(?=(?:(?:,|[ \t]en)[ \t]{1,2}${NUM}){0,4}(?:[ \t]+jaar)?,)|(?<=(?<![\p{L}])(?:[Zz]e|[Zz]ij|[Bb]eiden)[ \t]+(?:zijn|waren|worden)[ \t]+(?:nu[ \t]+|inmiddels[ \t]+)?)${NUM}(?:(?:,|[ \t]en)[ \t]{1,2}${NUM}){1,5}(?=[ \t]*(?:[.;!)]|$))`,
    "gmu",
  ),
  ["zijn", "waren", "worden", ","],
);
// "kinderen 18, 15, 12, 8": two or more numbers after children, without a colon (group 1 the list)
const CHILDREN_LIST = needs(
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Kk]inderen|[Kk]ids)[ \t]+(\d{1,2}(?:(?:,[ \t]{0,2}|[ \t]en[ \t])\d{1,2}){1,5})(?=[ \t]*(?:[.;)]|$))`,
    "gmu",
  ),
  ["kinderen", "kids"],
);

// "Familie B.: vader 50, moeder 43, …", "Wij (ik 35, mijn vriend 37) willen …": a parent, partner or "ik" and a
// number alone, in a list set off by a colon, bracket or comma
const PARENT_LIST = needs(
  new RegExp(
    String.raw`(?<=(?:^|[\n\r(:;,])[ \t]{0,3}(?:[Ii]k|[Vv]ader|[Mm]oeder|[Pp]apa|[Mm]ama|[Oo]pa|[Oo]ma|(?:[Mm]ijn|[Mm]'n|[Zz]ijn|[Hh]aar)[ \t]{1,3}(?:vriend|vriendin|man|vrouw|partner))[ \t]{1,3})\d{1,2}(?=[ \t]{0,3}(?:[,;)]|$))`,
    "gmu",
  ),
  [","],
);

const RULES = [
  SEX_AGE,
  TABLE_ROW,
  THE_ONE_OF,
  AT_AGE,
  SAYS_TO_BE,
  ESTIMATED,
  DECADE_PERSON,
  RELATIVE_YEARS,
  PLURAL_AGES,
  PARENT_LIST,
];

export function formAgeSpans(text: string, priority: number): Span[] {
  const out: Span[] = [];
  for (const re of RULES)
    for (const m of matchAll(re, text))
      out.push({ start: m.index, end: m.index + m[0].length, replacement: "[leeftijd]", kinds: ["ages"], priority });
  for (const m of matchAll(CHILDREN_LIST, text)) {
    const list = m[1] ?? "";
    const at = m.index + m[0].length - list.length;
    for (const n of list.matchAll(/\d{1,2}/gu)) {
      const start = at + (n.index ?? 0);
      out.push({ start, end: start + n[0].length, replacement: "[leeftijd]", kinds: ["ages"], priority });
    }
  }
  return out;
}
