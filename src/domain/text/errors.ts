// What the pane says when the Word layer refuses or fails: one sentence per error kind, and the
// more precise sentences the Word layer throws with a kind (WordLayerError in src/word/errors.ts).

/** The few cases an Office.js error is normalised into. */
export type WordErrorKind =
  "notSupported" | "locked" | "notFound" | "tooLarge" | "busy" | "interrupted" | "unattributed" | "invalid" | "unknown";

export const WORD_ERROR_TEXT: Record<WordErrorKind, string> = {
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

/** Why an action was refused, beyond the general sentence of its kind. */
export const REFUSED_TEXT = {
  amendBeforeAgreed: "Aanvullen kan pas als de handreiking is vastgesteld in het MDO.",
  alreadyAgreed: "De handreiking is al vastgesteld.",
  tableNotFound: "Deze tabel is niet gevonden in het document. Gebruik ‘Herstellen’.",
  mergeTableNotFound: "Een tabel van deze handreiking is niet gevonden in het document. Gebruik eerst ‘Herstellen’.",
  quarantineGone: "Deze apart bewaarde gegevens staan niet (meer) in het document.",
  wordTooOldForForm: "Deze versie van Word is te oud voor het formulier (WordApi 1.3 is nodig).",
  openFirst: "Open eerst het formulier.",
  templateMissing: "Het sjabloon ontbreekt in deze versie van de invoegtoepassing.",
} as const;

/** A document of an older template version must be upgraded before anything else is written. */
export function upgradeFirstText(from: string, to: string): string {
  return `Dit document is van versie ${from} van de handreiking. Werk het eerst bij naar versie ${to}.`;
}
