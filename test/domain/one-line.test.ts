// One-line boxes stay one line: over every box of the template and every action of the add-in
// that puts text into a box (write, amend, merge "beide houden"), the result passes the box's
// own rule, or the action is refused with a Dutch message; it never writes what it then refuses.
import fc from "fast-check";
import {
  amendedText,
  boxDefOf,
  boxTextProblem,
  canonicalBoxText,
  formatBoxText,
  formatStamp,
  isOneLineBox,
  keepBothResult,
  listBoxes,
  TEMPLATE,
  type BoxValue,
  type FormValues,
  type RowValue,
} from "../../src/domain";

// Every box: the simple fields and one row of every table.
const oneRowEach: FormValues = Object.fromEntries(
  TEMPLATE.steps
    .flatMap((s) => s.fields)
    .filter((f) => f.kind === "rows")
    .map((f): [string, RowValue[]] => [f.id, [{ key: "r000001", cells: {} }]]),
);
const BOXES = listBoxes(TEMPLATE, oneRowEach);
const box = fc.constantFrom(...BOXES);
const words = fc
  .string({ unit: fc.constantFrom(..."abcdefghij klmnopé.,-"), minLength: 1, maxLength: 60 })
  .filter((t) => t.trim() !== "");
const lines = fc.array(words, { minLength: 1, maxLength: 3 }).map((l) => l.join("\n"));
const signer = { initials: "PH", organisation: "Ambiq" };

/** A value the box accepts, as the pane would write it (its own draft text), or "" (empty). */
function validText(b: (typeof BOXES)[number]): fc.Arbitrary<string> {
  const field = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.id === b.fieldId);
  const column = field?.columns?.find((c) => c.id === b.columnId);
  if (!field) return fc.constant("");
  const def = boxDefOf(field, column);
  const value: fc.Arbitrary<BoxValue> = (() => {
    switch (def.kind) {
      case "date":
        return fc
          .date({ min: new Date("2001-01-01"), max: new Date("2079-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      case "yesNo":
        return fc.boolean();
      case "singleChoice":
        return fc.constantFrom(...(def.choices ?? [""]));
      case "multiChoice":
        return fc.subarray([...(def.choices ?? [])]);
      case "person":
        return fc.record({
          name: words.map((w) => w.replace(/[()]/g, "")),
          organisation: words.map((w) => w.replace(/[()]/g, "")),
        });
      case "longText":
        return lines;
      default:
        return field.pattern ? fc.constantFrom("ES", "PH", "E.S.") : column ? lines : words;
    }
  })();
  return fc.oneof(
    fc.constant(""),
    value.map((v) => canonicalBoxText(formatBoxText(def, v))).filter((t) => boxTextProblem(b.key, t) === null),
  );
}

const boxWithTexts = box.chain((b) => fc.tuple(fc.constant(b), validText(b), validText(b), words));

describe("every action leaves every box passing its own rule", () => {
  test("write: the pane's text for a valid value passes the box's rule", () => {
    fc.assert(
      fc.property(
        box.chain((b) => fc.tuple(fc.constant(b), validText(b))),
        ([b, text]) => expect(boxTextProblem(b.key, text)).toBeNull(),
      ),
    );
  });

  test("amend: the result passes, and in a text box without a pattern a short addition is always possible", () => {
    fc.assert(
      fc.property(boxWithTexts, ([b, before, , addition]) => {
        const after = amendedText(b.key, before, formatStamp(signer, "20200902", addition));
        const problem = boxTextProblem(b.key, after);
        const field = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.id === b.fieldId);
        // The pane offers additions for text boxes without a pattern (not for initials).
        if ((b.kind === "text" || b.kind === "longText") && !field?.pattern) expect(problem).toBeNull();
        if (isOneLineBox(b.key)) expect(after).not.toContain("\n");
      }),
    );
  });

  test("merge, beide houden: the result passes the box's rule, or it is refused with a reason", () => {
    fc.assert(
      fc.property(boxWithTexts, ([b, here, there]) => {
        const r = keepBothResult(b.key, here, there);
        if (r.ok) expect(boxTextProblem(b.key, r.text)).toBeNull();
        else expect(r.message).toMatch(/\S/);
        if (isOneLineBox(b.key) && r.ok) expect(r.text).not.toContain("\n");
        // Free text without a pattern, both short: both are kept.
        const field = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.id === b.fieldId);
        if ((b.kind === "text" || b.kind === "longText") && !field?.pattern) expect(r.ok).toBe(true);
      }),
    );
  });
});

describe("one-line boxes", () => {
  test("an addition to ‘Vervanger bij afwezigheid’ replaces the value with the stamped line", () => {
    expect(isOneLineBox("vervanger")).toBe(true);
    expect(amendedText("vervanger", "Jan (Ambiq)", "PH 20200902, Ambiq: Kees (Tactus)")).toBe(
      "PH 20200902, Ambiq: Kees (Tactus)",
    );
    expect(amendedText("hulpvraag", "Rust.", "PH 20200902, Ambiq: Nieuw.")).toBe("Rust.\nPH 20200902, Ambiq: Nieuw.");
  });

  test("beide houden on one line, and refused for a choice or initials", () => {
    expect(keepBothResult("vervanger", "Jan (Ambiq)", "Kees (Tactus)")).toEqual({
      ok: true,
      text: "Jan (Ambiq); Kees (Tactus)",
    });
    expect(keepBothResult("gemeente", "Enschede", "Hengelo").ok).toBe(false);
    expect(keepBothResult("initialen", "ES", "EK").ok).toBe(false);
  });
});
