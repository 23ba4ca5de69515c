// Errors from the Word layer carry a kind and a refusal code, worded by src/domain/text/errors.ts;
// anything else gets a calm generic one.
import { GENERIC_ERROR, wordErrorText } from "../domain/text/errors";
import { WordLayerError } from "../word/errors";

export { GENERIC_ERROR };

export function errorMessage(error: unknown): string {
  if (error instanceof WordLayerError) return wordErrorText(error.kind, error.refusal);
  return GENERIC_ERROR;
}
