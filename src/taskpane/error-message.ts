// Errors from the Word layer carry a kind and a refusal code, worded by src/domain/text/errors.ts;
// anything else gets a calm generic one.
import { wordErrorText } from "../domain/text/errors";
import { WordLayerError } from "../word/errors";

export const GENERIC_ERROR =
  "Er ging iets mis bij het werken met Word. Wat u in dit venster hebt getypt, is bewaard; probeer het opnieuw.";

export function errorMessage(error: unknown): string {
  if (error instanceof WordLayerError) return wordErrorText(error.kind, error.refusal);
  return GENERIC_ERROR;
}
