// The words an anonymised copy kept that could still be a name or a place, each with the sentence
// it stands in, for the user to check before export: every capitalised word that is not a plain
// Dutch word at that position. In the middle of a sentence that is any capitalised word; at a
// sentence start (which counts too: "Ter Horst belde") a word unknown to the word list, or a known
// name, unless the document also writes it in lower case. Left out: placeholders, the codes the
// copy put in ("Persoon A", "Gemarkeerd B"), the add-in's own words ("Stap", "Gecorrigeerd",
// "Aanvulling", the template's texts) and days; a month only in small letters, at a sentence start or after a day
// number (Dutch writes months small, so "bij Mei" is a name). Also listed: initials written as one word ("JvdM", "RW")
// that are no common abbreviation, a word in quotes within a sentence ("een jongen, "Bobby", die…") as if mid-sentence,
// and a listed first name written small that the word list does not have as a word ("kev" is not caught: the
// frequency list has it), a listed surname written small that is no word ("lubbers"), a name glued to digits
// ("Noor2009", judged by its letters), and an initial with a dot after a name or code ("Persoon B D."). Linear in the
// text.
import { ABBREVIATIONS } from "./abbreviations";
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

/** Months: Dutch writes them small; capitalised mid-sentence and not after a day number, one is a name ("Mei"). */
const MONTHS = new Set(
  "januari februari maart april mei juni juli augustus september oktober november december".split(" "),
);

