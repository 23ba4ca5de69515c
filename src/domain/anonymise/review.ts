// The words an anonymised copy kept that could still be a name or a place, each with the sentence
// it stands in, for the user to check before export: every capitalised word that is not a plain
// Dutch word at that position. In the middle of a sentence that is any capitalised word; at a
// sentence start (which counts too: "Ter Horst belde") a word unknown to the word list, or a known
// name, unless the document also writes it in lower case. Left out: placeholders, the codes the
// copy put in ("Persoon A", "Gemarkeerd B"), the add-in's own words ("Stap", "Gecorrigeerd",
// "Aanvulling", the template's texts), months and days. Also listed: initials written as one
// word ("JvdM", "RW") that are no common abbreviation. Linear in the text.
import type { Lexicon } from "./lexicon";
import { sentenceStart } from "./sentence-start";
import { PARTICLES } from "./people";
import { lineEndClass } from "../text/line-breaks";

export interface ReviewItem {
  /** The word as written. */
  word: string;
  /** The first sentence it stands in, as the copy now reads (at most 200 characters). */
  sentence: string;
  /** Where in the file, when not in a box or the log: "koptekst", "opmerking", "verborgen tekst"… (Dutch). */
  where?: string;
}

/** Words the add-in itself writes: codes, placeholders, its log and stamp words, months and days. */
const OWN_WORDS = new Set(
  "er jeugdige ouder gezinslid professional persoon gemarkeerd zorgaanbieder gemeente gecertificeerde instelling onderwijs gezin raad voor de kinderbescherming algemeen mdo zorgmail zivver aanvulling gecorrigeerd correctie stap rij toegevoegd verwijderd gewijzigd buiten het venster ingevuld handmatig gestempeld vastgelegd door datum afgesproken apart bewaarde gegevens sessie januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(
    " ",
  ),
);

/** All-capital words that are abbreviations, not someone's initials. */
const ABBREVIATIONS = new Set(
  "MDO GGZ GGD CJG WMO JGZ PGB BSO KDV SBO VSO VMBO HAVO VWO MBO HBO ROC ADHD ADD ASS PTSS LVB OCD IQ BSN IBAN MST ZGT UMC UMCG AMC NL EU VT GI RVDK RVK AMK IB OK NB JA NEE OF EN TV PC WA ID AOW UWV SVB CAK DUO IND COA AZC POH OTS UHP".split(
    " ",
  ),
);

/** A code the copy put in: "Persoon A", "Ouder 2", "Zorgaanbieder AB", "Jeugdige". */
const CODE =
  /(?<![\p{L}\p{N}])(?:Jeugdige|Ouder|Gezinslid|Professional|Persoon|Gemarkeerd|Zorgaanbieder)(?: [A-Z]{1,3}| \d{1,3})?(?![\p{L}\p{N}])/gu;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** The sentence around position `at` (bounded, so a text without full stops stays linear). */
function sentenceAround(text: string, at: number, end: number): string {
  let from = at;
  const stop = new RegExp(lineEndClass(".!?"), "u");
  while (from > 0 && at - from < 120 && !stop.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 120 && !stop.test(text.charAt(to))) to++;
  if (to < text.length && /[.!?]/u.test(text.charAt(to))) to++;
  return `${from > 0 && !stop.test(text.charAt(from - 1)) ? "…" : ""}${text.slice(from, to).trim()}${to < text.length && !stop.test(text.charAt(to - 1)) ? "…" : ""}`;
}

/** Mixed-case initials ("JvdM", "AvD") or two to four capitals that are no known abbreviation. */
const isInitialsWord = (w: string): boolean =>
  /^\p{Lu}(?:[a-z]{1,3}\p{Lu}|\p{Lu}{1,3})$/u.test(w) && !ABBREVIATIONS.has(w.toLocaleUpperCase("nl"));

export function reviewWords(
  texts: readonly string[],
  lexicon: Lexicon,
  known: ReadonlySet<string>,
  where?: string,
): ReviewItem[] {
  const out = new Map<string, string>();
  // a word the document also writes in lower case ("er", "behandelaar") is a word at a sentence start
  const lowerWords = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}'’-]+/gu)) lowerWords.add(m[0]);
  for (const text of texts) {
    // placeholders like [naam] and the copy's codes ("Persoon A", "Ouder 2") are the add-in's own words
    const t = text
      .replace(/\[[^\]\n]{1,30}\]/gu, (s) => " ".repeat(s.length))
      .replace(CODE, (s) => " ".repeat(s.length));
    for (const m of t.matchAll(WORD)) {
      const word = m[0].replace(/['’]s$/u, "").replace(/[-'’]+$/u, "");
      if (!/^\p{Lu}/u.test(word) || out.has(word)) continue;
      const lower = word.toLocaleLowerCase("nl");
      if (OWN_WORDS.has(lower) || known.has(lower)) continue;
      if (/^\p{Lu}+$/u.test(word) || /^\p{Lu}[a-z]{1,3}\p{Lu}$/u.test(word)) {
        if (isInitialsWord(word)) out.set(word, sentenceAround(text, m.index, m.index + m[0].length));
        continue;
      }
      if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) continue;
      if (sentenceStart(t, m.index)) {
        // a particle starting a sentence ("Op zijn 14e…", "Van de week…") is a word; the surname after it is listed
        if (PARTICLES.has(lower) && lexicon.common.has(lower)) continue;
        const name = lexicon.firstNames.has(lower) || lexicon.surnames.has(lower);
        if ((lexicon.common.has(lower) && !name) || lowerWords.has(lower)) continue;
      }
      out.set(word, sentenceAround(text, m.index, m.index + m[0].length));
    }
  }
  return [...out]
    .map(([word, sentence]) => (where === undefined ? { word, sentence } : { word, sentence, where }))
    .sort((a, b) => a.word.localeCompare(b.word, "nl"));
}
