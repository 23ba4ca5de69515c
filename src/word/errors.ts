// Office.js errors normalised into the few cases the pane has to explain, and refusals as a code
// with data. Their Dutch sentences live in src/domain/text/errors.ts (wordErrorText); the error's
// own `message` is only the codes, for support, never shown.
// Codes: https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes
// and Word.ErrorCodes (https://learn.microsoft.com/javascript/api/word/word.errorcodes).

import type { WordErrorKind, WordRefusal } from "../domain/text/errors";

export type { WordErrorKind, WordRefusal };

export class WordLayerError extends Error {
  readonly kind: WordErrorKind;
  /** The Office.js code, kept for support; never shown as the main message. */
  readonly code: string | undefined;

  /** Why it was refused, beyond its kind; the pane words it (src/domain/text/errors.ts). */
  readonly refusal: WordRefusal | undefined;

  constructor(kind: WordErrorKind, refusal?: WordRefusal, code?: string) {
    super(refusal ? `${kind}: ${refusal.code}` : kind);
    this.name = "WordLayerError";
    this.kind = kind;
    this.refusal = refusal;
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

/** Turns anything Office.js threw into a WordLayerError of one of the kinds. */
export function normaliseError(error: unknown): WordLayerError {
  if (error instanceof WordLayerError) return error;
  const code = codeOf(error);
  const kind = (code && KIND_BY_CODE[code]) || "unknown";
  return new WordLayerError(kind, undefined, code);
}
