// What the pane says when the Word layer refuses an action: the error's kind and refusal code,
// worded by src/domain/text/errors.ts (as src/taskpane/error-message.ts does). Tests of a refusal's
// wording go through here, since the error itself carries codes, not a sentence.
import { wordErrorText } from "../../src/domain/text/errors";
import { WordLayerError } from "../../src/word/errors";

export async function said(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof WordLayerError) return wordErrorText(error.kind, error.refusal);
    throw error;
  }
  throw new Error("the action was not refused");
}
