// Office.js errors normalised into the few cases the pane has to explain (their Dutch sentences:
// src/domain/text/errors.ts).
// Codes: https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes
// and Word.ErrorCodes (https://learn.microsoft.com/javascript/api/word/word.errorcodes).

import { WORD_ERROR_TEXT as MESSAGES, type WordErrorKind } from "../domain/text/errors";

export type { WordErrorKind };

export class WordLayerError extends Error {
  readonly kind: WordErrorKind;
  /** The Office.js code, kept for support; never shown as the main message. */
  readonly code: string | undefined;

  constructor(kind: WordErrorKind, message: string = MESSAGES[kind], code?: string) {
    super(message);
    this.name = "WordLayerError";
    this.kind = kind;
    this.code = code;
  }
}

const KIND_BY_CODE: Record<string, WordErrorKind> = {
  ApiNotFound: "notSupported",
  NotImplemented: "notSupported",
  NotAllowed: "notSupported",
  AccessDenied: "locked",
  ItemNotFound: "notFound",
  InvalidObjectPath: "notFound",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  ServiceNotAvailable: "busy",
  GeneralException: "interrupted",
};

/** The Office.js error code of anything thrown, if it has one. */
export function codeOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** Turns anything Office.js threw into a WordLayerError with a Dutch message. */
export function normaliseError(error: unknown): WordLayerError {
  if (error instanceof WordLayerError) return error;
  const code = codeOf(error);
  const kind = (code && KIND_BY_CODE[code]) || "unknown";
  return new WordLayerError(kind, MESSAGES[kind], code);
}
