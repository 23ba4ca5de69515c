// Generated bad and odd input through the Word layer: every text is either stored exactly
// (and reads back the same, with nothing unattributed) or refused with a Dutch message,
// and the document is never left damaged.
import fc from "fast-check";
import { canonicalBoxText } from "../../src/domain";
import { WordLayerError } from "../../src/word/errors";
import { gatewayFor, PH, PLAIN, startHost, stopHost } from "handreiking-fixtures/harness";
import { wordErrorText } from "../../src/domain/text/errors";

afterAll(stopHost);

const ODD = [
  "",
  " ",
  "\u200b",
  "\u200e",
  "\u202e",
  "\ufeff",
  "\ufffd",
  "😀",
  "👨‍👩‍👧",
  "\u0000",
  "\u0007",
  "\u001b",
  "\r",
  "\r\n",
  "\n",
  "\t",
  "\u2028",
  "\u00a0",
  "é",
  "ß",
  "İ",
  "<&>\"'",
  "]]>",
  "\ud83d",
  "ES",
  "15-09-2020",
  "Ja",
  "Nee",
  "Hengelo",
  "OB3b; OB4a",
];

const piece = fc.oneof(
  fc.constantFrom(...ODD),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.integer({ min: 1, max: 40 }).map((n) => "lang ".repeat(n)),
);
const text = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constant("x".repeat(100 * 1024)) }, // a 100 KB paste
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date("1800-01-01"), max: new Date("2300-01-01"), noInvalidDate: true })
      .map(
        (d) =>
          `${String(d.getUTCDate()).padStart(2, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${d.getUTCFullYear()}`,
      ),
  },
);

test("200 generated inputs over every box kind: stored exactly or refused in Dutch, never damaging the document", async () => {
  await startHost("web", PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  const first = await gateway.open();
  const boxes = Object.keys(first.boxTexts);
  let stored = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...boxes), text, async (key, input) => {
      try {
        const view = await gateway.writeBox(key, input, PH);
        stored++;
        expect(view.boxTexts[key]).toBe(canonicalBoxText(input));
      } catch (error) {
        refused++;
        expect(error).toBeInstanceOf(WordLayerError);
        expect((error as WordLayerError).kind).toBe("invalid");
        const shown = wordErrorText((error as WordLayerError).kind, (error as WordLayerError).refusal);
        expect(shown).toMatch(/[a-z]{3}/);
        expect(shown).not.toMatch(/undefined|Error:|exception/i);
      }
      const reread = await gatewayFor().open();
      expect(reread.problems).toEqual([]);
      expect(reread.outsideEdits).toEqual([]);
      expect(reread.boxTexts[key]).toBe((await gateway.open()).data!.lastAttributed[key]);
    }),
    { numRuns: 200, seed: 20201123 },
  );
  expect(stored).toBeGreaterThan(20);
  expect(refused).toBeGreaterThan(20);
}, 300_000);
