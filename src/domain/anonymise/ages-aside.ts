// Ages said in passing (issue 23, blind half 4b): in a bracket after a person with who they are ("Ilse (ons
// pleegkind, 11)", "Bo en Ties (tweeling, 7)", "(broer en zus, 13 en 16)", "(nu 5)", "een meisje (14–15?)", "baby Ada
// (5 mnd)"), after "die" for a name or a pronoun at a clause's end ("Tom, die 21 is", "omdat ze 12 is"), a sentence
// that is only an age ("Twaalf jaar."), and a baby's milestone ("liep rond 18 maanden,"). Linear: bounded regexes,
// and a bracket is read once.
import { COUNTED_NOUN } from "./patterns";
import { RIGHT, matchAll, needs, type Span } from "./spans";

const WORDS =
  "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig";
const NUM = String.raw`(?:\d{1,2}|${WORDS})`;
const UNIT = String.raw`(?:[ \t]+(?:jaar|jr\.?|maanden|maand|mnd\.?|weken|wk\.?|dagen))?`;
/** Who the person is, before a comma: "ons pleegkind", "broer en zus", "tweeling" (a counted noun is no person). */
const WHO = String.raw`((?:\p{Ll}{2,20}[ \t]){0,3}\p{Ll}{2,20})[ \t]{0,2}[,;][ \t]{0,2}`;
const DEGREE = String.raw`(?:nu|bijna|ruim|pas|net|ca\.?|ongeveer|±)[ \t]+`;
/** A bracket holding only ages: an optional who or degree, then ages joined by a dash, a comma or "en". */
const AGES_BRACKET = new RegExp(
  String.raw`^(?:${WHO}|${DEGREE})?(${NUM}${UNIT}(?:(?:[ \t]?[-–][ \t]?|,[ \t]|[ \t]en[ \t])${NUM}${UNIT}){0,3})[ \t]?\??$`,
  "u",
);
const ONE_AGE = new RegExp(String.raw`${NUM}${UNIT}`, "gu");
/** A bracket right after a capitalised name or a word for a child. */
const BRACKET = needs(/(\S{1,40})[ \t]?\(([^()\n]{1,60})\)/gu, ["("]);
const CHILD =
  /^(?:baby|kind|kindje|meisje|jongen|jongeman|zoon|dochter|broer|zus|broertje|zusje|pleegkind|tiener|puber|peuter|kleuter|leerling|jongere)$/u;

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
    // a bare number after a name is the other rules' (free-names.ts): here only what they leave
    if (who === undefined && /^\d{1,2}$/u.test(inside.trim())) continue;
    const ages = found[2] ?? "";
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
// "Eerste stapjes rond 18 maanden, …": a baby's milestone
const MILESTONE = needs(
  new RegExp(
    String.raw`(?<=(?<![\p{L}])[Rr]ond[ \t]+)\d{1,2}[ \t]+maanden(?=[ \t]*[,;.]|[ \t]+(?:liep|kroop|zat|sprak|praatte|zei|at|sliep)${RIGHT})`,
    "gu",
  ),
  ["maanden"],
);

export function asideAgeSpans(text: string, priority: number): Span[] {
  const out: Span[] = [];
  const add = (start: number, end: number): void => {
    out.push({ start, end, replacement: "[leeftijd]", kinds: ["ages"], priority });
  };
  bracketAges(text, add);
  for (const re of [CLAUSE_THEN_VERB, AGE_SENTENCE, MILESTONE])
    for (const m of matchAll(re, text)) add(m.index, m.index + m[0].length);
  return out;
}
