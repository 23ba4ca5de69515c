// Office.js errors normalised into the few cases the pane has to explain, in Dutch.
// Codes: https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes
// and Word.ErrorCodes (https://learn.microsoft.com/javascript/api/word/word.errorcodes).

export type WordErrorKind =
  "notSupported" | "locked" | "notFound" | "tooLarge" | "busy" | "interrupted" | "unattributed" | "invalid" | "unknown";

const MESSAGES: Record<WordErrorKind, string> = {
  notSupported: "Deze versie van Word ondersteunt deze functie niet.",
  locked: "Dit deel van het document is vergrendeld en kan niet worden gewijzigd.",
  notFound: "Een vak of onderdeel van de handreiking is niet meer in het document gevonden.",
  tooLarge: "De gegevens zijn te groot voor Word. Er is niets opgeslagen.",
  busy: "Word is even bezig. Probeer het zo opnieuw.",
  interrupted: "De wijziging is niet doorgevoerd: Word gaf een fout. Er is niets half opgeslagen; probeer het opnieuw.",
  unattributed:
    "Dit vak is buiten het venster gewijzigd. Leg die wijziging eerst vast (bovenaan: kies wie haar heeft gemaakt), dan kunt u verder.",
  invalid: "Deze invoer kan niet worden opgeslagen.",
  unknown: "Er ging iets mis in Word. Er is niets half opgeslagen; probeer het opnieuw.",
};

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
