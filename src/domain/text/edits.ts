// Texts around writing boxes, rows and merges: refusals the pane shows, and the note the add-in
// writes into the document under a row it added.

export const LAST_ROW = "De laatste rij kan niet worden verwijderd; maak de vakken leeg als de rij niet nodig is.";

export const CHANGED_MEANWHILE =
  "Het document is intussen opnieuw gewijzigd. Bekijk de wijzigingen hierboven opnieuw en leg ze dan vast.";

export const MERGE_CHANGED =
  "Het document is gewijzigd sinds de vergelijking (of er zijn nog wijzigingen buiten het venster). Vergelijk de kopieën opnieuw en kies dan opnieuw.";

/** Written in the document under a row's first box: "Toegevoegd: PH 20201005, Ambiq". */
export function rowAddedNote(stamp: string): string {
  return `Toegevoegd: ${stamp}`;
}

/** Why an older copy of the form data was set aside (stored with it in the document). */
export const SET_ASIDE_REASON = "Oudere kopie van de formuliergegevens; het zichtbare logboek volgt een nieuwere";
