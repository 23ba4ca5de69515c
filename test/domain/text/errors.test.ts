// The Word layer's errors carry a kind and a refusal code with data; the pane words them through
// src/domain/text/errors.ts (issue 29 item 3). The error's own message holds codes only.
import { UNDO_MOVED } from "../../../src/domain/text/append";
import { UNSAFE_MESSAGE } from "../../../src/domain/text/capabilities";
import { REFUSED_TEXT, WORD_ERROR_TEXT, wordErrorText } from "../../../src/domain/text/errors";
import { REPAIR_REFUSALS } from "../../../src/domain/text/repair";
import { errorMessage, GENERIC_ERROR } from "../../../src/taskpane/error-message";
import { WordLayerError } from "../../../src/word/errors";

test("an error without a refusal is worded by its kind", () => {
  expect(wordErrorText("busy")).toBe(WORD_ERROR_TEXT.busy);
  expect(errorMessage(new WordLayerError("locked"))).toBe(WORD_ERROR_TEXT.locked);
});

test("a refusal is worded by its code and data, not by its kind", () => {
  expect(wordErrorText("invalid", { code: "amendBeforeAgreed" })).toBe(REFUSED_TEXT.amendBeforeAgreed);
  expect(wordErrorText("invalid", { code: "undoMoved" })).toBe(UNDO_MOVED);
  expect(wordErrorText("notSupported", { code: "unsafeWord" })).toBe(UNSAFE_MESSAGE);
  expect(wordErrorText("notSupported", { code: "upgradeFirst", from: "1.0", to: "1.1" })).toBe(
    "Dit document is van versie 1.0 van de handreiking. Werk het eerst bij naar versie 1.1.",
  );
  expect(wordErrorText("notSupported", { code: "repair", refusal: "future" })).toBe(REPAIR_REFUSALS.future);
  expect(wordErrorText("notFound", { code: "upgrade", refusal: { code: "notNeeded" } })).toBe(
    "Dit document hoeft niet te worden bijgewerkt.",
  );
  expect(wordErrorText("invalid", { code: "notEmpty", content: ["text", "table"] })).toMatch(
    /^Dit document is niet leeg: het bevat tekst en tabellen\./,
  );
  expect(wordErrorText("notFound", { code: "convert", refusal: "notHandreiking" })).toMatch(/niets omgezet/);
  expect(wordErrorText("invalid", { code: "worded", text: "Zo gezegd." })).toBe("Zo gezegd.");
});

test("the pane shows the refusal's sentence; the error itself carries codes, no Dutch", () => {
  const error = new WordLayerError("invalid", { code: "lastRow" });
  expect(errorMessage(error)).toBe(REFUSED_TEXT.lastRow);
  expect(error.message).toBe("invalid: lastRow");
  expect(errorMessage(new Error("Iets anders"))).toBe(GENERIC_ERROR);
});
