// The outside-edit review shows what was added and removed, word by word.
import fc from "fast-check";
import { diffInContext, wordDiff, type DiffPart } from "../../src/domain";

const joined = (parts: readonly DiffPart[], skip: DiffPart["kind"]) =>
  parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join("");
const words = (t: string) => t.split(/\s+/u).filter((w) => w !== "");

describe("wordDiff", () => {
  test("an addition at the end of a long text is shown as the addition, not as two equal beginnings", () => {
    const before = "Rust in het gezin. Moeder wil weer werken en de kinderen naar school.";
    const parts = wordDiff(before, `${before} Ook slaapproblemen.`);
    expect(parts.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text.trim()])).toEqual([
      ["added", "Ook slaapproblemen."],
    ]);
  });
  test("a word replaced in the middle: removed and added, the rest the same", () => {
    const parts = wordDiff("Elke zes weken overleg met school.", "Elke vier weken overleg met school.");
    expect(parts).toEqual([
      { kind: "same", text: "Elke " },
      { kind: "removed", text: "zes " },
      { kind: "added", text: "vier " },
      { kind: "same", text: "weken overleg met school." },
    ]);
  });
  test("both ways round: what one direction adds, the other removes", () => {
    const a = "Vader belt de school elke week.";
    const b = "Vader en oma bellen de school.";
    const ab = wordDiff(a, b);
    const ba = wordDiff(b, a);
    expect(ab.filter((p) => p.kind === "added").map((p) => words(p.text))).toEqual(
      ba.filter((p) => p.kind === "removed").map((p) => words(p.text)),
    );
    expect(ab.filter((p) => p.kind === "removed").map((p) => words(p.text))).toEqual(
      ba.filter((p) => p.kind === "added").map((p) => words(p.text)),
    );
  });
  test("any texts: the parts give back the old and the new text exactly", () => {
    const text = fc.array(fc.constantFrom("de", "het", "school", "vader", "moeder", " ", "\n", "belt."), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, text, (x, y) => {
        const before = x.join(" ");
        const after = y.join(" ");
        const parts = wordDiff(before, after);
        expect(joined(parts, "removed")).toBe(after);
        expect(joined(parts, "added")).toBe(before);
      }),
    );
  });
  test("in context: long unchanged stretches are cut to a few words around the change", () => {
    const long = Array.from({ length: 40 }, (_, i) => `woord${i}`).join(" ");
    const parts = diffInContext(wordDiff(`${long} einde.`, `${long} nieuw einde.`), 3);
    expect(parts[0]).toEqual({ kind: "same", text: "… woord37 woord38 woord39 " });
    expect(parts[1]).toEqual({ kind: "added", text: "nieuw " });
    expect(parts[2]).toEqual({ kind: "same", text: "einde." });
  });
});
