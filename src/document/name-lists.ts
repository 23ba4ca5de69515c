// The anonymiser's Dutch lexicon where the files are at hand (Node: tests, scripts, bench): the
// packed lists read as a module. The browser build replaces this file by src/browser/name-lists.ts
// (webpack.config.js), which fetches the same JSON from the add-in's own origin only when a
// research copy is made, so the lists are in no chunk.
import type { Lexicon } from "../domain/anonymise/lexicon";
import { lexiconFromPacked } from "../domain/anonymise/lexicon-nl";
import packed from "../domain/anonymise/name-lists.packed.json";

/** The lexicon, built once. */
export function dutchLexicon(): Lexicon {
  return lexiconFromPacked(packed);
}

/** As the browser build's loader: the lexicon, asynchronously. */
export function loadDutchLexicon(): Promise<Lexicon> {
  return Promise.resolve(dutchLexicon());
}
