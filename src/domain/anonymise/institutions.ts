// Care, youth-care, GGZ, hospital, school and municipal institutions named without a type word:
// "Eerdere hulp: Tactus en Intermetzo", "contact gezocht met Lentis". Two ways, both linear:
// - the lookup list (institution-names.json, in the Lexicon): a name from it written with a capital;
//   a list name that is also a Dutch word or name ("Karakter", "Stevig") only in mid-sentence, an
//   abbreviation ("MEE", "HAN") only in capitals;
// - context: a capitalised word that is no Dutch word, name or place after words that link to an
//   organisation ("aangemeld bij", "contact met", "zit op het", "hulp:"), or beside an institution
//   found otherwise ("Tactus en Zonnedael").
import { sentenceStart } from "./sentence-start";
import type { Lexicon } from "./lexicon";
import { matchAll, needs, type CountKind, type Span } from "./spans";

const KIND: CountKind[] = ["organisations"];
// toLowerCase equals toLocaleLowerCase("nl") (Dutch has no special casing) and costs a fifth: hot per word
const lower = (w: string): string => w.toLowerCase();

interface Entry {
  /** The name's words, lower case. */
  words: string[];
  /** An abbreviation ("MEE", "UMCG"): its first word must be written exactly so. */
  exactFirst: string | null;
  /** Also an ordinary Dutch word or name: only a name in mid-sentence. */
  ambiguous: boolean;
  /** No word of it is a Dutch word or a name (an article aside): a chat may write it small ("domijn"). */
  small: boolean;
}

const indexes = new WeakMap<ReadonlySet<string>, Map<string, Entry[]>>();