/** Words the add-in itself writes: codes, placeholders, its log and stamp words, and days. */
const OWN_WORDS = new Set(
  "er jeugdige ouder gezinslid professional persoon gemarkeerd zorgaanbieder gemeente gecertificeerde instelling onderwijs gezin raad voor de kinderbescherming algemeen mdo zorgmail zivver aanvulling gecorrigeerd correctie stap rij toegevoegd verwijderd gewijzigd buiten het venster ingevuld handmatig gestempeld vastgelegd door datum afgesproken apart bewaarde gegevens sessie maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(
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

/** A listed first name written small that the dictionary has as no word and that is no place ("marco", "sanne"). */
const smallName = (w: string, lexicon: Lexicon): boolean =>
  /^\p{Ll}+$/u.test(w) && lexicon.firstNames.has(w) && !lexicon.nameWords.has(w) && !lexicon.places.has(w);

/** A listed surname written small that is no word of either list and no place ("lubbers", "nijhuis"): chats and
 * transcripts write whole names small. */
const smallSurname = (w: string, lexicon: Lexicon): boolean =>
  /^\p{Ll}{4,}$/u.test(w) &&
  lexicon.surnames.has(w) &&
  !lexicon.common.has(w) &&
  !lexicon.nameWords.has(w) &&
  !lexicon.places.has(w);

const isListedName = (w: string, lexicon: Lexicon): boolean => lexicon.firstNames.has(w) || lexicon.surnames.has(w);

/** Mixed-case initials ("JvdM", "AvD") or two to four capitals that are no known abbreviation. */
const isInitialsWord = (w: string): boolean =>
  /^\p{Lu}(?:[a-z]{1,3}\p{Lu}|\p{Lu}{1,3})$/u.test(w) && !ABBREVIATIONS.has(w.toLocaleUpperCase("nl"));

const QUOTES = `'‘“"`;

/** A sentence start for the review: a quotation opened inside a sentence ("een jongen, "Bobby", die") is not one. */
function startsSentence(text: string, at: number): boolean {
  if (!sentenceStart(text, at)) return false;
  let i = at - 1;
  while (i >= 0 && /[ \t]/u.test(text.charAt(i))) i--;
  return i < 0 || !QUOTES.includes(text.charAt(i)) || sentenceStart(text, i);
}

/** A day number just before (over one space): "3 Mei" is a date written with a capital. */
const afterDayNumber = (text: string, at: number): boolean => /\d[ \t]?$/u.test(text.slice(Math.max(0, at - 3), at));

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
      if (out.has(word)) continue;
      const lower = word.toLocaleLowerCase("nl");
      if (OWN_WORDS.has(lower) || known.has(lower)) continue;
      // a name glued to digits ("Noor2009", "Bram06" in a user or file name) is judged by its letters; the word as
      // written goes on the list, so ticking it replaces it
      const letters = word.replace(/^\p{N}+|\p{N}+$/gu, "");
      if (letters !== word && /^\p{L}[\p{Ll}\p{M}'’-]+$/u.test(letters)) {
        const k = letters.toLocaleLowerCase("nl");
        const capital = /^\p{Lu}/u.test(letters);
        if (
          (capital && !(lexicon.common.has(k) && !isListedName(k, lexicon)) && !OWN_WORDS.has(k) && !MONTHS.has(k)) ||
          (!capital && (smallName(k, lexicon) || smallSurname(k, lexicon)))
        )
          out.set(word, sentenceAround(text, m.index, m.index + m[0].length));
        continue;
      }
      if (!/^\p{Lu}/u.test(word)) {
        // chat writes names small: a listed first name that is no word (the recogniser's own test) and no place
        // or a capital after a small prefix: "d'Hondt", "el-Amrani", "i-Psy"
        if (smallName(word, lexicon) || smallSurname(word, lexicon) || /^\p{Ll}{1,3}['’-]\p{Lu}/u.test(word))
          out.set(word, sentenceAround(text, m.index, m.index + m[0].length));
        continue;
      }
      const allCaps = /^\p{Lu}+$/u.test(word);
      if (word.length === 1) {
        // one capital, maybe with a dot, before a capitalised word or a code: an initial the copy left ("K. Persoon A",
        // "C. Mulder"); "U" is the polite "you"
        if (word !== "U" && /^\.?[ \t]?\p{Lu}/u.test(text.slice(m.index + 1, m.index + 4)))
          out.set(word, sentenceAround(text, m.index, m.index + 1));
        // … or with a dot after a name or a code: a surname written as its initial ("juf Persoon B D.")
        else if (
          word !== "U" &&
          text.charAt(m.index + 1) === "." &&
          /(?:\p{Lu}[\p{L}\p{M}'’-]*|\d)[ \t]$/u.test(text.slice(Math.max(0, m.index - 32), m.index))
        )
          out.set(word, sentenceAround(text, m.index, m.index + 1));
        continue;
      }
      if ((allCaps && word.length <= 4) || /^\p{Lu}[a-z]{1,3}\p{Lu}$/u.test(word)) {
        // "OPA", "NIET" in capitals are words; "JAN", "BOS" may be names; two capitals are always initials
        const plainCaps = allCaps && word.length > 2 && lexicon.common.has(lower) && !isListedName(lower, lexicon);
        if (isInitialsWord(word) && !plainCaps) out.set(word, sentenceAround(text, m.index, m.index + m[0].length));
        continue;
      }
      // letters, hyphens, apostrophes: "Jan-Willem", "O'Brien", "McKenzie" and "KEVIN" are names' shapes too
      if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(word)) continue;
      // a compound ending in a small plain word is a noun ("GGZ-behandeling", "SAVE-team", "Zwart-wit"); names
      // capitalise their last part ("Jan-Willem", "El-Amrani")
      const tail = /-(\p{Ll}+)$/u.exec(word)?.[1];
      if (tail !== undefined && lexicon.common.has(tail)) continue;
      const start = startsSentence(t, m.index);
      if (MONTHS.has(lower) && (start || afterDayNumber(t, m.index))) continue;
      // a word in capitals is a heading or a shout: judged like a sentence start, by the lists
      if (start || allCaps) {
        // a particle starting a sentence ("Op zijn 14e…", "Van de week…") is a word; the surname after it is listed
        if (PARTICLES.has(lower) && lexicon.common.has(lower)) continue;
        const parts = lower.split(/[-'’]+/u).filter((p) => p !== "");
        const name = parts.some((p) => isListedName(p, lexicon));
        const plain = parts.every((p) => lexicon.common.has(p));
        // written small elsewhere it is a word ("Bos" / "bos"), unless small it would be a name ("Marco" / "marco")
        if ((plain && !name) || (lowerWords.has(lower) && !smallName(lower, lexicon))) continue;
      }
      out.set(word, sentenceAround(text, m.index, m.index + m[0].length));
    }
  }
  return [...out]
    .map(([word, sentence]) => (where === undefined ? { word, sentence } : { word, sentence, where }))
    .sort((a, b) => a.word.localeCompare(b.word, "nl"));
}
