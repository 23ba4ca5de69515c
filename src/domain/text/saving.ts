// What the pane announces after writing boxes (src/taskpane/form-actions.ts), and how it names a
// box in the list of unsaved boxes (src/taskpane/box-model.ts).
import { byCount } from "./plural";

/** After "Alles opslaan": how many boxes were written. */
export function savedCountText(count: number): string {
  return byCount(count, "1 vak is opgeslagen.", "{n} vakken zijn opgeslagen.");
}

export const MERGED_TEXT = "De wijzigingen uit de andere kopie zijn overgenomen.";
export const ADDITION_ADDED = "De aanvulling is toegevoegd.";

/** `day`: the meeting's date as the reader sees it (text/dates.ts). */
export function agreedText(day: string): string {
  return `De handreiking is vastgesteld in het MDO van ${day}. Elke wijziging is nu een aanvulling of correctie.`;
}

export function boxSavedText(label: string): string {
  return `‘${label}’ is opgeslagen.`;
}

export function boxRestoredText(label: string): string {
  return `‘${label}’ is teruggezet. Dat staat als nieuwe correctie in het logboek.`;
}

/** After saving a row's boxes together: one box by its name, more as the row. */
export function rowBoxesSavedText(labels: readonly string[]): string {
  return byCount(labels.length, boxSavedText(labels[0] ?? ""), "De rij is opgeslagen.");
}

/** A box in a table row: "Doelen, rij 2: Wie". */
export function rowBoxLabel(fieldLabel: string, rowNumber: number, boxLabel: string): string {
  return `${fieldLabel}, rij ${rowNumber}: ${boxLabel}`;
}

/** An addition not yet added to its box. */
export function additionLabel(boxLabel: string): string {
  return `${boxLabel} (aanvulling)`;
}
