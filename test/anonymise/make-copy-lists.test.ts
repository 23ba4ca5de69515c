// Without the name lists no research copy is made (src/document/make-copy.ts): the loader's Dutch
// sentence reaches the user, no bytes (in the browser the lists are fetched: src/browser/name-lists.ts).
import { readFileSync } from "fs";
import path from "path";

const mockRefused = "De anonieme kopie is niet gemaakt: de namenlijsten konden niet worden geladen.";
const REFUSED = mockRefused;
jest.mock("../../src/document/name-lists", () => ({
  loadDutchLexicon: async () => {
    const { CopyError } = await import("../../src/document/anonymise-docx");
    throw new CopyError(mockRefused);
  },
}));

test("the lists cannot be loaded: no copy, the loader's sentence", async () => {
  const { makeCopy } = await import("../../src/document/make-copy");
  const docx = readFileSync(path.resolve(__dirname, "../../assets/handreiking-regie.docx"));
  const result = await makeCopy(new Uint8Array(docx), "A1", []);
  expect(result).toEqual({ ok: false, error: REFUSED });
});
