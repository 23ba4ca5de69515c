// Packs the anonymiser's name and word lists into src/domain/anonymise/name-lists.packed.json
// (issue 30: shipped smaller, as data fetched only for a research copy; see packed-words.ts and
// src/browser/name-lists.ts). Sources: name-list-sources.ts.
// test/anonymise/packed-words.test.ts fails when the packed file no longer matches them.
// Run after changing a source: node scripts/ts-run.cjs scripts/pack-name-lists.ts
import { writeFileSync } from "fs";
import path from "path";
import { NAME_LIST_SOURCES, type NameListId } from "../src/domain/anonymise/name-list-sources";
import { packWords } from "../src/domain/anonymise/packed-words";

const packed = Object.fromEntries(
  (Object.keys(NAME_LIST_SOURCES) as NameListId[]).map((id) => [id, packWords(NAME_LIST_SOURCES[id])]),
);
// One list a line: a diff shows which list changed. Generated, so no prettier (.prettierignore).
const out = `{\n${Object.entries(packed)
  .map(([id, words]) => `  ${JSON.stringify(id)}: ${JSON.stringify(words)}`)
  .join(",\n")}\n}\n`;
const file = path.resolve(__dirname, "../src/domain/anonymise/name-lists.packed.json");
writeFileSync(file, out);
console.log(`name-lists.packed.json: ${out.length} characters`);
