// What the free-text recogniser knows about Dutch names and words. Injected (never imported by
// the form's own code) so the lists load only with the Kopieën tab: see lexicon-nl.ts.

export interface Lexicon {
  /** First names, lower case. */
  firstNames: ReadonlySet<string>;
  /** Surname words, lower case ("jong" for "de Jong"). */
  surnames: ReadonlySet<string>;
  /** Names that are also ordinary Dutch words ("els", "roos", "bos"): a name only when written with a capital. */
  nameWords: ReadonlySet<string>;
  /** Common Dutch words, lower case: a capitalised one at a sentence start is not a name. */
  common: ReadonlySet<string>;
  /**
   * The spelling dictionary's other words of six letters or more that no name or place list has ("leerplicht",
   * "dyslexie"): capitalised at a sentence start they are that word, not a name. In mid-sentence they decide nothing
   * (a surname may be a rare word: "Bouwmeester").
   */
  dictionary?: ReadonlySet<string>;
  /** Dutch and Belgian places, lower case ("almelo", "vriezenveen"). */
  places: ReadonlySet<string>;
  /** Dutch care, youth-care, GGZ, hospital, school and municipal institutions, as written ("Tactus", "MEE Twente"). */
  institutions: ReadonlySet<string>;
}

export const EMPTY_LEXICON: Lexicon = {
  firstNames: new Set(),
  surnames: new Set(),
  nameWords: new Set(),
  common: new Set(),
  places: new Set(),
  institutions: new Set(),
};
