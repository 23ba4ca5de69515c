// The pane's announcements after saving (src/domain/text/saving.ts): counts through the plural
// helper, at 0, 1 and many.
import { additionLabel, rowBoxesSavedText, rowBoxLabel, savedCountText } from "../../../src/domain/text/saving";

test("saving all boxes says how many, at 0, 1 and many", () => {
  expect(savedCountText(0)).toBe("0 vakken zijn opgeslagen.");
  expect(savedCountText(1)).toBe("1 vak is opgeslagen.");
  expect(savedCountText(3)).toBe("3 vakken zijn opgeslagen.");
});

test("saving a row's boxes names one box, and more as the row", () => {
  expect(rowBoxesSavedText(["Wie"])).toBe("‘Wie’ is opgeslagen.");
  expect(rowBoxesSavedText(["Wie", "Wat"])).toBe("De rij is opgeslagen.");
  expect(rowBoxesSavedText([])).toBe("De rij is opgeslagen.");
});

test("a box in a row and an addition are named for the unsaved list", () => {
  expect(rowBoxLabel("Doelen", 2, "Wie")).toBe("Doelen, rij 2: Wie");
  expect(additionLabel("Zorgen")).toBe("Zorgen (aanvulling)");
});
