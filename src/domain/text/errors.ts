// What the pane says when the Word layer refuses or fails: one sentence per error kind, and the
// more precise sentence of a refusal. The Word layer throws a kind and a refusal code with its data
// (WordLayerError in src/word/errors.ts); the pane turns them into text here (wordErrorText).
import { notEmptyMessage, type ContentKind } from "../template/body-content";
import { APPEND_NOT_RECOGNISED, APPEND_NOTHING_BEFORE, UNDO_MOVED, UNDO_NOT_APPENDED, UNDO_TOUCHED } from "./append";
import { UNSAFE_MESSAGE } from "./capabilities";
import { CONVERT_REFUSED, type ConvertRefusal } from "./convert";
import { CHANGED_MEANWHILE, LAST_ROW, MERGE_CHANGED } from "./edits";
import { REPAIR_REFUSALS, type RepairRefusal } from "./repair";
import { upgradeRefusalText, type UpgradeRefusal } from "./upgrade";

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

/** Anything else that went wrong (not an error of the Word layer). */
export const GENERIC_ERROR =
  "Er ging iets mis bij het werken met Word. Wat u in dit venster hebt getypt, is bewaard; probeer het opnieuw.";

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
  unsafeWord: UNSAFE_MESSAGE,
  appendNothingBefore: APPEND_NOTHING_BEFORE,
  appendNotRecognised: APPEND_NOT_RECOGNISED,
  undoNotAppended: UNDO_NOT_APPENDED,
  undoTouched: UNDO_TOUCHED,
  undoMoved: UNDO_MOVED,
  lastRow: LAST_ROW,
  changedMeanwhile: CHANGED_MEANWHILE,
  mergeChanged: MERGE_CHANGED,
} as const;

/** Why the Word layer refused, as a code and its data (never a sentence of its own). */
export type WordRefusal =
  | { code: keyof typeof REFUSED_TEXT }
  | { code: "upgradeFirst"; from: string; to: string }
  | { code: "notEmpty"; content: readonly ContentKind[] }
  | { code: "convert"; refusal: ConvertRefusal }
  | { code: "repair"; refusal: RepairRefusal }
  | { code: "upgrade"; refusal: UpgradeRefusal }
  /** A sentence the domain already worded outside src/domain/text (a box's rule, the stamp's
   * rules, a problem of the view); passed on as it is. */
  | { code: "worded"; text: string };

/** A document of an older template version must be upgraded before anything else is written. */
export function upgradeFirstText(from: string, to: string): string {
  return `Dit document is van versie ${from} van de handreiking. Werk het eerst bij naar versie ${to}.`;
}

/** The sentence of a refusal. */
export function refusalText(refusal: WordRefusal): string {
  switch (refusal.code) {
    case "upgradeFirst":
      return upgradeFirstText(refusal.from, refusal.to);
    case "notEmpty":
      return notEmptyMessage(refusal.content);
    case "convert":
      return CONVERT_REFUSED[refusal.refusal];
    case "repair":
      return REPAIR_REFUSALS[refusal.refusal];
    case "upgrade":
      return upgradeRefusalText(refusal.refusal);
    case "worded":
      return refusal.text;
    default:
      return REFUSED_TEXT[refusal.code];
  }
}

/** What the pane says for an error of the Word layer: its refusal's sentence, else its kind's. */
export function wordErrorText(kind: WordErrorKind, refusal?: WordRefusal): string {
  return refusal ? refusalText(refusal) : WORD_ERROR_TEXT[kind];
}
