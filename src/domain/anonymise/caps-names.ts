// Names written in capitals (issue 23, blind set 3b): police and court texts and shouting chats write a whole name in
// capitals ("MELISSA KORTSTEE", "HENK POSTMA staat ook al op …", "OBINNA NWOSU (stiefvader)"). The capital run is read
// as if it were written in the usual case: every word must be a name word or a word no list has, never a plain Dutch
// word, place or abbreviation ("GEEN TOEGANG", "ZORGEN EN WENSEN", "ADHD ODD" stay), and the run is a name when one
// of its words is a listed name or has a name's letters, or when a role or details follow it. Pure.
import { ABBREVIATIONS } from "./abbreviations";
import type { Lexicon } from "./lexicon";
import { nameShaped } from "./name-shape";
import { PARTICLES } from "./people";
import { isGreeting, isPersonWord, isProfessionWord, personAfter } from "./person-context";

/** Two to four words in capitals (particles in capitals between them), on one line. */
const CAPS_RUN =
  /(?<![\p{L}\p{N}@._/-])\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:[ \t]{1,2}\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,4}(?![\p{L}\p{N}@_/-]|\.\p{L})/gu;

/** One word in capitals. */
const CAPS_WORD = /(?<![\p{L}\p{N}@._/-])\p{Lu}{2,}(?:-\p{Lu}{2,})?(?![\p{L}\p{N}@_/-]|\.\p{L})/gu;

export interface CapsContext {
  lexicon: Lexicon;
  /** Lower-case words that are never a name here (organisations, the template's texts). */
  notNames: ReadonlySet<string>;
  /** A family or title word, for a role in brackets after the run ("(vader)"). */
  kin: (w: string) => boolean;
}

/** Names written wholly in capitals, as written ("MELISSA KORTSTEE"); linear in the text. */
export function capsNames(text: string, ctx: CapsContext): string[] {
  const { lexicon } = ctx;
  if (lexicon.common.size === 0) return [];
  const out: string[] = [];
  for (const m of text.matchAll(CAPS_RUN)) {
    const words = m[0].split(/[ \t]+/u);
    if (words.length > 5) continue;
    const core = words.filter((w) => !PARTICLES.has(w.toLowerCase()));
    if (core.length < 2) continue;
    const low = core.map((w) => w.toLowerCase());
    const listed = (w: string): boolean =>
      w.split("-").some((p) => lexicon.firstNames.has(p) || lexicon.surnames.has(p) || lexicon.nameWords.has(p));
    // a plain word: in the word list and on no name list ("geen", "zorgen")
    const plain = (w: string): boolean => lexicon.common.has(w) && !listed(w);
    if (
      core.some((w) => ABBREVIATIONS.has(w.replace(/-.*/u, ""))) ||
      low.some((w) => plain(w) || lexicon.places.has(w) || ctx.notNames.has(w) || Array.from(w).length > 30)
    )
      continue;
    // a first name no word list has ("shakira"), a word with a name's letters, or a role or details after
    const firstName = low.some((w) => lexicon.firstNames.has(w) && !lexicon.nameWords.has(w));
    const shaped = low.some((w) => !lexicon.common.has(w) && !listed(w) && nameShaped(w, lexicon));
    const after = personAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 48), ctx.kin);
    // every word a listed name ("HENK POSTMA"): as names they are read, as words they would be plain words
    const allListed = low.every(listed);
    if (firstName || shaped || after || allListed) out.push(titleCase(m[0]));
  }
  out.push(...cuedCapsNames(text, ctx));
  return out;
}

/**
 * In a text written in capitals (an SMS, a shout) a name is a word after a family, title or person word ("OMA RIETJE",
 * "BUURMAN HENK", "MEVROUW WIEGMAN"), with the surname after it, or a listed first name that is no word ("DEVON").
 */
function cuedCapsNames(text: string, ctx: CapsContext): string[] {
  const { lexicon } = ctx;
  const out: string[] = [];
  const listed = (w: string): boolean =>
    lexicon.firstNames.has(w) || lexicon.surnames.has(w) || lexicon.nameWords.has(w);
  // a word that can be a name: listed, or no word at all; never a place, an abbreviation or the template's word
  const nameable = (w: string): boolean =>
    (listed(w) || !lexicon.common.has(w)) &&
    !lexicon.places.has(w) &&
    !ctx.notNames.has(w) &&
    !ABBREVIATIONS.has(w.toUpperCase()) &&
    Array.from(w).length >= 2 &&
    Array.from(w).length <= 30;
  const words = [...text.matchAll(CAPS_WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const adjacent = (i: number): boolean => {
    const a = words[i - 1];
    const b = words[i];
    return a !== undefined && b !== undefined && /^[ \t]{1,2}$/u.test(text.slice(a.end, b.start));
  };
  for (let i = 0; i < words.length; i++) {
    const w = (words[i]?.word ?? "").toLowerCase();
    const prev = adjacent(i) ? (words[i - 1]?.word ?? "").toLowerCase() : "";
    const cued = prev !== "" && (ctx.kin(prev) || isPersonWord(prev) || isProfessionWord(prev) || isGreeting(prev));
    // the dictionary decides what is a word: the ranked word list holds "liam" only as a name
    const strong = lexicon.firstNames.has(w) && !lexicon.nameWords.has(w) && Array.from(w).length >= 3;
    if (!((cued && nameable(w) && !PARTICLES.has(w)) || (strong && nameable(w)))) continue;
    let name = words[i]?.word ?? "";
    // the surname after it: a listed surname or a word no list has ("RIETJE ROSSEEL")
    const next = (words[i + 1]?.word ?? "").toLowerCase();
    if (
      adjacent(i + 1) &&
      next !== "" &&
      !PARTICLES.has(next) &&
      (lexicon.surnames.has(next) || !lexicon.common.has(next)) &&
      nameable(next)
    ) {
      name += ` ${words[i + 1]?.word ?? ""}`;
      i++;
    }
    out.push(titleCase(name));
  }
  return out;
}

/** "RIETJE ROSSEEL" → "Rietje Rosseel": the registry reads a short word in capitals as initials; the matcher finds
 * the name in capitals too. */
const titleCase = (name: string): string => name.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
