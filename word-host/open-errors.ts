// Why the emulator cannot open a file, in one Dutch sentence (the preview shows it to the user as
// is). A password-protected Word file, an old .doc, a damaged package and a package without a
// main document each get their own true reason; the limits and signatures are src/document's.
import { readErrorMessage, scanZipDirectory } from "../src/document/read-limits";

export const OPEN_ERRORS = {
  notDocx: "Dit bestand is geen Word-document (.docx) en kan niet worden geopend; kies een Word-document.",
  noMainPart:
    "Dit bestand is een pakket zonder Word-tekst (het hoofddeel word/document.xml ontbreekt) en kan niet als Word-document worden geopend.",
  badXml:
    "Een onderdeel van dit Word-document is beschadigd (geen geldige XML of geen documenttekst) en het document kan daarom niet worden geopend.",
} as const;

/** A file the emulator refuses; the message is a Dutch sentence for the user. */
export class OpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OpenError";
  }
}

/** The refusal for bytes the emulator failed to open with `error`. */
export function openFailure(bytes: Uint8Array | ArrayBuffer, error: unknown): OpenError {
  if (error instanceof OpenError) return error;
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let refusal: string | null;
  try {
    refusal = scanZipDirectory(data) ? null : OPEN_ERRORS.notDocx;
  } catch (scanError) {
    refusal = readErrorMessage(scanError, OPEN_ERRORS.notDocx);
  }
  if (refusal) return new OpenError(refusal);
  // a readable zip whose parts cannot be read as a Word document (no XML, no body)
  return new OpenError(readErrorMessage(error, OPEN_ERRORS.badXml));
}