/** The list by lower-case first word, longest names first. */
function indexOf(lexicon: Lexicon): Map<string, Entry[]> {
  const cached = indexes.get(lexicon.institutions);
  if (cached) return cached;
  const index = new Map<string, Entry[]>();
  for (const name of lexicon.institutions) {
    // "&" is no token of the text: "Jeugdfonds Sport & Cultuur" is matched by its words and a gap with the sign
    const written = name.split(/\s+/u).filter((w) => w !== "" && w !== "&");
    const first = written[0] ?? "";
    if (first === "") continue;
    const words = written.map(lower);
    const k = words[0] ?? "";
    // a first name stays with the person finder ("Timon", "Livio"): its registry decides
    if (words.length === 1 && lexicon.firstNames.has(k)) continue;
    const exactFirst = /\p{Ll}/u.test(first) ? null : first;
    const ambiguous =
      words.length === 1 && (lexicon.common.has(k) || lexicon.surnames.has(k) || lexicon.nameWords.has(k));
    const plain = (w: string): boolean =>
      lexicon.common.has(w) ||
      lexicon.nameWords.has(w) ||
      lexicon.firstNames.has(w) ||
      lexicon.surnames.has(w) ||
      lexicon.places.has(w) ||
      (lexicon.dictionary?.has(w) ?? false);
    const core = words.filter((w, i) => !(i === 0 && (w === "de" || w === "het" || w === "'t")));
    const small = exactFirst === null && core.length > 0 && core.every((w) => Array.from(w).length >= 4 && !plain(w));
    const list = index.get(k) ?? [];
    list.push({ words, exactFirst, ambiguous, small });
    index.set(k, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  indexes.set(lexicon.institutions, index);
  return index;
}

/** One word that the list names as an institution wherever it stands ("Accare", not "Karakter"): "mevr. Tesfay van
 * Accare" is a person of an institution, no person named "Tesfay van Accare". */
export function listedInstitutionWord(lexicon: Lexicon, word: string): boolean {
  if (lexicon.institutions.size === 0) return false;
  return (indexOf(lexicon).get(lower(word)) ?? []).some(
    (e) => e.words.length === 1 && !e.ambiguous && (e.exactFirst === null || e.exactFirst === word),
  );
}

const TOKEN = /[\p{L}\p{N}'’][\p{L}\p{M}\p{N}'’&+.-]*/gu;
const trimEnd = (w: string): string => w.replace(/[.'’-]+$/u, "");
const TRIMMED_END = /[.'’-]$/u;

/** Institutions from the list, wherever they stand. */
export function listedInstitutions(text: string, lexicon: Lexicon, priority: number, notNames: ReadonlySet<string>) {
  const out: Span[] = [];
  if (lexicon.institutions.size === 0) return out;
  const index = indexOf(lexicon);
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of matchAll(TOKEN, text)) {
    // "Lentis." ends a sentence; "Maastricht UMC+" and "Zone.college" keep their signs
    // (a token that does not end in a sign is the same either way: not looked up, per token of every paragraph)
    const inList = TRIMMED_END.test(m[0]) && index.has(lower(m[0]));
    const word = inList ? m[0] : trimEnd(m[0]);
    tokens.push({ word, start: m.index, end: m.index + word.length });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const capital = /^[\p{Lu}'’\p{N}]/u.test(t.word);
    const entries = index.get(lower(t.word));
    if (!entries) continue;
    for (const e of entries) {
      if (!capital && !e.small) continue;
      if (e.exactFirst !== null && e.exactFirst !== t.word) continue;
      const last = tokens[i + e.words.length - 1];
      if (!last) continue;
      let same = true;
      for (let j = 1; j < e.words.length && same; j++) {
        const next = tokens[i + j];
        const gap = next ? text.slice(tokens[i + j - 1]?.end ?? 0, next.start) : "";
        same = next !== undefined && lower(next.word) === e.words[j] && /^[ \t]{1,3}(?:&[ \t]{1,3})?$/u.test(gap);
      }
      if (!same) continue;
      // at a sentence start a listed word is that word, unless a town follows it: "Aan: Karakter Hengelo"
      const next = tokens[i + e.words.length];
      const town =
        next !== undefined &&
        /^[ \t]{1,2}$/u.test(text.slice(last.end, next.start)) &&
        /^\p{Lu}/u.test(next.word) &&
        lexicon.places.has(lower(next.word));
      if (e.ambiguous && sentenceStart(text, t.start) && !town) continue;
      if (notNames.has(e.words.join(" "))) continue;
      out.push({ start: t.start, end: last.end, replacement: "[instelling]", kinds: KIND, priority });
      break;
    }
  }
  return out;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
/** Nouns that an organisation's name follows: "zorgverzekering Menzis", "huur Woonplus", "Pinkstergemeente Sion". */
const ORGANISATION_NOUN = String.raw`zorgverzekering|zorgverzekeraar|verzekeraar|werkgever|woningcorporatie|verhuurder|huur|energieleverancier|leverancier|\p{L}{3,}gemeente|\p{L}*kerk|moskee|vereniging`;
/** Words that link to an organisation, then a capitalised word: "aangemeld bij Zonnedael", "zit op het Vonk". */
const LINKED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:aangemeld|verwezen|opgenomen|behandeld|begeleid|geplaatst|werkzaam|in[ \t]behandeling|in[ \t]zorg|cliënt|client|contact|overleg|gesprek|samenwerking|wachtlijst|intake)(?:[ \t]{1,3}(?:gezocht|opgenomen|gehad|geweest))?[ \t]{1,3}(?:bij|met|in|op|naar|van|via)(?:[ \t]{1,3}(?:de|het))?[ \t]{1,3}(${NAME})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:zit|zat|gaat|ging|staat|stond)[ \t]{1,3}(?:nu[ \t]{1,3}|sinds[ \t]{1,3}\S{1,12}[ \t]{1,3})?op[ \t]{1,3}(?:de|het)[ \t]{1,3}(${NAME})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:${ORGANISATION_NOUN})[ \t]{1,3}(?:bij[ \t]{1,3})?(${NAME})(?![\p{L}\p{N}])`,
  "gu",
);
/** "De Kleine Wereld", "Het Kristal": an article and up to three capitalised words, one name. */
const ARTICLE_NAMES = String.raw`(?:De|Het)[ \t]{1,3}${NAME}(?:[ \t]{1,3}${NAME}){0,2}`;
const ARTICLE_CAPS = /^(?:De|Het)(?:[ \t]{1,3}\p{Lu}[\p{L}\p{M}'’-]+)+/u;
/** A list of care after a colon: "Eerdere hulp: Zonnedael en Vonk", "Behandelaar: Lindeboom"; an article name after
 * a colon or opening a bracket: "school: Het Kristal", "school (De Linde, Ede)". */
const AFTER_COLON = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:hulp|hulpverlening|zorg|behandeling|behandelaar|begeleiding|instelling|instellingen|zorgaanbieder|aanbieder|aanbieders|school|opvang|dagbesteding|kinderopvang|verwijzer|verwezen)(?:[ \t]{0,2}:[ \t]{1,3}(${ARTICLE_NAMES}|(?!(?:De|Het)[ \t])${NAME})|[ \t]{1,3}\((${ARTICLE_NAMES}))(?![\p{L}\p{N}])`,
  "giu",
);
// the literals each regex needs (spans.ts NEEDS); test/anonymise/needed-literals.test.ts checks them
needs(LINKED, [
  ...[
    "aangemeld",
    "verwezen",
    "opgenomen",
    "behandel",
    "begeleid",
    "geplaatst",
    "werkzaam",
    "zorg",
    "cliënt",
    "client",
  ],
  ...[
    "contact",
    "overleg",
    "gesprek",
    "samenwerking",
    "wachtlijst",
    "intake",
    "zit",
    "zat",
    "gaat",
    "ging",
    "staat",
    "stond",
  ],
  // ORGANISATION_NOUN ("zorgverzekering Menzis", "huur Woonplus", "Pinkstergemeente Sion")
  ...["verzekeraar", "verzekering", "werkgever", "woningcorporatie", "verhuurder", "huur", "leverancier"],
  ...["gemeente", "kerk", "moskee", "vereniging"],
]);
needs(
  AFTER_COLON,
  [
    "hulp",
    "zorg",
    "behandel",
    "begeleiding",
    "instelling",
    "aanbieder",
    "school",
    "opvang",
    "dagbesteding",
    "verwijzer",
    "verwezen",
  ],
  [":", "("],
);
const AND_AFTER = new RegExp(
  String.raw`^[ \t]*(?:,|en|of|&|\/)[ \t]{1,3}(?:(?:De|Het)[ \t]{1,3})?(${NAME})(?![\p{L}\p{N}])`,
  "u",
);
const AND_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME})[ \t]*(?:,|en|of|&|\/)[ \t]{1,3}$`, "u");

/** Institutions by context; `found` are the institutions found otherwise, for "X en Y". */
export function contextInstitutions(
  text: string,
  found: readonly Span[],
  plainWord: (w: string) => boolean,
  priority: number,
): Span[] {
  const out: Span[] = [];
  const add = (word: string, start: number): void => {
    if (plainWord(word)) return;
    out.push({ start, end: start + word.length, replacement: "[instelling]", kinds: KIND, priority });
  };
  for (const re of [LINKED, AFTER_COLON]) {
    // matchAll of spans.ts: String.prototype.matchAll copied the regex for every paragraph
    for (const m of matchAll(re, text)) {
      const found = m[1] ?? m[2] ?? m[3] ?? "";
      // the rule is case-blind for its label, not for the name: "Verwijzer: jeugdarts L. Scholten" names a person; an
      // article name keeps only its capitalised words ("Het gaat beter" is no name)
      if (!/^\p{Lu}/u.test(found)) continue;
      const word = /^(?:De|Het)[ \t]/iu.test(found) ? (ARTICLE_CAPS.exec(found)?.[0] ?? "") : found;
      if (word !== "") add(word, m.index + m[0].length - found.length);
    }
  }
  // one step either side of an institution: "Tactus en Zonnedael", "Zonnedael, Karakter"
  for (const s of [...found, ...out]) {
    const after = AND_AFTER.exec(text.slice(s.end, s.end + 60));
    if (after?.[1]) add(after[1], s.end + after[0].length - after[1].length);
    const before = AND_BEFORE.exec(text.slice(Math.max(0, s.start - 60), s.start));
    if (before?.[1]) add(before[1], s.start - before[0].length);
  }
  // a name found by its context is that institution everywhere in the text: "Met Zonnedael gaat het goed" too
  const names = new Set(out.map((s) => text.slice(s.start, s.end)));
  // so is a one-word name a sure rule found by its shape or role ("Verhuurder is Domijn" … "vraagt Domijn om"), at
  // that rule's priority: a guess (a person found otherwise wins) is not spread, nor is a word inside a longer name
  const sure = new Map<string, number>();
  for (const s of found) {
    const w = text.slice(s.start, s.end);
    if (s.priority > priority + 1 || !/^\p{Lu}[\p{L}\p{M}\p{N}'’-]+$/u.test(w) || plainWord(w)) continue;
    sure.set(w, Math.min(sure.get(w) ?? s.priority, s.priority));
  }
  if (names.size > 0 || sure.size > 0) {
    const inside = new Uint8Array(text.length);
    for (const s of found) inside.fill(1, s.start, s.end);
    for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?![\p{L}\p{N}])/gu)) {
      if (names.has(m[0])) add(m[0], m.index);
      const p = sure.get(m[0]);
      if (p !== undefined && inside[m.index] === 0)
        out.push({ start: m.index, end: m.index + m[0].length, replacement: "[instelling]", kinds: KIND, priority: p });
    }
  }
  return out;
}
