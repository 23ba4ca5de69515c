// Issue 30 item 4, checked without a clock: each user action on a normal form and on the same
// form × 10 (bench/scaled-form.ts: rows, the free-text boxes' text and the log × 10), counting
// what load cannot change: round trips, XML parses and the characters parsed, SHA-256 hashes and
// the bytes hashed. Round trips and the number of parses may not grow at all; what is parsed and
// hashed at most as the document grows (the boxes' text).
import { readFileSync } from "fs";
import path from "path";
import { ACTIONS, actionSetups, closeHost, measureOnce, otherCopy, type ActionFigures } from "../../bench/action-scale";
import { scaledForm, type ScaledForm } from "../../bench/scaled-form";

const PLAIN = new Uint8Array(readFileSync(path.resolve(__dirname, "../../assets/handreiking-regie.docx")));

interface Sized {
  form: ScaledForm;
  figures: Record<string, ActionFigures>;
}

/** `warmUp`: one unmeasured run per action first, so that one-time work (loading code, caches) is not counted. */
async function measured(k: number, warmUp = false): Promise<Sized> {
  const form = await scaledForm(PLAIN, k);
  const setups = actionSetups(form.docx, await otherCopy(form.docx));
  const figures: Record<string, ActionFigures> = {};
  for (const action of ACTIONS) {
    if (warmUp) await measureOnce(setups[action]);
    figures[action] = await measureOnce(setups[action]);
  }
  return { form, figures };
}

let one: Sized;
let ten: Sized;
beforeAll(async () => {
  one = await measured(1, true);
  ten = await measured(10);
}, 600_000);
afterAll(() => closeHost());

test("the 10× form really is ten times the normal one: rows, box text and log", () => {
  expect(ten.form.boxChars / one.form.boxChars).toBeGreaterThan(9);
  expect(ten.form.rows - one.form.rows).toBe(9 * 8); // 4 people, 2 goals, 2 agreements per ×
  expect(ten.form.logEntries - one.form.logEntries).toBe(9 * 3); // a fill session per table per ×
});

describe.each(ACTIONS)("%s at 10× a normal form", (action) => {
  const growth = () => ten.form.boxChars / one.form.boxChars;

  test("takes as many round trips as at 1×", () => {
    expect(ten.figures[action]!.syncs).toBe(one.figures[action]!.syncs);
  });

  test("parses XML no more often than the document grows, and Word-layer actions not more often at all", () => {
    const [a, b] = [one.figures[action]!, ten.figures[action]!];
    if (action === "research copy") expect(b.xmlParses).toBeLessThanOrEqual(a.xmlParses * growth());
    else expect(b.xmlParses).toBe(a.xmlParses);
    expect(b.xmlChars).toBeLessThanOrEqual(a.xmlChars * growth());
  });

  test("hashes no more than the document grows", () => {
    const [a, b] = [one.figures[action]!, ten.figures[action]!];
    expect(b.hashes).toBeLessThanOrEqual(Math.max(a.hashes, 1) * growth());
    expect(b.hashedBytes).toBeLessThanOrEqual(Math.max(a.hashedBytes, 1) * growth());
  });
});

test("saving one box parses and hashes the same number of times whatever the form's size", () => {
  const [a, b] = [one.figures["save one box"]!, ten.figures["save one box"]!];
  expect([b.syncs, b.xmlParses, b.hashes]).toEqual([a.syncs, a.xmlParses, a.hashes]);
});
