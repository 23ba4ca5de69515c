// Ages said in passing (issue 23, blind half 4b): in a bracket after a person with who they are ("Ilse (ons
// pleegkind, 11)", "Bo en Ties (tweeling, 7)", "(broer en zus, 13 en 16)", "(nu 5)", "een meisje (14–15?)", "baby Ada
// (5 mnd)"), after "die" for a name or a pronoun at a clause's end ("Tom, die 21 is", "omdat ze 12 is"), a sentence
// that is only an age ("Twaalf jaar."), and a baby's milestone (ages-shorthand.ts). Linear: bounded regexes,
// and a bracket is read once.
import { WORDS } from "./ages-clause";
import { COUNTED_NOUN } from "./patterns";
import { LINE_END_CHARS } from "../text/line-breaks";
import { RIGHT, matchAll, needs, type Span } from "./spans";

const NUM = String.raw`(?:\d{1,2}|${WORDS})`;
const UNIT = String.raw`(?:[ \t]+(?:jaar|jr\.?|maanden|maand|mnd\.?|weken|wk\.?|dagen|dgn\.?|dag))?`;
/** Who the person is, before a comma: "ons pleegkind", "broer en zus", "tweeling" (a counted noun is no person). */
const WHO = String.raw`((?:\p{Ll}{2,20}[ \t]){0,3}\p{Ll}{2,20})[ \t]{0,2}[,;][ \t]{0,2}`;
const DEGREE = String.raw`(?:nu|bijna|ruim|pas|net|ca\.?|ong\.?|ongeveer|inmiddels|thans|resp\.|respectievelijk|±)[ \t]+`;
/** A sex before the age, as police and medical notes write it: "(m, 15)", "(♀, 8)", "(v; 47)". */
const SEX = String.raw`(?:[mvfMVF]|♀|♂)[ \t]{0,2}[,;/][ \t]{0,2}`;
/**
 * What the person does or is, after their age: "(11, oranje band)", "(19, notulist)", "(16, groep 8)", "(13, klas 2C)",
 * "(15, niet van onze school, volgens leerlingen)": words in small letters first, then anything but a bracket.
 */
const ROLE = String.raw`\p{Ll}[^()\n]{0,70}`;
/** A bracket holding only ages: an optional who or degree, then ages joined by a dash, a comma or "en". */
const AGES_BRACKET = new RegExp(
  String.raw`^(?:${WHO}|${DEGREE}|${SEX})?(${NUM}${UNIT}(?:(?:[ \t]?[-–][ \t]?|,[ \t]|[ \t]en[ \t])${NUM}${UNIT}){0,3})(?:[ \t]?[?!]{1,3}|[ \t]{0,2}[,;][ \t]{0,2}${ROLE})?$`,
  "u",
);
const ONE_AGE = new RegExp(String.raw`${NUM}${UNIT}`, "gu");
/** A bracket right after a capitalised name or a word for a child. */
const BRACKET = needs(/(\S{1,40})[ \t]?\(([^()\n]{1,80})\)/gu, ["("]);
const CHILD =
  /^(?:baby|kind|kindje|meisje|jongen|jongeman|zoon|dochter|broer|zus|broertje|zusje|pleegkind|tiener|puber|peuter|kleuter|leerling|jongere|kinderen|kids|broers|zussen|zonen|dochters|tweeling|ouders|grootouders|opa|oma|moeder|vader|jeugdige|pt\.?|patiënt|patient|pasgeborene|zuigeling|cliënt|client|aangever|aangeefster|verdachte|slachtoffer|getuige|melder)$/iu;

function bracketAges(text: string, add: (start: number, end: number) => void): void {
  for (const m of matchAll(BRACKET, text)) {
    const before = (m[1] ?? "").replace(/[,:;]$/u, "");
    const person =
      (/^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*$/u.test(before) && !COUNTED_NOUN.test(before)) ||
      CHILD.test(before);
    if (!person) continue;
    const inside = m[2] ?? "";
    const found = AGES_BRACKET.exec(inside);
    if (!found) continue;
    const who = found[1];
    if (who !== undefined && who.split(/[ \t]/u).some((w) => COUNTED_NOUN.test(w))) continue;
    const ages = found[2] ?? "";
    // "(5-2)" counts down: a score or a day and month, not a span of ages ("(14–15?)")
    const span = /^(\d{1,2})[ \t]?[-–][ \t]?(\d{1,2})$/u.exec(ages);
    if (span && Number(span[1]) >= Number(span[2])) continue;
    const offset = m.index + m[0].length - 1 - inside.length + inside.indexOf(ages);
    for (const a of matchAll(ONE_AGE, ages)) add(offset + a.index, offset + a.index + a[0].length);
  }
}

