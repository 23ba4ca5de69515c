// The words around a box being edited in the wizard (src/taskpane/components/fields/): its save
// state, the correction after agreement, an addition, and the rows of a table field.

export const BOX_EDIT_TEXT = {
  outsideFirst: "Dit vak is buiten het venster gewijzigd. Leg dat eerst vast (bovenaan).",
  notSaved: "Nog niet opgeslagen",
  fromProfile: "Uit uw profiel, nog niet opgeslagen",
  saveCorrection: "Correctie opslaan",
  revert: "Terugzetten",
  confirmCorrection: "Correctie bevestigen",
  logKeepsOld: "Het logboek bewaart de oude tekst; daar kunt u de correctie ook weer terugzetten.",
  yesEmpty: "Ja, leegmaken",
  yesReplace: "Ja, vervangen",
  noDontSave: "Nee, niet opslaan",
  additionRefused: "Deze aanvulling kan niet worden toegevoegd.",
  oneLineHint:
    "Vervangt de tekst in dit vak (één regel), met uw initialen, de datum en uw organisatie ervoor. De oude tekst blijft in het logboek.",
  additionHint: "Eén regel. Wordt onder de bestaande tekst gezet, met uw initialen, de datum en uw organisatie.",
  goesInBox: "Komt in het vak",
  isAdded: "Wordt toegevoegd",
  addAddition: "Aanvulling toevoegen",
} as const;

/** "Opgeslagen · PH 20201005, Ambiq": the stamp of the box's last save. */
export function savedStampText(stamp: string): string {
  return `Opgeslagen · ${stamp}`;
}

/** An unsaved draft is saved when the user leaves the box, or the row in a grid. */
export function savedOnLeaveText(byRow: boolean): string {
  return `Wordt opgeslagen als u ${byRow ? "de rij" : "het vak"} verlaat (Esc: terugzetten)`;
}

/** The accessible name of a button for one box: "Aanvullen bij ‘Zorgen’". */
export function forBoxLabel(action: string, boxLabel: string): string {
  return `${action} bij ‘${boxLabel}’`;
}

/** The addition field's label: a one-line box gets a new value, another box an addition. */
export function additionFieldLabel(oneLine: boolean, boxLabel: string): string {
  return oneLine ? `Nieuwe waarde voor ‘${boxLabel}’` : `Aanvulling bij ‘${boxLabel}’`;
}

export const ROWS_TEXT = {
  gridKeys: "Tab: volgend vak. Enter in het laatste vak: nieuwe rij. Ctrl+Delete: rij verwijderen.",
  yesRemove: "Ja, verwijderen",
  no: "Nee",
  removeRow: "Rij verwijderen",
  addRow: "Rij toevoegen",
} as const;

/** A row's heading: "Rij 2". */
export function rowHeading(rowNumber: number): string {
  return `Rij ${rowNumber}`;
}

/** A row's accessible name: "Doelen, rij 2". */
export function rowGroupLabel(fieldLabel: string, rowNumber: number): string {
  return `${fieldLabel}, rij ${rowNumber}`;
}
