// The anonymiser's lists ship packed (issue 30): packing keeps every word, and the packed file the
// add-in ships holds exactly the words of its sources (stale after a source changed: run
// node scripts/ts-run.cjs scripts/pack-name-lists.ts).
import { gzipSync } from "zlib";
import fc from "fast-check";
import { NAME_LIST_SOURCES, type NameListId } from "../../src/domain/anonymise/name-list-sources";
import PACKED_NAME_LISTS from "../../src/domain/anonymise/name-lists.packed.json";
import { NAME_LIST_IDS } from "../../src/domain/anonymise/lexicon-nl";
import { packWords, unpackWords } from "../../src/domain/anonymise/packed-words";

test("unpacking gives back every word once, sorted, whatever the words", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "grapheme" }).filter((w) => !w.includes("\n"))), (words) => {
      expect(unpackWords(packWords(words))).toEqual([...new Set(words)].sort());
    }),
  );
  expect(unpackWords(packWords(["straat", "straatnaam", "stra", "a".repeat(60), "a".repeat(61)]))).toEqual([
    "a".repeat(60),
    "a".repeat(61),
    "stra",
    "straat",
    "straatnaam",
  ]);
});

test("a word with a line break is refused, a damaged list is not read", () => {
  expect(() => packWords(["een\ntwee"])).toThrow(/line break/);
  expect(() => unpackWords("0anna\n9b")).toThrow(/shared length/);
});

test.each(Object.keys(NAME_LIST_SOURCES) as NameListId[])(
  "the packed %s list holds exactly its source's words",
  (id) => {
    const source: string[] = NAME_LIST_SOURCES[id];
    expect(new Set(unpackWords(PACKED_NAME_LISTS[id]))).toEqual(new Set(source));
  },
);

test("the lexicon reads exactly the lists that are packed", () => {
  expect([...NAME_LIST_IDS].sort()).toEqual(Object.keys(NAME_LIST_SOURCES).sort());
  expect(Object.keys(PACKED_NAME_LISTS).sort()).toEqual(Object.keys(NAME_LIST_SOURCES).sort());
});

test("packed, every list is smaller gzipped than its JSON, and all of them together by a fifth", () => {
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const ids = Object.keys(NAME_LIST_SOURCES) as NameListId[];
  for (const id of ids)
    expect(gz(JSON.stringify(PACKED_NAME_LISTS[id]))).toBeLessThan(gz(JSON.stringify(NAME_LIST_SOURCES[id])));
  const json = ids.reduce((n, id) => n + gz(JSON.stringify(NAME_LIST_SOURCES[id])), 0);
  const packed = ids.reduce((n, id) => n + gz(JSON.stringify(PACKED_NAME_LISTS[id])), 0);
  // the spelling dictionary's 117,000 words (three quarters of the whole) share less than names do: 0.78 of their JSON
  expect(packed).toBeLessThan(json * 0.8);
});
