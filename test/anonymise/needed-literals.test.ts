// Issue 23 item 4: matchAll skips a text that lacks the literals a regex needs (spans.ts NEEDS), so a long document's
// tens of thousands of paragraphs are not run through every regex. A wrong literal would silently drop a match: every
// registered regex is run here without the skip over the Dutch test set, the scan shapes and fuzzed texts built from
// the regex's own words, and wherever it matches the skip must let the text through.
import fc from "fast-check";
import "../../src/domain/anonymise";
import { dutchLexicon } from "../../src/document/name-lists";
import { matchAll, mayMatch, neededLiterals, needs } from "../../src/domain/anonymise/spans";
import { parse, readClean, readHalf } from "./dutch-set/measure";
import { SHAPES, shapeText } from "handreiking-fixtures/scan-shapes";

/** Matches of a global regex, without the skip. */
function rawMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0] === "") re.lastIndex++;
  }
  return n;
}

const registered = [...neededLiterals().keys()];

describe("the literals a regex needs", () => {
  test("a text without them is skipped, a text with them is scanned; ſ counts as s for a case-blind regex", () => {
    const re = needs(/x+y/gu, ["y"]);
    expect(mayMatch(re, "xxx")).toBe(false);
    expect(matchAll(re, "xxx")).toEqual([]);
    expect(matchAll(re, "xxy").map((m) => m[0])).toEqual(["xxy"]);
    const street = needs(/straat/giu, ["straat"]);
    expect(rawMatches(street, "Kerkſtraat")).toBe(1);
    expect(matchAll(street, "Kerkſtraat")).toHaveLength(1);
  });

  test("the detectors register their regexes", () => {
    expect(registered.length).toBeGreaterThanOrEqual(40);
  });

  test("no regex matches a text of the Dutch set or the scan shapes that its literals would skip", () => {
    const texts: string[] = [];
    for (const half of ["tune", "heldout", "blind"] as const) {
      for (const doc of readHalf(half)) texts.push(parse(doc.marked).text);
      texts.push(...readClean(half));
    }
    const names = [...dutchLexicon().firstNames].sort();
    for (const unit of Object.values(SHAPES)) texts.push(shapeText(unit, 2000, names));
    let matched = 0;
    for (const re of registered) {
      for (const text of texts) {
        if (rawMatches(re, text) === 0) continue;
        matched++;
        if (!mayMatch(re, text)) throw new Error(`${re.source} matches "${text}" but its literals skip it`);
      }
    }
    // the set exercises the regexes: most of them match somewhere
    expect(matched).toBeGreaterThan(500);
  });

  test("fuzzed texts from each regex's own words", () => {
    const general = [" ", "  ", "\t", "\n", "-", "/", ".", ",", ";", ":", "(", ")", "'", "’", "@", "+", "½", "ſ"];
    const digits = ["0", "1", "3", "6", "9", "12", "06", "31", "14", "19", "20", "2014", "7511", "123456789"];
    const caps = ["Jan", "Sanne", "De", "Het", "Van", "Ter", "A.", "B", "AB", "Mulder", "Enschede", "Zonnedael"];
    for (const re of registered) {
      const own = [...new Set(re.source.match(/[\p{L}]{2,}/gu) ?? [])];
      const cased = own.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
      const piece = fc.constantFrom(...general, ...digits, ...caps, ...cased);
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
          const text = pieces.join("");
          return rawMatches(re, text) === 0 || mayMatch(re, text);
        }),
        { numRuns: 400, seed: 23 },
      );
    }
  });
});
