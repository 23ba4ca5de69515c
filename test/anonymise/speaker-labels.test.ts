// Issue 23, from tuning half 5a: a transcript writes its speakers as initials at the line's start ("H: …", "GO: …").
// When two labels each start two lines or more the text is a dialogue and every such label is someone: replaced as a
// person, one code each, a one-letter label only as a label (never the letter elsewhere). A handover's "M: / I: / S:
// / T:" repeats none and stays. Texts made up for this test; each label survived the copy before this change.
import { copyOfBox } from "./one-box";
import { speakerInitials } from "../../src/domain/anonymise/initials-people";

const out = (text: string): string => copyOfBox(text, 30).text;

test("the speakers of a transcript, by their initials", () => {
  const copy = out(
    "R: Hoe gaat het thuis?\nK: Goed. Plan B is saai.\nR: En op school?\nK: Ook goed.\nDW: Dank jullie.",
  );
  expect(copy).not.toMatch(/^(?:R|K|DW):/mu);
  const lines = copy.split("\n");
  expect(lines[0]?.split(":")[0]).toBe(lines[2]?.split(":")[0]); // one code for R
  expect(lines[0]?.split(":")[0]).not.toBe(lines[1]?.split(":")[0]);
  expect(copy).toContain("Plan B is saai."); // the letter elsewhere is a letter
});

test("labels that repeat none are no dialogue: a handover stays", () => {
  const handover = "M: val van de trap\nI: geen letsel\nS: alert\nT: infuus gelegd";
  expect(speakerInitials(handover)).toEqual([]);
  expect(out(handover)).toBe(handover);
  // one label repeated is not enough: a list of questions ("V: …") by one speaker
  expect(speakerInitials("V: Hoe oud?\nV: Waar woont u?\nA: In de stad.")).toEqual([]);
});