const VERB_END = String.raw`[ \t]+(?:is|was|wordt|werd|ben|bent|waart)(?=[ \t]{0,3}(?:[.,;:!?)"”\n\r]|$)|[ \t]+(?:en|maar|dus|want|geworden)${RIGHT})`;
// "Thomas, die 21 is.", "omdat ze 12 is", "dat hij pas vijf was en": the verb after the age closes the clause
const CLAUSE_THEN_VERB = needs(
  new RegExp(
    String.raw`(?<=(?:\p{Lu}\p{Ll}{1,30},?[ \t]{1,2}die|(?<![\p{L}])(?:hij|zij|ze|ik|gij))[ \t]+(?:(?:pas|nog[ \t]maar|al|bijna|net|toen|nu)[ \t]+)?)${NUM}(?:[ \t]+(?:jaar|jr\.?|maanden)(?:[ \t]+oud)?)?(?=${VERB_END})`,
    "gu",
  ),
  ["is", "was", "wordt", "werd", "ben", "waart"],
);
// "Twaalf jaar." / "12 jaar!": a sentence that is only an age (on a birthday line)
const AGE_SENTENCE = needs(
  new RegExp(
    String.raw`(?<=(?:^|[.!?][ \t]{1,3}))(?:${NUM})[ \t]+jaar(?:[ \t]+oud)?(?=[ \t]*[.!]+(?:[ \t]|$))`,
    "gimu",
  ),
  ["jaar"],
);
// ", een jaar of 14,": an estimate set off by commas
const ESTIMATE = needs(
  new RegExp(String.raw`(?<=,[ \t]{1,3})een[ \t]+jaar[ \t]+of[ \t]+${NUM}(?=[ \t]*(?:[,.;)]|$))`, "gmu"),
  ["een jaar of"],
);
// "Saar van drie", "Jelle van 17, Fien van 14", "Elif, van 5,": a name and "van" with a number that ends the clause
const NAME_OF = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])(\p{Lu}\p{Ll}{1,30}),?[ \t]+van[ \t]+)(?:${WORDS}|\d{1,2})(?=[ \t]*(?:[.,;:!?)\n\r]|$|\p{Extended_Pictographic})|[ \t]+(?:jaar|jr)${RIGHT}|[ \t]+en[ \t])`,
    "gu",
  ),
  ["van"],
);
// "tussen haar 13e en 16e": the second ordinal of a span of life
const ORDINAL_SPAN = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])tussen[ \t]+(?:zijn|haar|hun|mijn|z'n|d'r|m'n)[ \t]+\d{1,2}(?:e|ste|de)[ \t]+en[ \t]+(?:(?:zijn|haar|hun|mijn|z'n|d'r|m'n)[ \t]+)?)\d{1,2}(?:e|ste|de)${RIGHT}`,
    "gu",
  ),
  ["tussen"],
);
// ages in the languages families write beside Dutch: "16 yaşında", "12 years old", "aged 9", "8 Jahre alt", "10 años"
const ABROAD = needs(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:\d{1,2}[ \t]+(?:yaşında|yasinda|yaşındaki|years[ \t]+old|yrs[ \t]+old|year[ \t]+old|Jahre[ \t]+alt|años|ans)|(?<=(?<![\p{L}])aged[ \t]+)\d{1,2})(?![\p{L}\p{N}])`,
    "gu",
  ),
  ["yaş", "yas", "old", "jahre", "años", "ans", "aged"],
);

/** A cell of a table's age column ("Nr | Naam | Geboortedatum | Leeftijd | …"), in rows written as text lines. */
const AGE_HEADER = /^(?:leeftijd(?:[ \t]*\((?:jaar|jr)\))?|lft\.?|age)$/iu;
const LINES = new RegExp(`[^${LINE_END_CHARS}]+`, "gu");
const AGE_CELL = /^\d{1,2}(?:[ \t]*(?:jaar|jr\.?|mnd\.?|maanden|wk\.?|weken|dagen))?$/u;
function tableColumnAges(text: string, add: (start: number, end: number) => void): void {
  let column = -1;
  let width = 0;
  for (const l of text.matchAll(LINES)) {
    const line = l[0];
    const separator = line.includes("|") ? "|" : line.includes("\t") ? "\t" : null;
    const cells = separator ? line.split(separator) : [];
    const header = cells.findIndex((c) => AGE_HEADER.test(c.trim()));
    if (header >= 0) [column, width] = [header, cells.length];
    else if (column >= 0 && cells.length === width) {
      const cell = cells[column] ?? "";
      const value = cell.trim();
      if (!AGE_CELL.test(value)) continue;
      const before = cells.slice(0, column).join(separator ?? "").length + (column > 0 ? 1 : 0);
      const start = (l.index ?? 0) + before + cell.indexOf(value);
      add(start, start + value.length);
    } else column = -1;
  }
}

export function asideAgeSpans(text: string, priority: number): Span[] {
  const out: Span[] = [];
  const add = (start: number, end: number): void => {
    out.push({ start, end, replacement: "[leeftijd]", kinds: ["ages"], priority });
  };
  bracketAges(text, add);
  if (/leeftijd|lft|age/iu.test(text)) tableColumnAges(text, add);
  for (const re of [CLAUSE_THEN_VERB, AGE_SENTENCE, ESTIMATE, ORDINAL_SPAN, ABROAD])
    for (const m of matchAll(re, text)) add(m.index, m.index + m[0].length);
  for (const m of matchAll(NAME_OF, text)) if (!COUNTED_NOUN.test(m[1] ?? "")) add(m.index, m.index + m[0].length);
  return out;
}
