// Texts whose wording changes with a count (they were ad-hoc `n === 1 ?` choices), at 0, 1 and many.
import { downloadedText } from "../../../src/domain/text/copies";
import { fieldMessages } from "../../../src/domain/form/field-rules";

test("downloaded files: staat for one, staan for more", () => {
  expect(downloadedText(["a.docx"])).toBe("‘a.docx’ staat in uw map Downloads.");
  expect(downloadedText(["a.docx", "b.txt"])).toBe("‘a.docx’ en ‘b.txt’ staan in uw map Downloads.");
});

test("minimum rows and choices read right at 1 and at many", () => {
  expect(fieldMessages.minRows(1)).toBe("Voeg minstens 1 rij toe.");
  expect(fieldMessages.minRows(2)).toBe("Voeg minstens 2 rijen toe.");
  expect(fieldMessages.minItems("Gemeente", 1)).toBe("Kies minstens één gemeente.");
  expect(fieldMessages.minItems("Gemeente", 2)).toMatch(/^Kies minstens 2 mogelijkheden bij /);
});
