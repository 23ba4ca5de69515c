// Places of several words and places named beside a place (issue 23, places that generalise):
// - a run of up to four words that the place list holds as one name: "Bad Bentheim", "Den Ham",
//   "Ambt Delden", "Alphen aan den Rijn", "Sint Isidorushoeve" (the one-word places are matched in free-text.ts);
// - a capitalised word that is no Dutch word or first name right after or before a place, joined by "en", "of",
//   "," or "/": "in Gdansk en Krakau", "Lattrop, Tilligte en Ootmarsum". A list of places names places.
// Token by token with a window of four: linear in the text.
import type { Lexicon } from "./lexicon";
import { matchAll, type Span } from "./spans";

const PLACE = "[plaats]";
const TOKEN = /[\p{L}\p{M}'’]+/gu;
/** Small words inside a place's name: "Bergen op Zoom", "Capelle aan den IJssel", "Wijk bij Duurstede". */
const INNER = new Set([
  "aan",
  "op",
  "den",
  "de",
  "bij",
  "in",
  "ter",
  "ten",
  "am",
  "an",
  "der",
  "sur",
  "la",
  "le",
  "van",
]);
const lower = (w: string): string => w.toLowerCase().replace(/’/gu, "'");

/** Places of two to four words from the list. */
export function multiWordPlaces(text: string, lexicon: Lexicon, notPlaces: ReadonlySet<string>, priority: number) {
  const out: Span[] = [];
  if (lexicon.places.size === 0) return out;
  const tokens = matchAll(TOKEN, text);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !/^\p{Lu}/u.test(first[0])) continue;
    let key = lower(first[0]);
    let best = -1;
    for (let j = i + 1; j < tokens.length && j < i + 4; j++) {
      const prev = tokens[j - 1];
      const next = tokens[j];
      if (!prev || !next) break;
      const gap = text.slice(prev.index + prev[0].length, next.index);
      if (gap !== " " && gap !== "-") break;
      const capital = /^\p{Lu}/u.test(next[0]);
      if (!capital && !INNER.has(next[0])) break;
      key += gap + lower(next[0]);
      // a name ends on a capitalised word: "Bergen op Zoom", never "Bergen op"
      if (capital && lexicon.places.has(key) && !notPlaces.has(key)) best = j;
    }
    const last = tokens[best];
    if (best < 0 || !last) continue;
    out.push({ start: first.index, end: last.index + last[0].length, replacement: PLACE, kinds: ["places"], priority });
    i = best;
  }
  return out;
}

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
const AND_AFTER = new RegExp(String.raw`^[ \t]*(?:,|en|of|&|\/)[ \t]{0,3}(${NAME})(?![\p{L}\p{N}])`, "u");
const AND_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${NAME})[ \t]*(?:,|en|of|&|\/)[ \t]{0,3}$`, "u");

/**
 * Capitalised words named beside a place ("in Gdansk en Krakau"); `plainWord` says which words are no place
 * (Dutch words, first names, the form's own words). Follows a list both ways, one name at a time. A word that
 * another rule already took (`taken`: "Wijkcentrum De Pothoek, Borne") is left to that rule.
 */
export function placesBesidePlaces(
  text: string,
  places: readonly Span[],
  taken: readonly Span[],
  plainWord: (w: string) => boolean,
  priority: number,
): Span[] {
  const out: Span[] = [];
  // which characters another rule took, marked once when first asked: linear, not spans × candidates
  let mark: Uint8Array | null = null;
  const isTaken = (start: number, end: number): boolean => {
    if (!mark) {
      mark = new Uint8Array(text.length);
      for (const t of taken) mark.fill(1, t.start, t.end);
    }
    return mark.subarray(start, end).includes(1);
  };
  const seen = new Set(places.map((s) => s.start));
  const queue = [...places];
  // each found place is looked at once: a list of n places costs n steps
  for (let k = 0; k < queue.length && k < 200; k++) {
    const s = queue[k];
    if (!s) break;
    const after = AND_AFTER.exec(text.slice(s.end, s.end + 60));
    const before = AND_BEFORE.exec(text.slice(Math.max(0, s.start - 60), s.start));
    const found: [string, number][] = [];
    if (after?.[1]) found.push([after[1], s.end + after[0].length - after[1].length]);
    if (before?.[1]) found.push([before[1], s.start - before[0].length]);
    for (const [word, start] of found) {
      if (seen.has(start) || plainWord(word) || isTaken(start, start + word.length)) continue;
      seen.add(start);
      const span: Span = { start, end: start + word.length, replacement: PLACE, kinds: ["places"], priority };
      out.push(span);
      queue.push(span);
    }
  }
  return out;
}

/** A place's name in capitals, as a news item's dateline or a heading writes it: "OLDENZAAL –", "ENSCHEDE". */
const CAPS_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}{4,}(?:-\p{Lu}{2,})*(?![\p{L}\p{N}'’])/gu;
/**
 * A small word after a word that places, in speech written down without capitals ("bij mij in neede", "naar enschede
 * of hengelo"), or a hashtag ("#hengelo").
 */
const LOWER_AFTER_PREPOSITION =
  /(?<=(?<![\p{L}])(?:in|uit|naar|vanuit|richting|woont|wonen|of|en)[ \t]{1,3}|(?<![\p{L}\p{N}])#)\p{Ll}[\p{Ll}\p{M}'’]{3,}(?:-\p{Ll}{2,})*(?![\p{L}\p{N}'’-])/gu;

/**
 * Places of the list written in capitals or, after "in", "uit", "naar", "of" … or "#", in small letters; `plainWord`
 * says which words are no place (Dutch words, first names, the form's own words), so "IN DE KLAS" and "naar huis" stay.
 */
export function placesInOtherCase(
  text: string,
  lexicon: Lexicon,
  plainWord: (w: string) => boolean,
  priority: number,
): Span[] {
  const out: Span[] = [];
  if (lexicon.places.size === 0) return out;
  const take = (m: RegExpMatchArray & { index: number }): void => {
    const k = lower(m[0]);
    if (!lexicon.places.has(k) || plainWord(k)) return;
    out.push({ start: m.index, end: m.index + m[0].length, replacement: PLACE, kinds: ["places"], priority });
  };
  for (const m of matchAll(CAPS_WORD, text)) take(m);
  for (const m of matchAll(LOWER_AFTER_PREPOSITION, text)) take(m);
  return out;
}

/** Small words written with a capital only where a sentence starts whose full stop is missing ("in Enschede Maar"). */
const FUNCTION_WORD = new Set(
  "maar en of dat die want dus toen als ook nu dan ik hij zij ze we wij jij je u het de een is was in op met naar bij voor na om er daar hier zo".split(
    " ",
  ),
);

/**
 * A capitalised word right after a place, in the same phrase: "Berflo Es", "Addis Abeba", "Hengelo Staal"; after a
 * hyphen a district ("Hengelo-Berflo Es").
 */
const TAIL = /^[ \t-](\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)(?![\p{L}\p{N}'’-])/u;

/**
 * A place's name of two words that the list does not hold ("Berflo Es": a district; "Hengelo Staal": a firm named
 * after its town) is replaced whole: one capitalised word that follows a found place without a stop between. Words
 * that are names of their own or stand capitalised for another reason (`ownWord`: first names, months, weekdays,
 * articles, places of their own) are left to their rules.
 */
export function placeTails(text: string, places: readonly Span[], ownWord: (w: string) => boolean): Span[] {
  const out: Span[] = [];
  for (const s of places) {
    // up to two words: "Enschede Cricket Club" (a name's kind word after them is the institution rules')
    let end = s.end;
    for (let k = 0; k < 2; k++) {
      const m = TAIL.exec(text.slice(end, end + 40));
      const word = m?.[1];
      if (!m || !word || ownWord(word) || FUNCTION_WORD.has(lower(word))) break;
      end += m[0].length;
    }
    if (end > s.end) out.push({ ...s, end });
  }
  return out;
}
