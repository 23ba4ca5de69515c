// Item 4 of issue 23: the scan of box text is linear. 100 KB of any shape takes at most a second
// of CPU time, and four times the text takes at most about four times as long (a quadratic scan
// takes sixteen). Named shapes that were quadratic before (one word, spaces, many names), then
// shapes fast-check builds from awkward characters and words. CPU time, not wall-clock time.
import fc from "fast-check";
import { dutchLexicon } from "../../src/document/name-lists";
import { SHAPES, copyCpuMs, shapeText } from "handreiking-fixtures/scan-shapes";

const lexicon = dutchLexicon();
const names = [...lexicon.firstNames].sort();
const SIZE = 100_000;

/** CPU ms for a quarter and for the whole size; the smaller of two runs each, against noise from the machine. */
function measure(unit: string): { quarter: number; whole: number } {
  const run = (n: number): number =>
    Math.min(copyCpuMs(shapeText(unit, n, names), lexicon), copyCpuMs(shapeText(unit, n, names), lexicon));
  return { quarter: run(SIZE / 4), whole: run(SIZE) };
}

function expectLinear(unit: string): void {
  const { quarter, whole } = measure(unit);
  // The 1 s target per 100 KB is shown by the bench (bench/scan-shapes.ts, in npm run bench); CPU time
  // still varies with a busy machine (the 1,574 distinct names took 0.6 s alone, 1.25 s beside a full
  // parallel run). This ceiling catches a quadratic scan (100 KB of one shape took 7–17 s) without
  // failing on load; the growth check below is what proves linearity. (Stop 38: the costliest fuzzed shape,
  // "{naam}.\n{naam} 12 ", took 0.78 s alone and 0.97 s with the recogniser of stop 37, but 2.09 s in one clean-clone
  // CI run beside the browser suites; 2 s failed on load, so the ceiling is 3 s, still far below a quadratic scan.)
  expect(whole).toBeLessThanOrEqual(3000);
  // linear: about 4×; allow 8× plus a fixed 60 ms for start-up work that does not grow with the text
  expect(whole).toBeLessThanOrEqual(8 * quarter + 60);
}

copyCpuMs("warm-up", lexicon);

describe("100 KB of box text in at most a second of CPU time, growing linearly", () => {
  test.each(Object.entries(SHAPES))("%s", (_, unit) => expectLinear(unit));

  test("fuzzed shapes", () => {
    const piece = fc.constantFrom(
      "a",
      "A",
      "1",
      ".",
      ",",
      " ",
      "-",
      "@",
      "/",
      "'",
      "(",
      ")",
      "\n",
      "van ",
      "de ",
      "Ter ",
      "dr. ",
      "Jan ",
      "B.",
      "06",
      "+",
      "jarige",
      "maart ",
      "straat ",
      "woont in ",
      "is ",
      "[at]",
      "www.",
      "é",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => expectLinear(pieces.join(""))),
      { numRuns: 15, seed: 23 },
    );
  });

  // issue 23 item 4: many different names are the costly shape (each one a person, the name matcher grows with them)
  test("fuzzed shapes of distinct names", () => {
    const piece = fc.constantFrom(
      "{naam}",
      "{NAAM}",
      ", ",
      " ",
      " en ",
      " van der ",
      "dhr. ",
      "oma ",
      "B. ",
      ".\n",
      " belde ",
      "(",
      ") ",
      "'s ",
      " 12 ",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) =>
        expectLinear(`{naam}${pieces.join("")} `),
      ),
      { numRuns: 6, seed: 23 },
    );
  });
});
