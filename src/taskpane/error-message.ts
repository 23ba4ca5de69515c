// Errors from the Word layer carry a Dutch message; anything else gets a calm generic one.
import { WordLayerError } from "../word/errors";

export const GENERIC_ERROR =
  "Er ging iets mis bij het werken met Word. Wat u in dit venster hebt getypt, is bewaard; probeer het opnieuw.";

export function errorMessage(error: unknown): string {
  if (error instanceof WordLayerError) return error.message;
  return GENERIC_ERROR;
}
