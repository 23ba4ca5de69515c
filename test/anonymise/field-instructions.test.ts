// A kept field's name is a keyword, not a person: an all-capital "PAGE" looks like initials to the
// recogniser, so only what follows the name is scrubbed.
import { scrubInstruction } from "../../src/document/anonymise-fields";

// a stand-in recogniser that takes these words for names
const shout = (text: string) => text.replace(/PAGE|AUTHOR|JANSEN|Jansen/g, "[x]");

describe("scrubInstruction", () => {
  test.each([
    [" PAGE ", " PAGE "],
    [" NUMPAGES \\* MERGEFORMAT ", " NUMPAGES \\* MERGEFORMAT "],
    [" REF Jansen_adres \\h ", " REF [x]_adres \\h "],
    [" AUTHOR ", " AUTHOR "],
  ])("%j keeps its field name: %j", (instruction, expected) => {
    expect(scrubInstruction(instruction, shout)).toBe(expected);
  });

  test("an instruction that does not start with a field name Word knows is scrubbed whole", () => {
    expect(scrubInstruction(" JANSEN PAGE ", shout)).toBe(" [x] [x] ");
    expect(scrubInstruction("", shout)).toBe("");
  });
});
