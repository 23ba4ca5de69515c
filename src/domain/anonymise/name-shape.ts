// Is a word shaped like a name rather than a Dutch word? (issue 23 item 1, "a recogniser that generalises"): no list
// holds every name ("Oleksandr", "Nkechi", "Xiaoling", "Rivero"), but names from other languages are built from letter
// sequences Dutch words rarely have ("ksa", "kec", "iao", "o" at the end). A character trigram model is learnt from the
// lexicon itself, once per lexicon: the name lists against the plain Dutch words. Pure; no list of its own.
import type { Lexicon } from "./lexicon";

/** Log-odds per trigram, and the fallback for a trigram neither side has seen. */
interface Model {
  odds: Map<string, number>;
  unseen: number;
}

const models = new WeakMap<Lexicon, Model>();

/** The word's trigrams with "^" and "$" marking its ends: "hao" → ^ha, hao, ao$. */
function trigrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

function count(words: Iterable<string>): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of words)
    for (const t of trigrams(w)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      total++;
    }
  return { counts, total };
}

function model(lexicon: Lexicon): Model {
  const known = models.get(lexicon);
  if (known) return known;
  // names that are also words ("bos", "roos") teach nothing about either side
  const isName = (w: string): boolean => lexicon.firstNames.has(w) || lexicon.surnames.has(w);
  const names = [...lexicon.firstNames].filter((w) => !lexicon.nameWords.has(w));
  const words = [...lexicon.common].filter((w) => !isName(w) && !lexicon.nameWords.has(w));
  const n = count(names);
  const d = count(words);
  const vocabulary = new Set([...n.counts.keys(), ...d.counts.keys()]).size + 1;
  // add-one smoothing: a trigram seen on one side only still gets a finite score
  const p = (c: number, total: number): number => Math.log((c + 1) / (total + vocabulary));
  const odds = new Map<string, number>();
  for (const t of new Set([...n.counts.keys(), ...d.counts.keys()]))
    odds.set(t, p(n.counts.get(t) ?? 0, n.total) - p(d.counts.get(t) ?? 0, d.total));
  const m: Model = { odds, unseen: p(0, n.total) - p(0, d.total) };
  models.set(lexicon, m);
  return m;
}

/**
 * How name-like the word's letters are: the mean log-odds of its trigrams, names against Dutch words (above 0 leans
 * to a name). 0 without a word list.
 */
export function nameShapeScore(word: string, lexicon: Lexicon): number {
  if (lexicon.common.size === 0) return 0;
  const m = model(lexicon);
  const ts = trigrams(word.toLowerCase());
  let sum = 0;
  for (const t of ts) sum += m.odds.get(t) ?? m.unseen;
  return ts.length === 0 ? 0 : sum / ts.length;
}

/** Threshold for a word no list knows to count as a name by its shape alone (checked on unseen names and words). */
export const NAME_SHAPE_THRESHOLD = 0.5;

/** A word no list knows whose letters say "name": "Oleksandr", "Hao", "Nkechi". Only with a word list. */
export const nameShaped = (word: string, lexicon: Lexicon): boolean =>
  nameShapeScore(word, lexicon) >= NAME_SHAPE_THRESHOLD;
